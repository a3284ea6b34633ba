import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { LOGIN, PUBLIC, act, principalOf } from '../../http';
import { errors, IdParams, Ok } from '../../schemas';
import { NotFound } from '../../errors';
import { addDays, todayVn } from '../../../domain/dates';
import * as personal from './personal';
import { AttendanceHistory, FeedBody, FeedCreated, FeedFileParams, Feeds, MyMeetings, RangeQuery, YearQuery } from './schemas';

/** "My meetings", a member's attendance history with the absence rule, and iCalendar feeds. */
export async function personalRoutes(app: FastifyInstance) {
  const tags = ['meetings'];
  app.get<{ Querystring: Static<typeof RangeQuery> }>(
    '/api/my/meetings',
    {
      config: { permission: LOGIN },
      schema: {
        tags, summary: 'Các buổi sinh hoạt của tôi / My meetings (summoned, and my cell’s coming ones)', querystring: RangeQuery,
        response: { 200: MyMeetings, ...errors },
      },
    },
    async (req) => {
      const who = principalOf(req);
      if (!who.personId) return [];
      const from = req.query.from ?? addDays(todayVn(), -31);
      return personal.personMeetings(app.db, who.personId, from, req.query.to ?? addDays(from, 120));
    },
  );
  app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof YearQuery> }>(
    '/api/members/:id/attendance',
    {
      config: { permission: act('member.read', 'person') },
      schema: {
        tags,
        summary: 'Lịch sử dự sinh hoạt; cảnh báo vắng không lý do (2 tháng: nhắc, 3 tháng: xem xét xóa tên) / Attendance history and the absence rule',
        params: IdParams, querystring: YearQuery,
        response: { 200: AttendanceHistory, ...errors },
      },
    },
    async (req) => personal.attendanceHistory(app.db, req.params.id, req.query.year ?? Number(todayVn().slice(0, 4))),
  );

  app.get(
    '/api/calendar-feeds',
    {
      config: { permission: LOGIN },
      schema: { tags, summary: 'Đường dẫn lịch của tôi / My calendar feeds', response: { 200: Feeds, ...errors } },
    },
    async (req) => personal.listFeeds(app.db, principalOf(req)),
  );
  app.post<{ Body: Static<typeof FeedBody> }>(
    '/api/calendar-feeds',
    {
      config: { permission: LOGIN },
      schema: {
        tags,
        summary: 'Tạo đường dẫn lịch bí mật (iCalendar) cho tôi hoặc cho một tổ chức / Create a secret iCalendar feed (mine, or a unit’s)',
        body: FeedBody,
        response: { 201: FeedCreated, ...errors },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return personal.createFeed(app.db, principalOf(req), req.body);
    },
  );
  app.delete<{ Params: Static<typeof IdParams> }>(
    '/api/calendar-feeds/:id',
    {
      config: { permission: LOGIN },
      schema: { tags, summary: 'Thu hồi đường dẫn lịch / Revoke a calendar feed', params: IdParams, response: { 200: Ok, ...errors } },
    },
    async (req) => personal.revokeFeed(app.db, principalOf(req), req.params.id),
  );
  app.get<{ Params: Static<typeof FeedFileParams> }>(
    '/api/calendar/:file',
    {
      config: { permission: PUBLIC },
      schema: {
        tags, summary: 'Lịch sinh hoạt (iCalendar, giờ UTC) theo đường dẫn bí mật / The iCalendar feed behind a secret token',
        params: FeedFileParams,
        response: { 200: { type: 'string', description: 'text/calendar' }, ...errors },
      },
    },
    async (req, reply) => {
      const token = req.params.file.replace(/\.ics$/, '');
      if (!token) throw NotFound('calendar_not_found');
      const text = await personal.renderFeed(app.db, token);
      return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(text);
    },
  );
}
