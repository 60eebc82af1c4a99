import * as azureNamespace from '@azure/functions';

/**
 * `@azure/functions` is a bundled CommonJS module: Node's ESM loader sees only its default
 * export, while jest (CommonJS) sees the named ones. Every runtime value comes through here.
 */
const azure =
  (azureNamespace as unknown as { default?: typeof azureNamespace }).default ?? azureNamespace;

export const functionsApp = azure.app;
export const HttpRequest = azure.HttpRequest;
export const HttpResponse = azure.HttpResponse;
export const InvocationContext = azure.InvocationContext;
