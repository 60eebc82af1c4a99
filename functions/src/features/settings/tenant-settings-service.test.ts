import type { TenantSettings } from '@northstar/shared';
import type { SettingsRepository } from '../../ports/settings-repository.js';
import { DEFAULT_COMPANY_VALUES, defaultTenantSettings } from './default-settings.js';
import { TenantSettingsService } from './tenant-settings-service.js';

/** A Map-backed repository that counts reads. */
class CountingSettings implements SettingsRepository {
  readonly stored = new Map<string, TenantSettings>();
  reads = 0;
  get(tenantId: string) {
    this.reads++;
    return Promise.resolve(this.stored.get(tenantId) ?? null);
  }
  put(settings: TenantSettings) {
    this.stored.set(settings.tenantId, settings);
    return Promise.resolve(settings);
  }
}

const clock = { now: () => new Date('2026-11-27T10:00:00Z') };

describe('TenantSettingsService', () => {
  it('creates defaults for a new tenant once and serves later reads from memory', async () => {
    const repository = new CountingSettings();
    const service = new TenantSettingsService(repository, clock);
    const [a, b] = await Promise.all([service.get('t1'), service.get('t1')]);
    expect(a).toBe(b);
    expect(await service.get('t1')).toBe(a);
    expect(repository.reads).toBe(1);
    expect(repository.stored.get('t1')?.periods.map((p) => p.id)).toContain('fy27-q2');
  });

  it('reads the store again once the cached copy is older than maxAgeMs', async () => {
    const repository = new CountingSettings();
    const service = new TenantSettingsService(repository, clock, 0);
    await service.get('t1');
    await service.get('t1');
    expect(repository.reads).toBe(2);
  });

  it('gives settings stored before company values existed the default values', async () => {
    const repository = new CountingSettings();
    const older = { ...defaultTenantSettings('t1', clock.now()) } as Partial<TenantSettings>;
    delete older.companyValues;
    repository.stored.set('t1', older as TenantSettings);
    const service = new TenantSettingsService(repository, clock);
    expect((await service.get('t1')).companyValues).toEqual(DEFAULT_COMPANY_VALUES);
  });
});
