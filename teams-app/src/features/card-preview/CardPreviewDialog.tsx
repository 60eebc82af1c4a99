import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Text,
  useId,
} from '@fluentui/react-components';
import { CARD_MAX_BYTES } from '@northstar/shared';
import { useCallback, useState } from 'react';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import { ErrorState, LoadingState } from '../../components/ScreenStates';
import { useCardPreviewStyles } from './CardPreviewDialog.styles';
import { RenderedCard } from './RenderedCard';

/** Props of `CardPreviewDialog`; the opener owns `open`. */
export interface CardPreviewDialogProps {
  goalId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

// The renderer (the `adaptivecards` library) loads with the first preview, never before.
const loadRenderer = () => import('./render-adaptive-card');

/** Bytes as Teams counts its 28 KB card limit (1 KB is 1000 bytes), to a tenth: `2.6 KB`. */
function kilobytes(bytes: number): string {
  return `${String(Math.round(bytes / 100) / 10)} KB`;
}

/**
 * The goal's card exactly as a chat shows it to the viewer (the server builds it, the
 * `adaptivecards` library renders it with the tab's theme). Its forms open in place; their
 * buttons only say that card actions work in Teams chats, while "Open in Teams" opens the goal.
 */
export function CardPreviewDialog({ goalId, open, onOpenChange }: CardPreviewDialogProps) {
  const { api } = useApp();
  const styles = useCardPreviewStyles();
  const descriptionId = useId('card-preview-');
  const [actionTried, setActionTried] = useState(false);
  const preview = useResource(async () => {
    const [answer, renderer] = await Promise.all([api.goalCard(goalId), loadRenderer()]);
    return { ...answer, render: renderer.renderAdaptiveCard };
  }, [api, goalId]);
  const onExecute = useCallback(() => setActionTried(true), []);
  const { state } = preview;
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface aria-describedby={descriptionId}>
        <DialogBody>
          <DialogTitle>Card preview</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id={descriptionId}>
              The card a chat shows you for this goal. Everyone who views it sees only what they may
              see.
            </Text>
            {state.status === 'loading' && <LoadingState label="Loading the card" rows={2} />}
            {state.status === 'error' && (
              <ErrorState
                title="The card could not be loaded."
                error={state.error}
                onRetry={preview.reload}
              />
            )}
            {state.status === 'ready' && (
              <>
                <RenderedCard
                  card={state.data.card}
                  render={state.data.render}
                  onExecute={onExecute}
                />
                <Text size={200} className={styles.size}>
                  {kilobytes(state.data.sizeBytes)} of the {kilobytes(CARD_MAX_BYTES)} a Teams card
                  may hold.
                </Text>
              </>
            )}
            {actionTried && (
              <MessageBar intent="info" layout="multiline" politeness="polite">
                <MessageBarBody>
                  Card actions work in Teams chats. Share the goal in a chat to check in or give
                  kudos from its card.
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
