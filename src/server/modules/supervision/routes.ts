import type { FastifyInstance } from 'fastify';
import { act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { todayVn } from '../../../domain/dates';
import * as programme from './programme';
import * as steps from './steps';
import { renderItemDocument } from './documents';
import {
  ConclusionBody, CreateItemBody, DecisionBody, DocParams, DocQuery, FindingsBody, ItemDetail, ItemList, ListQuery, NoteBody,
  RemedyParams, ReportBody,
} from './schemas';

type Id = { id: string };

/** Inspection and supervision (QĐ 296-QĐ/TW): the annual programme, each item's steps, its documents. */
export async function supervisionRoutes(app: FastifyInstance) {
  const tags = ['supervision'];
  const one = { 200: ItemDetail, ...errors };
  app.get<{ Querystring: ListQuery }>(
    '/api/supervision',
    {
      config: { permission: act('oversight.read', 'org', 'query', 'orgId') },
      schema: {
        tags, querystring: ListQuery, response: { 200: ItemList, ...errors },
        summary: 'Chương trình kiểm tra, giám sát năm / The year’s inspection and supervision programme (items run by the unit or about its cells)',
      },
    },
    async (req) => programme.listItems(app.db, principalOf(req), req.query.orgId, req.query.year ?? Number(todayVn().slice(0, 4))),
  );
  app.post<{ Body: CreateItemBody }>(
    '/api/supervision',
    {
      config: { permission: act('oversight.manage', 'org', 'body', 'orgId') },
      schema: { tags, body: CreateItemBody, response: { 201: ItemDetail, ...errors }, summary: 'Thêm nội dung kiểm tra, giám sát / Add a programme item' },
    },
    async (req, reply) => {
      reply.status(201);
      return programme.createItem(app.db, principalOf(req), req.body);
    },
  );
  app.get<{ Params: Id }>(
    '/api/supervision/:id',
    {
      config: { permission: act('oversight.read', 'supervision') },
      schema: {
        tags, params: IdParams, response: one,
        summary: 'Một nội dung kiểm tra, giám sát: các bước, việc khắc phục, nhận xét của đảng ủy viên phụ trách / One item with its steps and remedies',
      },
    },
    async (req) => programme.getItem(app.db, req.params.id),
  );
  app.post<{ Params: Id; Body: DecisionBody }>(
    '/api/supervision/:id/decision',
    {
      config: { permission: act('oversight.manage', 'supervision') },
      schema: { tags, params: IdParams, body: DecisionBody, response: one, summary: 'Ban hành quyết định và kế hoạch / Issue the decision and plan' },
    },
    async (req) => steps.decide(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: Id; Body: ReportBody }>(
    '/api/supervision/:id/report',
    {
      config: { permission: act('oversight.respond', 'supervision') },
      schema: { tags, params: IdParams, body: ReportBody, response: one, summary: 'Báo cáo của đối tượng / The subject’s own report' },
    },
    async (req) => steps.report(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: Id; Body: FindingsBody }>(
    '/api/supervision/:id/findings',
    {
      config: { permission: act('oversight.manage', 'supervision') },
      schema: { tags, params: IdParams, body: FindingsBody, response: one, summary: 'Kết quả làm việc của đoàn / The team’s findings' },
    },
    async (req) => steps.findings(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: Id; Body: ConclusionBody }>(
    '/api/supervision/:id/conclusion',
    {
      config: { permission: act('oversight.manage', 'supervision') },
      schema: {
        tags, params: IdParams, body: ConclusionBody, response: one,
        summary: 'Kết luận, thông báo kết luận và việc khắc phục / The conclusion, its notice and the remedies',
      },
    },
    async (req) => steps.conclude(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: RemedyParams; Body: NoteBody }>(
    '/api/supervision/:id/remedies/:remedyId/done',
    {
      config: { permission: act('oversight.respond', 'supervision') },
      schema: { tags, params: RemedyParams, body: NoteBody, response: one, summary: 'Báo cáo đã khắc phục / Report a remedy done' },
    },
    async (req) => steps.reportRemedy(app.db, principalOf(req), req.params.id, req.params.remedyId, req.body.note),
  );
  app.post<{ Params: RemedyParams; Body: NoteBody }>(
    '/api/supervision/:id/remedies/:remedyId/verify',
    {
      config: { permission: act('oversight.manage', 'supervision') },
      schema: { tags, params: RemedyParams, body: NoteBody, response: one, summary: 'Xác minh việc khắc phục / Verify a remedy' },
    },
    async (req) => steps.verifyRemedy(app.db, principalOf(req), req.params.id, req.params.remedyId, req.body.note),
  );
  app.get<{ Params: DocParams; Querystring: DocQuery }>(
    '/api/supervision/:id/documents/:doc',
    {
      config: { permission: act('oversight.read', 'supervision') },
      schema: {
        tags, params: DocParams, querystring: DocQuery,
        response: { 200: { type: 'string', format: 'binary', description: 'the document' }, ...errors },
        summary: 'Quyết định (decision) hoặc Thông báo kết luận (notice), PDF hoặc DOCX / The decision or the conclusion notice',
      },
    },
    async (req, reply) => {
      const doc = await renderItemDocument(app.db, req.params.id, req.params.doc, req.query.format ?? 'pdf');
      return reply.header('content-type', doc.mime).header('content-disposition', `attachment; filename="${doc.filename}"`).send(doc.body);
    },
  );
}
