import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';

/** The report's goals, to link talking points to and to name linked goals. */
export function useGoalOptions(reportId: string) {
  const { api } = useApp();
  return useResource(
    () => api.listGoals({ ownerId: reportId, limit: 100 }).then((page) => page.items),
    [api, reportId],
  );
}
