import { AppDomainSchema, isAppDomain } from './package-inputs.js';

describe('isAppDomain', () => {
  it.each([
    'northstar.contoso.com',
    'localhost',
    'localhost:7071',
    'abc-7071.euw.devtunnels.ms',
    'Northstar.Contoso.com',
    'x.io:65535',
  ])('accepts the bare host %s', (value) => {
    expect(isAppDomain(value)).toBe(true);
  });

  it.each([
    '',
    'https://northstar.contoso.com',
    'northstar.contoso.com/',
    'northstar.contoso.com/app',
    'northstar.contoso.com?x=1',
    'user@northstar.contoso.com',
    '*.contoso.com',
    'northstar .contoso.com',
    '-northstar.contoso.com',
    'northstar..contoso.com',
    'localhost:0',
    'localhost:65536',
    'localhost:',
    '[::1]:7071',
    `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}`,
  ])('rejects %j', (value) => {
    expect(isAppDomain(value)).toBe(false);
  });

  it('lower-cases the domain it parses', () => {
    expect(AppDomainSchema.parse('Northstar.Contoso.COM')).toBe('northstar.contoso.com');
  });
});
