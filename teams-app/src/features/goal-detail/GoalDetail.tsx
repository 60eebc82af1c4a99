import { Text } from '@fluentui/react-components';

/** Placeholder: being built. */
export function GoalDetail({ goalId }: { goalId: string }) {
  return <Text>GoalDetail is being built.</Text>;
}
