import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import * as service from './service';
import { CreateBody, ListQuery, Owners, NoteBody, Review, ReviewBody, TaskDetail, TaskList, UpdateBody } from './schemas';

export async function taskRoutes(app: FastifyInstance) {
  const tags = ['tasks'];
  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/tasks',
    {
      config: { permission: act('task.read', 'org', 'query', 'orgId') },
      schema: {
        tags, querystring: ListQuery, response: { 200: TaskList, ...errors },
        summary: 'Nhiệm vụ giao trong tổ chức hoặc do tổ chức nhận (quá hạn trước) / Tasks given within a unit’s subtree or owned in it, overdue first',
      },
    },
    async (req) => service.listTasks(app.db, req.query),
  );
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof CreateBody> }>(
    '/api/orgs/:id/tasks',
    {
      config: { permission: act('task.manage', 'org') },
      schema: {
        tags, params: IdParams, body: CreateBody, response: { 201: TaskDetail, ...errors },
        summary: 'Giao nhiệm vụ cho đảng viên, chi bộ, chi ủy hoặc đoàn thể trong phạm vi / Give a task to a member, cell, cell committee or partner unit in the subtree',
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createTask(app.db, principalOf(req), req.params.id, req.body);
    },
  );
  app.get<{ Params: Static<typeof IdParams> }>(
    '/api/orgs/:id/task-owners',
    {
      config: { permission: act('task.manage', 'org') },
      schema: {
        tags, params: IdParams, response: { 200: Owners, ...errors },
        summary: 'Ai có thể nhận nhiệm vụ của tổ chức (chi bộ, chi ủy, đoàn thể, đảng viên) / Whom a unit may give tasks to',
      },
    },
    async (req) => service.owners(app.db, req.params.id),
  );
  app.get<{ Params: Static<typeof IdParams> }>(
    '/api/tasks/:id',
    {
      config: { permission: act('task.read', 'task') },
      schema: { tags, params: IdParams, response: { 200: TaskDetail, ...errors }, summary: 'Một nhiệm vụ và tiến độ / A task and its progress notes' },
    },
    async (req) => service.taskDetail(app.db, principalOf(req), req.params.id),
  );
  app.patch<{ Params: Static<typeof IdParams>; Body: Static<typeof UpdateBody> }>(
    '/api/tasks/:id',
    {
      config: { permission: act('task.manage', 'task') },
      schema: {
        tags, params: IdParams, body: UpdateBody, response: { 200: TaskDetail, ...errors },
        summary: 'Sửa tên, người nhận, thời hạn (đơn vị giao) / Change title, owner or due date (the giving unit)',
      },
    },
    async (req) => service.updateTask(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof NoteBody> }>(
    '/api/tasks/:id/notes',
    {
      config: { permission: act('task.manage', 'task') },
      schema: {
        tags, params: IdParams, body: NoteBody, response: { 200: TaskDetail, ...errors },
        summary: 'Ghi tiến độ (có thể đổi trạng thái; dừng phải có lý do) / Add a dated progress note, optionally changing the status',
      },
    },
    async (req) => service.addNote(app.db, principalOf(req), req.params.id, req.body),
  );
  app.get<{ Params: Static<typeof IdParams> }>(
    '/api/meetings/:id/task-review',
    {
      config: { permission: act('meeting.read', 'meeting') },
      schema: {
        tags, params: IdParams, response: { 200: Review, ...errors },
        summary: 'Nhiệm vụ cần đánh giá tại buổi sinh hoạt (đến hạn hoặc thay đổi từ kỳ trước) / Tasks the meeting reviews',
      },
    },
    async (req) => service.review(app.db, req.params.id),
  );
  app.put<{ Params: Static<typeof IdParams>; Body: Static<typeof ReviewBody> }>(
    '/api/meetings/:id/task-review',
    {
      config: { permission: act('meeting.manage', 'meeting') },
      schema: {
        tags, params: IdParams, body: ReviewBody, response: { 200: Review, ...errors },
        summary: 'Ghi ý kiến chi bộ về từng nhiệm vụ thành tiến độ / Record what the cell said about each task as its progress note',
      },
    },
    async (req) => service.saveReview(app.db, principalOf(req), req.params.id, req.body.items),
  );
}
