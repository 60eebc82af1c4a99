import type { OneOnOneSeries, PrivateNote } from '@northstar/shared';
import type { OneOnOneView } from '@northstar/shared';
import { testMe, testPerson } from '../../test/render-screen';

/** People of the 1:1 tests: Priya manages Arjun and Ananya and reports to Lee. Not app code. */
export const lee = testPerson({
  id: 'lee-gu',
  displayName: 'Lee Gu',
  managerId: null,
  jobTitle: 'VP of Engineering',
});
export const priya = testPerson({
  id: 'priya-raman',
  displayName: 'Priya Raman',
  managerId: 'lee-gu',
  jobTitle: 'Engineering Manager',
});
export const arjun = testPerson();
export const ananya = testPerson({
  id: 'ananya-iyer',
  displayName: 'Ananya Iyer',
  jobTitle: 'Software Engineer',
});
export const managerMe = testMe({
  person: priya,
  roles: ['employee', 'manager'],
  manager: lee,
  directReports: [arjun, ananya],
});
export const reportMe = testMe({ person: arjun, manager: priya });

const DAY_MS = 86_400_000;
/** An instant `days` days from now (negative: ago). */
export const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/** A series between Priya and Arjun. */
export function testSeries(overrides: Partial<OneOnOneSeries> = {}): OneOnOneSeries {
  return {
    id: 'oos-1',
    tenantId: 'tenant-1',
    managerId: 'priya-raman',
    reportId: 'arjun-mehta',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    etag: 's1',
    ...overrides,
  };
}

/** A 1:1 of `oos-1`, two days from now, with nothing on it yet. */
export function testMeeting(
  overrides: Partial<OneOnOneView> & Pick<OneOnOneView, 'id'>,
): OneOnOneView {
  return {
    tenantId: 'tenant-1',
    seriesId: 'oos-1',
    managerId: 'priya-raman',
    reportId: 'arjun-mehta',
    scheduledFor: inDays(2),
    agenda: [],
    sharedNotes: '',
    actionItems: [],
    changedGoals: [],
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    etag: `${overrides.id}-e1`,
    ...overrides,
  };
}

/** A private note. */
export function testNote(overrides: Partial<PrivateNote> = {}): PrivateNote {
  return {
    id: 'opn-1',
    tenantId: 'tenant-1',
    authorId: 'priya-raman',
    oneOnOneId: 'oo-1',
    text: '',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    etag: 'n1',
    ...overrides,
  };
}
