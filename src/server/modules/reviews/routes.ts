import type { FastifyInstance } from 'fastify';
import { act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { todayVn } from '../../../domain/dates';
import * as service from './service';
import { renderReviewDocument, renderSummaryDocument } from './documents';
import {
  DecisionBody, DocQuery, ListQuery, ProposalBody, ReviewDetail, ReviewList, SelfBody, Settings, SettingsBody, StartBody, StartResult,
  SummaryDocQuery,
} from './schemas';

const binary = { 200: { type: 'string', format: 'binary', description: 'the document' }, ...errors };

/** The year-end review and ranking (QĐ 366-QĐ/TW, HD 43-HD/BTCTW): open, self-review, proposal, decision, documents. */
export async function reviewRoutes(app: FastifyInstance) {
  const tags = ['reviews'];
  const one = { 200: ReviewDetail, ...errors };
  app.get<{ Querystring: ListQuery }>(
    '/api/reviews',
    {
      config: { permission: act('oversight.read', 'org', 'query', 'orgId') },
      schema: {
        tags, querystring: ListQuery, response: { 200: ReviewList, ...errors },
        summary: 'Kiểm điểm, đánh giá, xếp loại năm: danh sách và tổng hợp / The year’s reviews and the commune’s summary',
      },
    },
    async (req) => service.listReviews(app.db, principalOf(req), req.query.orgId, req.query.year ?? Number(todayVn().slice(0, 4))),
  );
  app.post<{ Body: StartBody }>(
    '/api/reviews',
    {
      config: { permission: act('oversight.manage', 'org', 'body', 'orgId') },
      schema: {
        tags, body: StartBody, response: { 200: StartResult, ...errors },
        summary: 'Mở đợt kiểm điểm năm cho mọi chi bộ, chi ủy, đảng viên (điền sẵn số liệu) / Open the year’s review, pre-filled',
      },
    },
    async (req) => service.startReviews(app.db, principalOf(req), req.body),
  );
  app.get<{ Querystring: SummaryDocQuery }>(
    '/api/reviews/summary-document',
    {
      config: { permission: act('oversight.read', 'org', 'query', 'orgId') },
      schema: { tags, querystring: SummaryDocQuery, response: binary, summary: 'Báo cáo tổng hợp kết quả xếp loại, PDF hoặc DOCX / The commune’s summary' },
    },
    async (req, reply) => {
      const doc = await renderSummaryDocument(app.db, req.query.orgId, req.query.year, req.query.format ?? 'pdf');
      return reply.header('content-type', doc.mime).header('content-disposition', `attachment; filename="${doc.filename}"`).send(doc.body);
    },
  );
  app.get<{ Params: IdParams }>(
    '/api/reviews/:id',
    {
      config: { permission: act('oversight.read', 'review') },
      schema: { tags, params: IdParams, response: one, summary: 'Một bản kiểm điểm với số liệu của năm / One review with the year’s facts' },
    },
    async (req) => service.getReview(app.db, req.params.id),
  );
  app.post<{ Params: IdParams; Body: SelfBody }>(
    '/api/reviews/:id/self',
    {
      config: { permission: act('oversight.respond', 'review') },
      schema: { tags, params: IdParams, body: SelfBody, response: one, summary: 'Tự kiểm điểm, tự xếp loại / The self-review' },
    },
    async (req) => service.selfReview(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: IdParams; Body: ProposalBody }>(
    '/api/reviews/:id/proposal',
    {
      config: { permission: act('oversight.respond', 'review') },
      schema: { tags, params: IdParams, body: ProposalBody, response: one, summary: 'Nhận xét và đề xuất mức xếp loại của chi bộ / The cell’s comments and proposed level' },
    },
    async (req) => service.propose(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: IdParams; Body: DecisionBody }>(
    '/api/reviews/:id/decision',
    {
      config: { permission: act('oversight.manage', 'review') },
      schema: { tags, params: IdParams, body: DecisionBody, response: one, summary: 'Quyết định xếp loại của Đảng ủy / The committee’s decision' },
    },
    async (req) => service.decide(app.db, principalOf(req), req.params.id, req.body),
  );
  app.get<{ Params: IdParams; Querystring: DocQuery }>(
    '/api/reviews/:id/document',
    {
      config: { permission: act('oversight.read', 'review') },
      schema: { tags, params: IdParams, querystring: DocQuery, response: binary, summary: 'Bản kiểm điểm / báo cáo kiểm điểm, PDF hoặc DOCX / The review form' },
    },
    async (req, reply) => {
      const doc = await renderReviewDocument(app.db, req.params.id, req.query.format ?? 'pdf');
      return reply.header('content-type', doc.mime).header('content-disposition', `attachment; filename="${doc.filename}"`).send(doc.body);
    },
  );
  app.get<{ Params: IdParams }>(
    '/api/orgs/:id/review-settings',
    {
      config: { permission: act('oversight.read', 'org') },
      schema: { tags, params: IdParams, response: { 200: Settings, ...errors }, summary: 'Tỷ lệ "xuất sắc" tối đa / The quota of "excellent"' },
    },
    async (req) => service.getSettings(app.db, req.params.id),
  );
  app.put<{ Params: IdParams; Body: SettingsBody }>(
    '/api/orgs/:id/review-settings',
    {
      config: { permission: act('oversight.manage', 'org') },
      schema: { tags, params: IdParams, body: SettingsBody, response: { 200: Settings, ...errors }, summary: 'Đặt tỷ lệ "xuất sắc" tối đa / Set the quota' },
    },
    async (req) => service.saveSettings(app.db, principalOf(req), req.params.id, req.body.excellentQuotaPercent),
  );
}
