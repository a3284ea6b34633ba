import type { FastifyInstance } from 'fastify';
import { LOGIN, act, principalOf } from '../../http';
import { errors } from '../../schemas';
import * as service from './service';
import { Dashboard, DashboardQuery, MemberHome, RulesMembers, RulesMembersQuery, TrendQuery, Trends } from './schemas';

export async function dashboardRoutes(app: FastifyInstance) {
  const tags = ['dashboard'];
  app.get<{ Querystring: DashboardQuery }>(
    '/api/dashboard',
    {
      config: { permission: act('report.read', 'org', 'query', 'orgId') },
      schema: {
        tags,
        summary: 'Tình hình sinh hoạt trong tháng của từng chi bộ / A unit’s month at a glance, every cell (members under warning counted per cell; /api/dashboard/members names them)',
        querystring: DashboardQuery, response: { 200: Dashboard, ...errors },
      },
    },
    async (req) => service.dashboard(app.db, req.query.orgId, req.query.month),
  );
  app.get<{ Querystring: RulesMembersQuery }>(
    '/api/dashboard/members',
    {
      config: { permission: act('report.read', 'org', 'query', 'orgId') },
      schema: {
        tags,
        summary: 'Đảng viên vắng sinh hoạt hoặc chưa đóng đảng phí từ 2 tháng trong năm (từng trang) / The members behind the warning figures, a page at a time',
        querystring: RulesMembersQuery, response: { 200: RulesMembers, ...errors },
      },
    },
    async (req) => service.rulesMembers(app.db, req.query.orgId, req.query.month, req.query.topic ?? 'all', req.query.offset ?? 0, req.query.limit ?? 50),
  );
  app.get<{ Querystring: TrendQuery }>(
    '/api/dashboard/trends',
    {
      config: { permission: act('report.read', 'org', 'query', 'orgId') },
      schema: {
        tags, summary: 'Xu hướng 12 hoặc 36 tháng: tỷ lệ dự họp, chất lượng, tính đều đặn / Trends over 12 or 36 months',
        querystring: TrendQuery, response: { 200: Trends, ...errors },
      },
    },
    async (req) => service.trends(app.db, req.query.orgId, req.query.months ?? 12, req.query.to),
  );
  app.get(
    '/api/my/home',
    {
      config: { permission: LOGIN },
      schema: {
        tags, summary: 'Trang của đảng viên: buổi sinh hoạt tới, tài liệu cần đọc, chuyên cần và đảng phí của tôi / A member’s home',
        response: { 200: MemberHome, ...errors },
      },
    },
    async (req) => service.memberHome(app.db, principalOf(req).personId),
  );
}
