import { setImmediate } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import type { Goal, Page } from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { GoalFilter, GoalRepository, PageRequest } from '../../ports/goal-repository.js';
import { asPromise } from './as-promise.js';
import { decodeCursor, rowsToFetch, toPage } from '../keyset-cursor.js';
import { goalPageQuery } from './sqlite-goal-query.js';
import { StatementCache } from './statement-cache.js';
import { LIMIT_TAKE } from './limit-take.js';

type NewGoal = Omit<Goal, 'etag'>;

interface GoalRow {
  version: number;
  doc: string;
}

/** Rows of `listAll` (the goal and its keyset position) and of `listEtags`. */
type ListedRow = GoalRow & { created_at: string; id: string };
type EtagRow = { id: string; version: number };

const COLUMNS = '@ownerId, @level, @periodId, @state, @createdAt';
/** Goals per chunk of `listAll` and `listEtags`: a few milliseconds of work each at most. */
const LIST_ALL_CHUNK = 1_000;

const SQL = {
  get: 'SELECT version, doc FROM goals WHERE tenant_id = ? AND id = ?',
  exists: 'SELECT 1 FROM goals WHERE tenant_id = ? AND id = ?',
  insert: `INSERT INTO goals (tenant_id, id, owner_id, level, period_id, state, created_at, version, doc)
    VALUES (@tenantId, @id, ${COLUMNS}, 1, @doc) ON CONFLICT (tenant_id, id) DO NOTHING`,
  update: `UPDATE goals SET (owner_id, level, period_id, state, created_at, version, doc) =
    (${COLUMNS}, version + 1, @doc)
    WHERE tenant_id = @tenantId AND id = @id AND version = @version RETURNING version`,
  deleteParents: 'DELETE FROM goal_parents WHERE tenant_id = ? AND goal_id = ?',
  insertParent: 'INSERT INTO goal_parents (tenant_id, goal_id, parent_id) VALUES (?, ?, ?)',
  listAll: `SELECT version, doc, created_at, id FROM goals WHERE tenant_id = @tenantId
    AND (created_at, id) > (@createdAt, @id) ORDER BY created_at, id ${LIMIT_TAKE}`,
  listAllInPeriod: `SELECT version, doc, created_at, id FROM goals
    WHERE tenant_id = @tenantId AND period_id = @periodId
    AND (created_at, id) > (@createdAt, @id) ORDER BY created_at, id ${LIMIT_TAKE}`,
  listEtags: `SELECT id, version FROM goals WHERE tenant_id = @tenantId AND id > @after
    ORDER BY id ${LIMIT_TAKE}`,
  count: 'SELECT COUNT(*) FROM goals WHERE tenant_id = ?',
} as const;

/**
 * Goals in SQLite: the goal as JSON in `doc`, the filtered columns beside it, parent links in
 * `goal_parents`, and `version` (the etag, as a string) for optimistic concurrency.
 */
export class SqliteGoalRepository implements GoalRepository {
  readonly #statements: StatementCache;
  readonly #create: (goal: NewGoal) => Goal;
  readonly #update: (goal: NewGoal, expectedEtag: string) => Goal;

  constructor(db: Database.Database) {
    this.#statements = new StatementCache(db);
    this.#create = db.transaction((goal: NewGoal) => this.#insert(goal));
    this.#update = db.transaction((goal: NewGoal, etag: string) => this.#replace(goal, etag));
  }

  get(tenantId: string, id: string): Promise<Goal | null> {
    return asPromise(() => {
      const row = this.#statements.get(SQL.get).get(tenantId, id) as GoalRow | undefined;
      return row === undefined ? null : toGoal(row);
    });
  }

