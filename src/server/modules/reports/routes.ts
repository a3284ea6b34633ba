import type { FastifyInstance } from 'fastify';
import { act, principalOf } from '../../http';
import { errors } from '../../schemas';
import { MIME } from '../../documents/index';
import { IssueBody, ReportQuery, ReportState, SaveNarrativeBody } from './schemas';
import { filename, renderReportDocx, renderReportPdf, renderXlsx } from './render';
import { issueReport, reportDoc, reportState, saveNarrative } from './register';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function reportRoutes(app: FastifyInstance) {
  const tags = ['reports'];
  const formats = [
    { ext: 'xlsx', mime: XLSX, render: renderXlsx, what: 'XLSX, một trang tính cho mỗi bảng / XLSX, one sheet per table' },
    { ext: 'pdf', mime: MIME.pdf, render: renderReportPdf, what: 'PDF theo thể thức văn bản của Đảng / party-format PDF' },
    { ext: 'docx', mime: MIME.docx, render: renderReportDocx, what: 'DOCX / DOCX' },
  ] as const;
  for (const f of formats) {
    app.get<{ Querystring: ReportQuery }>(
      `/api/reports/party-building.${f.ext}`,
      {
        config: { permission: act('report.read', 'org', 'query', 'orgId') },
        schema: {
          tags,
          summary: `Báo cáo công tác xây dựng Đảng (tháng, quý, 6 tháng, năm) — ${f.what}`,
          description: 'A draft is computed by the same query layer as GET /api/dashboard, so the report and the dashboard never ' +
            'disagree, with the narrative’s last version; an issued report is rendered as issued (its number, the figures of its issue date).',
          querystring: ReportQuery,
          response: { 200: { type: 'string', format: 'binary', description: f.mime }, ...errors },
        },
      },
      async (req, reply) => {
        const d = await reportDoc(app.db, req.query.orgId, req.query.period);
        const bytes = await f.render(d);
        return reply
          .header('content-type', f.mime)
          .header('content-disposition', `attachment; filename="${filename(d.model, f.ext)}"`)
          .send(bytes);
      },
    );
  }
  app.get<{ Querystring: ReportQuery }>(
    '/api/reports/party-building',
    {
      config: { permission: act('report.read', 'org', 'query', 'orgId') },
      schema: {
        tags, summary: 'Báo cáo trong sổ: dự thảo hay đã ban hành, số, phần nhận định và các phiên bản / A report’s state, number, narrative and versions',
        querystring: ReportQuery, response: { 200: ReportState, ...errors },
      },
    },
    async (req) => reportState(app.db, req.query.orgId, req.query.period),
  );
  app.put<{ Body: SaveNarrativeBody }>(
    '/api/reports/party-building/narrative',
    {
      config: { permission: act('report.manage', 'org', 'body', 'orgId') },
      schema: {
        tags, summary: 'Lưu phần nhận định của báo cáo (một phiên bản mới) / Save the report’s narrative as a new version',
        body: SaveNarrativeBody, response: { 200: ReportState, ...errors },
      },
    },
    async (req) => saveNarrative(app.db, principalOf(req), req.body),
  );
  app.post<{ Body: IssueBody }>(
    '/api/reports/party-building/issue',
    {
      config: { permission: act('report.manage', 'org', 'body', 'orgId') },
      schema: {
        tags, summary: 'Ban hành báo cáo: cấp số, giữ nguyên số liệu ngày ban hành / Issue the report: number it, keep its figures',
        body: IssueBody, response: { 200: ReportState, ...errors },
      },
    },
    async (req) => issueReport(app.db, principalOf(req), req.body),
  );
}
