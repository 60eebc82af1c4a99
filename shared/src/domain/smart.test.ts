import type { SmartCheckRequest, SmartCriterion, Verdict } from '../contracts/smart.js';
import { SmartCheckResponseSchema } from '../contracts/smart.js';
import type { Period } from '../contracts/tenant.js';
import { checkSmart, worstVerdict } from './smart.js';

const today = '2026-08-01';
const period: Period = {
  id: 'q1',
  name: 'FY27 Q1',
  startDate: '2026-07-01',
  endDate: '2026-09-30',
};
const good: SmartCheckRequest = {
  title: 'Raise the NPS of the mobile app to 45',
  level: 'team',
  metric: { unit: 'NPS', start: 30, target: 45 },
  parentIds: [{ goalId: 'co', weight: 1 }],
  startDate: '2026-07-01',
  dueDate: '2026-09-30',
  periodId: 'q1',
};

type Expected = Partial<Record<SmartCriterion, [Verdict, ...string[]]>>;
const order: SmartCriterion[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

describe('checkSmart', () => {
  it.each<[string, Partial<SmartCheckRequest>, Expected]>([
    ['a good goal', {}, {}],
    // Specific
    ['a short title', { title: 'Sell more' }, { specific: ['fail', 'too short', 'three words'] }],
    [
      'two long words',
      { title: 'Internationalisation everywhere' },
      { specific: ['fail', 'too short'] },
    ],
    ['short despite four words', { title: 'Go to 1 m' }, { specific: ['fail', 'too short'] }],
    [
      '"improve"',
      { title: 'Improve the onboarding of new hires to 9' },
      { specific: ['warn', '"Improve"', 'concrete outcome'] },
    ],
    [
      '"work on" across spaces',
      { title: 'We will work   on churn to 5%' },
      { specific: ['warn', '"work on"'] },
    ],
    [
      '"be more"',
      { title: 'Be more visible to 40 customers' },
      { specific: ['warn', '"Be more"'] },
    ],
    [
      '"optimising"',
      { title: 'Optimising the checkout funnel to 5%' },
      { specific: ['warn', '"Optimising"'] },
    ],
    ['"try"', { title: 'Try to ship the app to 3 stores' }, { specific: ['warn', '"Try"'] }],
    [
      '"better"',
      { title: 'A better NPS of the mobile app, 45' },
      { specific: ['warn', '"better"'] },
    ],
    [
      '"look into"',
      { title: 'Look into the 12 slowest pages' },
      { specific: ['warn', '"Look into"'] },
    ],
    [
      '"Betterment" is not "better"',
      { title: 'Launch the Betterment integration for 3 banks' },
      {},
    ],
    ['"helpdesk" is not "help"', { title: 'Ship helpdesk macros for the top 20 questions' }, {}],
    ['"Retry" is not "try"', { title: 'Retry failed payments for all 3 banks' }, {}],
    // Measurable
    [
      'a number but no metric',
      { metric: undefined },
      { measurable: ['warn', 'number', 'add a metric'] },
    ],
    [
      'no number and no metric',
      { title: 'Launch the partner portal in Europe', metric: undefined },
      { measurable: ['fail', 'add a metric', 'target'] },
    ],
    [
      'target equals start',
      { metric: { unit: 'NPS', start: 45, target: 45 } },
      { measurable: ['fail', 'equals the start', '45 NPS'] },
    ],
    // Achievable
    [
      'a decrease',
      { metric: { unit: 'ms', start: 800, target: 200 } },
      { achievable: ['warn', 'decrease from 800 to 200 ms', 'check that is intended'] },
    ],
    [
      'more than ten times the start',
      { metric: { unit: 'deals', start: 10, target: 120 } },
      { achievable: ['warn', 'from 10 to 120 deals', 'more than ten times'] },
    ],
    ['exactly ten times the change', { metric: { unit: 'deals', start: 10, target: 110 } }, {}],
    ['from zero any jump is fine', { metric: { unit: 'deals', start: 0, target: 1000 } }, {}],
    [
      'a decrease past zero is both',
      { metric: { unit: 'EUR', start: 10, target: -100 } },
      { achievable: ['warn', 'decrease from 10 to -100 EUR', 'more than ten times'] },
    ],
    [
      'spans 6 days',
      { startDate: '2026-08-01', dueDate: '2026-08-06' },
      { achievable: ['warn', 'only 6 days', '2026-08-01 to 2026-08-06'] },
    ],
    ['spans 7 days', { startDate: '2026-08-01', dueDate: '2026-08-07' }, {}],
    [
      'spans 1 day',
      { startDate: '2026-08-05', dueDate: '2026-08-05' },
      { achievable: ['warn', 'only 1 day '] },
    ],
    [
      'no start: counts from today',
      { startDate: undefined, dueDate: '2026-08-03' },
      { achievable: ['warn', 'only 3 days', '2026-08-01 to 2026-08-03'] },
    ],
    // Relevant
    [
      'a company goal needs no parent',
      { level: 'company', parentIds: undefined },
      { relevant: ['pass', 'top of the alignment'] },
    ],
    [
      'a team goal with no parent',
      { parentIds: undefined },
      { relevant: ['fail', 'align it to a team or company goal', 'why it matters'] },
    ],
    ['an empty parent list', { parentIds: [] }, { relevant: ['fail', 'not aligned'] }],
    [
      'no level and no parent',
      { level: undefined, parentIds: undefined },
      { relevant: ['fail', 'align it'] },
    ],
    [
      'a development goal with two parents',
      {
        level: 'development',
        parentIds: [
          { goalId: 'a', weight: 1 },
          { goalId: 'b', weight: 2 },
        ],
      },
      { relevant: ['pass', '2 other goals'] },
    ],
    // Time-bound
    ['no due date', { dueDate: undefined }, { timeBound: ['fail', 'no due date'] }],
    [
      'a due date in the past',
      { dueDate: '2026-07-31' },
      { timeBound: ['fail', '2026-07-31 is in the past'] },
    ],
    ['due today', { dueDate: today }, { timeBound: ['pass', today] }],
    [
      'due before the start',
      { startDate: '2026-09-01', dueDate: '2026-08-20' },
      { timeBound: ['fail', 'before the start date 2026-09-01'] },
    ],
    ['due on the last day of the period', { dueDate: '2026-09-30' }, {}],
    [
      'due past the period',
      { dueDate: '2026-10-15' },
      { timeBound: ['warn', 'past the end of the period FY27 Q1 (2026-09-30)'] },
    ],
    // Several at once
    [
      'an empty draft',
      {
        title: '',
        metric: undefined,
        level: undefined,
        parentIds: undefined,
        startDate: undefined,
        dueDate: undefined,
      },
      { specific: ['fail'], measurable: ['fail'], relevant: ['fail'], timeBound: ['fail'] },
    ],
  ])('%s', (_name, change, expected) => {
    const result = checkSmart({ ...good, ...change }, { today, period });
    expect(result.findings.map((f) => f.criterion)).toEqual(order);
    for (const finding of result.findings) {
      const [verdict, ...words] = expected[finding.criterion] ?? ['pass'];
      expect([finding.criterion, finding.verdict]).toEqual([finding.criterion, verdict]);
      for (const word of words) expect(finding.hint).toContain(word);
    }
    const verdicts = order.map((c) => expected[c]?.[0] ?? 'pass');
    expect(result.overall).toBe(worstVerdict(verdicts));
    expect(SmartCheckResponseSchema.safeParse(result).success).toBe(true);
  });

  it('without a period, a late due date passes', () => {
    const result = checkSmart({ ...good, dueDate: '2026-10-15' }, { today });
    expect(result.findings[4]).toEqual({
      criterion: 'timeBound',
      verdict: 'pass',
      hint: 'It is due on 2026-10-15.',
    });
    expect(result.overall).toBe('pass');
  });

  it.each<[string, Partial<SmartCheckRequest>]>([
    ['a good goal', {}],
    [
      'a bad goal',
      {
        title: 'try',
        metric: { unit: 'x', start: 5, target: 5 },
        parentIds: [],
        dueDate: '2026-01-01',
      },
    ],
    [
      'a risky goal',
      {
        title: 'Improve 4 things',
        metric: { unit: 'x', start: 1, target: -50 },
        dueDate: '2026-08-02',
      },
    ],
  ])('every hint of %s is a complete sentence', (_name, change) => {
    for (const { hint } of checkSmart({ ...good, ...change }, { today, period }).findings) {
      expect(hint).toMatch(/^[A-Z"].*[.]$/);
      expect(hint).not.toMatch(/undefined|NaN|null/);
    }
  });
});

describe('worstVerdict', () => {
  it.each<[Verdict[], Verdict]>([
    [[], 'pass'],
    [['pass', 'pass'], 'pass'],
    [['pass', 'warn'], 'warn'],
    [['warn', 'fail', 'pass'], 'fail'],
    [['fail', 'warn'], 'fail'],
  ])('%j -> %s', (verdicts, expected) => {
    expect(worstVerdict(verdicts)).toBe(expected);
  });
});
