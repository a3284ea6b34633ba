import type { FastifyInstance } from 'fastify';
import { LOGIN, act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { todayVn } from '../../../domain/dates';
import * as service from './service';
import {
  CreateBody, DissolveBody, EndOverseerParams, MergeBody, MergeResult, MoveBody, Org, OrgDetail, OrgList, OverseerBody, TreeQuery, UpdateBody,
} from './schemas';

export async function orgRoutes(app: FastifyInstance) {
  const tags = ['orgs'];
  app.get<{ Querystring: TreeQuery }>(
    '/api/orgs',
    {
      config: { permission: LOGIN },
      schema: {
        tags,
        summary: 'Cây tổ chức mà người dùng được xem / The unit tree the caller may see',
        querystring: TreeQuery,
        response: { 200: OrgList, ...errors },
      },
    },
    async (req) => service.listTree(app.db, principalOf(req), req.query.includeInactive ?? false),
  );
  app.post<{ Body: CreateBody }>(
    '/api/orgs',
    {
      config: { permission: act('org.manage', 'org', 'body', 'parentId') },
      schema: { tags, summary: 'Thành lập tổ chức / Create a unit', body: CreateBody, response: { 201: Org, ...errors } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createOrg(app.db, principalOf(req), { ...req.body, foundedOn: req.body.foundedOn ?? todayVn() });
    },
  );
  app.get<{ Params: IdParams }>(
    '/api/orgs/:id',
    {
      config: { permission: act('org.read', 'org') },
      schema: { tags, summary: 'Một tổ chức / One unit', params: IdParams, response: { 200: OrgDetail, ...errors } },
    },
    async (req) => service.orgDetail(app.db, principalOf(req), req.params.id),
  );
  app.patch<{ Params: IdParams; Body: UpdateBody }>(
    '/api/orgs/:id',
    {
      config: { permission: act('org.manage', 'org') },
      schema: {
        tags, summary: 'Đổi tên, địa danh / Rename a unit (name history kept)', params: IdParams, body: UpdateBody,
        response: { 200: Org, ...errors },
      },
    },
    async (req) =>
      service.updateOrg(app.db, principalOf(req), req.params.id, { ...req.body, effectiveOn: req.body.effectiveOn ?? todayVn() }),
  );
  app.post<{ Params: IdParams; Body: MoveBody }>(
    '/api/orgs/:id/move',
    {
      config: { permission: act('org.manage', 'org') },
      schema: { tags, summary: 'Chuyển sang tổ chức cấp trên khác / Move a unit', params: IdParams, body: MoveBody, response: { 200: Org, ...errors } },
    },
    async (req) => service.moveOrg(app.db, principalOf(req), req.params.id, req.body.parentId),
  );
  app.post<{ Params: IdParams; Body: MergeBody }>(
    '/api/orgs/:id/merge',
    {
      config: { permission: act('org.manage', 'org') },
      schema: {
        tags, summary: 'Hợp nhất vào tổ chức khác / Merge a unit into another (members transferred)', params: IdParams, body: MergeBody,
        response: { 200: MergeResult, ...errors },
      },
    },
    async (req) =>
      service.mergeOrg(app.db, principalOf(req), req.params.id, { ...req.body, effectiveOn: req.body.effectiveOn ?? todayVn() }),
  );
  app.post<{ Params: IdParams; Body: DissolveBody }>(
    '/api/orgs/:id/dissolve',
    {
      config: { permission: act('org.manage', 'org') },
      schema: { tags, summary: 'Giải thể / Dissolve a unit (it must be empty)', params: IdParams, body: DissolveBody, response: { 200: Org, ...errors } },
    },
    async (req) =>
      service.dissolveOrg(app.db, principalOf(req), req.params.id, { ...req.body, effectiveOn: req.body.effectiveOn ?? todayVn() }),
  );
  app.post<{ Params: IdParams; Body: OverseerBody }>(
    '/api/orgs/:id/overseers',
    {
      config: { permission: act('org.manage', 'org') },
      schema: {
        tags, summary: 'Phân công đảng ủy viên phụ trách chi bộ / Assign a committee member in charge of the unit', params: IdParams,
        body: OverseerBody, response: { 200: OrgDetail, ...errors },
      },
    },
    async (req) =>
      service.assignOverseer(app.db, principalOf(req), req.params.id, { personId: req.body.personId, startedOn: req.body.startedOn ?? todayVn() }),
  );
  app.delete<{ Params: EndOverseerParams }>(
    '/api/orgs/:id/overseers/:personId',
    {
      config: { permission: act('org.manage', 'org') },
      schema: {
        tags, summary: 'Thôi phân công phụ trách / End an assignment (the overseer grant goes too)', params: EndOverseerParams,
        response: { 200: OrgDetail, ...errors },
      },
    },
    async (req) => service.endOverseer(app.db, principalOf(req), req.params.id, req.params.personId, todayVn()),
  );
}
