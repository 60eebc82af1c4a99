import type { CheckIn, Goal, GoalLevel, Page } from '@northstar/shared';

/** Filters for listing goals; every one is optional and they combine with AND. */
export interface GoalFilter {
  ownerId?: string;
  /** Goals that have this goal among their `parentIds`. */
  parentId?: string;
  level?: GoalLevel;
  periodId?: string;
  /** Archived goals are left out unless this is true. */
  includeArchived?: boolean;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

/**
 * Goals of one tenant. Every method takes the tenant id and never returns another tenant's
 * documents. `update` is optimistic: it throws `DomainError('precondition_failed')` when
 * `expectedEtag` is not the stored one, and `not_found` when the goal does not exist.
 */
export interface GoalRepository {
  get(tenantId: string, id: string): Promise<Goal | null>;
  /** Stores a new goal; the returned copy carries the store's etag. `conflict` if the id exists. */
  create(goal: Omit<Goal, 'etag'>): Promise<Goal>;
  update(goal: Omit<Goal, 'etag'>, expectedEtag: string): Promise<Goal>;
  /** Ordered by `createdAt`, then `id`; the cursor is opaque. */
  list(tenantId: string, filter: GoalFilter, page: PageRequest): Promise<Page<Goal>>;
  /** Every goal of the tenant (optionally one period), archived included: for roll-up. */
  listAll(tenantId: string, periodId?: string): Promise<Goal[]>;
  /**
   * The etag of every goal of the tenant by id, archived included: which goals changed since a
   * `listAll`, for a fraction of its cost (no documents are read or parsed).
   */
  listEtags(tenantId: string): Promise<Map<string, string>>;
  /** Number of goals in the tenant (any state): used to seed an empty store once. */
  count(tenantId: string): Promise<number>;
}

/** Check-ins of one tenant, partitioned by goal. */
export interface CheckInRepository {
  /** Stores a new check-in; `conflict` if the goal already has one with this id. */
  add(checkIn: CheckIn): Promise<CheckIn>;
  /** One check-in of a goal by id (a point read), or `null`. */
  get(tenantId: string, goalId: string, id: string): Promise<CheckIn | null>;
  /** Newest first. */
  listByGoal(tenantId: string, goalId: string, page: PageRequest): Promise<Page<CheckIn>>;
}
