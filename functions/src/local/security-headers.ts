/**
 * Hosts allowed to frame the tab: Teams, Outlook and Microsoft 365 (web and desktop clients).
 * See https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
  'https://*.office365.com',
  'https://*.outlook.com',
];

/**
 * Where the Outlook task pane loads Office.js from (the page only loads it when opened as the
 * task pane). Microsoft requires the hosted copy: https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
 */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/** Headers on every page and asset the local host serves. */
export function securityHeaders(): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' https://res.cdn.office.net ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data: https://res-1.cdn.office.net https://static2.sharepointonline.com",
    "connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com",
    "object-src 'none'",
    "base-uri 'self'",
    `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  };
}
