import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { addDays, todayVn } from '../../../domain/dates';
import type { MeetingType } from '../../../domain/meetings/index';
import * as schedule from './schedule';
import * as prep from './prep';
import { meetingDetail } from './presenters';
import { sessionRoutes } from './routes-session';
import { personalRoutes } from './routes-personal';
import {
  AgendaBody, AgendaPatch, CreateBody, GuestBody, ListQuery, MeetingChildParams, MeetingDetail, MeetingList, MeetingParams, PreparationBody,
  RuleBody, RuleResponse, UpdateBody,
} from './schemas';

export async function meetingRoutes(app: FastifyInstance) {
  const tags = ['meetings'];
  const ok = { 200: MeetingDetail, ...errors };

  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/meetings',
    {
      config: { permission: act('meeting.read', 'org', 'query', 'orgId') },
      schema: {
        tags,
        summary: 'Lịch sinh hoạt của tổ chức và các chi bộ trực thuộc / Meetings of a unit’s subtree (coming regular meetings generated from each cell’s rule)',
        querystring: ListQuery, response: { 200: MeetingList, ...errors },
      },
    },
    async (req) => {
      const from = req.query.from ?? addDays(todayVn(), -31);
      const to = req.query.to ?? addDays(from, 92);
      return schedule.listMeetings(app.db, req.query.orgId, { from, to });
    },
  );
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof CreateBody> }>(
    '/api/orgs/:id/meetings',
    {
      config: { permission: act('meeting.manage', 'org') },
      schema: {
        tags, summary: 'Lên lịch một buổi sinh hoạt (mời đảng viên, chương trình theo mẫu) / Plan a meeting (invitations and agenda from the template)',
        params: IdParams, body: CreateBody, response: { 201: MeetingDetail, ...errors },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return schedule.createMeeting(app.db, principalOf(req), req.params.id, { ...req.body, type: req.body.type as MeetingType });
    },
  );
  app.get<{ Params: Static<typeof IdParams> }>(
    '/api/orgs/:id/meeting-rule',
    {
      config: { permission: act('meeting.read', 'org') },
      schema: { tags, summary: 'Ngày, giờ sinh hoạt thường kỳ (kế thừa) / The unit’s meeting rule (inherited)', params: IdParams, response: { 200: RuleResponse, ...errors } },
    },
    async (req) => schedule.getMeetingRule(app.db, req.params.id),
  );
  app.put<{ Params: Static<typeof IdParams>; Body: Static<typeof RuleBody> }>(
    '/api/orgs/:id/meeting-rule',
    {
      config: { permission: act('org.manage', 'org') },
      schema: {
        tags, summary: 'Đặt ngày, giờ sinh hoạt và tỷ lệ hợp lệ của tổ chức (null: theo cấp trên) / Set the unit’s meeting day, time and quorum',
        params: IdParams, body: RuleBody, response: { 200: RuleResponse, ...errors },
      },
    },
    async (req) => schedule.setMeetingRule(app.db, principalOf(req), req.params.id, req.body),
  );
  app.get<{ Params: Static<typeof MeetingParams> }>(
    '/api/meetings/:id',
    {
      config: { permission: act('meeting.read', 'meeting') },
      schema: { tags, summary: 'Một buổi sinh hoạt / One meeting', params: MeetingParams, response: ok },
    },
    async (req) => meetingDetail(app.db, principalOf(req), req.params.id),
  );
  app.patch<{ Params: Static<typeof MeetingParams>; Body: Static<typeof UpdateBody> }>(
    '/api/meetings/:id',
    {
      config: { permission: act('meeting.manage', 'meeting') },
      schema: {
        tags,
        summary: 'Sửa, dời (ghi lý do), hủy (ghi lý do), ghi giờ, chủ trì, thư ký / Edit, move or cancel (with a reason), times, chair, recorder',
        params: MeetingParams, body: UpdateBody, response: ok,
      },
    },
    async (req) => schedule.updateMeeting(app.db, principalOf(req), req.params.id, req.body),
  );
  app.put<{ Params: Static<typeof MeetingParams>; Body: Static<typeof PreparationBody> }>(
    '/api/meetings/:id/preparation',
    {
      config: { permission: act('meeting.manage', 'meeting') },
      schema: {
        tags, summary: 'Công tác chuẩn bị (HD 42-HD/BTCTW): phân công, chi ủy họp trước, thông báo, tài liệu / Preparation checklist',
        params: MeetingParams, body: PreparationBody, response: ok,
      },
    },
    async (req) => prep.updatePreparation(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: Static<typeof MeetingParams>; Body: Static<typeof AgendaBody> }>(
    '/api/meetings/:id/agenda',
    {
      config: { permission: act('meeting.manage', 'meeting') },
      schema: { tags, summary: 'Thêm nội dung vào chương trình / Add an agenda item', params: MeetingParams, body: AgendaBody, response: ok },
    },
    async (req) => prep.addAgendaItem(app.db, principalOf(req), req.params.id, req.body),
  );
  const ItemParams = MeetingChildParams('itemId');
  app.patch<{ Params: { id: string; itemId: string }; Body: Static<typeof AgendaPatch> }>(
    '/api/meetings/:id/agenda/:itemId',
    {
      config: { permission: act('meeting.manage', 'meeting') },
      schema: {
        tags, summary: 'Sửa nội dung, kết luận, thứ tự / Edit an agenda item (content, conclusion, order)', params: ItemParams, body: AgendaPatch,
        response: ok,
      },
    },
    async (req) => prep.updateAgendaItem(app.db, principalOf(req), req.params.id, req.params.itemId, req.body),
  );
  app.delete<{ Params: { id: string; itemId: string } }>(
    '/api/meetings/:id/agenda/:itemId',
    {
      config: { permission: act('meeting.manage', 'meeting') },
      schema: { tags, summary: 'Bỏ một nội dung / Remove an agenda item', params: ItemParams, response: ok },
    },
    async (req) => prep.deleteAgendaItem(app.db, principalOf(req), req.params.id, req.params.itemId),
  );
  app.post<{ Params: Static<typeof MeetingParams> }>(
    '/api/meetings/:id/invitations/sync',
    {
      config: { permission: act('meeting.manage', 'meeting') },
      schema: {
        tags, summary: 'Cập nhật danh sách triệu tập theo đảng viên hiện có và cấp ủy viên phụ trách / Summon the cell’s current members and the overseer',
        params: MeetingParams, response: ok,
      },
    },
    async (req) => prep.syncInvitations(app.db, principalOf(req), req.params.id),
  );
  app.post<{ Params: Static<typeof MeetingParams>; Body: Static<typeof GuestBody> }>(
    '/api/meetings/:id/invitations',
    {
      config: { permission: act('meeting.manage', 'meeting') },
      schema: {
        tags, summary: 'Mời khách (đoàn thể, công an viên, thôn đội trưởng, …) / Invite a guest (partner contact, person, unit or name)',
        params: MeetingParams, body: GuestBody, response: ok,
      },
    },
    async (req) => prep.addGuest(app.db, principalOf(req), req.params.id, req.body),
  );
  const InvParams = MeetingChildParams('invitationId');
  app.delete<{ Params: { id: string; invitationId: string } }>(
    '/api/meetings/:id/invitations/:invitationId',
    {
      config: { permission: act('meeting.manage', 'meeting') },
      schema: { tags, summary: 'Bỏ khỏi danh sách mời / Remove an invitation', params: InvParams, response: ok },
    },
    async (req) => prep.removeInvitation(app.db, principalOf(req), req.params.id, req.params.invitationId),
  );

  await sessionRoutes(app);
  await personalRoutes(app);
}
