import type { ActionItem } from '@northstar/shared';
import { FakeOneOnOneApi } from './fake-one-on-one-api';
import { inDays, testMeeting, testSeries } from './test-one-on-ones';

/** An open action item carried over from the previous 1:1 (not app code). */
export const BOOK_DRILL: ActionItem = {
  id: 'ai-1',
  ownerId: 'arjun-mehta',
  text: 'Book the drill',
  done: false,
  dueDate: '2020-01-10',
};

/** Last week's 1:1: discussed, noted, one item done and one still open. */
export const lastWeek = () =>
  testMeeting({
    id: 'oo-1',
    scheduledFor: inDays(-7),
    agenda: [
      { id: 'tp-1', authorId: 'arjun-mehta', text: 'Failover drill', goalIds: [], done: true },
    ],
    sharedNotes: 'We agreed on a drill date.',
    actionItems: [
      BOOK_DRILL,
      { id: 'ai-2', ownerId: 'priya-raman', text: 'Send the runbook', done: true, dueDate: null },
    ],
  });

/** The next 1:1, in two days: the open item carried over and one goal changed. */
export const nextWeek = () =>
  testMeeting({
    id: 'oo-2',
    scheduledFor: inDays(2),
    actionItems: [BOOK_DRILL],
    changedGoals: [{ id: 'g-drill', title: 'Run the failover drill', progress: 0.45 }],
  });

/** Priya's view of her series with Arjun: last week's 1:1 and the next one. */
export function seriesApi(meId = 'priya-raman') {
  return new FakeOneOnOneApi(meId, [testSeries()], [lastWeek(), nextWeek()]);
}
