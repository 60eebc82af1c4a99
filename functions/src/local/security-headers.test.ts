import { FRAME_ANCESTORS, securityHeaders } from './security-headers.js';

/** The sources of one CSP directive, e.g. `frame-ancestors`. */
function directive(csp: string, name: string): string[] {
  const found = csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found?.slice(1) ?? [];
}

describe('securityHeaders', () => {
  const headers = securityHeaders();
  const csp = headers['content-security-policy'] ?? '';

  it.each([
    ['https://teams.microsoft.com'],
    ['https://*.teams.microsoft.com'],
    ['https://*.cloud.microsoft'],
    ['https://outlook.office.com'],
    ['https://*.office.com'],
    ['https://*.microsoft365.com'],
    ["'self'"],
  ])('lets %s frame the tab', (host) => {
    expect(directive(csp, 'frame-ancestors')).toContain(host);
  });

  it('lists exactly FRAME_ANCESTORS as frame ancestors, all over https', () => {
    const ancestors = directive(csp, 'frame-ancestors');
    expect(ancestors).toEqual(FRAME_ANCESTORS);
    expect(ancestors.filter((a) => a !== "'self'").every((a) => a.startsWith('https://'))).toBe(
      true,
    );
  });

  it('does not let any site frame the tab', () => {
    expect(directive(csp, 'frame-ancestors')).not.toContain('*');
    expect(directive(csp, 'frame-ancestors')).not.toContain('https:');
  });

  it('sends no X-Frame-Options, which would stop Teams framing the tab', () => {
    expect(Object.keys(headers).map((k) => k.toLowerCase())).not.toContain('x-frame-options');
  });

  it('forbids MIME sniffing', () => {
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it.each<[string, string]>([
    ['default-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
  ])('restricts %s to %s', (name, source) => {
    expect(directive(csp, name)).toEqual([source]);
  });

  it('lets scripts come only from the tab itself, the Teams CDN and Office.js for Outlook', () => {
    expect(directive(csp, 'script-src')).toEqual([
      "'self'",
      'https://res.cdn.office.net',
      'https://appsforoffice.microsoft.com',
    ]);
  });

  it('allows no inline or eval script', () => {
    expect(directive(csp, 'script-src')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/unsafe-(inline|eval)/)]),
    );
  });
});
