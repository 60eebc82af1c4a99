import { z } from 'zod';
import { defineRoute } from './define-route.js';
import { buildOpenApi } from './openapi.js';

const ProblemSchema = z.object({ title: z.string(), status: z.number() });

const ROUTES = [
  defineRoute({
    name: 'listGoals',
    method: 'GET',
    path: '/goals',
    summary: 'List goals',
    authenticate: true,
    query: z.object({ limit: z.coerce.number().optional(), owner: z.string() }),
    response: z.object({ items: z.array(z.string()) }),
    handler: () => Promise.resolve({}),
  }),
  defineRoute({
    name: 'patchGoal',
    method: 'PATCH',
    path: '/goals/{id}',
    summary: 'Change a goal',
    authenticate: true,
    params: z.object({ id: z.string() }),
    body: z.object({ title: z.string(), note: z.string().optional() }),
    handler: () => Promise.resolve({}),
  }),
  defineRoute({
    name: 'health',
    method: 'GET',
    path: '/health',
    summary: 'Health',
    authenticate: false,
    successStatus: 204,
    handler: () => Promise.resolve({}),
  }),
];

type Json = Record<string, unknown>;
const doc = buildOpenApi(ROUTES, ProblemSchema) as Json & { paths: Record<string, Json> };
const op = (path: string, method: string) => (doc.paths[path]?.[method] ?? {}) as Json;

describe('buildOpenApi', () => {
  it('is an OpenAPI 3.0 document with bearer auth by default', () => {
    expect(doc).toMatchObject({
      openapi: expect.stringMatching(/^3\.0\./) as unknown,
      security: [{ bearer: [] }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    });
  });

  it('puts every path under /api', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/goals', '/api/goals/{id}', '/api/health']);
  });

  it.each<[string, string, string]>([
    ['/api/goals', 'get', 'listGoals'],
    ['/api/goals/{id}', 'patch', 'patchGoal'],
    ['/api/health', 'get', 'health'],
  ])('describes %s %s as %s', (path, method, name) => {
    expect(op(path, method)).toMatchObject({ operationId: name });
  });

  it('marks path parameters required', () => {
    expect(op('/api/goals/{id}', 'patch').parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });

  it('lists query parameters, required only when the schema requires them', () => {
    expect(op('/api/goals', 'get').parameters).toEqual([
      expect.objectContaining({ name: 'limit', in: 'query', required: false }),
      expect.objectContaining({ name: 'owner', in: 'query', required: true }),
    ]);
  });

  it('describes the request body with its required fields', () => {
    expect(op('/api/goals/{id}', 'patch').requestBody).toMatchObject({
      required: true,
      content: {
        'application/json': {
          schema: { type: 'object', required: ['title'], properties: { title: {}, note: {} } },
        },
      },
    });
  });

  it('has no request body on a route without one', () => {
    expect(op('/api/goals', 'get')).not.toHaveProperty('requestBody');
  });

  it('opens only unauthenticated routes to anonymous callers', () => {
    expect(op('/api/health', 'get').security).toEqual([]);
    expect(op('/api/goals', 'get')).not.toHaveProperty('security');
  });

  it.each([
    ['/api/goals', 'get'],
    ['/api/goals/{id}', 'patch'],
    ['/api/health', 'get'],
  ])('gives %s %s a default problem response', (path, method) => {
    expect(op(path, method).responses).toMatchObject({
      default: {
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      },
    });
  });

  it('defines the Problem schema it refers to', () => {
    expect(doc).toMatchObject({
      components: { schemas: { Problem: { type: 'object', required: ['title', 'status'] } } },
    });
  });

  it('uses the route success status and response schema', () => {
    expect(op('/api/health', 'get').responses).toHaveProperty('204');
    expect(op('/api/goals', 'get').responses).toMatchObject({
      200: { content: { 'application/json': { schema: { properties: { items: {} } } } } },
    });
  });
});