  create(goal: NewGoal): Promise<Goal> {
    return asPromise(() => this.#create(goal));
  }

  update(goal: NewGoal, expectedEtag: string): Promise<Goal> {
    return asPromise(() => this.#update(goal, expectedEtag));
  }

  list(tenantId: string, filter: GoalFilter, page: PageRequest): Promise<Page<Goal>> {
    return asPromise(() => {
      const take = rowsToFetch(page.limit);
      const query = goalPageQuery(tenantId, filter, decodeCursor(page.cursor), take);
      const rows = this.#statements.get(query.sql).all(query.params) as GoalRow[];
      return toPage(rows.map(toGoal), page.limit);
    });
  }

  /**
   * Every goal, read in chunks with a pause for the event loop between them: 100,000 goals read
   * at once would hold up every other request for seconds.
   */
  async listAll(tenantId: string, periodId?: string): Promise<Goal[]> {
    const statement = this.#statements.get(
      periodId === undefined ? SQL.listAll : SQL.listAllInPeriod,
    );
    const goals: Goal[] = [];
    await readInChunks<ListedRow>(
      (last) =>
        statement.all({
          tenantId,
          periodId,
          createdAt: last?.created_at ?? '',
          id: last?.id ?? '',
          take: LIST_ALL_CHUNK,
        }) as ListedRow[],
      (row) => goals.push(toGoal(row)),
    );
    return goals;
  }

  /** Every goal's version, read in chunks by id like `listAll`. */
  async listEtags(tenantId: string): Promise<Map<string, string>> {
    const statement = this.#statements.get(SQL.listEtags);
    const etags = new Map<string, string>();
    await readInChunks<EtagRow>(
      (last) =>
        statement.all({ tenantId, after: last?.id ?? '', take: LIST_ALL_CHUNK }) as EtagRow[],
      (row) => etags.set(row.id, String(row.version)),
    );
    return etags;
  }

  count(tenantId: string): Promise<number> {
    return asPromise(() => this.#statements.get(SQL.count).pluck().get(tenantId) as number);
  }

  #insert(goal: NewGoal): Goal {
    const doc = toDoc(goal);
    const { changes } = this.#statements.get(SQL.insert).run(columnParams(goal, doc));
    if (changes === 0) {
      throw new DomainError('conflict', `A goal with id ${goal.id} already exists.`);
    }
    this.#insertParents(goal);
    return toGoal({ version: 1, doc });
  }

  #replace(goal: NewGoal, expectedEtag: string): Goal {
    const doc = toDoc(goal);
    const params = { ...columnParams(goal, doc), version: versionOf(expectedEtag) };
    const row = this.#statements.get(SQL.update).get(params) as { version: number } | undefined;
    if (row === undefined) {
      const exists = this.#statements.get(SQL.exists).get(goal.tenantId, goal.id) !== undefined;
      throw exists
        ? new DomainError('precondition_failed', `Goal ${goal.id} was changed by someone else.`)
        : new DomainError('not_found', `Goal ${goal.id} does not exist.`);
    }
    this.#statements.get(SQL.deleteParents).run(goal.tenantId, goal.id);
    this.#insertParents(goal);
    return toGoal({ version: row.version, doc });
  }

  #insertParents(goal: NewGoal): void {
    const insert = this.#statements.get(SQL.insertParent);
    for (const link of goal.parentIds) insert.run(goal.tenantId, goal.id, link.goalId);
  }
}

function columnParams(goal: NewGoal, doc: string): Record<string, string> {
  return {
    tenantId: goal.tenantId,
    id: goal.id,
    ownerId: goal.ownerId,
    level: goal.level,
    periodId: goal.periodId,
    state: goal.state,
    createdAt: goal.createdAt,
    doc,
  };
}

/** The stored JSON: the goal without any `etag` a caller may have left on it. */
function toDoc(goal: NewGoal): string {
  const fields: Record<string, unknown> = { ...goal };
  delete fields.etag;
  return JSON.stringify(fields);
}

/**
 * Reads a keyset-paged query chunk by chunk (`read` gets the last row of the chunk before, none
 * at first), handing each row to `each`, with a pause for the event loop between chunks.
 */
async function readInChunks<R>(
  read: (last: R | undefined) => R[],
  each: (row: R) => void,
): Promise<void> {
  for (let last: R | undefined; ;) {
    const rows = read(last);
    for (const row of rows) each(row);
    last = rows.at(-1);
    if (last === undefined || rows.length < LIST_ALL_CHUNK) return;
    await setImmediate();
  }
}

/** The stored goal with its etag, set on the parsed object (a spread would copy every field). */
function toGoal(row: GoalRow): Goal {
  const goal = JSON.parse(row.doc) as Goal;
  goal.etag = String(row.version);
  return goal;
}

/** The version an etag names; -1 (matching no row) for a string that is not one of ours. */
function versionOf(etag: string): number {
  return /^[1-9][0-9]{0,14}$/.test(etag) ? Number(etag) : -1;
}
