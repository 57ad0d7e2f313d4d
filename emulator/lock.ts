/**
 * LockService. Only one execution holds a lock; another waits up to its timeout, in
 * virtual time, then tryLock answers false and waitLock throws "Lock timeout: another
 * process was holding the lock for too long." Tests simulate a concurrent execution with
 * `emu.locks.holdByOther(kind, forMs)`. A lock still held when an execution ends is
 * released, as Apps Script does.
 */
import {nullInWebApp} from './null-in-web-app';
import {MSG} from './errors';
import {Execution, Runtime} from './runtime';

export type LockKind = 'script' | 'document' | 'user';

interface Holder {
  /** The execution holding it, or 'other' for a simulated concurrent one. */
  by: Execution | 'other' | null;
  /** For 'other': when it lets go (ms since epoch); Infinity = never. */
  untilMs: number;
}

const MAX_WAIT = 300_000;

/** A lock let go while its execution still had sheet writes it had not flushed. */
export interface UnflushedRelease {
  kind: LockKind;
  executionId: number;
  pendingWrites: number;
}

export class LockTable {
  private holders: Record<LockKind, Holder> = {
    script: {by: null, untilMs: 0},
    document: {by: null, untilMs: 0},
    user: {by: null, untilMs: 0},
  };
  /**
   * Every releaseLock() made with unflushed sheet writes. The Lock reference says to call
   * SpreadsheetApp.flush() before releasing, "to commit all pending changes to the
   * spreadsheet while you still have exclusive access to it": the next holder may not
   * see them yet, and they are lost if this execution is killed afterwards. Executions
   * don't overlap in the emulator, so the pessimistic case is recorded here for tests
   * to refuse, and the loss is real (runtime.ts).
   */
  readonly unflushedReleases: UnflushedRelease[] = [];

  constructor(private readonly rt: Runtime) {}

  /** Marks the lock as held by another execution, for `forMs` of virtual time. */
  holdByOther(kind: LockKind, forMs = Infinity): void {
    this.holders[kind] = {by: 'other', untilMs: this.rt.clock.nowMs() + forMs};
  }

  /** Lets go of a lock whoever holds it (a concurrent execution finished). */
  release(kind: LockKind): void {
    this.holders[kind] = {by: null, untilMs: 0};
  }

  heldBy(kind: LockKind): 'this' | 'other' | null {
    const h = this.holder(kind);
    if (h.by === null) return null;
    return h.by === 'other' ? 'other' : 'this';
  }

  holder(kind: LockKind): Holder {
    const h = this.holders[kind];
    if (h.by === 'other' && this.rt.clock.nowMs() >= h.untilMs) {
      this.holders[kind] = {by: null, untilMs: 0};
    }
    return this.holders[kind];
  }

  /** Tries for up to timeoutMs of virtual time; true if this execution now holds it. */
  acquire(kind: LockKind, timeoutMs: number, lock: Lock): boolean {
    const me = this.rt.execution;
    const h = this.holder(kind);
    if (h.by === null || h.by === me) {
      this.holders[kind] = {by: me, untilMs: 0};
      me.locks.add(lock);
      return true;
    }
    const wait = Math.max(0, Math.min(timeoutMs, MAX_WAIT));
    if (h.by === 'other' && h.untilMs <= this.rt.clock.nowMs() + wait) {
      this.rt.clock.advance(Math.max(0, h.untilMs - this.rt.clock.nowMs()));
      this.holders[kind] = {by: me, untilMs: 0};
      me.locks.add(lock);
      return true;
    }
    this.rt.clock.advance(wait);
    return false;
  }

  releaseIfMine(kind: LockKind, lock: Lock): void {
    const h = this.holders[kind];
    if (h.by !== null && h.by !== 'other' && h.by.locks.has(lock)) {
      h.by.locks.delete(lock);
      this.holders[kind] = {by: null, untilMs: 0};
    }
  }

  hasLock(kind: LockKind, lock: Lock): boolean {
    const h = this.holder(kind);
    return h.by === this.rt.execution && h.by.locks.has(lock);
  }
}

export class Lock {
  constructor(
    private readonly rt: Runtime,
    private readonly table: LockTable,
    private readonly kind: LockKind,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.rt.guard('Lock', 'tryLock', 'lock');
    return this.table.acquire(this.kind, Number(timeoutInMillis), this);
  }
  waitLock(timeoutInMillis: number): void {
    this.rt.guard('Lock', 'waitLock', 'lock');
    if (!this.table.acquire(this.kind, Number(timeoutInMillis), this)) {
      throw this.rt.error(MSG.lockTimeout);
    }
  }
  releaseLock(): void {
    this.rt.guard('Lock', 'releaseLock', 'lock');
    if (this.table.hasLock(this.kind, this) && this.rt.pendingWrites > 0) {
      this.table.unflushedReleases.push({
        kind: this.kind,
        executionId: this.rt.execution.id,
        pendingWrites: this.rt.pendingWrites,
      });
    }
    this.release();
  }
  /** Called when the execution ends (not a service call). */
  release(): void {
    this.table.releaseIfMine(this.kind, this);
  }
  hasLock(): boolean {
    this.rt.guard('Lock', 'hasLock', 'lock');
    return this.table.hasLock(this.kind, this);
  }
}

export class LockService {
  constructor(
    private readonly rt: Runtime,
    private readonly table: LockTable,
  ) {}

  getScriptLock(): Lock {
    this.rt.guard('LockService', 'getScriptLock', 'lock');
    return new Lock(this.rt, this.table, 'script');
  }
  /**
   * "If this method is called outside of the context of a containing document (such as
   * from a standalone script or webapp), null is returned." (LockService reference)
   */
  getDocumentLock(): Lock {
    this.rt.guard('LockService', 'getDocumentLock', 'lock');
    if (this.rt.execution.webApp) return nullInWebApp();
    return new Lock(this.rt, this.table, 'document');
  }
  getUserLock(): Lock {
    this.rt.guard('LockService', 'getUserLock', 'lock');
    return new Lock(this.rt, this.table, 'user');
  }
}
