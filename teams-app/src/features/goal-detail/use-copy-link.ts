import { useCallback, useState } from 'react';

/** Where copying a link stands: not tried, copied, or refused (the link is then shown to copy). */
export type CopyState = 'idle' | 'copied' | 'refused';

/**
 * Copies `link` with the Clipboard API. Hosts may refuse it (a Teams tab's frame needs the
 * clipboard permission, and an insecure origin has no `navigator.clipboard`): the state is then
 * `refused`, and the screen shows the link for the person to copy themselves.
 */
export function useCopyLink(link: string): { state: CopyState; copy: () => void } {
  const [state, setState] = useState<CopyState>('idle');
  const copy = useCallback(() => {
    setState('idle');
    // `navigator.clipboard` is missing outside a secure context, whatever the types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    const written = clipboard ? clipboard.writeText(link) : Promise.reject(new Error('none'));
    written.then(
      () => setState('copied'),
      () => setState('refused'),
    );
  }, [link]);
  return { state, copy };
}

/**
 * A goal's link, `{origin}/goals/{id}`: the tab's own URL for the goal, which opens it in the
 * tab and unfurls into its card in a chat (the same link the bot builds).
 */
export function goalLink(origin: string, goalId: string): string {
  return `${origin}/goals/${encodeURIComponent(goalId)}`;
}
