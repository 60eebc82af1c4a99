import { Button, Combobox, Field, Option, Text } from '@fluentui/react-components';
import type { ParentLink } from '@northstar/shared';
import { useState } from 'react';
import type { ResourceHandle } from '../../app/use-resource';
import { ChosenParents } from './ChosenParents';
import { DEFAULT_WEIGHT } from './goal-draft';
import { useParentPickerStyles } from './ParentPicker.styles';
import { periodLabel } from '../../components/format';
import type { ParentOption } from './use-parent-options';

export interface ParentPickerProps {
  parents: ParentLink[];
  onChange: (parents: ParentLink[]) => void;
  options: ResourceHandle<ParentOption[]>;
  /** The server's or the form's message for the parents, if any. */
  error?: string | undefined;
}

const LEVEL_NAMES: Partial<Record<ParentOption['level'], string>> = {
  company: 'Company goal',
  team: 'Team goal',
};

function matches(option: ParentOption, query: string): boolean {
  const q = query.trim().toLowerCase();
  return (
    q === '' || option.title.toLowerCase().includes(q) || option.ownerName.toLowerCase().includes(q)
  );
}

/** Keeps existing weights and gives newly chosen parents the default weight. */
function linksFor(selected: readonly string[], current: readonly ParentLink[]): ParentLink[] {
  return selected.map(
    (goalId) => current.find((p) => p.goalId === goalId) ?? { goalId, weight: DEFAULT_WEIGHT },
  );
}

/**
 * Searchable picker of the company and team goals this goal rolls up to (several allowed),
 * showing each goal's owner, with weights once there is more than one parent.
 */
export function ParentPicker({ parents, onChange, options, error }: ParentPickerProps) {
  const styles = useParentPickerStyles();
  const { state } = options;
  const all = state.status === 'ready' ? state.data : [];
  return (
    <div className={styles.picker} data-field="parents">
      <ParentSearch
        all={all}
        status={state.status}
        parents={parents}
        onChange={onChange}
        error={error}
      />
      {state.status === 'error' && (
        <div className={styles.loadError}>
          <Text>The goals to align to could not be loaded.</Text>
          <Button size="small" onClick={options.reload}>
            Try again
          </Button>
        </div>
      )}
      <ChosenParents
        parents={parents}
        optionOf={(goalId) => all.find((o) => o.id === goalId)}
        onChange={onChange}
      />
    </div>
  );
}

interface ParentSearchProps {
  all: ParentOption[];
  status: 'loading' | 'error' | 'ready';
  parents: ParentLink[];
  onChange: (parents: ParentLink[]) => void;
  error: string | undefined;
}

function ParentSearch({ all, status, parents, onChange, error }: ParentSearchProps) {
  const styles = useParentPickerStyles();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const shown = all.filter((o) => matches(o, query));
  return (
    <>
      <Field
        label="Aligned to (optional)"
        hint="The company or team goals this goal contributes to. Search by title or owner."
        validationMessage={error}
      >
        <Combobox
          multiselect
          className={styles.combobox}
          disabled={status !== 'ready'}
          placeholder={status === 'loading' ? 'Loading goals…' : 'Search goals or owners'}
          value={query}
          selectedOptions={parents.map((p) => p.goalId)}
          open={open}
          onOpenChange={(_, data) => setOpen(data.open)}
          // Opens on any change, pasting included, not only on a typed key.
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_, data) => {
            onChange(linksFor(data.selectedOptions, parents));
            setQuery('');
          }}
        >
          {shown.map((option) => (
            <GoalOption key={option.id} option={option} />
          ))}
        </Combobox>
      </Field>
      <Text role="status" size={200} className={styles.optionMeta}>
        {status === 'ready' && shown.length === 0 ? `No goals match “${query}”.` : ''}
      </Text>
    </>
  );
}

function GoalOption({ option }: { option: ParentOption }) {
  const styles = useParentPickerStyles();
  return (
    <Option value={option.id} text={option.title}>
      <span className={styles.option}>
        <span>{option.title}</span>
        <Text size={200} className={styles.optionMeta}>
          {option.ownerName} · {LEVEL_NAMES[option.level] ?? 'Goal'} ·{' '}
          {periodLabel(option.periodId)}
        </Text>
      </span>
    </Option>
  );
}
