import { z } from 'zod';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';

const HealthSchema = z.object({
  status: z.literal('ok'),
  store: z.enum(['sqlite', 'cosmos']),
  directory: z.enum(['demo', 'graph']),
  auth: z.enum(['dev', 'entra']),
});

/** Liveness and which adapters are active. */
export function healthRoutes(app: AppServices): Route[] {
  return [
    defineRoute({
      name: 'health',
      method: 'GET',
      path: '/health',
      authenticate: false,
      summary: 'Liveness and the active adapters',
      response: HealthSchema,
      handler: () =>
        Promise.resolve({
          body: {
            status: 'ok' as const,
            store: app.stores.kind,
            directory: app.directoryKind,
            auth: app.config.auth.mode,
          },
        }),
    }),
  ];
}
