import type { TenantSettings } from '@northstar/shared';
import type { Clock } from '../../ports/clock.js';
import type { SettingsRepository } from '../../ports/settings-repository.js';
import { defaultTenantSettings, withNewerDefaults } from './default-settings.js';

/**
 * Reads a tenant's settings, creating defaults the first time a tenant is seen. Every request
 * needs them, so a read is kept for `maxAgeMs` instead of going to the store each time.
 */
export class TenantSettingsService {
  private readonly cache = new Map<string, { settings: Promise<TenantSettings>; at: number }>();

  constructor(
    private readonly repository: SettingsRepository,
    private readonly clock: Clock,
    private readonly maxAgeMs = 30_000,
  ) {}

  get(tenantId: string): Promise<TenantSettings> {
    const cached = this.cache.get(tenantId);
    if (cached && Date.now() - cached.at < this.maxAgeMs) return cached.settings;
    const settings = this.load(tenantId);
    this.cache.set(tenantId, { settings, at: Date.now() });
    settings.catch(() => this.cache.delete(tenantId));
    return settings;
  }

  private async load(tenantId: string): Promise<TenantSettings> {
    const stored = await this.repository.get(tenantId);
    if (stored) return withNewerDefaults(stored);
    return this.repository.put(defaultTenantSettings(tenantId, this.clock.now()));
  }
}
