/**
 * Counts service calls by `Class.method`, since the last reset and per execution, so a
 * test can state what an operation costs in round trips to Google's servers.
 */
const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
]);

export type CallScope = 'total' | 'execution';

export class CallCounter {
  private totals = new Map<string, number>();
  private current = new Map<string, number>();

  record(cls: string, method: string): void {
    const key = `${cls}.${method}`;
    this.totals.set(key, (this.totals.get(key) ?? 0) + 1);
    this.current.set(key, (this.current.get(key) ?? 0) + 1);
  }

  /** Called when an execution starts: the execution figures restart from zero. */
  startExecution(): void {
    this.current = new Map();
  }

  /** Starts counting a nested execution apart; returns what attach() restores. */
  detach(): Map<string, number> {
    const saved = this.current;
    this.current = new Map();
    return saved;
  }

  attach(saved: Map<string, number>): void {
    this.current = saved;
  }

  /** Forgets everything counted so far. */
  reset(): void {
    this.totals = new Map();
    this.current = new Map();
  }

  private map(scope: CallScope): Map<string, number> {
    return scope === 'total' ? this.totals : this.current;
  }

  /** Every counted call, e.g. {'Range.getValues': 2, 'Sheet.getRange': 2}. */
  byMethod(scope: CallScope = 'total'): Record<string, number> {
    return Object.fromEntries([...this.map(scope)].sort());
  }

  /** All calls on any service. */
  count(scope: CallScope = 'total'): number {
    let n = 0;
    for (const v of this.map(scope).values()) n += v;
    return n;
  }

  /** Calls on SpreadsheetApp, Spreadsheet, Sheet and Range: the slow round trips. */
  spreadsheet(scope: CallScope = 'total'): number {
    let n = 0;
    for (const [k, v] of this.map(scope)) {
      if (SPREADSHEET_CLASSES.has(k.slice(0, k.indexOf('.')))) n += v;
    }
    return n;
  }

  /** Calls of one method: 'getValues' (any class) or 'Range.getValues'. */
  of(method: string, scope: CallScope = 'total'): number {
    let n = 0;
    for (const [k, v] of this.map(scope)) {
      if (k === method || k.endsWith(`.${method}`)) n += v;
    }
    return n;
  }
}
