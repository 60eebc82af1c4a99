import { Button, Field, Input, Text, useId } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import type { ParentLink } from '@northstar/shared';
import { useParentPickerStyles } from './ParentPicker.styles';
import type { ParentOption } from './use-parent-options';

export interface ChosenParentsProps {
  parents: ParentLink[];
  optionOf: (goalId: string) => ParentOption | undefined;
  onChange: (parents: ParentLink[]) => void;
}

/** The chosen parents; with several, a weight for each and what the weights mean. */
export function ChosenParents({ parents, optionOf, onChange }: ChosenParentsProps) {
  const styles = useParentPickerStyles();
  const explanationId = useId('weights');
  if (parents.length === 0) return null;
  const weighted = parents.length > 1;
  const replace = (next: ParentLink) =>
    onChange(parents.map((p) => (p.goalId === next.goalId ? next : p)));
  const remove = (goalId: string) => onChange(parents.filter((p) => p.goalId !== goalId));
  return (
    <>
      {weighted && (
        <Text id={explanationId} size={200} className={styles.explanation}>
          Weights say how much this goal counts towards each parent’s progress, compared with the
          other goals feeding that parent: 1 counts least, 100 counts most.
        </Text>
      )}
      <ul aria-label="Chosen parent goals" className={styles.list}>
        {parents.map((link) => (
          <ChosenParent
            key={link.goalId}
            link={link}
            option={optionOf(link.goalId)}
            weightDescribedBy={weighted ? explanationId : undefined}
            onWeight={replace}
            onRemove={() => remove(link.goalId)}
          />
        ))}
      </ul>
    </>
  );
}

interface ChosenParentProps {
  link: ParentLink;
  option: ParentOption | undefined;
  /** The weights' explanation; absent while there is a single parent and no weight box. */
  weightDescribedBy: string | undefined;
  onWeight: (link: ParentLink) => void;
  onRemove: () => void;
}

function ChosenParent(props: ChosenParentProps) {
  const { link, option, weightDescribedBy, onWeight, onRemove } = props;
  const styles = useParentPickerStyles();
  const title = option?.title ?? link.goalId;
  return (
    <li className={styles.item}>
      <div className={styles.itemText}>
        <Text weight="semibold">{title}</Text>
        {option && (
          <Text size={200} className={styles.meta}>
            {option.ownerName}
          </Text>
        )}
      </div>
      {weightDescribedBy && (
        <Field label="Weight" size="small" className={styles.weight}>
          <Input
            type="number"
            min={1}
            max={100}
            step={1}
            aria-label={`Weight for ${title}`}
            aria-describedby={weightDescribedBy}
            value={Number.isNaN(link.weight) ? '' : String(link.weight)}
            onChange={(_, data) =>
              onWeight({
                goalId: link.goalId,
                weight: data.value === '' ? NaN : Number(data.value),
              })
            }
          />
        </Field>
      )}
      <Button
        appearance="subtle"
        icon={<Dismiss20Regular />}
        aria-label={`Remove ${title}`}
        onClick={onRemove}
      />
    </li>
  );
}
