import { DomainError } from '../../ports/errors.js';
import { toCreatedEvent, toFailedOutcome, toGraphEventBody } from './graph-event.js';
import { graphFixture } from './graph-test-server.js';

const documented = graphFixture('create-event-online-meeting.request.json') as Record<
  string,
  unknown
>;
const created = graphFixture('create-event-online-meeting.response.json');

describe('Graph events', () => {
  const body = toGraphEventBody(
    {
      start: '2017-04-15T19:00:00.000Z',
      end: '2017-04-15T21:00:00.000Z',
      organizerId: 'dana',
      attendeeIds: ['samantha'],
      subject: "Let's go for lunch",
      bodyHtml: 'Does noon work for you?',
      transactionId: 'tx-1',
      timeZone: 'America/Los_Angeles',
    },
    ['samanthab@contoso.onmicrosoft.com'],
  );

  it('writes only fields of the documented online-meeting request, plus transactionId', () => {
    const extra = Object.keys(body).filter((key) => !(key in documented));
    expect(extra).toEqual(['transactionId']);
    for (const key of [
      'subject',
      'body',
      'allowNewTimeProposals',
      'isOnlineMeeting',
      'onlineMeetingProvider',
    ]) {
      expect(body[key]).toEqual(documented[key]);
    }
    expect(body.start).toEqual({
      dateTime: '2017-04-15T12:00:00',
      timeZone: 'America/Los_Angeles',
    });
    expect(body.attendees).toEqual([
      { type: 'required', emailAddress: { address: 'samanthab@contoso.onmicrosoft.com' } },
    ]);
  });

  const requested = {
    start: '2017-04-15T19:00:00.000Z',
    end: '2017-04-15T21:00:00.000Z',
    organizerId: 'dana',
    attendeeIds: ['samantha'],
    subject: 'Lunch',
    bodyHtml: '',
    transactionId: 'tx-1',
    timeZone: 'UTC',
  };

  it('reads the id, the Teams joinUrl and the times of the documented 201 answer', () => {
    expect(toCreatedEvent(created, requested)).toEqual({
      eventId: 'AAMkAGI1AAAt8AHjAAA=',
      joinUrl: expect.stringMatching(
        /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//,
      ) as string,
      transactionId: 'tx-1',
      // 11:00 "Pacific Standard Time" (Windows name) on a summer-time day in Los Angeles.
      start: '2017-04-15T18:00:00.000Z',
      end: '2017-04-15T19:00:00.000Z',
    });
    expect(toCreatedEvent({ id: 'e1', onlineMeeting: null }, requested).joinUrl).toBeNull();
  });

  it.each([
    ['no times', {}],
    ['unreadable times', { start: { dateTime: 'soon', timeZone: 'Mars' } }],
  ])('keeps the times asked for when the answer has %s', (_, times) => {
    const event = toCreatedEvent({ id: 'e1', ...times }, requested);
    expect([event.start, event.end]).toEqual([requested.start, requested.end]);
  });

  it('does not count an answer without an id as booked', () => {
    expect(() => toCreatedEvent({ subject: 'x' }, requested)).toThrow('without an id');
  });

  it.each<[string, string, Error]>([
    ['throttled', 'throttled', new DomainError('throttled', 'x', { retryAfter: 3 })],
    ['conflict', 'conflict', new DomainError('conflict', 'x')],
    ['forbidden', 'forbidden', new DomainError('forbidden', 'x')],
    ['unauthenticated', 'forbidden', new DomainError('unauthenticated', 'x')],
    ['not_found', 'upstream_unavailable', new DomainError('not_found', 'x')],
    ['a plain error', 'upstream_unavailable', new Error('Graph answered 400')],
  ])('reports a failed create from %s as %s', (_, code, error) => {
    const outcome = toFailedOutcome('tx-9', error);
    expect(outcome).toMatchObject({ transactionId: 'tx-9', status: 'failed', code });
    expect(outcome.status === 'failed' && outcome.message).not.toContain('Graph answered');
  });
});
