import type { Clock } from './clock.js';

/**
 * A clock that never returns the same or an earlier millisecond twice in this process, so
 * "the latest check-in" is well defined even for check-ins written in the same millisecond.
 */
export class MonotonicClock implements Clock {
  private last = 0;

  constructor(private readonly inner: Clock) {}

  now(): Date {
    const next = Math.max(this.inner.now().getTime(), this.last + 1);
    this.last = next;
    return new Date(next);
  }
}
