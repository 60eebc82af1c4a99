import type { Period } from '../contracts/tenant.js';
import { findPeriod, periodForDate } from './periods.js';

const periods: Period[] = [
  { id: 'q1', name: 'FY27 Q1', startDate: '2026-07-01', endDate: '2026-09-30' },
  { id: 'q2', name: 'FY27 Q2', startDate: '2026-10-01', endDate: '2026-12-31' },
  { id: 'fy', name: 'FY27', startDate: '2026-07-01', endDate: '2027-06-30' },
];

describe('periodForDate', () => {
  it.each([
    ['2026-07-01', 'q1'],
    ['2026-08-15', 'q1'],
    ['2026-09-30', 'q1'],
    ['2026-10-01', 'q2'],
    ['2026-12-31', 'q2'],
    ['2027-01-01', 'fy'],
    ['2027-06-30', 'fy'],
    ['2026-06-30', undefined],
    ['2027-07-01', undefined],
  ])('%s -> %s', (date, expected) => {
    expect(periodForDate(periods, date)?.id).toBe(expected);
  });

  it('finds nothing in an empty list', () => {
    expect(periodForDate([], '2026-08-01')).toBeUndefined();
  });
});

describe('findPeriod', () => {
  it.each([
    ['q1', 'FY27 Q1'],
    ['fy', 'FY27'],
    ['nope', undefined],
  ])('%s -> %s', (id, name) => {
    expect(findPeriod(periods, id)?.name).toBe(name);
  });
});
