/**
 * Killing an execution at any service call, the way Apps Script ends one that runs out
 * of time (Quotas for Google Services: "Exceeded maximum execution time") or whose
 * server goes away: the call does not happen, every later call of that execution throws
 * the same error (so a script's own try/catch cannot carry on as if nothing happened),
 * the execution ends as failed whatever the script returns, and its sheet writes since
 * the last SpreadsheetApp.flush() are lost.
 *
 *   emu.faults.killAt(3);                          // the 3rd service call of the next execution
 *   emu.faults.killAt(c => c.method === 'appendRow');
 *   emu.faults.killAt(5, {keepUnflushed: 'all'});  // ...but Google had applied its writes
 *   emu.faults.lastCalls;                          // calls the last execution made: sweep 1..n
 */

/** One service call as the kill predicate sees it. */
export interface CallInfo {
  /** 'Range', 'Sheet', 'Cache', 'Lock', 'MailApp', ... */
  cls: string;
  method: string;
  /** 1-based number of the call in its execution. */
  n: number;
}

export interface KillOptions {
  /**
   * How many of the unflushed writes survive the kill, oldest first: 0 (the default,
   * the pessimistic case: all are lost), a number, or 'all' (Google had applied them).
   * Google does not document how much of a batch is applied before a kill, so a product
   * must be right for every value.
   */
  keepUnflushed?: number | 'all';
}

export interface FaultPlan extends KillOptions {
  at: number | ((call: CallInfo) => boolean);
}

export interface Kill {
  call: string;
  n: number;
}

export class Faults {
  private armed: FaultPlan | undefined;
  /** Counted service calls of the last execution that ended (killed or not). */
  lastCalls = 0;
  /** True when the last execution that ended was killed. */
  lastKilled = false;
  /** Every kill so far. */
  readonly kills: Kill[] = [];

  /** Kills the next execution at its n-th service call, or the first call `at` accepts. */
  killAt(at: FaultPlan['at'], o: KillOptions = {}): void {
    if (typeof at === 'number' && !(at >= 1))
      throw new Error('killAt: calls are numbered from 1');
    this.armed = {at, ...o};
  }

  /** Disarms a kill that has not happened yet. */
  clear(): void {
    this.armed = undefined;
  }

  get armedPlan(): FaultPlan | undefined {
    return this.armed;
  }

  /** The plan for an execution that starts now (it is used once). */
  take(): FaultPlan | undefined {
    const plan = this.armed;
    this.armed = undefined;
    return plan;
  }

  hits(plan: FaultPlan, cls: string, method: string, n: number): boolean {
    const hit =
      typeof plan.at === 'number' ? plan.at === n : plan.at({cls, method, n});
    if (hit) this.kills.push({call: `${cls}.${method}`, n});
    return hit;
  }

  ended(calls: number, killed: boolean): void {
    this.lastCalls = calls;
    this.lastKilled = killed;
  }
}
