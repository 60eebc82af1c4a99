import type { DocumentStore } from '../../functions/src/ports/document-store.js';
import { collectPages } from './collect-pages.js';
import { documentFactory, inPageOrder, type TestDocument } from './document-factory.js';
import { newTenantId } from './goal-factory.js';

/** Reviews of tenant A in two cycles, with a mix of statuses, scores and sign-offs. */
async function seedReviews(documents: DocumentStore) {
  const tenantId = newTenantId();
  const reviews = documents.collection<TestDocument>('reviews');
  const inCycle1 = documentFactory(tenantId, 'cycleId', 'cycle-1');
  const docs = [
    inCycle1({ id: 'r-1', status: 'open', score: 4, signedOff: true }),
    inCycle1({ id: 'r-2', status: 'open', score: 3 }),
    inCycle1({ id: 'r-3', status: 'closed', score: 4, signedOff: true }),
    { ...inCycle1({ id: 'r-4', status: 'open', score: 4 }), cycleId: 'cycle-2' },
    { ...inCycle1({ id: 'r-5', status: '4', score: 1 }), cycleId: 'cycle-2' },
  ];
  const created: TestDocument[] = [];
  for (const doc of docs) created.push(await reviews.create(doc));
  return { tenantId, reviews, created };
}

const FILTERS: [string, string | undefined, Record<string, string | number | boolean>, string[]][] =
  [
    ['everything', undefined, {}, ['r-1', 'r-2', 'r-3', 'r-4', 'r-5']],
    ['one partition', 'cycle-1', {}, ['r-1', 'r-2', 'r-3']],
    ['a string field', undefined, { status: 'open' }, ['r-1', 'r-2', 'r-4']],
    ['a number field', undefined, { score: 4 }, ['r-1', 'r-3', 'r-4']],
    ['a string that looks like a number', undefined, { status: '4' }, ['r-5']],
    ['a boolean field', undefined, { signedOff: true }, ['r-1', 'r-3']],
    ['false, not a missing field', undefined, { signedOff: false }, ['r-2', 'r-4', 'r-5']],
    ['partition and two fields', 'cycle-1', { status: 'open', score: 4 }, ['r-1']],
    ['a field no document has', undefined, { missing: 'x' }, []],
  ];

const HOSTILE_FIELDS = [
  "status' OR 1=1 --",
  'status"] OR true --',
  'a.b',
  '$.status',
  '1status',
  'sta tus',
  '',
  'status)',
];

