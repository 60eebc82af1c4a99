import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type {
  DocumentCollectionName,
  StoredDocument,
} from '../../../functions/src/ports/document-store.js';
import type { Stores } from '../../../functions/src/ports/stores.js';

/** The header a metered host answers each request's store cost in (JSON `StoreCost`). */
export const STORE_COST_HEADER = 'x-bench-store-cost';

/** What one request cost the store. */
export interface StoreCost {
  /** Calls through the store port (each one query, point read or write of the adapter). */
  portCalls: number;
  /** SQL statements SQLite executed for them. */
  sqlStatements: number;
  /** Rows those statements returned (a full scan shows here, not in the counts above). */
  sqlRows: number;
}

type Callable = (...args: unknown[]) => unknown;

/**
 * Counts store work per request: `measure` runs a request with its own counter (concurrent
 * requests never share one), `stores` wraps the port so every call counts, and SQLite's
 * statements are counted by wrapping better-sqlite3's statement methods in this process.
 */
export class StoreMeter {
  readonly #current = new AsyncLocalStorage<StoreCost>();

  /** Runs `work` and returns its result with what it cost the store. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; cost: StoreCost }> {
    const cost: StoreCost = { portCalls: 0, sqlStatements: 0, sqlRows: 0 };
    const result = await this.#current.run(cost, work);
    return { result, cost };
  }

  /** The port with every repository method counted. */
  stores(stores: Stores): Stores {
    return {
      ...stores,
      goals: this.#counted(stores.goals),
      checkIns: this.#counted(stores.checkIns),
      settings: this.#counted(stores.settings),
      documents: {
        collection: <T extends StoredDocument>(name: DocumentCollectionName) =>
          this.#counted(stores.documents.collection<T>(name)),
      },
    };
  }

  /** Counts every statement better-sqlite3 runs from now on, in this process, and its rows. */
  countSqlStatements(): void {
    const probe = new Database(':memory:');
    const prototype = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, Callable>;
    probe.close();
    const current = this.#current;
    const rowsOf: Record<string, (result: unknown) => number> = {
      run: () => 0,
      get: (row) => (row === undefined ? 0 : 1),
      all: (rows) => (rows as unknown[]).length,
    };
    for (const [method, rows] of Object.entries(rowsOf)) {
      const original = prototype[method];
      if (!original) continue;
      prototype[method] = function (this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args);
        const cost = current.getStore();
        if (cost) {
          cost.sqlStatements += 1;
          cost.sqlRows += rows(result);
        }
        return result;
      };
    }
  }

  #counted<T extends object>(target: T): T {
    const current = this.#current;
    return new Proxy(target, {
      get(object, key, receiver) {
        const value: unknown = Reflect.get(object, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const cost = current.getStore();
          if (cost) cost.portCalls += 1;
          return (value as Callable).apply(object, args);
        };
      },
    });
  }
}
