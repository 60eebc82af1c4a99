import type { TenantSettings } from '@northstar/shared';

/** Tenant settings (periods, cadence, limits, admins): one document per tenant. */
export interface SettingsRepository {
  get(tenantId: string): Promise<TenantSettings | null>;
  put(settings: TenantSettings): Promise<TenantSettings>;
}
