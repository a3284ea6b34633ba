import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import QRCode from 'qrcode';
import { LOGIN, act, principalOf } from '../../http';
import { errors } from '../../schemas';
import * as session from './session';
import * as minutes from './minutes';
import * as scoring from './scoring';
import * as units from './scoring-units';
import {
  AttendanceBody, CheckinBody, CheckinResult, CheckinToken, ConfirmBody, CorrectionBody, DocQuery, DuesBody, DuesList, MeetingChildParams, MeetingDetail, MeetingParams,
  ResolutionBody, SchemeBody, SchemeChoiceBody, SchemeList, SchemeRecord, UnitSchemeBody, UnitSchemes, ScoreBody, SpeechBody, SpeechPatch, VoidBody, VoidParams, VoteBody,
} from './schemas';

/** Routes used during and after the meeting: roll call, speeches, votes, dues, score, approval, documents. */
export async function sessionRoutes(app: FastifyInstance) {
  const tags = ['meetings'];
  const ok = { 200: MeetingDetail, ...errors };
  const manage = act('meeting.manage', 'meeting');

  const PersonParams = MeetingChildParams('personId');
  app.put<{ Params: { id: string; personId: string }; Body: Static<typeof AttendanceBody> }>(
    '/api/meetings/:id/attendance/:personId',
    {
      config: { permission: manage },
      schema: {
        tags, summary: 'Điểm danh một người được triệu tập / Roll call of one summoned person (refused for anyone not invited)',
        params: PersonParams, body: AttendanceBody, response: ok,
      },
    },
    async (req) => session.rollCall(app.db, principalOf(req), req.params.id, req.params.personId, req.body),
  );
  app.post<{ Params: Static<typeof MeetingParams> }>(
    '/api/meetings/:id/attendance/all-present',
    {
      config: { permission: manage },
      schema: {
        tags,
        summary: 'Mọi người có mặt / Everyone present: marks every summoned member and member in charge not yet marked as present',
        params: MeetingParams, response: ok,
      },
    },
    async (req) => session.rollCallAllPresent(app.db, principalOf(req), req.params.id),
  );
  const InvParams = MeetingChildParams('invitationId');
  app.put<{ Params: { id: string; invitationId: string }; Body: Static<typeof AttendanceBody> }>(
    '/api/meetings/:id/invitations/:invitationId/attendance',
    {
      config: { permission: manage },
      schema: { tags, summary: 'Điểm danh khách mời / Roll call of an invitation (guests)', params: InvParams, body: AttendanceBody, response: ok },
    },
    async (req) => session.rollCallInvitation(app.db, principalOf(req), req.params.id, req.params.invitationId, req.body),
  );
  app.post<{ Params: Static<typeof MeetingParams> }>(
    '/api/meetings/:id/checkin-token',
    {
      config: { permission: manage },
      schema: {
        tags, summary: 'Tạo mã QR để đảng viên tự điểm danh / New QR check-in code for the meeting', params: MeetingParams,
        response: {
          200: CheckinToken,
          ...errors,
        },
      },
    },
    async (req) => {
      const t = await session.newCheckinToken(app.db, principalOf(req), req.params.id);
      const url = `${req.protocol}://${req.host}${t.path}`;
      return { ...t, url, svg: await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) };
    },
  );
  app.post<{ Body: Static<typeof CheckinBody> }>(
    '/api/checkin',
    {
      config: { permission: LOGIN },
      schema: {
        tags, summary: 'Tự điểm danh bằng mã QR của buổi sinh hoạt / Check yourself in with the meeting’s QR code', body: CheckinBody,
        response: { 200: CheckinResult, ...errors },
      },
    },
    async (req) => session.checkin(app.db, principalOf(req), req.body.token),
  );

  app.post<{ Params: Static<typeof MeetingParams>; Body: Static<typeof SpeechBody> }>(
    '/api/meetings/:id/speeches',
    {
      config: { permission: manage },
      schema: { tags, summary: 'Ghi ý kiến phát biểu (tên người phát biểu, tóm tắt) / Record a speech', params: MeetingParams, body: SpeechBody, response: ok },
    },
    async (req) => session.addSpeech(app.db, principalOf(req), req.params.id, req.body),
  );
  const SpeechParams = MeetingChildParams('speechId');
  app.patch<{ Params: { id: string; speechId: string }; Body: Static<typeof SpeechPatch> }>(
    '/api/meetings/:id/speeches/:speechId',
    {
      config: { permission: manage },
      schema: { tags, summary: 'Sửa ý kiến phát biểu / Edit a speech', params: SpeechParams, body: SpeechPatch, response: ok },
    },
    async (req) => session.updateSpeech(app.db, principalOf(req), req.params.id, req.params.speechId, req.body),
  );
  app.delete<{ Params: { id: string; speechId: string } }>(
    '/api/meetings/:id/speeches/:speechId',
    {
      config: { permission: manage },
      schema: { tags, summary: 'Xóa ý kiến phát biểu / Delete a speech', params: SpeechParams, response: ok },
    },
    async (req) => session.deleteSpeech(app.db, principalOf(req), req.params.id, req.params.speechId),
  );

  app.post<{ Params: Static<typeof MeetingParams>; Body: Static<typeof VoteBody> }>(
    '/api/meetings/:id/votes',
    {
      config: { permission: manage },
      schema: {
        tags,
        summary: 'Ghi kết quả biểu quyết (kiểm tra số người được biểu quyết; thông qua khi quá nửa số đảng viên chính thức được triệu tập) / Record a vote',
        params: MeetingParams, body: VoteBody, response: ok,
      },
    },
    async (req) => session.addVote(app.db, principalOf(req), req.params.id, req.body),
  );
  const VoteParams = MeetingChildParams('voteId');
  app.delete<{ Params: { id: string; voteId: string } }>(
    '/api/meetings/:id/votes/:voteId',
    {
      config: { permission: manage },
      schema: { tags, summary: 'Xóa kết quả biểu quyết ghi nhầm / Delete a vote', params: VoteParams, response: ok },
    },
    async (req) => session.deleteVote(app.db, principalOf(req), req.params.id, req.params.voteId),
  );

  app.get<{ Params: Static<typeof MeetingParams> }>(
    '/api/meetings/:id/dues',
    {
      config: { permission: act('meeting.read', 'meeting') },
      schema: { tags, summary: 'Đảng phí thu tại buổi sinh hoạt / Party dues at the meeting', params: MeetingParams, response: { 200: DuesList, ...errors } },
    },
    async (req) => session.listDues(app.db, principalOf(req), req.params.id),
  );
  app.put<{ Params: { id: string; personId: string }; Body: Static<typeof DuesBody> }>(
    '/api/meetings/:id/dues/:personId',
    {
      config: { permission: manage },
      schema: {
        tags, summary: 'Ghi đảng phí đã nộp (mức phải nộp gợi ý theo đối tượng) / Record dues paid', params: PersonParams, body: DuesBody,
        response: { 200: DuesList, ...errors },
      },
    },
    async (req) => session.recordDues(app.db, principalOf(req), req.params.id, req.params.personId, req.body),
  );

  app.get(
    '/api/scoring-schemes',
    {
      config: { permission: LOGIN },
      schema: {
        tags, summary: 'Bộ tiêu chí chấm điểm chất lượng sinh hoạt / Scoring schemes (data, versioned, per meeting type)',
        response: { 200: SchemeList, ...errors },
      },
    },
    async () => scoring.listSchemes(app.db),
  );
  app.post<{ Body: Static<typeof SchemeBody> }>(
    '/api/scoring-schemes',
    {
      config: { permission: act('system.manage', 'global') },
      schema: {
        tags, summary: 'Thêm bộ tiêu chí hoặc phiên bản mới (cùng mã) / Add a scoring scheme or a new version of one', body: SchemeBody,
        response: { 201: SchemeRecord, ...errors },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return scoring.createScheme(app.db, principalOf(req), req.body);
    },
  );
  app.get<{ Params: Static<typeof MeetingParams> }>(
    '/api/orgs/:id/scoring-schemes',
    {
      config: { permission: act('meeting.read', 'org') },
      schema: {
        tags, summary: 'Bộ tiêu chí chấm điểm của đơn vị, các phiên bản, bộ áp dụng cho từng loại buổi sinh hoạt / A unit’s scoring schemes',
        params: MeetingParams, response: { 200: UnitSchemes, ...errors },
      },
    },
    async (req) => units.unitSchemes(app.db, principalOf(req), req.params.id),
  );
  app.post<{ Params: Static<typeof MeetingParams>; Body: Static<typeof UnitSchemeBody> }>(
    '/api/orgs/:id/scoring-schemes',
    {
      config: { permission: act('org.manage', 'org') },
      schema: {
        tags, summary: 'Đảng ủy lập bộ tiêu chí của đơn vị hoặc phiên bản mới (cùng mã); buổi đã chấm giữ phiên bản cũ / A unit’s scheme or a new version of it',
        params: MeetingParams, body: UnitSchemeBody, response: { 201: UnitSchemes, ...errors },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return units.saveUnitScheme(app.db, principalOf(req), req.params.id, req.body);
    },
  );
  app.put<{ Params: Static<typeof MeetingParams>; Body: Static<typeof SchemeChoiceBody> }>(
    '/api/orgs/:id/scoring-choice',
    {
      config: { permission: act('org.manage', 'org') },
      schema: {
        tags, summary: 'Chọn bộ tiêu chí cho từng loại buổi sinh hoạt (chi bộ trực thuộc kế thừa) / Choose the scheme of each meeting type',
        params: MeetingParams, body: SchemeChoiceBody, response: { 200: UnitSchemes, ...errors },
      },
    },
    async (req) => units.chooseUnitSchemes(app.db, principalOf(req), req.params.id, req.body),
  );
  app.put<{ Params: Static<typeof MeetingParams>; Body: Static<typeof ScoreBody> }>(
    '/api/meetings/:id/score',
    {
      config: { permission: manage },
      schema: { tags, summary: 'Chi bộ tự chấm điểm buổi sinh hoạt / The cell scores its meeting', params: MeetingParams, body: ScoreBody, response: ok },
    },
    async (req) => scoring.proposeScore(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: Static<typeof MeetingParams>; Body: Static<typeof ConfirmBody> }>(
    '/api/meetings/:id/score/confirm',
    {
      config: { permission: act('meeting.observe', 'meeting') },
      schema: {
        tags,
        summary: 'Đảng ủy viên phụ trách chi bộ đã dự buổi sinh hoạt xác nhận điểm; không ai dự thì lãnh đạo Đảng ủy xác nhận, ghi lý do; ' +
          'sau khi biên bản đã thông qua, xác nhận là phần bổ sung / The committee member in charge who attended confirms the score ' +
          '(a leader, with a reason, when none attended); after approval it is an addendum', params: MeetingParams,
        body: ConfirmBody, response: ok,
      },
    },
    async (req) => scoring.confirmScore(app.db, principalOf(req), req.params.id, req.body),
  );

  app.put<{ Params: Static<typeof MeetingParams>; Body: Static<typeof ResolutionBody> }>(
    '/api/meetings/:id/resolution',
    {
      config: { permission: manage },
      schema: {
        tags, summary: 'Nội dung nghị quyết: kết quả, hạn chế, nhiệm vụ, tổ chức thực hiện / The resolution’s parts', params: MeetingParams,
        body: ResolutionBody, response: ok,
      },
    },
    async (req) => minutes.updateResolution(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: Static<typeof MeetingParams> }>(
    '/api/meetings/:id/approve',
    {
      config: { permission: manage },
      schema: {
        tags, summary: 'Thông qua biên bản (cần chủ trì và thư ký; khóa biên bản, cấp số văn bản) / Approve the minutes (locks them, numbers the documents)',
        params: MeetingParams, response: ok,
      },
    },
    async (req) => minutes.approveMinutes(app.db, principalOf(req), req.params.id),
  );
  app.post<{ Params: Static<typeof MeetingParams>; Body: Static<typeof CorrectionBody> }>(
    '/api/meetings/:id/corrections',
    {
      config: { permission: manage },
      schema: {
        tags, summary: 'Lập bản điều chỉnh biên bản đã thông qua (ghi lý do; bản cũ giữ nguyên) / Start a correction of approved minutes',
        params: MeetingParams, body: CorrectionBody, response: ok,
      },
    },
    async (req) => minutes.startCorrection(app.db, principalOf(req), req.params.id, req.body.reason),
  );

  app.post<{ Params: { id: string; docType: 'BB' | 'NQ' }; Body: Static<typeof VoidBody> }>(
    '/api/meetings/:id/numbers/:docType/void',
    {
      config: { permission: manage },
      schema: {
        tags,
        summary: 'Hủy số đã cấp cho biên bản (BB) hoặc nghị quyết (NQ), ghi lý do; số đã hủy không bao giờ cấp lại, biên bản đã thông qua ' +
          'được mở để điều chỉnh và nhận số mới khi thông qua lại / Void an issued document number with a reason (never reused)',
        params: VoidParams, body: VoidBody, response: ok,
      },
    },
    async (req) => minutes.voidNumber(app.db, principalOf(req), req.params.id, req.params.docType, req.body.reason),
  );

  for (const [kind, file, summary] of [
    ['notice', 'notice.pdf', 'Thông báo sinh hoạt để in (PDF) / The meeting notice, printable'],
    ['signin', 'signin-sheet.pdf', 'Danh sách đảng viên dự họp có cột ký tên (PDF) / The sign-in sheet, a column to sign'],
  ] as const) {
    app.get<{ Params: Static<typeof MeetingParams> }>(
      `/api/meetings/:id/${file}`,
      {
        config: { permission: act('meeting.read', 'meeting') },
        schema: {
          tags, summary, params: MeetingParams,
          response: { 200: { type: 'string', format: 'binary', description: 'the document' }, ...errors },
        },
      },
      async (req, reply) => {
        const doc = await minutes.renderPaper(app.db, req.params.id, kind);
        return reply.header('content-type', doc.mime).header('content-disposition', `attachment; filename="${doc.filename}"`).send(doc.body);
      },
    );
  }

  for (const kind of ['minutes', 'resolution'] as const) {
    for (const format of ['pdf', 'docx'] as const) {
      app.get<{ Params: Static<typeof MeetingParams>; Querystring: Static<typeof DocQuery> }>(
        `/api/meetings/:id/${kind}.${format}`,
        {
          config: { permission: act('meeting.read', 'meeting') },
          schema: {
            tags,
            summary: `${kind === 'minutes' ? 'Biên bản' : 'Nghị quyết'} (${format.toUpperCase()}): bản đã thông qua, hoặc dự thảo / ` +
              `The ${kind} as ${format.toUpperCase()}: the approved version (or ?version=N), else a draft`,
            params: MeetingParams, querystring: DocQuery,
            // 503 render_busy (with Retry-After) when every document worker is busy and their queue is full.
            response: { 200: { type: 'string', format: 'binary', description: 'the document' }, ...errors, 503: errors[400] },
          },
        },
        async (req, reply) => {
          const doc = await minutes.renderDocument(app.db, principalOf(req), req.params.id, kind, format, req.query.version);
          // An approved version's file never changes: its seal names it (ETag), and it is rendered once (x-chibo-cache).
          if (doc.etag) reply.header('etag', `"${doc.etag}"`).header('x-chibo-cache', doc.cache ?? 'miss');
          return reply
            .header('content-type', doc.mime)
            .header('content-disposition', `attachment; filename="${doc.filename}"`)
            .send(doc.body);
        },
      );
    }
  }
}
