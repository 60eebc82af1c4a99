import type { Person } from '@northstar/shared';
import { useState } from 'react';

/** The people one may invite (reports first, then those found by search) and who is ticked. */
export function useAttendees(reports: Person[]) {
  const [candidates, setCandidates] = useState<Person[]>(reports);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const toggle = (id: string) => {
    setSelectedIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  };
  const add = (person: Person) => {
    setCandidates((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
    setSelectedIds((ids) => (ids.includes(person.id) ? ids : [...ids, person.id]));
  };
  const nameOf = (id: string) => candidates.find((p) => p.id === id)?.displayName ?? id;
  return { candidates, selectedIds, toggle, add, nameOf };
}
