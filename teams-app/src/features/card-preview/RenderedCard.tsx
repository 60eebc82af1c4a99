import { Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useCardPreviewStyles } from './CardPreviewDialog.styles';
import type { CardActionHandlers, renderAdaptiveCard } from './render-adaptive-card';

/** Opens an http(s) link from a card in a new browser tab, as Teams does. */
function openLink(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/**
 * One Adaptive Card rendered by the `adaptivecards` library into a frame. The library owns the
 * frame's DOM; it renders again only when the card changes, so an opened form stays open.
 */
export function RenderedCard({
  card,
  render,
  onExecute,
}: {
  card: unknown;
  render: typeof renderAdaptiveCard;
  onExecute: CardActionHandlers['onExecute'];
}) {
  const styles = useCardPreviewStyles();
  const frame = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const target = frame.current;
    if (!target) return;
    const element = render(card, { onExecute, onOpenUrl: openLink });
    setFailed(element === null);
    target.replaceChildren(...(element ? [element] : []));
    return () => target.replaceChildren();
  }, [card, render, onExecute]);
  return (
    <>
      <div ref={frame} className={styles.frame} />
      {failed && <Text role="alert">This card could not be shown.</Text>}
    </>
  );
}
