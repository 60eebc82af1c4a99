import { Button, Text, mergeClasses } from '@fluentui/react-components';
import { EmptyState } from '../../components/ScreenStates';
import { useSchedulingStyles } from './Scheduling.styles';
import {
  availabilityWords,
  confidenceWords,
  formatSlot,
  type Suggestion,
} from './scheduling-format';

/**
 * The times found, each with how sure Graph is and who is free; one can be chosen (a toggle),
 * or, with `actionLabel`, acted on at once (e.g. "Use this time").
 */
export function SuggestionList({
  suggestions,
  chosen,
  onChoose,
  nameOf,
  actionLabel,
  disabled = false,
}: {
  suggestions: Suggestion[];
  chosen: Suggestion | null;
  onChoose: (suggestion: Suggestion) => void;
  nameOf: (personId: string) => string;
  actionLabel?: string;
  disabled?: boolean;
}) {
  const styles = useSchedulingStyles();
  if (suggestions.length === 0) {
    return (
      <EmptyState title="No time works for everyone in this window">
        Try a wider window or fewer people.
      </EmptyState>
    );
  }
  return (
    <ul className={styles.list} aria-label="Suggested times">
      {suggestions.map((s) => {
        const when = formatSlot(s.start, s.end);
        const isChosen = chosen?.start === s.start && chosen.end === s.end;
        return (
          <li key={s.start} className={mergeClasses(styles.item, isChosen && styles.chosen)}>
            <div className={styles.text}>
              <Text weight="semibold">{when}</Text>
              <Text className={styles.secondary}>{confidenceWords(s.confidence)}</Text>
              <Text className={styles.secondary}>{availabilityWords(s, nameOf)}</Text>
            </div>
            <Button
              appearance={isChosen ? 'primary' : 'secondary'}
              disabled={disabled}
              {...(actionLabel === undefined
                ? { 'aria-pressed': isChosen, 'aria-label': `Choose ${when}` }
                : { 'aria-label': `${actionLabel}: ${when}` })}
              onClick={() => {
                onChoose(s);
              }}
            >
              {actionLabel ?? (isChosen ? 'Chosen' : 'Choose')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
