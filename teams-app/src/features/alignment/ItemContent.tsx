import { Badge, Text } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { STATUS_LABELS, type AlignmentNode, type HealthFlag } from '@northstar/shared';
import { GoalProgress } from '../../components/GoalProgress';
import { StatusBadge } from '../../components/StatusBadge';
import { FLAG_LABELS, LEVEL_LABELS } from './alignment-labels';
import { useAlignmentStyles } from './Alignment.styles';

/** Props of `ItemContent`. */
export interface ItemContentProps {
  node: AlignmentNode;
  titleId: string;
  descriptionId: string;
  query: string;
  focused: boolean;
}

/**
 * What a tree item shows: title, level, status, rolled-up progress and health flags with their
 * messages in words. The same facts, as one sentence, are the item's accessible description,
 * so a screen reader hears them on reaching the item.
 */
export function ItemContent({ node, titleId, descriptionId, query, focused }: ItemContentProps) {
  const styles = useAlignmentStyles();
  const { goal, flags } = node;
  return (
    <>
      <div className={styles.itemTitle}>
        <Text weight="semibold" className={styles.title} id={titleId}>
          <Highlighted text={goal.title} query={query} />
        </Text>
        {focused && (
          <Badge appearance="filled" color="brand">
            Focused goal
          </Badge>
        )}
      </div>
      <div className={styles.meta}>
        <Text size={200} className={styles.secondary}>
          {LEVEL_LABELS[goal.level]}
        </Text>
        <StatusBadge status={goal.status} />
        <div className={styles.progress}>
          <GoalProgress goal={goal} />
        </div>
      </div>
      {flags.length > 0 && <FlagList title={goal.title} flags={flags} />}
      <span id={descriptionId} hidden>
        {describe(node, focused)}
      </span>
    </>
  );
}

/** The item's facts as one sentence, for its accessible description. */
export function describe({ goal, flags }: AlignmentNode, focused: boolean): string {
  const parts = [
    `${LEVEL_LABELS[goal.level]} goal, ${String(Math.round(goal.progress * 100))}% done, ${STATUS_LABELS[goal.status]}.`,
    ...flags.map((flag) => `${FLAG_LABELS[flag.code]}: ${flag.message}`),
  ];
  if (focused) parts.push('This is the focused goal.');
  return parts.join(' ');
}

function FlagList({ title, flags }: { title: string; flags: readonly HealthFlag[] }) {
  const styles = useAlignmentStyles();
  return (
    <ul className={styles.flags} aria-label={`Health flags of ${title}`}>
      {flags.map((flag, index) => (
        <li key={`${flag.code}-${String(index)}`} className={styles.flag}>
          <Badge appearance="outline" color="warning" icon={<WarningRegular />}>
            {FLAG_LABELS[flag.code]}
          </Badge>
          <Text size={200} className={styles.flagMessage}>
            {flag.message}
          </Text>
        </li>
      ))}
    </ul>
  );
}

function Highlighted({ text, query }: { text: string; query: string }) {
  const styles = useAlignmentStyles();
  const needle = query.trim().toLocaleLowerCase();
  const at = needle === '' ? -1 : text.toLocaleLowerCase().indexOf(needle);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark className={styles.mark}>{text.slice(at, at + needle.length)}</mark>
      {text.slice(at + needle.length)}
    </>
  );
}
