import { NotificationQuerySchema, NotificationViewSchema, pageSchema } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import { listNotifications } from './notification-service.js';

/** The caller's own notifications, as the FAKE notifier recorded them. */
export function notificationRoutes(app: AppServices): Route[] {
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'listNotifications',
      method: 'GET',
      path: '/notifications',
      authenticate: true,
      summary:
        'The caller’s own notifications, newest first (recorded locally; in Teams they are in the activity feed)',
      query: NotificationQuerySchema,
      response: pageSchema(NotificationViewSchema),
      handler: async ({ identity, query }) => {
        const me = await caller(identity);
        return {
          body: await listNotifications(app.stores.documents, me.tenantId, me.person.id, query),
        };
      },
    }),
  ];
}
