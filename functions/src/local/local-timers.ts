import type { Timer, TimerLog } from '../http/define-timer.js';

/** Timers the local host is running. */
export interface RunningTimers {
  /** Stops every timer; a run under way finishes on its own. */
  stop(): void;
}

/**
 * Runs each timer every `everyMs`, as Azure Functions runs it on its schedule. The intervals are
 * unref'd, so they never keep the process alive, and one timer's runs never overlap: a tick
 * while its previous run is still going is skipped.
 */
export function startLocalTimers(timers: readonly Timer[], log: TimerLog): RunningTimers {
  const handles = timers.map((timer) => {
    let running = false;
    const handle = setInterval(() => {
      if (running) return;
      running = true;
      void timer.run(log).finally(() => {
        running = false;
      });
    }, timer.everyMs);
    handle.unref();
    return handle;
  });
  return {
    stop: () => {
      for (const handle of handles) clearInterval(handle);
    },
  };
}
