import { graphCalendarFor } from './graph-calendar.js';
import {
  graphFixture,
  GraphTestServer,
  type GraphCall,
  type GraphReply,
} from './graph-test-server.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const MAILS: Record<string, string> = {
  adele: 'AdeleV@contoso.onmicrosoft.com', // Graph answers in lower case: matched ignoring case
  megan: 'meganb@contoso.onmicrosoft.com',
  alex: 'alexw@contoso.onmicrosoft.com',
};
const WINDOW = { start: '2019-03-15T07:00:00.000Z', end: '2019-03-16T07:00:00.000Z' };
const json = (body: unknown): GraphReply => ({ status: 200, body });

/** People by id (batched lookups), then `answers` by path. */
function fakeGraph(answers: Record<string, unknown>) {
  return (call: GraphCall): GraphReply | undefined => {
    const id = /^\/users\/([^/?]+)\?\$select=id,mail/.exec(call.path)?.[1];
    if (id) return MAILS[id] ? json({ id, mail: MAILS[id] }) : undefined;
    return call.path in answers ? json(answers[call.path]) : undefined;
  };
}

describe('GraphCalendarService reading calendars from a local Graph', () => {
  let server: GraphTestServer;
  const calendar = () =>
    graphCalendarFor(
      { tokens: { tokenFor: () => Promise.resolve('obo') }, client: { fetch: server.fetch } },
      'user-jwt',
    );

  beforeAll(async () => {
    server = await GraphTestServer.start();
  });
  afterAll(() => server.close());

  it('reads free/busy with getSchedule: 1 lookup $batch + 1 getSchedule call', async () => {
    server.reset(
      fakeGraph({
        '/users/me-id/calendar/getSchedule': graphFixture('get-schedule.response.json'),
      }),
    );
    const result = await calendar().getFreeBusy(
      TENANT,
      'me-id',
      ['megan', 'nobody', 'adele'],
      WINDOW,
    );
    expect(result).toEqual([
      {
        personId: 'megan',
        // 08:30-09:30, 12:00-14:00 (four overlapping items) and 16:00-17:00 PDT, merged
        busy: [
          { start: '2019-03-15T15:30:00.000Z', end: '2019-03-15T16:30:00.000Z' },
          { start: '2019-03-15T19:00:00.000Z', end: '2019-03-15T21:00:00.000Z' },
          { start: '2019-03-15T23:00:00.000Z', end: '2019-03-16T00:00:00.000Z' },
        ],
        // no workingHours: a customTimeZone has no IANA name
      },
      {
        personId: 'adele',
        busy: [{ start: '2019-03-15T19:00:00.000Z', end: '2019-03-15T21:00:00.000Z' }],
        workingHours: {
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          startTime: '08:00',
          endTime: '17:00',
          timeZone: 'America/Los_Angeles',
        },
      },
    ]);
    const [lookup, schedule] = server.httpCalls;
    expect(server.httpCalls.map((c) => c.path)).toEqual([
      '/$batch',
      '/users/me-id/calendar/getSchedule',
    ]);
    expect((lookup?.body as { requests: unknown[] }).requests).toHaveLength(3);
    expect(schedule?.headers.prefer).toBe('outlook.timezone="UTC"');
    expect(schedule?.body).toEqual({
      schedules: ['meganb@contoso.onmicrosoft.com', 'AdeleV@contoso.onmicrosoft.com'],
      startTime: { dateTime: '2019-03-15T07:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2019-03-16T07:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 30,
    });
  });

  it('makes no call for an empty list of people', async () => {
    server.reset(fakeGraph({}));
    await expect(calendar().getFreeBusy(TENANT, 'me-id', [], WINDOW)).resolves.toEqual([]);
    expect(server.httpCalls).toHaveLength(0);
  });

  const meeting = {
    attendeeIds: ['alex'],
    window: { start: '2019-04-16T16:00:00.000Z', end: '2019-04-19T00:00:00.000Z' },
    durationMinutes: 60,
    maxCandidates: 5,
  };

  it('maps findMeetingTimes suggestions and attendee availability back to people', async () => {
    server.reset(
      fakeGraph({ '/me/findMeetingTimes': graphFixture('find-meeting-times.response.json') }),
    );
    const suggestions = await calendar().findMeetingTimes(TENANT, 'me-id', meeting);
    expect(suggestions).toHaveLength(5);
    expect(suggestions[0]).toEqual({
      start: '2019-04-18T23:00:00.000Z', // 16:00 Pacific (daylight time)
      end: '2019-04-19T00:00:00.000Z',
      confidence: 100,
      attendeeAvailability: [{ personId: 'alex', availability: 'free' }],
    });
    const call = server.httpCalls.find((c) => c.path === '/me/findMeetingTimes');
    expect(call?.body).toEqual({
      attendees: [{ type: 'required', emailAddress: { address: 'alexw@contoso.onmicrosoft.com' } }],
      timeConstraint: {
        activityDomain: 'work',
        timeSlots: [
          {
            start: { dateTime: '2019-04-16T16:00:00', timeZone: 'UTC' },
            end: { dateTime: '2019-04-19T00:00:00', timeZone: 'UTC' },
          },
        ],
      },
      meetingDuration: 'PT60M',
      maxCandidates: 5,
      isOrganizerOptional: false,
      returnSuggestionReasons: true,
      minimumAttendeePercentage: 100,
    });
  });

  it('says why there are no suggestions', async () => {
    const empty = graphFixture('find-meeting-times.empty.composed.response.json');
    server.reset(fakeGraph({ '/me/findMeetingTimes': empty }));
    await expect(calendar().findMeetingTimesWithReason(TENANT, 'me-id', meeting)).resolves.toEqual({
      suggestions: [],
      emptySuggestionsReason: 'attendeesUnavailable',
    });
    await expect(calendar().findMeetingTimes(TENANT, 'me-id', meeting)).resolves.toEqual([]);
  });

  it('refuses an attendee without a mailbox before asking for meeting times', async () => {
    server.reset(fakeGraph({ '/me/findMeetingTimes': {} }));
    await expect(
      calendar().findMeetingTimes(TENANT, 'me-id', { ...meeting, attendeeIds: ['alex', 'ghost'] }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(server.httpCalls.map((c) => c.path)).toEqual(['/$batch']);
  });
});
