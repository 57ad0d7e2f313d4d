/**
 * The time, injected: the daily run asks a clock rather than `new Date()`, so tests can
 * run it at 23:59, on Spring Festival eve or with a budget that runs out mid-send.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = {now: () => new Date()};

/** Milliseconds since `start` by `clock`. */
export function elapsedMs(clock: Clock, start: Date): number {
  return clock.now().getTime() - start.getTime();
}
