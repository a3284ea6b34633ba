import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { act, LOGIN, principalOf } from '../../http';
import { AppError, Invalid } from '../../errors';
import { errors, IdParams } from '../../schemas';
import * as service from './service';
import { CellDocs, CellMembers, Coverage, DisseminationBody, DocDetail, DocList, DocOrgParams, MyDocs, ReadBody, RecordBody, SearchQuery } from './schemas';

/** The multipart upload: the fields first, then the file (field "file"); multipart's own errors as messages people can act on. */
async function upload(req: FastifyRequest) {
  try {
    const file = await req.file({ limits: { fileSize: service.MAX_FILE_MB * 1024 * 1024, files: 1 } });
    if (!file) throw Invalid('document_file_missing');
    const data = await file.toBuffer();
    if (!data.length) throw Invalid('document_file_missing');
    const field = (k: string) => {
      const f = file.fields[k] as { value?: unknown } | undefined;
      return typeof f?.value === 'string' ? f.value : '';
    };
    return {
      file: { name: file.filename, data },
      input: { number: field('number'), docType: field('docType'), issuer: field('issuer'), issuedOn: field('issuedOn'), subject: field('subject'),
        disseminateBy: field('disseminateBy') || null },
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw service.tooLarge();
    if (code && code.startsWith('FST_')) throw Invalid('document_file_missing');
    throw err;
  }
}

export async function directiveRoutes(app: FastifyInstance) {
  const tags = ['directives'];
  app.get<{ Querystring: Static<typeof SearchQuery> }>(
    '/api/documents',
    {
      config: { permission: LOGIN },
      schema: {
        tags, querystring: SearchQuery, response: { 200: DocList, ...errors },
        summary: 'Thư viện văn bản cấp trên và của xã (tìm không dấu) / The documents library, searched without diacritics',
      },
    },
    async (req) => service.listDocuments(app.db, principalOf(req), req.query.q ?? ''),
  );
  app.post<{ Params: Static<typeof IdParams> }>(
    '/api/orgs/:id/documents',
    {
      config: { permission: act('org.manage', 'org') },
      schema: {
        tags, params: IdParams,
        summary: 'Thêm văn bản (PDF/DOCX, lưu kèm SHA-256) / Add a document (PDF or DOCX, stored with its SHA-256)',
        body: {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object', nullable: true, required: ['file'],
                properties: {
                  number: { type: 'string', maxLength: 100 }, docType: { type: 'string', enum: [...service.DOC_TYPES] },
                  issuer: { type: 'string', maxLength: 200 }, issuedOn: { type: 'string', format: 'date', maxLength: 10 },
                  subject: { type: 'string', maxLength: 1000 }, disseminateBy: { type: 'string', format: 'date', maxLength: 10 },
                  file: { type: 'string', format: 'binary', description: 'PDF or DOCX, at most 10 MB; sent after the other fields' },
                },
              },
            },
          },
        },
        response: { 201: DocDetail, ...errors, 413: errors[400] },
      },
    },
    async (req, reply) => {
      const { file, input } = await upload(req);
      reply.status(201);
      return service.createDocument(app.db, principalOf(req), req.params.id, input, file);
    },
  );
  app.get<{ Params: Static<typeof IdParams> }>(
    '/api/documents/:id',
    { config: { permission: LOGIN }, schema: { tags, params: IdParams, response: { 200: DocDetail, ...errors }, summary: 'Một văn bản / A document' } },
    async (req) => service.documentDetail(app.db, principalOf(req), req.params.id),
  );
  app.get<{ Params: Static<typeof IdParams> }>(
    '/api/documents/:id/file',
    {
      config: { permission: LOGIN },
      schema: { tags, params: IdParams, summary: 'Tệp văn bản (kèm SHA-256 trong ETag) / The document’s file (its SHA-256 as ETag)' },
    },
    async (req, reply) => {
      const f = await service.documentFile(app.db, principalOf(req), req.params.id);
      const type = f.file_type === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      return reply.type(type).header('etag', `"${f.file_sha256}"`)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.file_name)}`).send(f.data);
    },
  );
  app.put<{ Params: Static<typeof DocOrgParams>; Body: Static<typeof DisseminationBody> }>(
    '/api/orgs/:id/documents/:documentId/dissemination',
    {
      config: { permission: act('org.manage', 'org') },
      schema: {
        tags, params: DocOrgParams, body: DisseminationBody, response: { 200: DocDetail, ...errors },
        summary: 'Giao quán triệt văn bản cho tất cả (hoặc một số) chi bộ trước một ngày / Mark a document to disseminate by a date',
      },
    },
    async (req) => service.setDissemination(app.db, principalOf(req), req.params.id, req.params.documentId, req.body),
  );
  app.get<{ Params: Static<typeof IdParams> }>(
    '/api/documents/:id/coverage',
    {
      config: { permission: LOGIN },
      schema: {
        tags, params: IdParams, response: { 200: Coverage, ...errors },
        summary: 'Kết quả quán triệt theo chi bộ (buổi sinh hoạt nào, bao nhiêu đảng viên) / Coverage per cell',
      },
    },
    async (req) => service.documentCoverage(app.db, principalOf(req), req.params.id),
  );
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof RecordBody> }>(
    '/api/orgs/:id/disseminations',
    {
      config: { permission: act('meeting.manage', 'org') },
      schema: {
        tags, params: IdParams, body: RecordBody, response: { 200: CellMembers, ...errors },
        summary: 'Chi bộ ghi đã quán triệt văn bản tại một buổi sinh hoạt / A cell records the dissemination at one of its meetings',
      },
    },
    async (req) => service.recordDissemination(app.db, principalOf(req), req.params.id, req.body),
  );
  app.get<{ Params: Static<typeof IdParams> }>(
    '/api/orgs/:id/disseminations',
    {
      config: { permission: act('meeting.read', 'org') },
      schema: {
        tags, params: IdParams, response: { 200: CellDocs, ...errors },
        summary: 'Văn bản chi bộ phải quán triệt: đã quán triệt tại buổi nào, bao nhiêu đảng viên đã nắm / What a cell is to disseminate',
      },
    },
    async (req) => service.cellDocuments(app.db, principalOf(req), req.params.id),
  );
  app.get<{ Params: Static<typeof DocOrgParams> }>(
    '/api/orgs/:id/documents/:documentId/members',
    {
      config: { permission: act('meeting.read', 'org') },
      schema: {
        tags, params: DocOrgParams, response: { 200: CellMembers, ...errors },
        summary: 'Đảng viên của chi bộ đã nắm văn bản chưa (dự họp hay tự đọc) / Which members took the document in',
      },
    },
    async (req) => service.cellMembersFor(app.db, principalOf(req), req.params.id, req.params.documentId),
  );
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof ReadBody> }>(
    '/api/orgs/:id/document-reads',
    {
      config: { permission: act('meeting.manage', 'org') },
      schema: {
        tags, params: IdParams, body: ReadBody, response: { 200: CellMembers, ...errors },
        summary: 'Bí thư ghi nhận đảng viên vắng đã đọc văn bản / The secretary records that an absent member read it',
      },
    },
    async (req) => service.recordRead(app.db, principalOf(req), req.body.documentId, req.body.personId, 'secretary', req.params.id),
  );
  app.get(
    '/api/my/documents',
    {
      config: { permission: LOGIN },
      schema: { tags, response: { 200: MyDocs, ...errors }, summary: 'Văn bản tôi còn phải nắm / Documents I still have to take in' },
    },
    async (req) => service.myDocuments(app.db, principalOf(req)),
  );
  app.post<{ Params: Static<typeof IdParams> }>(
    '/api/documents/:id/read',
    {
      config: { permission: LOGIN },
      schema: { tags, params: IdParams, response: { 200: MyDocs, ...errors }, summary: 'Tôi xác nhận đã đọc văn bản / I confirm I have read it' },
    },
    async (req) => service.confirmRead(app.db, principalOf(req), req.params.id),
  );
}
