import { DEFAULT_WORKING_HOURS, toPerson, toWorkingHours } from './graph-person.js';

describe('Graph users as people', () => {
  it('is null-safe: missing texts become empty, the sign-in name stands in for mail', () => {
    expect(toPerson({ id: 'u1', displayName: null, userPrincipalName: 'u1@contoso.com' })).toEqual({
      id: 'u1',
      displayName: '',
      mail: 'u1@contoso.com',
      jobTitle: '',
      department: '',
      managerId: null,
      timeZone: 'UTC',
      workingHours: DEFAULT_WORKING_HOURS,
    });
  });

  it('skips an entry without an id', () => {
    expect(toPerson({ displayName: 'ghost' })).toBeNull();
  });

  it('prefers a given managerId over the expanded manager', () => {
    expect(toPerson({ id: 'u1', manager: { id: 'm1' } })?.managerId).toBe('m1');
    expect(toPerson({ id: 'u1', manager: { id: 'm1' } }, { managerId: 'm2' })?.managerId).toBe(
      'm2',
    );
  });

  it('keeps the mailbox zone for default hours when the working hours are unreadable', () => {
    const person = toPerson(
      { id: 'u1' },
      { mailbox: { timeZone: 'GMT Standard Time', workingHours: null } },
    );
    expect(person).toMatchObject({
      timeZone: 'Europe/London',
      workingHours: { startTime: '09:00', timeZone: 'Europe/London' },
    });
  });

  it.each([
    [
      'no days',
      { daysOfWeek: [], startTime: '08:00:00', endTime: '17:00:00', timeZone: { name: 'UTC' } },
    ],
    [
      'a bad time',
      {
        daysOfWeek: ['monday'],
        startTime: 'eight',
        endTime: '17:00:00',
        timeZone: { name: 'UTC' },
      },
    ],
    [
      'a custom zone',
      {
        daysOfWeek: ['monday'],
        startTime: '08:00',
        endTime: '17:00',
        timeZone: { name: 'Customized Time Zone' },
      },
    ],
  ])('does not read working hours with %s', (_, hours) => {
    expect(toWorkingHours(hours)).toBeNull();
  });

  it('reads working hours, dropping days it does not know', () => {
    const hours = {
      daysOfWeek: ['Monday', 'funday'],
      startTime: '07:30:00.0000000',
      endTime: '16:00:00.0000000',
      timeZone: { name: 'Tokyo Standard Time' },
    };
    expect(toWorkingHours(hours)).toEqual({
      days: ['monday'],
      startTime: '07:30',
      endTime: '16:00',
      timeZone: 'Asia/Tokyo',
    });
  });
});
