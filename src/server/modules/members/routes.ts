import type { FastifyInstance } from 'fastify';
import { LOGIN, act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { todayVn } from '../../../domain/dates';
import * as service from './service';
import * as events from './events';
import {
  CreateBody, EndBody, EventBody, ListQuery, MemberList, MemberRows, PositionBody, Profile, SearchQuery, TransferBody, UpdateBody,
} from './schemas';

export async function memberRoutes(app: FastifyInstance) {
  const tags = ['members'];
  app.get<{ Params: IdParams; Querystring: ListQuery }>(
    '/api/orgs/:id/members',
    {
      config: { permission: act('org.read', 'org') },
      schema: {
        tags, summary: 'Đảng viên của tổ chức (cả cấp dưới) / Members of a unit and its subtree', params: IdParams,
        querystring: ListQuery, response: { 200: MemberList, ...errors },
      },
    },
    async (req) => service.listOrgMembers(app.db, principalOf(req), req.params.id, req.query),
  );
  app.get<{ Querystring: SearchQuery }>(
    '/api/members',
    {
      config: { permission: LOGIN },
      schema: {
        tags, summary: 'Tìm đảng viên theo tên, có dấu hoặc không / Search members by name, with or without diacritics',
        querystring: SearchQuery, response: { 200: MemberRows, ...errors },
      },
    },
    async (req) => service.searchMembers(app.db, principalOf(req), req.query.q),
  );
  app.post<{ Body: CreateBody }>(
    '/api/members',
    {
      config: { permission: act('member.manage', 'org', 'body', 'orgId') },
      schema: { tags, summary: 'Thêm đảng viên vào chi bộ / Add a member to a cell', body: CreateBody, response: { 201: Profile, ...errors } },
    },
    async (req, reply) => {
      const { orgId, joinedOn, ...input } = req.body;
      reply.status(201);
      return service.createMember(app.db, principalOf(req), orgId, input, joinedOn ?? todayVn());
    },
  );
  app.get<{ Params: IdParams }>(
    '/api/members/:id',
    {
      config: { permission: act('member.read', 'person') },
      schema: { tags, summary: 'Hồ sơ đảng viên / A member’s record', params: IdParams, response: { 200: Profile, ...errors } },
    },
    async (req) => service.memberProfile(app.db, principalOf(req), req.params.id),
  );
  app.patch<{ Params: IdParams; Body: UpdateBody }>(
    '/api/members/:id',
    {
      config: { permission: act('member.manage', 'person') },
      schema: { tags, summary: 'Sửa hồ sơ / Edit a member', params: IdParams, body: UpdateBody, response: { 200: Profile, ...errors } },
    },
    async (req) => service.updateMember(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: IdParams; Body: TransferBody }>(
    '/api/members/:id/transfer',
    {
      config: { permission: act('member.manage', 'person') },
      schema: {
        tags, summary: 'Chuyển sinh hoạt đảng sang chi bộ khác / Transfer to another cell', params: IdParams, body: TransferBody,
        response: { 200: Profile, ...errors },
      },
    },
    async (req) =>
      events.transferMember(app.db, principalOf(req), req.params.id, { ...req.body, effectiveOn: req.body.effectiveOn ?? todayVn() }),
  );
  app.post<{ Params: IdParams; Body: EventBody }>(
    '/api/members/:id/events',
    {
      config: { permission: act('member.manage', 'person') },
      schema: {
        tags,
        summary: 'Ghi thay đổi trạng thái (chính thức, miễn sinh hoạt, chuyển đi, từ trần, xóa tên) / Record a status change',
        params: IdParams, body: EventBody, response: { 200: Profile, ...errors },
      },
    },
    async (req) =>
      events.recordEvent(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: IdParams; Body: PositionBody }>(
    '/api/members/:id/positions',
    {
      config: { permission: act('member.manage', 'person') },
      schema: { tags, summary: 'Giao chức vụ có nhiệm kỳ / Assign a position', params: IdParams, body: PositionBody, response: { 200: Profile, ...errors } },
    },
    async (req) =>
      events.addPosition(app.db, principalOf(req), req.params.id, {
        ...req.body,
        startedOn: req.body.startedOn ?? todayVn(),
      }),
  );
  app.post<{ Params: IdParams; Body: EndBody }>(
    '/api/positions/:id/end',
    {
      config: { permission: act('member.manage', 'position') },
      schema: { tags, summary: 'Kết thúc chức vụ / End a position', params: IdParams, body: EndBody, response: { 200: Profile, ...errors } },
    },
    async (req) => events.endPosition(app.db, principalOf(req), req.params.id, req.body.endedOn ?? todayVn()),
  );
}
