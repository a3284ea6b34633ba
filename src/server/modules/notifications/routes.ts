import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { LOGIN, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { mailFromEnv } from './channels';
import * as service from './service';
import { ListQuery, NotificationList, Prefs, PrefsBody, ReadAllBody } from './schemas';

export async function notificationRoutes(app: FastifyInstance) {
  const tags = ['notifications'];
  const emailOn = () => !!mailFromEnv();
  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/notifications',
    {
      config: { permission: LOGIN },
      schema: { tags, querystring: ListQuery, response: { 200: NotificationList, ...errors },
        summary: 'Thông báo của tôi và số chưa đọc / My notifications and the unread count' },
    },
    async (req) => service.myNotifications(app.db, principalOf(req), req.query.unread ?? false),
  );
  app.post<{ Params: Static<typeof IdParams> }>(
    '/api/notifications/:id/read',
    {
      config: { permission: LOGIN },
      schema: { tags, params: IdParams, response: { 200: NotificationList, ...errors }, summary: 'Đánh dấu đã đọc / Mark one as read' },
    },
    async (req) => service.readOne(app.db, principalOf(req), req.params.id),
  );
  app.post<{ Body: Static<typeof ReadAllBody> }>(
    '/api/notifications/read-all',
    {
      config: { permission: LOGIN },
      schema: { tags, body: ReadAllBody, response: { 200: NotificationList, ...errors }, summary: 'Đánh dấu tất cả đã đọc / Mark all as read' },
    },
    async (req) => service.readAll(app.db, principalOf(req)),
  );
  app.get(
    '/api/notifications/prefs',
    {
      config: { permission: LOGIN },
      schema: { tags, response: { 200: Prefs, ...errors }, summary: 'Loại thông báo tôi nhận, trong ứng dụng và qua thư / What I am notified of, in the app and by e-mail' },
    },
    async (req) => service.myPrefs(app.db, principalOf(req), emailOn()),
  );
  app.put<{ Body: PrefsBody }>(
    '/api/notifications/prefs',
    {
      config: { permission: LOGIN },
      schema: { tags, body: PrefsBody, response: { 200: Prefs, ...errors }, summary: 'Chọn loại thông báo nhận / Choose what to be notified of' },
    },
    async (req) => service.setPrefs(app.db, principalOf(req), req.body, emailOn()),
  );
}
