import { readBearerToken } from '../http/auth/bearer.js';
import type { ApiRequest } from '../http/api-request.js';
import type { RouteResult } from '../http/define-route.js';
import { readJsonBody } from '../http/read-body.js';
import { AgentsActivityProcessor } from './agents-adapter.js';
import { assertSameServiceUrl, type BotToken } from './auth/bot-token-verifier.js';
import type { BotCallerResolver } from './auth/bot-caller.js';
import { parseActivity, tenantOf } from './bot-activity.js';
import type { BotDeps } from './bot-turn.js';
import { appOrigin } from './goal-link.js';
import { answerInvoke } from './invoke-dispatch.js';

/** Checks the Bot Framework token of an activity; `null` in dev mode, where none is needed. */
export interface BotTokenCheck {
  verify(token: string): Promise<BotToken>;
}

/** What the bot endpoint is built from. */
export interface BotEndpointOptions {
  tokens: BotTokenCheck | null;
  callers: BotCallerResolver;
  deps: BotDeps;
  /** `APP_DOMAIN`: where goal links point; unset, the origin the request came to. */
  appDomain: string | undefined;
  /**
   * Runs a turn as the app itself in the activity's tenant: an activity carries no user token
   * to act on, so Graph is used with the app's own permissions (`AppServices.runAsApp`).
   */
  runAsApp: <T>(tenantId: string, work: () => Promise<T>) => Promise<T>;
}

/**
 * `POST /api/messages`: authenticate (the channel token first, before the body is read), check
 * the activity's envelope and that its `serviceUrl` is the token's, then let the Agents SDK run
 * the turn. Invokes are answered in the response body; other activities get an empty 200.
 * Failures before the turn are problem+json (401, 400) from the route pipeline.
 */
export class BotEndpoint {
  private readonly processor = new AgentsActivityProcessor();

  constructor(private readonly options: BotEndpointOptions) {}

  /** Answers one `POST /api/messages`; throws `DomainError`s for the route pipeline to map. */
  async handle(request: ApiRequest): Promise<RouteResult> {
    const { tokens, callers, deps, appDomain, runAsApp } = this.options;
    const token = tokens
      ? await tokens.verify(readBearerToken(request.headers.get('authorization')))
      : null;
    const activity = parseActivity(await readJsonBody(request));
    if (token) assertSameServiceUrl(token, activity.serviceUrl);
    const origin = appOrigin(appDomain, request.url);
    const tenantId = tenantOf(activity)?.toLowerCase() ?? '';
    const result = await runAsApp(tenantId, () =>
      this.processor.process(activity, () =>
        activity.type === 'invoke'
          ? answerInvoke(activity, async (a) => ({
              activity: a,
              caller: await callers(a),
              deps,
              origin,
            }))
          : Promise.resolve(undefined),
      ),
    );
    return result.body === undefined
      ? { status: result.status }
      : { status: result.status, body: result.body };
  }
}
