import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { act } from '../../http';
import { errors } from '../../schemas';
import { MIME } from '../../documents/index';
import * as service from './service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function reportRoutes(app: FastifyInstance) {
  const tags = ['reports'];
  const Query = Type.Object({
    orgId: Type.String({ format: 'uuid' }),
    period: Type.String({ pattern: '^\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$', maxLength: 7, description: 'YYYY-MM | YYYY-Qn | YYYY-H1 | YYYY-H2 | YYYY' }),
  });
  const formats = [
    { ext: 'xlsx', mime: XLSX, render: service.renderXlsx, what: 'XLSX, một trang tính cho mỗi bảng / XLSX, one sheet per table' },
    { ext: 'pdf', mime: MIME.pdf, render: service.renderReportPdf, what: 'PDF theo thể thức văn bản của Đảng (dự thảo) / party-format PDF (draft)' },
    { ext: 'docx', mime: MIME.docx, render: service.renderReportDocx, what: 'DOCX để văn phòng chỉnh sửa / DOCX for the office to edit' },
  ] as const;
  for (const f of formats) {
    app.get<{ Querystring: Static<typeof Query> }>(
      `/api/reports/party-building.${f.ext}`,
      {
        config: { permission: act('report.read', 'org', 'query', 'orgId') },
        schema: {
          tags,
          summary: `Báo cáo công tác xây dựng Đảng (tháng, quý, 6 tháng, năm) — ${f.what}`,
          description: 'Computed by the same query layer as GET /api/dashboard, so the report and the dashboard never disagree.',
          querystring: Query,
          response: { 200: { type: 'string', format: 'binary', description: f.mime }, ...errors },
        },
      },
      async (req, reply) => {
        const d = await service.reportData(app.db, req.query.orgId, req.query.period);
        const bytes = await f.render(d);
        return reply
          .header('content-type', f.mime)
          .header('content-disposition', `attachment; filename="${service.filename(d, f.ext)}"`)
          .send(bytes);
      },
    );
  }
}
