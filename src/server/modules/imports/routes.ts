import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LOGIN, act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { AppError, Invalid } from '../../errors';
import { XLSX_TYPE, buildTemplate, contentDisposition } from './xlsx';
import { importMembers } from './import';
import { exportMembers } from './export';
import { ExportQuery, ImportQuery, ImportReport } from './schemas';

const MAX_MB = 5;

const Binary = (description: string) => ({
  description,
  content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
});

/** The uploaded file, with multipart's own errors turned into messages people can act on. */
async function uploadedFile(req: FastifyRequest): Promise<Buffer> {
  try {
    const file = await req.file();
    if (!file) throw Invalid('import_file_invalid');
    const buffer = await file.toBuffer();
    if (!buffer.length) throw Invalid('import_file_invalid');
    return buffer;
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'import_file_too_large', 'import_file_too_large', { max: MAX_MB });
    if (code && code.startsWith('FST_')) throw Invalid('import_file_invalid');
    throw err;
  }
}

export async function importRoutes(app: FastifyInstance) {
  const tags = ['members'];

  app.get(
    '/api/import/members-template.xlsx',
    {
      config: { permission: LOGIN },
      schema: {
        tags,
        summary: 'Tệp mẫu nhập danh sách đảng viên / Member import template (XLSX)',
        response: { 200: Binary('Sheet "Đảng viên" with the headers; sheet "Hướng dẫn" with instructions and an example'), ...errors },
      },
    },
    async (_req, reply) => {
      const buffer = await buildTemplate();
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', contentDisposition('mau-nhap-dang-vien.xlsx'))
        .header('cache-control', 'no-store')
        .send(buffer);
    },
  );

  app.post<{ Params: IdParams; Querystring: ImportQuery }>(
    '/api/orgs/:id/members/import',
    {
      config: { permission: act('member.manage', 'org') },
      schema: {
        tags,
        summary:
          'Nhập đảng viên từ tệp XLSX vào chi bộ (xem trước, báo lỗi từng dòng; có dòng lỗi thì không ghi gì) / ' +
          'Import members from XLSX into a cell (preview, row-by-row errors; any bad row and nothing is written)',
        params: IdParams,
        querystring: ImportQuery,
        // Documented for OpenAPI. The file is read from the multipart stream, so the parsed body is empty
        // (null to the validator): nullable lets it through.
        body: {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object', nullable: true, required: ['file'], maxProperties: 1,
                properties: { file: { type: 'string', format: 'binary', description: 'the .xlsx file (field "file")' } },
              },
            },
          },
        },
        response: { 200: ImportReport, ...errors, 413: errors[400] },
      },
    },
    async (req) => {
      const buffer = await uploadedFile(req);
      return importMembers(app.db, principalOf(req), req.params.id, buffer, {
        dryRun: req.query.dryRun !== false,
        locale: req.locale,
      });
    },
  );

  app.get<{ Params: IdParams; Querystring: ExportQuery }>(
    '/api/orgs/:id/members.xlsx',
    {
      config: { permission: act('member.read', 'org') },
      schema: {
        tags,
        summary: 'Xuất danh sách đảng viên (cả cấp dưới) ra XLSX / Export the members of a unit and its subtree to XLSX',
        params: IdParams,
        querystring: ExportQuery,
        response: { 200: Binary('The template’s columns plus Chi bộ, Trạng thái, Chức vụ; reads back through import'), ...errors },
      },
    },
    async (req, reply) => {
      const out = await exportMembers(app.db, req.params.id, req.query.includeFormer ?? false);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', contentDisposition(out.fileName, out.unicodeName))
        .header('cache-control', 'no-store')
        .send(out.buffer);
    },
  );
}
