import type { CalendarService } from '../../ports/calendar.js';
import type { Directory } from '../../ports/directory.js';
import { DomainError } from '../../ports/errors.js';
import { RequestScopedCalendar, RequestScopedDirectory } from './request-scoped.js';

type Adapter = Directory & CalendarService;

/** Answers every method with its name, its arguments and the adapter it was resolved as. */
function echo(label: string): Adapter {
  return new Proxy({} as Adapter, {
    get:
      (_target, method) =>
      (...args: unknown[]) =>
        Promise.resolve({ label, method, args }),
  });
}

const window = { start: '2026-11-30T09:00:00.000Z', end: '2026-11-30T17:00:00.000Z' };
const event = {
  ...window,
  organizerId: 'u1',
  attendeeIds: ['u2'],
  subject: 's',
  bodyHtml: '',
  transactionId: 'tx',
  timeZone: 'UTC',
};

describe('RequestScopedDirectory and RequestScopedCalendar', () => {
  let resolved: string[];
  const resolveAs = (tenantId: string): Adapter => {
    resolved.push(tenantId);
    return echo(`for ${tenantId} #${resolved.length}`);
  };

  beforeEach(() => {
    resolved = [];
  });

  it.each<[string, (d: Directory) => Promise<unknown>, unknown[]]>([
    ['getPerson', (d) => d.getPerson('t1', 'p'), ['t1', 'p']],
    ['searchPeople', (d) => d.searchPeople('t1', 'ann', 5), ['t1', 'ann', 5]],
    ['getDirectReports', (d) => d.getDirectReports('t1', 'p'), ['t1', 'p']],
    ['getManagementChain', (d) => d.getManagementChain('t1', 'p'), ['t1', 'p']],
  ])('resolves the directory for each %s call', async (method, call, args) => {
    const directory = new RequestScopedDirectory(resolveAs);
    await expect(call(directory)).resolves.toEqual({ label: 'for t1 #1', method, args });
    await expect(call(directory)).resolves.toMatchObject({ label: 'for t1 #2' });
    expect(resolved).toEqual(['t1', 't1']);
  });

  it.each<[string, (c: CalendarService) => Promise<unknown>, unknown[]]>([
    ['getFreeBusy', (c) => c.getFreeBusy('t1', 'u1', ['u2'], window), ['t1', 'u1', ['u2'], window]],
    [
      'findMeetingTimes',
      (c) =>
        c.findMeetingTimes('t1', 'u1', {
          attendeeIds: ['u2'],
          window,
          durationMinutes: 30,
          maxCandidates: 3,
        }),
      ['t1', 'u1', { attendeeIds: ['u2'], window, durationMinutes: 30, maxCandidates: 3 }],
    ],
    ['createEvent', (c) => c.createEvent('t1', 'u1', event), ['t1', 'u1', event]],
    ['createEvents', (c) => c.createEvents('t1', 'u1', [event]), ['t1', 'u1', [event]]],
  ])('resolves the calendar for each %s call', async (method, call, args) => {
    const calendar = new RequestScopedCalendar(resolveAs);
    await expect(call(calendar)).resolves.toEqual({ label: 'for t1 #1', method, args });
    expect(resolved).toEqual(['t1']);
  });

  it('turns "no caller" into a rejection, not a synchronous throw', async () => {
    const refuse = (): never => {
      throw new DomainError('unauthenticated', 'no request');
    };
    const directory = new RequestScopedDirectory(refuse);
    const calendar = new RequestScopedCalendar(refuse);
    const pending = [directory.getPerson('t1', 'p'), calendar.createEvents('t1', 'u1', [])];
    for (const p of pending) await expect(p).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});
