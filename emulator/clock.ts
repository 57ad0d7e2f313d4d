/**
 * Virtual time. Executions, the execution-time limit, mail quota days, cache expiry and
 * trigger schedules all read this clock, so a test can jump a day or six minutes ahead
 * without waiting.
 */
export class Clock {
  private ms: number;

  constructor(start?: Date | string | number) {
    this.ms = start === undefined ? Date.now() : toMs(start);
  }

  /** Milliseconds since the epoch, like Date.now(). */
  nowMs(): number {
    return this.ms;
  }

  now(): Date {
    return new Date(this.ms);
  }

  set(to: Date | string | number): void {
    this.ms = toMs(to);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`clock can only move forward (got ${ms})`);
    this.ms += ms;
  }
}

function toMs(v: Date | string | number): number {
  const ms = v instanceof Date ? v.getTime() : new Date(v).getTime();
  if (Number.isNaN(ms)) throw new Error(`not a time: ${String(v)}`);
  return ms;
}
