import type Database from 'better-sqlite3';
import type { CheckIn, Page } from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { CheckInRepository, PageRequest } from '../../ports/goal-repository.js';
import { asPromise } from './as-promise.js';
import { decodeCursor, rowsToFetch, toPage } from '../keyset-cursor.js';
import { StatementCache } from './statement-cache.js';
import { LIMIT_TAKE } from './limit-take.js';

const SQL = {
  insert: `INSERT INTO checkins (tenant_id, goal_id, id, created_at, doc)
    VALUES (@tenantId, @goalId, @id, @createdAt, @doc) ON CONFLICT DO NOTHING`,
  get: `SELECT doc FROM checkins WHERE tenant_id = @tenantId AND goal_id = @goalId AND id = @id`,
  firstPage: `SELECT doc FROM checkins WHERE tenant_id = @tenantId AND goal_id = @goalId
    ORDER BY created_at DESC, id DESC ${LIMIT_TAKE}`,
  nextPage: `SELECT doc FROM checkins WHERE tenant_id = @tenantId AND goal_id = @goalId
    AND (created_at, id) < (@beforeCreatedAt, @beforeId)
    ORDER BY created_at DESC, id DESC ${LIMIT_TAKE}`,
} as const;

/** Check-ins in SQLite, keyed like the Cosmos container: tenant, goal, id. */
export class SqliteCheckInRepository implements CheckInRepository {
  readonly #statements: StatementCache;

  constructor(db: Database.Database) {
    this.#statements = new StatementCache(db);
  }

  add(checkIn: CheckIn): Promise<CheckIn> {
    return asPromise(() => {
      const { changes } = this.#statements.get(SQL.insert).run({
        tenantId: checkIn.tenantId,
        goalId: checkIn.goalId,
        id: checkIn.id,
        createdAt: checkIn.createdAt,
        doc: JSON.stringify(checkIn),
      });
      if (changes === 0) {
        throw new DomainError('conflict', `A check-in with id ${checkIn.id} already exists.`);
      }
      return checkIn;
    });
  }

  get(tenantId: string, goalId: string, id: string): Promise<CheckIn | null> {
    return asPromise(() => {
      const doc = this.#statements.get(SQL.get).pluck().get({ tenantId, goalId, id }) as
        string | undefined;
      return doc === undefined ? null : (JSON.parse(doc) as CheckIn);
    });
  }

  listByGoal(tenantId: string, goalId: string, page: PageRequest): Promise<Page<CheckIn>> {
    return asPromise(() => {
      const take = rowsToFetch(page.limit);
      const before = decodeCursor(page.cursor);
      const rows = (
        before === undefined
          ? this.#statements.get(SQL.firstPage).pluck().all({ tenantId, goalId, take })
          : this.#statements.get(SQL.nextPage).pluck().all({
              tenantId,
              goalId,
              take,
              beforeCreatedAt: before.createdAt,
              beforeId: before.id,
            })
      ) as string[];
      return toPage(
        rows.map((doc) => JSON.parse(doc) as CheckIn),
        page.limit,
      );
    });
  }
}
