/** Writes one line to the host's log. */
export type TimerLog = (line: string) => void;

/**
 * One timer of the app. Its shape is data, like a route's: Azure Functions registers it with
 * `app.timer` on `schedule`, and the local host runs it every `everyMs`.
 */
export interface Timer {
  name: string;
  /** NCRONTAB with seconds (`{second} {minute} {hour} {day} {month} {day-of-week}`), UTC. */
  schedule: string;
  /** The schedule's period, for the local host's interval. */
  everyMs: number;
  summary: string;
  /** One run. It logs its outcome and never rejects: a failed run waits for the next one. */
  run(log: TimerLog): Promise<void>;
}
