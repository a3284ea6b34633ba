import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import * as service from './service';
import { DueDayBody, FormQuery, MonthParams, MonthQuery, MonthView, ReportBody, ReportForm } from './schemas';

export async function monthlyReportRoutes(app: FastifyInstance) {
  const tags = ['monthly reports'];
  app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof MonthQuery> }>(
    '/api/orgs/:id/monthly-reports',
    {
      config: { permission: act('task.read', 'org') },
      schema: {
        tags, params: IdParams, querystring: MonthQuery, response: { 200: MonthView, ...errors },
        summary: 'Báo cáo tháng của chi bộ và đoàn thể: đã báo cáo, muộn, chưa báo cáo / Who reported for a month, late, missing',
      },
    },
    async (req) => service.monthView(app.db, req.params.id, req.query.month),
  );
  app.get<{ Params: Static<typeof MonthParams>; Querystring: Static<typeof FormQuery> }>(
    '/api/orgs/:id/monthly-reports/:month',
    {
      config: { permission: act('task.read', 'org') },
      schema: {
        tags, params: MonthParams, querystring: FormQuery, response: { 200: ReportForm, ...errors },
        summary: 'Báo cáo tháng của chi bộ (hoặc đoàn thể ?partnerId=): nhiệm vụ trong tháng và nội dung đã báo cáo / A unit’s report for a month',
      },
    },
    async (req) => service.reportForm(app.db, req.params.id, req.query.partnerId ?? null, req.params.month),
  );
  app.put<{ Params: Static<typeof MonthParams>; Body: Static<typeof ReportBody> }>(
    '/api/orgs/:id/monthly-reports/:month',
    {
      config: { permission: act('task.manage', 'org') },
      schema: {
        tags, params: MonthParams, body: ReportBody, response: { 200: ReportForm, ...errors },
        summary: 'Nộp hoặc sửa báo cáo tháng (bí thư nhập thay đoàn thể); kết quả từng nhiệm vụ thành tiến độ / Submit a month’s report',
      },
    },
    async (req) => service.submitReport(app.db, principalOf(req), req.params.id, req.params.month, req.body),
  );
  app.put<{ Params: Static<typeof IdParams>; Body: Static<typeof DueDayBody> }>(
    '/api/orgs/:id/report-settings',
    {
      config: { permission: act('task.manage', 'org') },
      schema: {
        tags, params: IdParams, body: DueDayBody, response: { 200: DueDayBody, ...errors },
        summary: 'Ngày hạn báo cáo tháng của đơn vị (null: trước ngày sinh hoạt 2 ngày) / The unit’s report due day',
      },
    },
    async (req) => service.setDueDay(app.db, principalOf(req), req.params.id, req.body.dueDay),
  );
}
