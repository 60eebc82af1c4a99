import type { TenantSettings } from '@northstar/shared';
import { newTenantId } from './goal-factory.js';
import type { ContractContext } from './store-contract.js';

/** Valid settings for a tenant. */
export function settingsFor(tenantId: string, name = 'Contoso'): TenantSettings {
  return {
    tenantId,
    name,
    periods: [{ id: 'fy26-q3', name: 'FY26 Q3', startDate: '2026-01-01', endDate: '2026-03-31' }],
    checkInCadenceDays: 14,
    maxActiveGoalsPerOwner: 7,
    adminIds: ['admin-1'],
    anonymityThreshold: 5,
    companyValues: ['One team', 'Own the outcome'],
  };
}

/** One settings document per tenant. */
export function describeSettingsContract({ stores }: ContractContext): void {
  describe('settings', () => {
    it('gives null for a tenant without settings', async () => {
      await expect(stores().settings.get(newTenantId())).resolves.toBeNull();
    });

    it('stores settings and reads back exactly what it stored', async () => {
      const settings = settingsFor(newTenantId());
      await expect(stores().settings.put(settings)).resolves.toEqual(settings);
      await expect(stores().settings.get(settings.tenantId)).resolves.toEqual(settings);
    });

    it('replaces the settings on a second put', async () => {
      const tenantId = newTenantId();
      await stores().settings.put(settingsFor(tenantId, 'Before'));
      const after = { ...settingsFor(tenantId, 'After'), adminIds: [], checkInCadenceDays: 7 };
      await stores().settings.put(after);
      await expect(stores().settings.get(tenantId)).resolves.toEqual(after);
    });
  });
}
