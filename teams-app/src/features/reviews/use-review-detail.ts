import type { ReviewAnswers, ReviewCommand, ReviewDetail, ReviewView } from '@northstar/shared';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';

/** A message above the review: the outcome of the last save or action. */
export type ReviewNotice = { intent: 'success' | 'error' | 'warning'; text: string } | null;

const STALE =
  'Someone changed this review while you had it open. We loaded the latest version; please check it and try again.';

/**
 * Loads a review with its cycle, template and goals section, and runs saves and actions with
 * If-Match (a save or an action answers with the review alone; the rest stays).
 */
export function useReviewDetail(reviewId: string) {
  const { api } = useApp();
  const resource = useResource<ReviewDetail>(() => api.getReview(reviewId), [api, reviewId]);
  const [notice, setNotice] = useState<ReviewNotice>(null);
  const [fieldErrors, setFieldErrors] = useState<Readonly<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);

  const run = async (call: () => Promise<ReviewView>, done: string) => {
    setBusy(true);
    setNotice(null);
    setFieldErrors({});
    // busy ends in the same render as the outcome, never in a separate one after it.
    try {
      const review = await call();
      setBusy(false);
      resource.setData((d) => ({ ...d, review }));
      setNotice({ intent: 'success', text: done });
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.status === 412) {
        setNotice({ intent: 'warning', text: STALE });
        resource.reload();
      } else {
        if (error instanceof ApiError) setFieldErrors(error.fieldErrors);
        setNotice({ intent: 'error', text: messageOf(error) });
      }
    }
  };

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
