import type { GiveKudos, KudosView, Page, Person } from '@northstar/shared';
import { testPerson } from '../../test/render-screen';

/** Lena Ito, whose profile the tests show. */
export const LENA = testPerson({
  id: 'lena-ito',
  displayName: 'Lena Ito',
  managerId: 'priya-raman',
});
/** Givers of the test kudos, looked up by `person`. */
export const PEOPLE: Record<string, Person> = {
  'lena-ito': LENA,
  'sam-li': testPerson({ id: 'sam-li', displayName: 'Sam Li' }),
  'ana-ruiz': testPerson({ id: 'ana-ruiz', displayName: 'Ana Ruiz' }),
};
export const VALUES = ['Customer obsessed', 'One team', 'Own the outcome'];

/** Kudos for Lena, given an hour ago unless told otherwise. */
export function testKudos(overrides: Partial<KudosView> = {}): KudosView {
  return {
    id: 'k-1',
    tenantId: 'tenant-1',
    giverId: 'sam-li',
    receiverId: 'lena-ito',
    value: 'One team',
    message: 'Thanks for covering my on-call shift.',
    createdAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
    ...overrides,
  };
}

/** What the fake API was asked. */
export interface KudosCalls {
  lists: { personId: string; cursor?: string | undefined }[];
  given: { body: GiveKudos; key: string }[];
}

/**
 * A fake API for the Kudos section: `pages` answer the list calls in turn (the last one again
 * after that), `give` answers each "Send kudos".
 */
export function kudosApi(
  pages: (() => Promise<Page<KudosView>>)[],
  give: (body: GiveKudos) => Promise<KudosView> = (body) =>
    Promise.resolve(testKudos({ id: 'k-new', giverId: 'arjun-mehta', ...body })),
) {
  const calls: KudosCalls = { lists: [], given: [] };
  const api = {
    person: (id: string) => {
      const found = PEOPLE[id];
      return found ? Promise.resolve(found) : Promise.reject(new Error(`no ${id}`));
    },
    listKudos: (personId: string, page: { cursor?: string } = {}) => {
      calls.lists.push({ personId, cursor: page.cursor });
      const next = pages[Math.min(calls.lists.length, pages.length) - 1];
      return next ? next() : Promise.resolve({ items: [] });
    },
    companyValues: () => Promise.resolve(VALUES),
    giveKudos: (body: GiveKudos, key: string) => {
      calls.given.push({ body, key });
      return give(body);
    },
  };
  return { api, calls };
}
