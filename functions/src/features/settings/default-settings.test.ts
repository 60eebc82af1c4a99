import { defaultTenantSettings } from './default-settings.js';

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
});
