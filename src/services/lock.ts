/**
 * The document lock around every write from the counter: two tills saving at once, or a
 * double click that reaches the server twice, are done one after the other. When the lock
 * can't be had within the wait, the caller gets a BusyError to tell the user, not a
 * half-written row.
 */

export interface Locker {
  /** Runs `fn` holding the document lock; throws BusyError when it can't be had. */
  withLock<T>(fn: () => T): T;
}

export class BusyError extends Error {
  constructor() {
    super('The document lock is held by another execution');
    this.name = 'BusyError';
  }
}

/** Apps Script's document lock; waits up to `waitMs` (10 s: staff won't wait longer). */
export function documentLocker(waitMs = 10_000): Locker {
  return lockerOf(() => LockService.getDocumentLock(), waitMs);
}

/** Runs under the lock `get` gives (null where there is none: always busy). */
export function lockerOf(
  get: () => GoogleAppsScript.Lock.Lock | null,
  waitMs: number,
): Locker {
  return {
    withLock<T>(fn: () => T): T {
      const lock = get();
      if (!lock || !lock.tryLock(waitMs)) throw new BusyError();
      try {
        return fn();
      } finally {
        lock.releaseLock();
      }
    },
  };
}
