import fc from 'fast-check';
import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import type { BodySpec } from './hostile-bodies.js';
import { TEAM_GOAL_ID } from './kudos-fixtures.js';
import {
  badId,
  badText,
  blankText,
  json,
  notAString,
  notOneOf,
  unknownId,
} from './hostile-values.js';

/** Contoso's company values: anything else is refused, near misses included. */
const CONTOSO_VALUES = ['Customer obsessed', 'One team', 'Own the outcome', 'Learn every day'];

/** What no `https` URL of at most 2,048 characters is. */
const badMessageLink = fc.oneof(
  notAString,
  json(
    fc.constantFrom(
      '',
      'http://teams.microsoft.com/l/message/19:abc/1',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'teams.microsoft.com/l/message/1',
      'https://',
      'ftp://teams.microsoft.com/x',
      `https://teams.microsoft.com/${'a'.repeat(2100)}`,
    ),
  ),
);

/** `POST /api/kudos` by the manager, to her report, for a public team goal. */
export const giveKudosSpec: BodySpec = {
  valid: {
    receiverId: DEMO_EMPLOYEE_ID,
    value: 'One team',
    message: 'Thanks for staying with the release until it was green.',
    goalId: TEAM_GOAL_ID,
    messageLink: 'https://teams.microsoft.com/l/message/19:abc@thread.v2/1700000000000',
  },
  required: ['receiverId', 'value', 'message'],
  known: ['receiverId', 'value', 'message', 'goalId', 'messageLink'],
  bad: {
    // Unknown, the giver herself, or someone of another tenant.
    receiverId: fc.oneof(
      badId,
      unknownId,
      json(fc.constantFrom(DEMO_MANAGER_ID, FABRIKAM_PERSON_ID)),
    ),
    value: fc.oneof(notOneOf(CONTOSO_VALUES), badText(40), json(fc.constantFrom('Safety first'))),
    message: fc.oneof(badText(500), blankText),
    // Unknown, private to an unrelated salesperson, or Fabrikam's.
    goalId: fc.oneof(
      badId,
      unknownId,
      json(fc.constantFrom('g-isaiah-enterprise-deals', 'g-fab-lisbon-hub')),
    ),
    messageLink: badMessageLink,
  },
};
