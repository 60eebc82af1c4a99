import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ReviewCommand, ReviewTemplate, ReviewView } from '@northstar/shared';
import { ErrorState, LoadingState } from '../../components/ScreenStates';
import { PHASE_LABELS, REVIEW_STATUS_LABELS, nextStepOf, reviewStatusOf } from './review-labels';
import { ReviewGoals } from './ReviewGoals';
import { useReviewsStyles } from './Reviews.styles';
import { SectionEditor } from './SectionEditor';
import { SectionView } from './SectionView';
import { useReviewDetail } from './use-review-detail';

const SECTION_TITLES = { self: 'Self review', manager: 'Manager review' } as const;
const ACTIONS: [ReviewCommand['action'], string][] = [
  ['release', 'Release'],
  ['acknowledge', 'Acknowledge'],
  ['reopen_self', 'Reopen self review'],
];

function editableSection(review: ReviewView): 'self' | 'manager' | null {
  const allowed = review.allowedActions;
  if (allowed.includes('save_self') || allowed.includes('submit_self')) return 'self';
  if (allowed.includes('save_manager') || allowed.includes('submit_manager')) return 'manager';
  return null;
}

/** One review: the caller's section to fill in, the other read-only, and the allowed actions. */
export function ReviewDetail({ reviewId }: { reviewId: string }) {
  const styles = useReviewsStyles();
  const detail = useReviewDetail(reviewId);
  const { state, reload } = detail.resource;
  const banner = detail.notice && (
    <MessageBar intent={detail.notice.intent}>
      <MessageBarBody>{detail.notice.text}</MessageBarBody>
    </MessageBar>
  );
  if (state.status === 'loading') return <LoadingState label="Loading the review" />;
  if (state.status === 'error')
    return (
      <div className={styles.screen}>
        {banner}
        <ErrorState title="We could not load this review" error={state.error} onRetry={reload} />
      </div>
    );
  const { review, cycle, template, goals } = state.data;
  const goalsQuestion = template.questions.find((q) => q.kind === 'goals');
  return (
    <div className={styles.screen}>
      <h1 className={styles.heading}>{cycle.name}</h1>
      <div className={styles.row}>
        <Text>Status: {REVIEW_STATUS_LABELS[reviewStatusOf(review)]}</Text>
        <Text>Phase: {PHASE_LABELS[review.phase]}</Text>
        <Text>{nextStepOf(review)}</Text>
      </div>
      {banner}
      {goalsQuestion && (
        <ReviewGoals title={goalsQuestion.text} periodId={cycle.periodId} goals={goals} />
      )}
      <Sections review={review} template={template} detail={detail} />
      <div className={styles.row}>
        {ACTIONS.filter(([action]) => review.allowedActions.includes(action)).map(
          ([action, label]) => (
            <Button key={action} disabled={detail.busy} onClick={() => detail.act(review, action)}>
              {label}
            </Button>
          ),
        )}
      </div>
    </div>
  );
}

function Sections({
  review,
  template,
  detail,
}: {
  review: ReviewView;
  template: ReviewTemplate;
  detail: ReturnType<typeof useReviewDetail>;
}) {
  const editable = editableSection(review);
  return (
    <>
      {(['self', 'manager'] as const).map((section) => {
        const content = review[section];
        if (section === editable)
          return (
            <SectionEditor
              key={`${section}-${review.etag}`}
              title={SECTION_TITLES[section]}
              template={template}
              initial={content?.answers ?? {}}
              fieldErrors={detail.fieldErrors}
              busy={detail.busy}
              canSubmit={review.allowedActions.includes(`submit_${section}`)}
              onSave={detail.save(review, section)}
            />
          );
        return content ? (
          <SectionView
            key={section}
            title={SECTION_TITLES[section]}
            template={template}
            section={content}
          />
        ) : null;
      })}
    </>
  );
}
