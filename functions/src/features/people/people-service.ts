import type { MeResponse, Person } from '@northstar/shared';
import type { Directory } from '../../ports/directory.js';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';

/** `GET /api/me`: who the caller is, their manager and their direct reports. */
export async function describeMe(directory: Directory, caller: Caller): Promise<MeResponse> {
  const { tenantId, person } = caller;
  const [manager, directReports] = await Promise.all([
    person.managerId ? directory.getPerson(tenantId, person.managerId) : Promise.resolve(null),
    directory.getDirectReports(tenantId, person.id),
  ]);
  return { tenantId, person, roles: caller.roles, manager, directReports };
}

/** One person of the caller's tenant, or `not_found`. */
export async function getPerson(directory: Directory, caller: Caller, id: string): Promise<Person> {
  const person = await directory.getPerson(caller.tenantId, id);
  if (!person) throw new DomainError('not_found', `There is no person ${id} in your organisation.`);
  return person;
}
