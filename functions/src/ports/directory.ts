import type { Person } from '@northstar/shared';

/**
 * People and the org chart of a tenant: Microsoft Graph in production, the demo tenant locally.
 * Unknown ids give `null` / empty lists, never another tenant's people.
 */
export interface Directory {
  getPerson(tenantId: string, id: string): Promise<Person | null>;
  /** People whose name, mail, title or department contains `search` (case-insensitive). */
  searchPeople(tenantId: string, search: string, limit: number): Promise<Person[]>;
  getDirectReports(tenantId: string, id: string): Promise<Person[]>;
  /** The manager chain from the direct manager up to the top (empty for the CEO). */
  getManagementChain(tenantId: string, id: string): Promise<Person[]>;
}
