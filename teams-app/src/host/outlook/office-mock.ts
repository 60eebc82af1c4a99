import { OfficeMockObject } from 'office-addin-mock';
import { ObjectData } from 'office-addin-mock/lib/objectData';
import type { OfficeApi } from './office-api';

/** Office.js's own values of `Office.AsyncResultStatus`. */
export const asyncStatus = { Succeeded: 0, Failed: 1 } as const;

/**
 * Tests only: an Outlook `Office` made by `office-addin-mock` from `data` (the object model the
 * test needs: `context.mailbox.item`, `auth`, enums). Test files using it must also mock
 * `office-addin-manifest` (see office-appointment.test.ts).
 */
export function outlookOfficeMock(data: Record<string, unknown>): OfficeApi {
  const mock = new OfficeMockObject(Object.assign(new ObjectData(), { host: 'outlook' }, data));
  return mock as unknown as OfficeApi;
}
