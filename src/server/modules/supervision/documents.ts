// The party-format documents of an inspection or supervision item (layout per HD 36-HD/VPTW 2018, rendered by
// src/server/documents): the decision with its plan, and the notice of the conclusion. The national forms of
// QĐ 296-QĐ/TW were not available word for word: the wording follows the common commune practice and is
// documented in docs/nam-cong-tac-dang-uy.md.
import type { Queryable } from '../../db/index';
import { Conflict, NotFound } from '../../errors';
import { formatDateVi, formatPlaceDateLine } from '../../../domain/dates';
import { MIME } from '../../documents/index';
import { renderPdf } from '../../documents/pdf';
import { renderDocx } from '../../documents/docx';
import { p, type Layout, type Para } from '../../documents/layout';
import * as Q from './queries';
import { subjectName } from './presenters';

const upper = (s: string) => s.toLocaleUpperCase('vi');
const pad = (n: number) => String(n).padStart(2, '0');
const lines = (s: string | null) => (s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const body = (text: string, extra: Partial<Para> = {}): Para => ({ runs: [{ text }], align: 'justify', indent: true, ...extra });
/** "Điều 1. …" with the article's number in bold. */
const article = (n: number, text: string): Para => ({ runs: [{ text: `Điều ${n}. `, bold: true }, { text }], align: 'justify', indent: true });
const heading = (text: string): Para => p(text, { bold: true, indent: true, spaceBefore: 6, keepWithNext: true });
const sentence = (s: string) => (/[.!?…”")]$/u.test(s.trim()) ? s.trim() : `${s.trim()}.`);

const TITLES: Record<string, string> = {
  commune_secretary: 'Bí thư Đảng ủy', commune_deputy: 'Phó Bí thư Đảng ủy', standing_committee: 'Ủy viên Ban Thường vụ Đảng ủy',
  committee_member: 'Đảng ủy viên',
};
const RANK = ['commune_secretary', 'commune_deputy', 'standing_committee', 'committee_member'];

/** "Đảng bộ xã Thanh Minh" issues as "Đảng ủy xã Thanh Minh". */
const committeeName = (orgName: string) => orgName.replace(/^Đảng bộ/u, 'Đảng ủy');

type Ctx = { r: Q.ItemRow; titles: Map<string, string>; signer: { name: string; title: string } };

async function context(q: Queryable, id: string, date: string): Promise<Ctx> {
  const r = await Q.itemById(q, id);
  if (!r) throw NotFound('supervision_not_found');
  const rows = await Q.committeeTitles(q, r.org_id, date);
  const titles = new Map<string, string>();
  for (const t of RANK) for (const x of rows.filter((y) => y.title === t)) if (!titles.has(x.person_id)) titles.set(x.person_id, TITLES[t]);
  const sec = rows.find((x) => x.title === 'commune_secretary') ?? rows.find((x) => x.title === 'commune_deputy');
  return { r, titles, signer: { name: sec?.full_name ?? '', title: sec?.title === 'commune_deputy' ? 'PHÓ BÍ THƯ' : 'BÍ THƯ' } };
}

function frame(c: Ctx, number: string, date: string, docType: string, title: string[], out: Para[], recipients: string[]): Layout {
  const issuer = committeeName(c.r.org_name);
  return {
    meta: { title: `${docType} ${title.join(' ')}`, subject: c.r.content, author: issuer, date },
    draft: false,
    header: {
      parentName: upper(c.r.org_parent_name ?? ''), unitName: upper(issuer), number,
      placeDate: formatPlaceDateLine((c.r.org_place ?? '').trim(), date),
    },
    docType,
    titleLines: title.map((t) => p(t, { bold: true, align: 'center' })),
    body: out,
    footer: {
      left: [p('Nơi nhận:', { underline: true, keepWithNext: true }), ...recipients.map((x) => p(`- ${x},`, { size: 'small' })),
        p('- Lưu Văn phòng Đảng ủy.', { size: 'small' })],
      right: [
        p(`T/M ${upper(issuer.replace(/^Đảng ủy.*/u, 'Đảng ủy'))}`, { bold: true, align: 'center', keepWithNext: true }),
        p(c.signer.title, { bold: true, align: 'center', keepWithNext: true }),
        p('(Ký, ghi rõ họ tên)', { italics: true, align: 'center', keepWithNext: true }),
        p(c.signer.name, { bold: true, align: 'center', spaceBefore: 64 }),
      ],
    },
  };
}

const what = (r: Q.ItemRow) => (r.kind === 'inspection' ? 'kiểm tra' : 'giám sát chuyên đề');
const subjectPhrase = (r: Q.ItemRow) =>
  r.subject_kind === 'member' ? `đồng chí ${r.subject_person_name}, đảng viên ${r.subject_org_name}` : subjectName(r);

export function composeDecision(c: Ctx): Layout {
  const r = c.r;
  const issuer = committeeName(r.org_name);
  const team = r.team.map((m, i) => {
    const role = m.personId === r.lead_person_id ? 'Trưởng đoàn' : 'Thành viên';
    const title = c.titles.get(m.personId);
    return body(`${i + 1}. Đồng chí ${m.name}${title ? `, ${title}` : ''} — ${role}.`);
  });
  const out: Para[] = [
    body('- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;', { indent: true }),
    body('- Căn cứ Quy định số 296-QĐ/TW của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng;'),
    body(`- Căn cứ Chương trình kiểm tra, giám sát năm ${r.year} của ${issuer};`),
    p(`${upper(issuer.replace(/^Đảng ủy.*/u, 'Đảng ủy'))} QUYẾT ĐỊNH`, { bold: true, align: 'center', spaceBefore: 8, keepWithNext: true }),
    article(1, `${what(r) === 'kiểm tra' ? 'Kiểm tra' : 'Giám sát chuyên đề'} đối với ${subjectPhrase(r)}.`),
    body(`Nội dung: ${sentence(r.content)}`),
    body(`Thời gian: từ ngày ${formatDateVi(r.period_from)} đến ngày ${formatDateVi(r.period_to)}.`),
    article(2, `Thành lập Đoàn ${what(r)} gồm các đồng chí:`),
    ...(team.length ? team : [body('(Chưa có thành viên.)')]),
    article(3, 'Kế hoạch:'),
    ...lines(r.plan).map((l) => body(l)),
    article(4, `Đoàn ${what(r)}, ${subjectPhrase(r)} và các đồng chí có tên tại Điều 2 chịu trách nhiệm thi hành Quyết định này.`),
  ];
  const title = [`về việc ${what(r)} đối với ${subjectPhrase(r)}`];
  return frame(c, `Số ${pad(r.decision_no!)}-QĐ/ĐU`, r.decision_date!, 'QUYẾT ĐỊNH', title, out,
    [`Như Điều 4`, 'Các đồng chí Đảng ủy viên']);
}

export function composeNotice(c: Ctx, remedies: Q.RemedyRow[]): Layout {
  const r = c.r;
  const issuer = committeeName(r.org_name);
  const out: Para[] = [
    body(`Thực hiện Quyết định số ${pad(r.decision_no!)}-QĐ/ĐU ngày ${formatDateVi(r.decision_date!)} của ${issuer} về việc ${what(r)} ` +
      `đối với ${subjectPhrase(r)}, từ ngày ${formatDateVi(r.period_from)} đến ngày ${formatDateVi(r.period_to)}, Đoàn ${what(r)} ` +
      `đã tiến hành ${what(r)}. Trên cơ sở báo cáo của ${subjectPhrase(r)} và kết quả ${what(r)} của Đoàn, ${issuer} kết luận như sau:`),
    heading('1. Ưu điểm'),
    ...lines(r.conclusion_strengths).map((l) => body(l)),
    heading('2. Hạn chế, khuyết điểm'),
    ...(lines(r.conclusion_shortcomings).length ? lines(r.conclusion_shortcomings).map((l) => body(l)) : [body('Không có.')]),
    heading('3. Yêu cầu, kiến nghị'),
    ...lines(r.conclusion_requests).map((l) => body(l)),
    ...(remedies.length
      ? [body(`${subjectPhrase(r)} khắc phục những hạn chế, khuyết điểm nêu trên, cụ thể:`),
        ...remedies.map((x, i) => body(`${i + 1}) ${sentence(x.content).replace(/\.$/u, '')}; người chịu trách nhiệm: ${x.owner_name}; ` +
          `thời hạn: ${formatDateVi(x.due_on)}.`)),
        body(`Kết quả khắc phục báo cáo ${issuer} (qua Ủy ban Kiểm tra) đúng thời hạn để xác minh.`)]
      : []),
  ];
  const title = [`kết luận ${what(r)} đối với ${subjectPhrase(r)}`];
  return frame(c, `Số ${pad(r.notice_no!)}-TB/ĐU`, r.notice_date!, 'THÔNG BÁO', title, out,
    [subjectPhrase(r), 'Các đồng chí Đảng ủy viên', 'Ủy ban Kiểm tra Đảng ủy']);
}

export async function renderItemDocument(q: Queryable, id: string, doc: 'decision' | 'notice', format: 'pdf' | 'docx') {
  const r = await Q.itemById(q, id);
  if (!r) throw NotFound('supervision_not_found');
  const date = doc === 'decision' ? r.decision_date : r.notice_date;
  if (!date) throw Conflict('supervision_no_document');
  const c = await context(q, id, date);
  const layout = doc === 'decision' ? composeDecision(c) : composeNotice(c, await Q.remediesOf(q, [id]));
  const bodyBytes = format === 'pdf' ? await renderPdf(layout) : await renderDocx(layout);
  const no = doc === 'decision' ? `${pad(r.decision_no!)}-QD` : `${pad(r.notice_no!)}-TB`;
  return { body: bodyBytes, mime: MIME[format], filename: `${no}-${r.year}.${format}` };
}

