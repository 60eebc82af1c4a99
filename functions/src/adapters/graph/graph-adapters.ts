import type { CalendarService } from '../../ports/calendar.js';
import type { Directory } from '../../ports/directory.js';
import { CachedDirectory } from './cached-directory.js';
import { fetchViaBaseUrl } from './graph-base-url.js';
import { graphCalendarFor } from './graph-calendar.js';
import { MailboxCache } from './graph-mailboxes.js';
import { graphClientsFor, type GraphAdapterOptions, type GraphClientFor } from './graph-client.js';
import { graphDirectoryFor } from './graph-directory.js';
import { OboTokenProvider } from './graph-token-provider.js';
import { MsalAppTokenExchange, MsalOboExchange } from './msal-obo-exchange.js';
import { RequestScopedCalendar, RequestScopedDirectory } from './request-scoped.js';

/** What the Graph adapters need from the configuration. */
export interface GraphSettings {
  /** The API's Entra app, which exchanges the caller's token On-Behalf-Of. */
  clientId: string;
  clientSecret: string;
  /** Graph v1.0 root (`https://graph.microsoft.com/v1.0`, or a local test server). */
  graphBaseUrl: string;
  /** Origin of the Entra token endpoint (`https://login.microsoftonline.com`). */
  authorityHost: string;
}

/**
 * The directory and calendars on Microsoft Graph for the whole app, acting on every call as
 * the caller of the request being served: `assertionFor(tenantId)` gives that caller's bearer
 * token (and throws when there is none), or `null` for work the app does as itself (bot
 * activities, timers: application permissions, client credentials). One On-Behalf-Of token cache per process; directory
 * answers and mail addresses kept 60 s ({@link CachedDirectory}, {@link MailboxCache}).
 */
export function createGraphAdapters(
  settings: GraphSettings,
  assertionFor: (tenantId: string) => string | null,
): { directory: Directory; calendar: CalendarService; appClients: GraphClientFor } {
  const registration = {
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    tokenHost: settings.authorityHost,
  };
  const options: GraphAdapterOptions = {
    tokens: new OboTokenProvider(new MsalOboExchange(registration), {
      app: new MsalAppTokenExchange(registration),
    }),
    client: { fetch: fetchViaBaseUrl(settings.graphBaseUrl) },
  };
  const mailboxes = new MailboxCache();
  const asCaller = new RequestScopedDirectory((tenantId) =>
    graphDirectoryFor(options, assertionFor(tenantId)),
  );
  return {
    directory: new CachedDirectory(asCaller),
    calendar: new RequestScopedCalendar((tenantId) =>
      graphCalendarFor(options, assertionFor(tenantId), mailboxes),
    ),
    appClients: graphClientsFor(options, null),
  };
}
