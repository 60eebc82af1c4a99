import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import { CloudAdapter, type TurnContext, type WebResponse } from '@microsoft/agents-hosting';
import { DomainError } from '../ports/errors.js';

/** What an activity's turn answers in the HTTP response: an invoke's status and body. */
export interface TurnResult {
  status: number;
  body?: unknown;
}

/** The bot's logic for one turn: an answer for an invoke, `undefined` for anything else. */
export type TurnLogic = (context: TurnContext) => Promise<TurnResult | undefined>;

/**
 * Runs activities through the Microsoft 365 Agents SDK (`CloudAdapter.process`), which wants
 * express-like request and response objects: this is the small shim between them and our
 * route pipeline. Invokes are answered in the HTTP response (the SDK collects the
 * `invokeResponse` activity the logic sends); nothing is sent back to the channel service.
 *
 * The adapter gets no caller identity (`request.user`): the channel token is verified before
 * (`BotFrameworkTokenVerifier`, with a configurable key set and the exact `serviceurl` rule),
 * and an identity would make the SDK fetch an outbound token on every turn, which answering
 * invokes never needs.
 */
export class AgentsActivityProcessor {
  private readonly adapter = new CloudAdapter({ clientId: '' });

  constructor() {
    // The SDK's default reports errors by messaging the channel; ours go to the HTTP pipeline.
    this.adapter.onTurnError = (_context, error) => Promise.reject(error);
  }

  /**
   * Processes one activity (the parsed JSON body) and returns what the HTTP response carries.
   * An error of `logic` comes out as it was thrown; the SDK refusing the activity itself (its
   * zod checks, or its own checks such as a missing `channelId`) is a `validation` error.
   */
  async process(body: Record<string, unknown>, logic: TurnLogic): Promise<TurnResult> {
    const response = new CapturedResponse();
    const failures = new WeakSet<object>();
    try {
      await this.adapter.process({ body, headers: {}, method: 'POST' }, response, async (ctx) => {
        const result = await logic(ctx).catch((error: unknown) => {
          if (error instanceof Object) failures.add(error);
          throw error;
        });
        if (result === undefined) return;
        const reply = new Activity(ActivityTypes.InvokeResponse);
        reply.value = result;
        await ctx.sendActivity(reply);
      });
    } catch (error) {
      throw error instanceof Object && failures.has(error) ? error : sdkRejection(error);
    }
    return { status: response.statusCode, body: response.body };
  }
}

/**
 * The SDK's refusals of an activity: its zod 3 `ZodError`, and its `AgentError`s, which carry a
 * numeric `code` (e.g. -110007, "Activity ChannelId undefined"). Anything else is unexpected.
 */
function sdkRejection(error: unknown): unknown {
  const refused =
    error instanceof Error &&
    (error.name === 'ZodError' || typeof (error as { code?: unknown }).code === 'number');
  if (!refused) return error;
  return new DomainError('validation', 'The activity is not a valid Bot Framework activity.', {
    fieldErrors: [{ field: 'body', message: 'is not a valid activity' }],
    cause: error,
  });
}

/** The express-like response `CloudAdapter.process` writes to, kept in memory. */
class CapturedResponse implements WebResponse {
  statusCode = 200;
  body: unknown = undefined;
  headersSent = false;
  writableEnded = false;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(): this {
    // The route pipeline sets the content type of the JSON it sends.
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    return this;
  }

  end(): this {
    this.writableEnded = true;
    return this;
  }
}
