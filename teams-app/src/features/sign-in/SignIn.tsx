import {
  Button,
  Card,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ApiClient, DevPerson } from '../../api/api-client';
import { messageOf } from '../../api/api-error';
import { useResource } from '../../app/use-resource';
import { ErrorState, LoadingState } from '../../components/ScreenStates';
import { useHost } from '../../host/host-context';

const useStyles = makeStyles({
  page: { maxWidth: '960px', margin: '0 auto', padding: tokens.spacingHorizontalL },
  list: {
    listStyleType: 'none',
    padding: 0,
    display: 'grid',
    gap: tokens.spacingHorizontalS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
  },
  card: { height: '100%' },
  search: { width: '100%', maxWidth: '360px', marginTop: tokens.spacingVerticalM },
});

/** Standalone dev mode only (FAKE sign-in for local runs): pick a demo person. */
export function SignIn({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const host = useHost();
  const people = useResource(() => api.devPeople(), [api]);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shown = useMemo(
    () => filterPeople(people.state.data ?? [], filter),
    [people.state.data, filter],
  );
  const pick = (personId: string) => {
    setError(null);
    api.devSignIn(personId).then(
      (token) => host.devSignIn?.signIn(token),
      (e: unknown) => setError(messageOf(e)),
    );
  };
  return (
    <section className={styles.page} aria-labelledby="sign-in-title">
      <Title2 as="h1" id="sign-in-title" block>
        Sign in to Northstar
      </Title2>
      <Text block>
        Local demo: this sign-in is fake. Pick anyone in Contoso — an employee, a manager or the HR
        admin — and switch any time.
      </Text>
      {host.fallbackReason && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Northstar could not connect to its host ({host.fallbackReason}), so it opened the local
            demo sign-in instead.
          </MessageBarBody>
        </MessageBar>
      )}
      <Input
        className={styles.search}
        aria-label="Find a person"
        placeholder="Find by name, title or department"
        value={filter}
        onChange={(_, data) => setFilter(data.value)}
      />
      {error && <Text role="alert">Could not sign in: {error}</Text>}
      {people.state.status === 'loading' && <LoadingState label="Loading demo people" />}
      {people.state.status === 'error' && (
        <ErrorState
          title="Could not load the demo people"
          error={people.state.error}
          onRetry={people.reload}
        />
      )}
      <ul className={styles.list}>
        {shown.map(({ person, tenantName }) => (
          <li key={person.id}>
            <Card className={styles.card}>
              <Text weight="semibold">{person.displayName}</Text>
              <Text size={200}>
                {person.jobTitle} · {person.department} · {tenantName}
              </Text>
              <Button appearance="primary" onClick={() => pick(person.id)}>
                Sign in as {person.displayName}
              </Button>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

function filterPeople(people: readonly DevPerson[], filter: string): DevPerson[] {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return [...people];
  return people.filter(({ person }) =>
    [person.displayName, person.jobTitle, person.department].some((v) =>
      v.toLowerCase().includes(needle),
    ),
  );
}
