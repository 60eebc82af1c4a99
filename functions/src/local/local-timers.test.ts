import type { Timer } from '../http/define-timer.js';
import { startLocalTimers } from './local-timers.js';

function timer(run: Timer['run']): Timer {
  return { name: 't', schedule: '0 0 * * * *', everyMs: 1000, summary: 'test', run };
}

describe('local timers', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs each timer on its period until stopped', async () => {
    const run = jest.fn(() => Promise.resolve());
    const running = startLocalTimers([timer(run)], () => {});
    await jest.advanceTimersByTimeAsync(3500);
    expect(run).toHaveBeenCalledTimes(3);
    running.stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('skips a tick while the previous run is still going', async () => {
    let finish = () => {};
    const run = jest.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const running = startLocalTimers([timer(run)], () => {});
    await jest.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    running.stop();
  });

  it('hands each run the log', async () => {
    const lines: string[] = [];
    const logRan: Timer['run'] = (log) => {
      log('ran');
      return Promise.resolve();
    };
    const running = startLocalTimers([timer(logRan)], (line) => lines.push(line));
    await jest.advanceTimersByTimeAsync(1000);
    running.stop();
    expect(lines).toEqual(['ran']);
  });
});
