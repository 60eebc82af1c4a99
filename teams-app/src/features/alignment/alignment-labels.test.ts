import { periodLabel } from './alignment-labels';

describe('periodLabel', () => {
  it.each([
    ['fy27-q2', 'FY27 Q2'],
    ['2026-h1', '2026 H1'],
    ['fy27', 'FY27'],
    ['q1__2027', 'Q1 2027'],
  ])('%s reads "%s"', (id, label) => {
    expect(periodLabel(id)).toBe(label);
  });
});
