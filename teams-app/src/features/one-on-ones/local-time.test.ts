import { formatMeetingTime, fromLocalInputs, toLocalInputs } from './local-time';

describe('local date and time inputs', () => {
  it('round-trips a local date and time', () => {
    const iso = fromLocalInputs('2031-05-06', '09:05');
    expect(iso).not.toBeNull();
    expect(toLocalInputs(new Date(iso!))).toEqual({ date: '2031-05-06', time: '09:05' });
  });

  it.each([
    ['', '09:00'],
    ['2031-05-06', ''],
    ['06/05/2031', '09:00'],
    ['2031-05-06', '9am'],
  ])('refuses %j %j', (date, time) => {
    expect(fromLocalInputs(date, time)).toBeNull();
  });

  it('writes a meeting time with its year', () => {
    expect(formatMeetingTime('2031-05-06T09:05:00.000Z')).toMatch(/2031/);
  });
});
