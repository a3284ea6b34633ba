import type { FastifyInstance } from 'fastify';
import { act, principalOf } from '../../http';
import { errors } from '../../schemas';
import { todayVn } from '../../../domain/dates';
import * as service from './service';
import { NoteBody, Plan, PlanBody, PlanList, PlanListQuery, PlanParams, ReasonBody } from './schemas';

/** Each cell's annual activity plan: drafted and submitted by the cell, approved (or reopened) by the commune. */
export async function planRoutes(app: FastifyInstance) {
  const tags = ['activity-plans'];
  const one = { 200: Plan, ...errors };
  app.get<{ Params: PlanParams }>(
    '/api/orgs/:id/activity-plans/:year',
    {
      config: { permission: act('meeting.read', 'org') },
      schema: {
        tags, params: PlanParams, response: one,
        summary: 'Kế hoạch hoạt động năm của chi bộ và tiến độ / A cell’s annual activity plan with its progress from the records',
      },
    },
    async (req) => service.getPlan(app.db, req.params.id, req.params.year),
  );
  app.put<{ Params: PlanParams; Body: PlanBody }>(
    '/api/orgs/:id/activity-plans/:year',
    {
      config: { permission: act('meeting.manage', 'org') },
      schema: { tags, params: PlanParams, body: PlanBody, response: one, summary: 'Lưu kế hoạch (bản nháp) / Save the plan (draft)' },
    },
    async (req) => service.savePlan(app.db, principalOf(req), req.params.id, req.params.year, req.body),
  );
  app.post<{ Params: PlanParams }>(
    '/api/orgs/:id/activity-plans/:year/submit',
    {
      config: { permission: act('meeting.manage', 'org') },
      schema: { tags, params: PlanParams, response: one, summary: 'Trình Đảng ủy duyệt / Submit the plan to the committee' },
    },
    async (req) => service.submitPlan(app.db, principalOf(req), req.params.id, req.params.year),
  );
  app.post<{ Params: PlanParams; Body: NoteBody }>(
    '/api/orgs/:id/activity-plans/:year/approve',
    {
      config: { permission: act('oversight.manage', 'org') },
      schema: { tags, params: PlanParams, body: NoteBody, response: one, summary: 'Đảng ủy duyệt kế hoạch / The committee approves the plan' },
    },
    async (req) => service.approvePlan(app.db, principalOf(req), req.params.id, req.params.year, req.body.note),
  );
  app.post<{ Params: PlanParams; Body: ReasonBody }>(
    '/api/orgs/:id/activity-plans/:year/reopen',
    {
      config: { permission: act('oversight.manage', 'org') },
      schema: { tags, params: PlanParams, body: ReasonBody, response: one, summary: 'Mở lại kế hoạch đã duyệt, có lý do / Reopen an approved plan, with a reason' },
    },
    async (req) => service.reopenPlan(app.db, principalOf(req), req.params.id, req.params.year, req.body.reason),
  );
  app.get<{ Querystring: PlanListQuery }>(
    '/api/activity-plans',
    {
      config: { permission: act('oversight.read', 'org', 'query', 'orgId') },
      schema: {
        tags, querystring: PlanListQuery, response: { 200: PlanList, ...errors },
        summary: 'Kế hoạch năm của các chi bộ: đã duyệt, đã trình, chưa có / Every cell’s plan of the year and where it stands',
      },
    },
    async (req) => service.listPlans(app.db, principalOf(req), req.query.orgId, req.query.year ?? Number(todayVn().slice(0, 4))),
  );
}
