import { fiscalQuartersAround } from './default-settings.js';

describe('fiscalQuartersAround', () => {
  it.each([
    ['2026-11-27T10:00:00Z', 'fy27-q2', '2026-10-01', '2026-12-31'],
    ['2026-07-01T00:00:00Z', 'fy27-q1', '2026-07-01', '2026-09-30'],
    ['2027-06-30T23:00:00Z', 'fy27-q4', '2027-04-01', '2027-06-30'],
    ['2027-01-15T00:00:00Z', 'fy27-q3', '2027-01-01', '2027-03-31'],
  ])('puts %s in %s (%s..%s)', (now, id, start, end) => {
    const current = fiscalQuartersAround(new Date(now))[1];
    expect(current).toEqual({
      id,
      name: id.toUpperCase().replace('-', ' '),
      startDate: start,
      endDate: end,
    });
  });

  it('lists the previous, current and next two quarters back to back', () => {
    const periods = fiscalQuartersAround(new Date('2026-11-27T00:00:00Z'));
    expect(periods.map((p) => p.id)).toEqual(['fy27-q1', 'fy27-q2', 'fy27-q3', 'fy27-q4']);
  });
});
