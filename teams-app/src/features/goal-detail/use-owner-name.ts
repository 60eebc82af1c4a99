import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';

/**
 * The owner's name in words: "You" for oneself, a known manager or report by name, anyone else
 * read from the directory. While loading, or when the directory cannot tell, the id is shown.
 */
export function useOwnerName(ownerId: string): string {
  const { api, me } = useApp();
  const known =
    ownerId === me.person.id
      ? `${me.person.displayName} (you)`
      : [me.manager, ...me.directReports].find((p) => p?.id === ownerId)?.displayName;
  const read = useResource(
    () =>
      known === undefined ? api.person(ownerId).then((p) => p.displayName) : Promise.resolve(known),
    [api, ownerId, known],
  );
  return known ?? (read.state.status === 'ready' ? read.state.data : ownerId);
}
