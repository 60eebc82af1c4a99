import type { TenantSettings } from '@northstar/shared';
import {
  DEFAULT_COMPANY_VALUES,
  defaultTenantSettings,
  withNewerDefaults,
} from './default-settings.js';

describe('defaultTenantSettings', () => {
  it('gives a new tenant the previous, current and next two fiscal quarters', () => {
    const settings = defaultTenantSettings('t1', new Date('2026-11-27T10:00:00Z'));
    expect(settings.periods.map((p) => p.id)).toEqual(['fy27-q1', 'fy27-q2', 'fy27-q3', 'fy27-q4']);
  });

  it('starts with no admins, a two-week cadence and the default anonymity threshold', () => {
    expect(defaultTenantSettings('t1', new Date())).toMatchObject({
      tenantId: 't1',
      adminIds: [],
      checkInCadenceDays: 14,
      anonymityThreshold: 5,
    });
  });

  it('gives a new tenant the default company values', () => {
    expect(defaultTenantSettings('t1', new Date()).companyValues).toEqual(DEFAULT_COMPANY_VALUES);
  });
});

describe('withNewerDefaults', () => {
  const current = defaultTenantSettings('t1', new Date('2026-11-27T10:00:00Z'));

  it('keeps settings that have company values as they are', () => {
    const own = { ...current, companyValues: ['One team'] };
    expect(withNewerDefaults(own)).toBe(own);
  });

  it.each([
    ['without company values (stored before they existed)', undefined],
    ['with an empty list', []],
  ])('gives settings %s the defaults', (_label, companyValues) => {
    const stored = { ...current, companyValues } as unknown as TenantSettings;
    expect(withNewerDefaults(stored)).toEqual({
      ...current,
      companyValues: DEFAULT_COMPANY_VALUES,
    });
  });
});
