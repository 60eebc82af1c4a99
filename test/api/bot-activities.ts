import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/repo-root.js';

/** The Teams invoke fixtures in `test/fixtures/bot/` (see its README for their sources). */
export type BotFixture =
  | 'compose-extension-query.request.json'
  | 'compose-extension-query.initial-run.request.json'
  | 'query-link.request.json'
  | 'anonymous-query-link.request.json'
  | 'adaptive-card-action.request.json'
  | 'adaptive-card-action.composed-full.request.json'
  | 'fetch-task.request.json'
  | 'fetch-task.message-action.request.json'
  | 'submit-action.request.json'
  | 'submit-action.message-action.composed.request.json';

type Json = Record<string, any>;

/** A fresh copy of a fixture, as the documented wire JSON. */
export function botFixture(name: BotFixture): Json {
  return JSON.parse(readFileSync(join(repoRoot(), 'test', 'fixtures', 'bot', name), 'utf8'));
}

/** The envelope of the full search fixture, for the fixtures the docs give without one. */
function envelope(): Json {
  const {
    name: _name,
    value: _value,
    ...rest
  } = botFixture('compose-extension-query.request.json');
  return rest;
}

/** What a test substitutes in a fixture: only what names our app. */
export interface ActivityOverrides {
  /** The caller: a demo person id (dev mode) or Entra object id, as `from.aadObjectId`. */
  from?: string;
  /** Replaces `value` entirely. */
  value?: unknown;
  serviceUrl?: string;
  tenantId?: string;
}

/**
 * An activity from `fixture` with the overrides applied. Fixtures without an envelope (no
 * `channelId`) get the full search fixture's, under their own fields; the wire shape is
 * otherwise the documented one.
 */
export function activity(fixture: BotFixture, overrides: ActivityOverrides = {}): Json {
  const raw = botFixture(fixture);
  // The docs give some invokes without the envelope the Agents SDK needs (`channelId` first).
  const out: Json = raw.channelId === undefined ? { ...envelope(), ...raw } : raw;
  // The fetchTask doc example spells the key `serviceURL`; every other example, `serviceUrl`.
  out.serviceUrl ??= out.serviceURL;
  if (overrides.from !== undefined) out.from = { ...out.from, aadObjectId: overrides.from };
  if ('value' in overrides) out.value = overrides.value;
  if (overrides.serviceUrl !== undefined) out.serviceUrl = overrides.serviceUrl;
  if (overrides.tenantId !== undefined) {
    out.conversation = { ...out.conversation, tenantId: overrides.tenantId };
  }
  return out;
}

/** A search invoke for `commandId` with the typed `text` (the documented search fixture). */
export function searchActivity(from: string, text: string, commandId = 'searchGoals'): Json {
  const base = activity('compose-extension-query.request.json', { from });
  base.value.commandId = commandId;
  base.value.parameters[0] = { name: 'searchText', value: text };
  return base;
}

/** A link-unfurl invoke for `url`. */
export function unfurlActivity(from: string, url: string): Json {
  return activity('query-link.request.json', { from, value: { url } });
}

/** A button click on a goal card: `Action.Execute` with `verb` and `data`. */
export function cardActionActivity(from: string, verb: string, data: Json): Json {
  const base = activity('adaptive-card-action.composed-full.request.json', { from });
  base.value.action = { ...base.value.action, verb, data };
  return base;
}

/** A goal card's automatic refresh for `goalId`. */
export function refreshActivity(from: string, goalId: string): Json {
  const base = activity('adaptive-card-action.request.json', { from });
  base.value.action = { ...base.value.action, verb: 'refreshGoal', data: { goalId } };
  return base;
}

/** Every text a card shows (TextBlock and TextRun texts, action titles), joined. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const record = node as Json;
      if (typeof record.text === 'string') texts.push(record.text);
      if (typeof record.title === 'string') texts.push(record.title);
      Object.values(record).forEach(visit);
    }
  };
  visit(card);
  return texts.join('\n').replaceAll('\u2060', '');
}
