import type { SmartCheckRequest, SmartCheckResponse } from '@northstar/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { THEMES, pending, renderScreen } from '../../test/render-screen';
import { GoalEditor } from './GoalEditor';
import { todayIso } from './goal-draft';
import { editorApi, testSmartResult } from './test-editor-api';

type Answer = (call: number) => Promise<SmartCheckResponse>;

/** Renders a new goal whose coach answers call n (from 0) with `answer(n)`. */
async function renderCoach(answer: Answer, theme?: Parameters<typeof renderScreen>[1]['theme']) {
  const checks: [SmartCheckRequest, AbortSignal | undefined][] = [];
  const { api } = editorApi({
    smartCheck: (draft: SmartCheckRequest, signal?: AbortSignal) => {
      checks.push([draft, signal]);
      return answer(checks.length - 1);
    },
  });
  const result = renderScreen(<GoalEditor />, theme ? { api, theme } : { api });
  expect(await screen.findByPlaceholderText('Search goals or owners')).toBeTruthy();
  return { ...result, checks };
}

function typeTitle(text: string): void {
  fireEvent.change(screen.getByRole('textbox', { name: /^Title/ }), { target: { value: text } });
}

async function wait(ms: number): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(ms);
    await Promise.resolve();
  });
}

function coach(): HTMLElement {
  return screen.getByRole('region', { name: 'SMART coach' });
}

function announced(): string {
  return coach().querySelector('[aria-live="polite"]')?.textContent ?? 'no live region';
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('SmartCoach', () => {
  it('waits for a pause in typing, then asks once about the latest draft', async () => {
    const { checks } = await renderCoach(() => Promise.resolve(testSmartResult()));
    typeTitle('Ship');
    await wait(300);
    typeTitle('Ship the new billing page');
    await wait(399);
    expect(checks).toHaveLength(0);
    await wait(1);
    expect(checks.map(([draft]) => draft)).toEqual([
      { title: 'Ship the new billing page', level: 'individual', startDate: todayIso() },
    ]);
  });

  it('shows each criterion with its verdict in words and its hint', async () => {
    await renderCoach(() => Promise.resolve(testSmartResult()));
    typeTitle('Ship the new billing page');
    await wait(400);
    const list = await within(coach()).findByRole('list', { name: 'SMART criteria' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Specific: GoodThe title names a concrete outcome.',
      'Measurable: Needs workAdd a metric with a unit.',
      'Achievable: GoodThe change looks doable.',
      'Relevant: Could be betterAlign it to a team goal.',
      'Time-bound: GoodIt has a due date.',
    ]);
    expect(within(coach()).getByText(/3 of 5 look good/)).toBeTruthy();
  });

  it('aborts the check in flight when the draft changes', async () => {
    const { checks } = await renderCoach((n) =>
      n === 0 ? pending() : Promise.resolve(testSmartResult()),
    );
    typeTitle('Ship the new billing page');
    await wait(400);
    expect(checks[0]?.[1]?.aborted).toBe(false);
    typeTitle('Ship the new billing page by June');
    expect(checks[0]?.[1]?.aborted).toBe(true);
    await wait(400);
    expect(checks).toHaveLength(2);
    expect(checks[1]?.[1]?.aborted).toBe(false);
  });

  it('dims the last result while a newer check runs', async () => {
    await renderCoach((n) => (n === 0 ? Promise.resolve(testSmartResult()) : pending()));
    typeTitle('Ship the new billing page');
    await wait(400);
    const list = within(coach()).getByRole('list', { name: 'SMART criteria' });
    expect(list.getAttribute('aria-busy')).toBe('false');
    typeTitle('Ship the new billing page soon');
    await wait(400);
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(within(coach()).getByText(/updating/)).toBeTruthy();
  });

  it('announces only changes of the overall verdict', async () => {
    const answers = [
      testSmartResult(),
      testSmartResult({ findings: testSmartResult().findings.slice(0, 4) }),
      testSmartResult({ overall: 'pass' }),
    ];
    await renderCoach((n) => Promise.resolve(answers[n] ?? testSmartResult()));
    expect(announced()).toBe('');
    const seen: string[] = [];
    for (const title of ['Ship billing page', 'Ship billing page v2', 'Ship billing page v3']) {
      typeTitle(title);
      await wait(400);
      seen.push(announced());
    }
    expect(seen).toEqual([
      'SMART coach: some criteria need work.',
      'SMART coach: some criteria need work.',
      'SMART coach: every criterion looks good.',
    ]);
  });

  it('says quietly when the coach is unavailable and leaves the form usable', async () => {
    await renderCoach(() => Promise.reject(new Error('503')));
    typeTitle('Ship the new billing page');
    await wait(400);
    expect(within(coach()).getByText(/The coach is unavailable right now/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Create goal' })).toHaveProperty('disabled', false);
  });

  it('invites a title and asks nothing while there is none', async () => {
    const { checks } = await renderCoach(() => Promise.resolve(testSmartResult()));
    typeTitle('   ');
    await wait(1000);
    expect(checks).toHaveLength(0);
    expect(within(coach()).getByText(/Write a title and the coach checks/)).toBeTruthy();
  });
});

describe.each(THEMES)('SmartCoach accessibility (%s theme)', (_name, theme) => {
  it('has no axe violations with findings shown', async () => {
    const { container } = await renderCoach(() => Promise.resolve(testSmartResult()), theme);
    typeTitle('Ship the new billing page');
    await wait(400);
    within(coach()).getByRole('list', { name: 'SMART criteria' });
    jest.useRealTimers();
    expect(await axe(container)).toHaveNoViolations();
  });
});
