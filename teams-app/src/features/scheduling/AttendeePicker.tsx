import { Button, Checkbox, Field, Input, Text } from '@fluentui/react-components';
import type { Person } from '@northstar/shared';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { FormError } from './FormError';
import { useSchedulingStyles } from './Scheduling.styles';
import { useSubmit } from './use-submit';

/** Who to invite: the direct reports and anyone added by search, ticked or not. */
export function AttendeePicker({
  candidates,
  selectedIds,
  onToggle,
  onAdd,
  error,
}: {
  candidates: Person[];
  selectedIds: string[];
  onToggle: (id: string) => void;
  onAdd: (person: Person) => void;
  error: string | undefined;
}) {
  const styles = useSchedulingStyles();
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? 'attendees-error' : undefined}>
      <legend>
        <Text weight="semibold">Attendees</Text>
      </legend>
      {candidates.length === 0 && (
        <Text className={styles.secondary}>Search for the people to invite.</Text>
      )}
      <div className={styles.row}>
        {candidates.map((person) => (
          <Checkbox
            key={person.id}
            label={person.displayName}
            checked={selectedIds.includes(person.id)}
            onChange={() => {
              onToggle(person.id);
            }}
          />
        ))}
      </div>
      {error && (
        <Text id="attendees-error" className={styles.error}>
          {error}
        </Text>
      )}
      <PeopleSearch onAdd={onAdd} />
    </fieldset>
  );
}

function PeopleSearch({ onAdd }: { onAdd: (person: Person) => void }) {
  const { api } = useApp();
  const styles = useSchedulingStyles();
  const [query, setQuery] = useState('');
  const search = useSubmit((text: string) => api.searchPeople(text));
  const results = search.state.status === 'done' ? search.state.data : null;
  return (
    <div className={styles.fieldset}>
      <form
        className={styles.row}
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          if (query.trim() !== '') void search.run(query.trim());
        }}
      >
        <Field label="Find someone else">
          <Input
            value={query}
            onChange={(_e, data) => {
              setQuery(data.value);
            }}
          />
        </Field>
        <Button type="submit" disabled={search.state.status === 'busy'}>
          Search
        </Button>
      </form>
      <FormError title="We could not search people" state={search.state} />
      {results && <PeopleFound people={results} query={query} onAdd={onAdd} />}
    </div>
  );
}

function PeopleFound({
  people,
  query,
  onAdd,
}: {
  people: Person[];
  query: string;
  onAdd: (person: Person) => void;
}) {
  const styles = useSchedulingStyles();
  if (people.length === 0) return <Text>No one matches “{query}”.</Text>;
  return (
    <ul className={styles.list} aria-label="People found">
      {people.map((person) => (
        <li key={person.id} className={styles.item}>
          <Text>{person.displayName}</Text>
          <Button
            size="small"
            aria-label={`Add ${person.displayName}`}
            onClick={() => {
              onAdd(person);
            }}
          >
            Add
          </Button>
        </li>
      ))}
    </ul>
  );
}
