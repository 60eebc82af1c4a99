import { Text } from '@fluentui/react-components';
import type { PersonProfile } from './use-person-goals';
import { usePersonGoalsStyles } from './PersonGoals.styles';

/** Who the person is: name, job title, department and manager. */
export function PersonHeader({ profile }: { profile: PersonProfile }) {
  const styles = usePersonGoalsStyles();
  const { person, manager } = profile;
  return (
    <header className={styles.header}>
      <Text as="h1" size={600} weight="semibold" className={styles.heading}>
        {person.displayName}
      </Text>
      <Text className={styles.facts}>
        {person.jobTitle && <span>{person.jobTitle}</span>}
        {person.department && <span>{person.department}</span>}
        {manager && <span>Reports to {manager.displayName}</span>}
      </Text>
    </header>
  );
}
