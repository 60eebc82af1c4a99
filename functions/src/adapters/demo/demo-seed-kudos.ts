import type { Kudos } from '@northstar/shared';
import { kudosDocument, type StoredKudos } from '../../features/kudos/kudos-deps.js';
import type { Stores } from '../../ports/stores.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_SKIP_LEVEL_ID,
  FABRIKAM_TENANT_ID,
} from './demo-tenants.js';

/** Contoso's company values, in the order the tab offers them. */
export const CONTOSO_COMPANY_VALUES: readonly string[] = [
  'Customer obsessed',
  'One team',
  'Own the outcome',
  'Learn every day',
];

const FABRIKAM_COMPANY_VALUES: readonly string[] = [
  'Safety first',
  'Deliver on time',
  'Keep it simple',
];

/** The company values of a demo tenant (settings need at least one). */
export function demoCompanyValues(tenantId: string): string[] {
  return [...(tenantId === FABRIKAM_TENANT_ID ? FABRIKAM_COMPANY_VALUES : CONTOSO_COMPANY_VALUES)];
}

type Row = readonly [
  giverId: string,
  receiverId: string,
  value: string,
  daysAgo: number,
  message: string,
  goalId?: string,
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Kudos between Contoso people, oldest first; two tied to public team goals. */
const CONTOSO_KUDOS: readonly Row[] = [
  [
    'ananya-iyer',
    DEMO_EMPLOYEE_ID,
    'Learn every day',
    14,
    'Your design review notes taught me more than the book did. Thank you!',
  ],
  [
    'grady-archie',
    DEMO_EMPLOYEE_ID,
    'One team',
    9,
    'Pairing on the flaky deploy step saved me a whole day. Much appreciated.',
  ],
  [
    'lidia-holloway',
    'isaiah-langer',
    'Customer obsessed',
    6,
    'You turned a tough renewal call into a roadmap session the customer loved.',
  ],
  [
    DEMO_SKIP_LEVEL_ID,
    DEMO_MANAGER_ID,
    'Own the outcome',
    5,
    'The platform migration plan was clear and calm. Great leadership.',
  ],
  [
    'kavya-nair',
    'pradeep-gupta',
    'Learn every day',
    4,
    'Thanks for teaching me the device management tooling: passwordless is within reach.',
    'g-ops-passwordless',
  ],
  [
    'sofia-rossi',
    'yuki-tanaka',
    'Customer obsessed',
    3,
    'The onboarding prototype made our customer interviews so much sharper.',
  ],
  [
    DEMO_MANAGER_ID,
    DEMO_EMPLOYEE_ID,
    'Own the outcome',
    2,
    'Thanks for staying with the release until the last check went green.',
    'g-eng-weekly-releases',
  ],
];

/** The demo kudos of a tenant (Contoso only), dated relative to `now`. */
export function demoKudos(tenantId: string, now: Date): Kudos[] {
  if (tenantId !== CONTOSO_TENANT_ID) return [];
  return CONTOSO_KUDOS.map(([giverId, receiverId, value, daysAgo, message, goalId], index) => ({
    id: `kudos-seed-${String(index + 1)}`,
    tenantId,
    giverId,
    receiverId,
    value,
    message,
    ...(goalId === undefined ? {} : { goalId }),
    createdAt: new Date(now.getTime() - daysAgo * DAY_MS).toISOString(),
  }));
}

/** Seeds the demo kudos of a tenant into the `feedback` collection. */
export async function seedDemoKudos(stores: Stores, tenantId: string, now: Date): Promise<void> {
  const feedback = stores.documents.collection<StoredKudos>('feedback');
  for (const kudos of demoKudos(tenantId, now)) await feedback.create(kudosDocument(kudos));
}
