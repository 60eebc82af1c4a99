import { PeriodSchema } from '../contracts/tenant.js';
import { fiscalQuarter } from './fiscal-quarter.js';

describe('fiscalQuarter', () => {
  it.each([
    ['2026-11-27T10:00:00Z', 0, 'fy27-q2', 'FY27 Q2', '2026-10-01', '2026-12-31'],
    ['2026-07-01T00:00:00Z', 0, 'fy27-q1', 'FY27 Q1', '2026-07-01', '2026-09-30'],
    ['2026-06-30T23:59:59Z', 0, 'fy26-q4', 'FY26 Q4', '2026-04-01', '2026-06-30'],
    ['2027-01-15T12:00:00Z', 0, 'fy27-q3', 'FY27 Q3', '2027-01-01', '2027-03-31'],
    ['2028-02-10T12:00:00Z', 0, 'fy28-q3', 'FY28 Q3', '2028-01-01', '2028-03-31'],
    ['2026-07-01T00:00:00Z', -1, 'fy26-q4', 'FY26 Q4', '2026-04-01', '2026-06-30'],
    ['2027-05-01T00:00:00Z', 1, 'fy28-q1', 'FY28 Q1', '2027-07-01', '2027-09-30'],
    ['2026-11-27T10:00:00Z', 1, 'fy27-q3', 'FY27 Q3', '2027-01-01', '2027-03-31'],
    ['2099-12-01T00:00:00Z', 0, 'fy00-q2', 'FY00 Q2', '2099-10-01', '2099-12-31'],
  ])('%s moved by %d is %s', (instant, offset, id, name, startDate, endDate) => {
    const period = fiscalQuarter(new Date(instant), offset);

    expect(period).toEqual({ id, name, startDate, endDate });
    expect(PeriodSchema.parse(period)).toEqual(period);
  });

  it.each(['2026-01-01', '2026-04-15', '2026-08-31', '2026-12-31'])(
    'the quarter of %s contains that day',
    (day) => {
      const period = fiscalQuarter(new Date(`${day}T12:00:00Z`));

      expect(period.startDate <= day && day <= period.endDate).toBe(true);
    },
  );
});
