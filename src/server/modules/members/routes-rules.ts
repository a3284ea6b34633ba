import type { FastifyInstance } from 'fastify';
import { act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { endTemporary, recordTemporary, unitStanding } from './temporary';
import { duesWarningList } from '../meetings/dues-warnings';
import { DuesWarningList, DuesWarningQuery } from '../meetings/schemas';
import { EndTemporaryBody, Profile, StandingQuery, TemporaryBody, TemporaryParams, UnitStanding } from './schemas';

/** Temporary attendance in another cell, and who a unit expects beyond its own active members (src/domain/members.ts, meetings/roster.ts). */
export async function memberRulesRoutes(app: FastifyInstance) {
  const tags = ['members'];
  app.post<{ Params: IdParams; Body: TemporaryBody }>(
    '/api/members/:id/temporary-attendance',
    {
      config: { permission: act('member.manage', 'person') },
      schema: {
        tags, summary: 'Ghi sinh hoạt đảng tạm thời ở chi bộ khác / Record a temporary attendance in another cell', params: IdParams,
        body: TemporaryBody, response: { 200: Profile, ...errors },
      },
    },
    async (req) => recordTemporary(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: TemporaryParams; Body: EndTemporaryBody }>(
    '/api/members/:id/temporary-attendance/:membershipId/end',
    {
      config: { permission: act('member.manage', 'person') },
      schema: {
        tags, summary: 'Kết thúc (hoặc đổi ngày cuối) sinh hoạt tạm thời / End a temporary attendance', params: TemporaryParams,
        body: EndTemporaryBody, response: { 200: Profile, ...errors },
      },
    },
    async (req) => endTemporary(app.db, principalOf(req), req.params.id, req.params.membershipId, req.body.to),
  );
  app.get<{ Params: IdParams; Querystring: StandingQuery }>(
    '/api/orgs/:id/standing',
    {
      config: { permission: act('org.read', 'org') },
      schema: {
        tags,
        summary: 'Đảng viên sinh hoạt tạm thời, bị đình chỉ; cảnh báo chi bộ dưới 3 đảng viên chính thức / Temporary attendance, suspensions, cells too small',
        params: IdParams, querystring: StandingQuery, response: { 200: UnitStanding, ...errors },
      },
    },
    async (req) => unitStanding(app.db, req.params.id, req.query.date),
  );
  app.get<{ Params: IdParams; Querystring: DuesWarningQuery }>(
    '/api/orgs/:id/dues-warnings',
    {
      config: { permission: act('member.read', 'org') },
      schema: {
        tags,
        summary: 'Đảng viên chưa nộp đảng phí 2, 3 tháng trong năm không có lý do chính đáng / Members behind with their dues',
        params: IdParams, querystring: DuesWarningQuery, response: { 200: DuesWarningList, ...errors },
      },
    },
    async (req) => duesWarningList(app.db, req.params.id, req.query.year),
  );
}