/** Filters, paging, tenant isolation and the refusal of field names that are not plain. */
export function describeDocumentQueryContract(documents: () => DocumentStore): void {
  describe('queries', () => {
    it.each(FILTERS)('filters by %s', async (_label, partition, where, ids) => {
      const { tenantId, reviews } = await seedReviews(documents());
      const page = await reviews.query(tenantId, { partition, where }, { limit: 10 });
      expect(page.items.map((doc) => doc.id)).toEqual(ids);
      expect(page.nextCursor).toBeUndefined();
    });

    it('pages through every document once, in (createdAt, id) order, with ties', async () => {
      const tenantId = newTenantId();
      const audit = documents().collection<TestDocument>('audit');
      const make = documentFactory(tenantId, 'subjectId', 'goal-1');
      const tied = '2026-02-01T00:00:00.000Z';
      const docs = Array.from({ length: 11 }, (_, i) =>
        i % 3 === 0 ? make({ id: `tie-${String(10 - i)}`, createdAt: tied }) : make(),
      );
      for (const doc of docs) await audit.create(doc);
      const pages = await collectPages((cursor) =>
        audit.query(tenantId, { partition: 'goal-1' }, { limit: 4, cursor }),
      );
      expect(pages.map((page) => page.items.length)).toEqual([4, 4, 3]);
      const ids = pages.flatMap((page) => page.items.map((doc) => doc.id));
      expect(ids).toEqual(inPageOrder(docs).map((doc) => doc.id));
    });

    it('pages newest first through every document once, with ties, filtered', async () => {
      const tenantId = newTenantId();
      const feedback = documents().collection<TestDocument>('feedback');
      const make = documentFactory(tenantId, 'recipientId', 'person-1');
      const tied = '2026-02-03T00:00:00.000Z';
      const docs = Array.from({ length: 12 }, (_, i) =>
        i % 4 === 0 ? make({ id: `tie-${String(i)}`, createdAt: tied }) : make(),
      );
      const other = make({ id: 'other-person', recipientId: 'person-2' });
      const open = make({ id: 'not-a-draft', status: 'open' });
      for (const doc of [...docs, other, open]) await feedback.create(doc);
      const filter = { partition: 'person-1', where: { status: 'draft' }, newestFirst: true };
      const pages = await collectPages((cursor) =>
        feedback.query(tenantId, filter, { limit: 5, cursor }),
      );
      expect(pages.map((page) => page.items.length)).toEqual([5, 5, 2]);
      const ids = pages.flatMap((page) => page.items.map((doc) => doc.id));
      expect(ids).toEqual(
        inPageOrder(docs)
          .reverse()
          .map((doc) => doc.id),
      );
    });

    it.each(HOSTILE_FIELDS)('refuses the field name %p as validation', async (field) => {
      const { tenantId, reviews } = await seedReviews(documents());
      await expect(
        reviews.query(tenantId, { where: { [field]: 'open' } }, { limit: 10 }),
      ).rejects.toMatchObject({ code: 'validation' });
    });

    it.each([
      ['a partition for a tenant-only collection', 'cycles' as const, 'x'],
      ['an empty partition for a partitioned collection', 'reviews' as const, ''],
    ])('refuses %s as validation', async (_label, collection, partition) => {
      const store = documents().collection<TestDocument>(collection);
      await expect(store.get(newTenantId(), partition, 'd-001')).rejects.toMatchObject({
        code: 'validation',
      });
      await expect(store.query(newTenantId(), { partition }, { limit: 5 })).rejects.toMatchObject({
        code: 'validation',
      });
    });

    it('refuses a document without its partition field as validation', async () => {
      const doc = documentFactory(newTenantId(), null, '')();
      await expect(
        documents().collection<TestDocument>('meetings').create(doc),
      ).rejects.toMatchObject({ code: 'validation' });
    });

    it('gives null for a point read in another partition of the same tenant', async () => {
      const { tenantId, reviews } = await seedReviews(documents());
      await expect(reviews.get(tenantId, 'cycle-2', 'r-1')).resolves.toBeNull();
    });
  });

  describe('documents: tenant isolation', () => {
    it('shows tenant B nothing of tenant A through get or query, even with A cursor', async () => {
      const a = await seedReviews(documents());
      const b = newTenantId();
      for (const doc of a.created) {
        await expect(a.reviews.get(b, doc.cycleId ?? '', doc.id)).resolves.toBeNull();
      }
      for (const partition of [undefined, 'cycle-1']) {
        await expect(a.reviews.query(b, { partition }, { limit: 10 })).resolves.toEqual({
          items: [],
        });
      }
      const first = await a.reviews.query(a.tenantId, {}, { limit: 2 });
      expect(first.nextCursor).toBeDefined();
      await expect(
        a.reviews.query(b, {}, { limit: 10, cursor: first.nextCursor }),
      ).resolves.toEqual({ items: [] });
    });

    it('cannot replace tenant A document through a replace addressed to tenant B', async () => {
      const a = await seedReviews(documents());
      const [target] = a.created;
      if (target === undefined) throw new Error('The seed created no review.');
      const hijack = { ...target, tenantId: newTenantId(), title: 'Hijacked' };
      await expect(a.reviews.replace(hijack, target.etag)).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(a.reviews.get(a.tenantId, 'cycle-1', target.id)).resolves.toEqual(target);
    });
  });
}
