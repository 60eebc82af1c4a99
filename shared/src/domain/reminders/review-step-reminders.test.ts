import { planReminders } from './plan-reminders.js';
import type { ReminderEvent } from './reminder-types.js';
import { testInput, testPerson } from './test-reminders.js';

/** Wednesday 25 Nov 2026, 10:00 in London: inside Ada's working hours. */
const NOW = '2026-11-25T10:00:00Z';
const ada = testPerson('ada');

describe('review steps', () => {
  it.each<[string, string, string | null]>([
    ['due in 4 days (lead 3): not yet', '2026-11-29', null],
    ['due in 3 days', '2026-11-28', 'Self review is due on 28 Nov 2026.'],
    ['due today', '2026-11-25', 'Self review is due today.'],
    ['due yesterday: no longer announced', '2026-11-24', null],
  ])('%s', (_case, dueDate, text) => {
    const events: ReminderEvent[] = [
      { kind: 'review_step_due', id: 'r', personId: 'ada', step: 'Self review', dueDate },
    ];
    expect(
      planReminders(testInput(NOW, { people: [ada], events })).notifications[0]?.text ?? null,
    ).toBe(text);
  });

  it('reads "today" in the person’s own zone', () => {
    const events: ReminderEvent[] = [
      {
        kind: 'review_step_due',
        id: 'r',
        personId: 'kai',
        step: 'Self review',
        dueDate: '2026-11-26',
      },
    ];
    // 09:00 on Thursday the 26th in Tokyo is still Wednesday the 25th in UTC.
    const input = testInput('2026-11-26T00:00:00Z', {
      people: [testPerson('kai', 'Asia/Tokyo')],
      events,
    });
    expect(planReminders(input).notifications[0]?.text).toBe('Self review is due today.');
  });
});
