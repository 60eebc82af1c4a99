import {
  AdaptiveCardJsonSchema,
  goalCard,
  type GoalCardData,
  type GoalCardPreview,
} from '@northstar/shared';

/** What a chat's goal card shows in the tests: Arjun's goal, which he may check in on. */
export function testCardData(overrides: Partial<GoalCardData> = {}): GoalCardData {
  return {
    id: 'g-1',
    title: 'Grow weekly users',
    level: 'individual',
    owner: { id: 'arjun-mehta', displayName: 'Arjun Mehta' },
    progress: 0.5,
    status: 'on_track',
    lastConfidence: 7,
    dueDate: '2027-03-31',
    companyGoal: { id: 'c-1', title: 'Win the SMB market' },
    url: 'https://northstar.example/goals/g-1',
    unit: null,
    ...overrides,
  };
}

/** `GET /api/goals/{id}/card` for tests: the shared builder's card and its size in bytes. */
export function testPreview(
  overrides: Partial<GoalCardData> = {},
  actions = { canCheckIn: true, companyValues: ['One team', 'Own the outcome'] },
): GoalCardPreview {
  const card = goalCard(testCardData(overrides), actions, { version: '1.5' });
  // jsdom has no TextEncoder; a Blob counts the same UTF-8 bytes.
  const sizeBytes = new Blob([JSON.stringify(card)]).size;
  return { card: AdaptiveCardJsonSchema.parse(card), sizeBytes };
}

/**
 * jsdom has no `innerText`, through which the `adaptivecards` library writes every text; this
 * maps it to `textContent` (what a browser does for text without line breaks).
 */
export function polyfillInnerText(): void {
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent;
    },
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    },
  });
}
