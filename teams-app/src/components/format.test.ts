import { formatDate, periodLabel } from './format';

describe('format', () => {
  it.each([
    ['fy27-q2', 'FY27\u00a0Q2'],
    ['fy27_q4', 'FY27\u00a0Q4'],
    ['h2-2026', 'H2\u00a02026'],
  ])('labels period %s as %s', (id, label) => {
    expect(periodLabel(id)).toBe(label);
  });

  it('formats a calendar date without shifting it by the time zone', () => {
    expect(formatDate('2026-12-31')).toMatch(/31/);
    expect(formatDate('2026-01-01')).toMatch(/2026/);
  });
});
