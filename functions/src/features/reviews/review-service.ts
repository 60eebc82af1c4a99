import {
  actionForSectionUpdate,
  decideReviewAction,
  reviewForViewer,
  validateAnswers,
  type Page,
  type Review,
  type ReviewAction,
  type ReviewActor,
  type ReviewAnswers,
  type ReviewCommand,
  type ReviewCycle,
  type ReviewDetail,
  type ReviewQuery,
  type ReviewView,
  type UpdateReviewSection,
} from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { loadCycle } from './cycle-service.js';
import { checkIfMatch } from '../access/if-match.js';
import { recordAudit } from './review-audit.js';
import { reviewGoals } from './review-goals.js';
import type { ReviewDeps } from './review-deps.js';
import { findReview } from './review-store.js';

async function actorFor(caller: Caller, review: Review): Promise<ReviewActor> {
  return {
    id: caller.person.id,
    isAdmin: caller.viewer.isAdmin,
    chainOfReviewee: await caller.chainOf(review.revieweeId),
  };
}

/** A review with its cycle, as the caller sees it; 404 when missing or not theirs to see. */
async function loadVisible(deps: ReviewDeps, caller: Caller, id: string) {
  const review = await findReview(deps, caller.tenantId, id);
  const notFound = new DomainError('not_found', `There is no review ${id}.`);
  if (!review) throw notFound;
  const cycle = await loadCycle(deps, caller.tenantId, review.cycleId);
  const actor = await actorFor(caller, review);
  const view = reviewForViewer(actor, review, cycle, deps.clock.now());
  if (!view) throw notFound;
  return { review, cycle, actor, view };
}

/**
 * One review as the caller may see it, with its cycle's name, period and template, and the goals
 * section: the reviewee's goals of the period that the caller may see.
 */
export async function getReviewDetail(
  deps: ReviewDeps,
  caller: Caller,
  id: string,
): Promise<ReviewDetail> {
  const { cycle, view } = await loadVisible(deps, caller, id);
  return {
    review: view,
    cycle: { id: cycle.id, name: cycle.name, periodId: cycle.periodId },
    template: cycle.template,
    goals: await reviewGoals(deps.goals, caller, view, cycle),
  };
}

/**
 * One page of reviews, filtered, keeping those the caller may see: a page can hold fewer than
 * `limit` items while `nextCursor` still leads on.
 */
export async function listReviews(
  deps: ReviewDeps,
  caller: Caller,
  query: ReviewQuery,
): Promise<Page<ReviewView>> {
  const filter = {
    ...(query.cycleId === undefined ? {} : { partition: query.cycleId }),
    ...(query.revieweeId === undefined ? {} : { where: { revieweeId: query.revieweeId } }),
  };
  const page = await deps.reviews.query(caller.tenantId, filter, {
    limit: query.limit,
    ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
  });
  const cycles = new Map<string, Promise<ReviewCycle>>();
  const now = deps.clock.now();
  const views = await Promise.all(
    page.items.map(async (review) => {
      let cycle = cycles.get(review.cycleId);
      if (!cycle) {
        cycle = loadCycle(deps, caller.tenantId, review.cycleId);
        cycles.set(review.cycleId, cycle);
      }
      return reviewForViewer(await actorFor(caller, review), review, await cycle, now);
    }),
  );
  const items = views.filter((v): v is ReviewView => v !== null);
  return page.nextCursor === undefined ? { items } : { items, nextCursor: page.nextCursor };
}

/** Decides, merges, writes with If-Match and audits one action on a review. */
async function act(
  deps: ReviewDeps,
  caller: Caller,
  target: { id: string; ifMatch: string | undefined },
  action: ReviewAction,
  answers?: ReviewAnswers,
): Promise<ReviewView> {
  const { review, cycle, actor } = await loadVisible(deps, caller, target.id);
  const now = deps.clock.now();
  const decision = decideReviewAction({
    cycle,
    review,
    actor,
    action,
    now,
    ...(answers === undefined ? {} : { answers }),
  });
  if (!decision.allowed) throw new DomainError(decision.code, decision.reason);
  const etag = checkIfMatch('review', review.etag, target.ifMatch);
  const { etag: _stored, ...doc } = { ...review, ...decision.next };
  const written = await deps.reviews.replace({ ...doc, updatedAt: now.toISOString() }, etag);
  await recordAudit(deps, caller, { kind: 'review', id: review.id }, action);
  const view = reviewForViewer(actor, written, cycle, now);
  if (!view) throw new DomainError('not_found', `There is no review ${review.id}.`);
  return view;
}

/** Saves or submits the self or manager section. */
export async function updateReviewSection(
  deps: ReviewDeps,
  caller: Caller,
  target: { id: string; ifMatch: string | undefined },
  update: UpdateReviewSection,
): Promise<ReviewView> {
  const { cycle } = await loadVisible(deps, caller, target.id);
  const issues = validateAnswers(cycle.template, update.answers, {
    forSubmit: update.submit === true,
  });
  if (issues.length > 0) {
    throw new DomainError('validation', 'Some answers do not fit the review’s questions.', {
      fieldErrors: issues.map((i) => ({ field: `body.${i.field}`, message: i.message })),
    });
  }
  return act(deps, caller, target, actionForSectionUpdate(update), update.answers);
}

/** Release, acknowledge or reopen the self review. */
export function runReviewCommand(
  deps: ReviewDeps,
  caller: Caller,
  target: { id: string; ifMatch: string | undefined },
  command: ReviewCommand,
): Promise<ReviewView> {
  return act(deps, caller, target, command.action);
}
