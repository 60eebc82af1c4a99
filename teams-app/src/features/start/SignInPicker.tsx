import { Button, Card, Spinner, Text, Title2 } from '@fluentui/react-components';
import type { Person } from '@northstar/shared';
import { useEffect, useState } from 'react';
import { callApi } from '../../api/api-client';

interface DevPerson {
  tenantId: string;
  tenantName: string;
  person: Person;
}

/** Dev mode only (FAKE sign-in for local runs): pick a demo person of Contoso. */
export function SignInPicker({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const [people, setPeople] = useState<DevPerson[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    callApi<{ items: DevPerson[] }>('/dev/people', null)
      .then((r) => setPeople(r.items))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  const pick = (personId: string) => {
    callApi<{ token: string }>('/dev/sign-in', null, {
      method: 'POST',
      body: JSON.stringify({ personId }),
    })
      .then((r) => onSignedIn(r.token))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section aria-labelledby="sign-in-title">
      <Title2 as="h1" id="sign-in-title">
        Northstar — sign in as a demo person
      </Title2>
      <p>
        <Text>Local dev mode: this sign-in is fake. Pick anyone in the demo organisation.</Text>
      </p>
      {error && <Text role="alert">Could not load the demo people: {error}</Text>}
      {!people && !error && <Spinner label="Loading demo people…" />}
      <ul
        style={{
          listStyle: 'none',
          padding: 0,
          display: 'grid',
          gap: 8,
          gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
        }}
      >
        {people?.map(({ person, tenantName }) => (
          <li key={person.id}>
            <Card>
              <Text weight="semibold">{person.displayName}</Text>
              <Text size={200}>
                {person.jobTitle} · {person.department} · {tenantName}
              </Text>
              <Button appearance="primary" onClick={() => pick(person.id)}>
                Sign in as {person.displayName.split(' ')[0]}
              </Button>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
