import {
  Button,
  Card,
  Link,
  ProgressBar,
  Spinner,
  Text,
  Title2,
  Title3,
} from '@fluentui/react-components';
import type { AlignmentResponse, GoalView, MeResponse, Page } from '@northstar/shared';
import { STATUS_LABELS } from '@northstar/shared';
import { useEffect, useState } from 'react';
import { callApi } from '../../api/api-client';

interface Data {
  me: MeResponse;
  goals: GoalView[];
  alignment: AlignmentResponse;
}

/** Who I am, my manager and reports, my goals, and how aligned the company is. */
export function StartPage({ token, onSignOut }: { token: string; onSignOut: () => void }) {
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (async () => {
      const me = await callApi<MeResponse>('/me', token);
      const [goals, alignment] = await Promise.all([
        callApi<Page<GoalView>>(`/goals?ownerId=${encodeURIComponent(me.person.id)}`, token),
        callApi<AlignmentResponse>('/alignment', token),
      ]);
      setData({ me, goals: goals.items, alignment });
    })().catch((e: unknown) => {
      setError(e instanceof Error ? e.message : String(e));
    });
  }, [token]);
  if (error) {
    return (
      <div role="alert">
        <Text>Could not load your goals: {error}</Text>{' '}
        <Button onClick={onSignOut}>Sign in again</Button>
      </div>
    );
  }
  if (!data) return <Spinner label="Loading your goals…" />;
  const { me, goals, alignment } = data;
  return (
    <section aria-labelledby="me-title">
      <Title2 as="h1" id="me-title">
        {me.person.displayName}
      </Title2>
      <p>
        <Text>
          {me.person.jobTitle}, {me.person.department} · roles: {me.roles.join(', ')}
          {me.manager ? ` · manager: ${me.manager.displayName}` : ''}
          {me.directReports.length > 0
            ? ` · ${String(me.directReports.length)} direct reports`
            : ''}
        </Text>{' '}
        <Button size="small" onClick={onSignOut}>
          Switch person
        </Button>
      </p>
      <Title3 as="h2" block>
        My goals
      </Title3>
      {goals.length === 0 && <Text>No goals yet.</Text>}
      <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 8 }}>
        {goals.map((goal) => (
          <li key={goal.id}>
            <Card>
              <Text weight="semibold">{goal.title}</Text>
              <ProgressBar value={goal.progress} aria-label={`Progress of ${goal.title}`} />
              <Text size={200}>
                {Math.round(goal.progress * 100)}% · {STATUS_LABELS[goal.status]} · due{' '}
                {goal.dueDate}
              </Text>
            </Card>
          </li>
        ))}
      </ul>
      <Title3 as="h2" block>
        Alignment
      </Title3>
      <p>
        <Text>
          {alignment.coverage.aligned} of {alignment.coverage.total} individual goals you can see
          ladder up to a company goal ({Math.round(alignment.coverage.ratio * 100)}%).
        </Text>
      </p>
      <p>
        <Link href="/api/openapi.json">API description (OpenAPI)</Link>
      </p>
    </section>
  );
}
