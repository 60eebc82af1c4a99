import type { DocumentStore } from '../../functions/src/ports/document-store.js';
import { COLLECTIONS, documentFactory, type TestDocument } from './document-factory.js';
import { describeDocumentQueryContract } from './document-query-contract.js';
import { newTenantId } from './goal-factory.js';

/** An opened document store and how to let go of it. */
export interface OpenedDocuments {
  documents: DocumentStore;
  cleanup(): Promise<void>;
}

/**
 * The behaviour every `DocumentStore` adapter must have. Tests share one opened store and keep
 * apart by using a fresh tenant each. Ids are distinct across the partitions of one tenant:
 * @vercel/cosmosdb-server keeps ids unique per first key level (tenant), real Cosmos per
 * full key.
 */
export function describeDocumentContract(name: string, open: () => Promise<OpenedDocuments>): void {
  describe(`${name} document store contract`, () => {
    let opened: OpenedDocuments | undefined;
    beforeAll(async () => {
      opened = await open();
    });
    afterAll(async () => {
      await opened?.cleanup();
    });
    const documents = (): DocumentStore => {
      if (opened === undefined) throw new Error('The document store is not open.');
      return opened.documents;
    };
    describeDocumentWriteContract(documents);
    describeDocumentQueryContract(documents);
  });
}

function describeDocumentWriteContract(documents: () => DocumentStore): void {
  describe.each(COLLECTIONS)('%s: writes', (collection, field, partition) => {
    const setUp = () => {
      const tenantId = newTenantId();
      const store = documents().collection<TestDocument>(collection);
      return { tenantId, store, make: documentFactory(tenantId, field, partition) };
    };

    it('creates with an etag of its own and reads back exactly what it stored', async () => {
      const { tenantId, store, make } = setUp();
      const doc = { ...make(), etag: 'caller-etag' };
      const created = await store.create(doc);
      expect(created).toEqual({ ...doc, etag: expect.any(String) as string });
      expect(['', 'caller-etag']).not.toContain(created.etag);
      await expect(store.get(tenantId, partition, doc.id)).resolves.toEqual(created);
    });

    it('gives null for an id that does not exist', async () => {
      const { tenantId, store } = setUp();
      await expect(store.get(tenantId, partition, 'no-such-id')).resolves.toBeNull();
    });

    it('replaces, changing the etag every time, and reads back the replacement', async () => {
      const { tenantId, store, make } = setUp();
      let doc = await store.create(make());
      const etags = [doc.etag];
      for (const status of ['open', 'submitted', 'signed']) {
        const changed = { ...doc, status, updatedAt: '2026-03-01T00:00:00.000Z' };
        doc = await store.replace(changed, doc.etag);
        expect(doc).toEqual({ ...changed, etag: expect.any(String) as string });
        etags.push(doc.etag);
      }
      expect(new Set(etags).size).toBe(4);
      await expect(store.get(tenantId, partition, doc.id)).resolves.toEqual(doc);
    });

    it.each(['stale', '', '*', 'not-an-etag'])(
      'refuses a replace with etag %p as precondition_failed and keeps the document',
      async (kind) => {
        const { tenantId, store, make } = setUp();
        const created = await store.create(make());
        const current = await store.replace({ ...created, status: 'open' }, created.etag);
        const etag = kind === 'stale' ? created.etag : kind;
        await expect(store.replace({ ...current, status: 'lost' }, etag)).rejects.toMatchObject({
          code: 'precondition_failed',
        });
        await expect(store.get(tenantId, partition, created.id)).resolves.toEqual(current);
      },
    );

    it('refuses a replace of a document that does not exist as not_found', async () => {
      const { tenantId, store, make } = setUp();
      const created = await store.create(make());
      const ghost = { ...make(), id: 'never-created' };
      await expect(store.replace(ghost, created.etag)).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(store.get(tenantId, partition, 'never-created')).resolves.toBeNull();
    });

    it('refuses a second create with the same id as conflict and keeps the first', async () => {
      const { tenantId, store, make } = setUp();
      const first = await store.create(make({ id: 'same-id', title: 'First' }));
      await expect(store.create(make({ id: 'same-id', title: 'Second' }))).rejects.toMatchObject({
        code: 'conflict',
      });
      await expect(store.get(tenantId, partition, 'same-id')).resolves.toEqual(first);
    });
  });
}
