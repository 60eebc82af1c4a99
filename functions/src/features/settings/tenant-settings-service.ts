import type { TenantSettings } from '@northstar/shared';
import type { Clock } from '../../ports/clock.js';
import type { SettingsRepository } from '../../ports/settings-repository.js';
import { defaultTenantSettings } from './default-settings.js';

/** Reads a tenant's settings, creating defaults the first time a tenant is seen. */
export class TenantSettingsService {
  constructor(
    private readonly repository: SettingsRepository,
    private readonly clock: Clock,
  ) {}

  async get(tenantId: string): Promise<TenantSettings> {
    const stored = await this.repository.get(tenantId);
    if (stored) return stored;
    return this.repository.put(defaultTenantSettings(tenantId, this.clock.now()));
  }
}
