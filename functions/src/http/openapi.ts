import { z } from 'zod';
import type { Route } from './define-route.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(type: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(type, { io, unrepresentable: 'any', target: 'openapi-3.0' });
}

function parametersOf(route: Route): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      out.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        schema: property,
      });
    }
  }
  return out;
}

const problem = {
  'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
};

/** The OpenAPI 3.0 document of the route table, generated from the same zod contracts. */
export function buildOpenApi(routes: readonly Route[], problemSchema: z.ZodType): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const operation: JsonSchema = {
      operationId: route.name,
      summary: route.summary,
      parameters: parametersOf(route),
      ...(route.authenticate ? {} : { security: [] }),
      responses: {
        [String(route.successStatus ?? 200)]: {
          description: 'Success',
          ...(route.response
            ? { content: { 'application/json': { schema: schemaOf(route.response, 'output') } } }
            : {}),
        },
        default: { description: 'A problem (RFC 9457)', content: problem },
      },
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
      };
    }
    (paths[`/api${route.path}`] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Northstar API', version: '0.1.0' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: schemaOf(problemSchema, 'output') },
    },
    security: [{ bearer: [] }],
    paths,
  };
}
