import type { ReviewAnswers, ReviewCommand, ReviewDetail, ReviewView } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import { useWriteOutcome } from './use-write-outcome';

const STALE =
  'Someone changed this review while you had it open. We loaded the latest version; please check it and try again.';

/**
 * Loads a review with its cycle, template and goals section, and runs saves and actions with
 * If-Match (a save or an action answers with the review alone; the rest stays).
 */
export function useReviewDetail(reviewId: string) {
  const { api } = useApp();
  const resource = useResource<ReviewDetail>(() => api.getReview(reviewId), [api, reviewId]);
  const { notice, fieldErrors, busy, run: runWrite } = useWriteOutcome(STALE, resource.reload);
  const run = (call: () => Promise<ReviewView>, done: string) =>
    runWrite(call, (review) => {
      resource.setData((d) => ({ ...d, review }));
      return done;
    });

  const save =
    (review: ReviewView, section: 'self' | 'manager') =>
    (answers: ReviewAnswers, submit: boolean) =>
      void run(
        () => api.updateReview(review.id, { section, answers, submit }, review.etag),
        submit ? 'Review submitted.' : 'Draft saved.',
      );
  const act = (review: ReviewView, action: ReviewCommand['action']) =>
    void run(() => api.reviewAction(review.id, action, review.etag), ACTION_DONE[action]);
  return { resource, notice, fieldErrors, busy, save, act };
}

const ACTION_DONE: Record<ReviewCommand['action'], string> = {
  release: 'Review released to the reviewee.',
  acknowledge: 'Review acknowledged.',
  reopen_self: 'Self review reopened.',
};
