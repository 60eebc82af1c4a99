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
  MessageBarTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Props of `ConfirmDialog`. */
export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  /** What confirming does, in words. */
  children: ReactNode;
  /** The confirm button, and what it says while busy (`Archive`, `Archiving…`). */
  action: string;
  busyAction: string;
  busy: boolean;
  /** Why the last attempt failed, shown under `failedTitle`; `null` when it did not. */
  error: string | null;
  failedTitle: string;
  contentClassName?: string;
  onConfirm: () => void;
}

/** An alert dialog that asks before a destructive action and keeps a failure in view to retry. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, title, children, action, busyAction, busy, error } = props;
  return (
    <Dialog modalType="alert" open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={props.contentClassName}>
            {children}
            {error && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{props.failedTitle}</MessageBarTitle> {error}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Cancel</Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={busy} onClick={props.onConfirm}>
              {busy ? busyAction : action}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
