import { MonotonicClock } from './monotonic-clock.js';

describe('MonotonicClock', () => {
  it('moves forward by a millisecond when the inner clock stands still', () => {
    const fixed = new Date('2026-11-27T10:00:00.000Z');
    const clock = new MonotonicClock({ now: () => fixed });
    const times = [clock.now(), clock.now(), clock.now()].map((d) => d.toISOString());
    expect(times).toEqual([
      '2026-11-27T10:00:00.000Z',
      '2026-11-27T10:00:00.001Z',
      '2026-11-27T10:00:00.002Z',
    ]);
  });

  it('never goes back when the inner clock does', () => {
    const readings = [2000, 1000, 3000];
    const clock = new MonotonicClock({ now: () => new Date(readings.shift() ?? 0) });
    expect([clock.now(), clock.now(), clock.now()].map((d) => d.getTime())).toEqual([
      2000, 2001, 3000,
    ]);
  });
});
