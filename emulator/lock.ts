/**
 * LockService. Only one execution holds a lock; another waits up to its timeout, in
 * virtual time, then tryLock answers false and waitLock throws "Lock timeout: another
 * process was holding the lock for too long." Tests simulate a concurrent execution with
 * `emu.locks.holdByOther(kind, forMs)`. A lock still held when an execution ends is
 * released, as Apps Script does.
 */
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

export class LockTable {
  private holders: Record<LockKind, Holder> = {
    script: {by: null, untilMs: 0},
    document: {by: null, untilMs: 0},
    user: {by: null, untilMs: 0},
  };

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
  getDocumentLock(): Lock {
    this.rt.guard('LockService', 'getDocumentLock', 'lock');
    return new Lock(this.rt, this.table, 'document');
  }
  getUserLock(): Lock {
    this.rt.guard('LockService', 'getUserLock', 'lock');
    return new Lock(this.rt, this.table, 'user');
  }
}
