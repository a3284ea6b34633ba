// The review's party-format documents (layout per HD 36-HD/VPTW 2018, rendered by src/server/documents): a member's
// self-review form, a cell's (or cell committee's) review report — each with the cell's comments and proposal and
// the committee's decision — and the commune's summary of the year's levels. The national forms of HD 43-HD/BTCTW
// (Mẫu 01, 2A/2B/2C) were not available word for word: the headings follow their parts (self-assessment, comments,
// proposed and decided level) in common commune wording; docs/nam-cong-tac-dang-uy.md says so.
import type { Queryable } from '../../db/index';
import { NotFound } from '../../errors';
import { formatDateVi, formatPlaceDateLine, todayVn } from '../../../domain/dates';
import { REVIEW_LEVEL_LABELS, REVIEW_LEVELS, type ReviewLevel } from '../../../domain/year/review';
import { MIME } from '../../documents/index';
import { renderPdf } from '../../documents/pdf';
import { renderDocx } from '../../documents/docx';
import { p, type Layout, type Para } from '../../documents/layout';
import * as Q from './queries';
import { subjectName } from './presenters';
import { factsOf } from './facts';
import { getOrg } from '../orgs/service';
import type { Facts } from './schemas';

const upper = (s: string) => s.toLocaleUpperCase('vi');
const body = (text: string, extra: Partial<Para> = {}): Para => ({ runs: [{ text }], align: 'justify', indent: true, ...extra });
const field = (label: string, value: string): Para => ({ runs: [{ text: `${label}: `, bold: true }, { text: value }], align: 'justify', indent: true });
const heading = (text: string): Para => p(text, { bold: true, spaceBefore: 6, keepWithNext: true });
const lines = (s: string | null) => (s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const level = (l: ReviewLevel | null) => (l ? REVIEW_LEVEL_LABELS[l].vi : '(chưa có)');
const committeeName = (orgName: string) => orgName.replace(/^Đảng bộ/u, 'Đảng ủy');
const money = (n: number) => n.toLocaleString('vi-VN').replace(/,/g, '.');

async function holder(q: Queryable, orgId: string, titles: string[]) {
  return (await Q.holderOf(q, orgId, titles))?.full_name ?? '';
}

function factParas(r: Q.ReviewRow, f: Facts): Para[] {
  const m = f.meetings;
  const out: Para[] = [body(`Theo sổ sách của chi bộ trên chibo, từ ngày ${formatDateVi(f.from)} đến ngày ${formatDateVi(f.to)}:`)];
  if (r.subject_kind === 'member') {
    out.push(body(`- Dự sinh hoạt chi bộ: ${m.attended}/${m.held} buổi; vắng có lý do: ${m.excused}; vắng không có lý do: ${m.unexcused}.`));
    if (f.dues) out.push(body(`- Đóng đảng phí: ${f.dues.months} tháng, tổng số ${money(f.dues.amount)} đồng.`));
  } else {
    out.push(body(`- Số buổi sinh hoạt đã tổ chức: ${m.held}; lượt đảng viên có mặt: ${m.attended}; vắng có lý do: ${m.excused}; vắng không có lý do: ${m.unexcused}.`));
    const q = f.quality;
    out.push(body(`- Chất lượng các buổi sinh hoạt đã chấm: Tốt ${q.tot}, Khá ${q.kha}, Trung bình ${q.trung_binh}, Kém ${q.kem}.`));
  }
  out.push(body(`- Nhiệm vụ được giao: đã hoàn thành ${f.tasks.done}; quá hạn ${f.tasks.overdue}; đang thực hiện ${f.tasks.open}.`));
  if (r.subject_kind === 'member') {
    out.push(body(`- Học tập, bồi dưỡng: ${f.trainings.length ? f.trainings.map((t) => `${t.title} (${t.status === 'completed' ? 'hoàn thành' : t.status === 'absent' ? 'vắng' : t.status === 'attended' ? 'đã dự' : 'chưa hoàn thành'})`).join('; ') : 'không có'}.`));
  }
  out.push(body(`- Kiểm tra, giám sát trong năm: ${f.inspections.length ? f.inspections.map((i) => `${i.kind === 'inspection' ? 'kiểm tra' : 'giám sát'} "${i.content}"${i.shortcomings ? ` — hạn chế: ${i.shortcomings}` : ''}`).join('; ') : 'không có'}${f.remediesOpen ? `; còn ${f.remediesOpen} việc khắc phục chưa được xác minh` : ''}.`));
  return out;
}

async function reviewLayout(q: Queryable, r: Q.ReviewRow): Promise<Layout> {
  const f = await factsOf(q, r);
  const member = r.subject_kind === 'member';
  const date = r.decided_at ? new Date(r.decided_at).toISOString().slice(0, 10) : todayVn();
  const cellSecretary = await holder(q, r.subject_org_id, ['cell_secretary', 'cell_deputy']);
  const what = member ? 'ĐẢNG VIÊN' : r.subject_kind === 'cell_committee' ? 'CHI ỦY' : 'CHI BỘ';
  const out: Para[] = member
    ? [field('Họ và tên', r.subject_person_name ?? ''), field('Đơn vị sinh hoạt', r.subject_org_name),
      field('Đảng viên', r.standing === 'probationary' ? 'dự bị' : 'chính thức')]
    : [field('Tổ chức đảng', subjectName(r)), field('Trực thuộc', committeeName(r.org_name))];
  out.push(
    heading('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRONG NĂM'), ...factParas(r, f),
    heading(member ? 'II. TỰ KIỂM ĐIỂM, TỰ ĐÁNH GIÁ' : 'II. TỰ KIỂM ĐIỂM CỦA TẬP THỂ'),
    ...(lines(r.self_text).length ? lines(r.self_text).map((l) => body(l)) : [body('(Chưa tự kiểm điểm.)')]),
    body(`Tự chấm: ${r.self_score ?? '…'}/100 điểm. Tự xếp loại: ${level(r.self_level)}.`),
    heading(member ? 'III. NHẬN XÉT, ĐÁNH GIÁ CỦA CHI BỘ' : 'III. NHẬN XÉT, ĐÁNH GIÁ VÀ ĐỀ XUẤT'),
    ...(lines(r.comments).length ? lines(r.comments).map((l) => body(l)) : [body('(Chưa có.)')]),
    body(`Đề xuất xếp loại: ${level(r.proposed_level)}${r.proposed_score != null ? ` (${r.proposed_score}/100 điểm)` : ''}.`),
    ...(r.proposal_reason ? [body(`Lý do đề xuất vượt tỷ lệ: ${r.proposal_reason}`)] : []),
    heading(`IV. KẾT QUẢ XẾP LOẠI CỦA ${upper(committeeName(r.org_name))}`),
    body(`Xếp loại: ${level(r.decided_level)}${r.decided_at ? ` (ngày ${formatDateVi(date)})` : ''}.`),
    ...(r.decision_note ? [body(r.decision_note)] : []),
  );
  const title = member ? `BẢN TỰ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM ${r.year}`
    : `BÁO CÁO KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ${what} NĂM ${r.year}`;
  return {
    meta: { title, subject: subjectName(r), author: r.subject_org_name, date },
    draft: r.status !== 'decided',
    header: {
      parentName: upper(r.org_name), unitName: upper(r.subject_org_name), number: '',
      placeDate: formatPlaceDateLine((r.org_place ?? '').trim(), date),
    },
    docType: member ? 'BẢN TỰ KIỂM ĐIỂM' : 'BÁO CÁO',
    titleLines: [p(`đánh giá, xếp loại chất lượng ${member ? 'đảng viên' : what === 'CHI ỦY' ? 'chi ủy' : 'chi bộ'} năm ${r.year}`, { bold: true, align: 'center' })],
    body: out,
    footer: member
      ? {
        left: [p('T/M CHI BỘ', { bold: true, align: 'center' }), p('BÍ THƯ', { bold: true, align: 'center' }),
          p('(Ký, ghi rõ họ tên)', { italics: true, align: 'center' }), p(cellSecretary, { bold: true, align: 'center', spaceBefore: 64 })],
        right: [p('NGƯỜI TỰ KIỂM ĐIỂM', { bold: true, align: 'center' }), p('(Ký, ghi rõ họ tên)', { italics: true, align: 'center' }),
          p(r.subject_person_name ?? '', { bold: true, align: 'center', spaceBefore: 81 })],
      }
      : {
        left: [p('Nơi nhận:', { underline: true }), p(`- ${committeeName(r.org_name)},`, { size: 'small' }), p('- Lưu chi bộ.', { size: 'small' })],
        right: [p(`T/M ${what === 'CHI ỦY' ? 'CHI ỦY' : 'CHI BỘ'}`, { bold: true, align: 'center' }), p('BÍ THƯ', { bold: true, align: 'center' }),
          p('(Ký, ghi rõ họ tên)', { italics: true, align: 'center' }), p(cellSecretary, { bold: true, align: 'center', spaceBefore: 64 })],
      },
  };
}

export async function renderReviewDocument(q: Queryable, id: string, format: 'pdf' | 'docx') {
  const r = await Q.reviewById(q, id);
  if (!r) throw NotFound('review_not_found');
  const layout = await reviewLayout(q, r);
  const name = (r.subject_person_name ?? r.subject_org_name).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-');
  return { body: format === 'pdf' ? await renderPdf(layout) : await renderDocx(layout), mime: MIME[format], filename: `kiem-diem-${r.year}-${name}.${format}` };
}

/** The commune's summary of the year: how many of each level, members apart from party organisations, and who. */
export async function renderSummaryDocument(q: Queryable, orgId: string, year: number, format: 'pdf' | 'docx') {
  const org = await getOrg(q, orgId);
  const rows = await Q.reviewsUnder(q, org.path, year);
  const percent = await Q.quotaPercent(q, rows[0]?.org_id ?? org.id);
  const parent = await Q.parentAndPlace(q, org.id);
  const issuer = committeeName(org.name);
  const date = todayVn();
  const part = (members: boolean, label: string): Para[] => {
    const mine = rows.filter((r) => (r.subject_kind === 'member') === members);
    const out: Para[] = [heading(label), body(`Tổng số được đánh giá, xếp loại: ${mine.length}; đã có quyết định xếp loại: ${mine.filter((r) => r.decided_level).length}.`)];
    for (const l of REVIEW_LEVELS) {
      const who = mine.filter((r) => r.decided_level === l);
      const pct = mine.length ? Math.round((who.length * 1000) / mine.length) / 10 : 0;
      out.push(body(`- ${REVIEW_LEVEL_LABELS[l].vi}: ${who.length} (${String(pct).replace('.', ',')}%)${who.length && (l === 'excellent' || l === 'not_completed') ? `: ${who.map((r) => subjectName(r)).join('; ')}` : ''}.`));
    }
    const good = mine.filter((r) => r.decided_level === 'excellent' || r.decided_level === 'good').length;
    const exc = mine.filter((r) => r.decided_level === 'excellent').length;
    out.push(body(`Tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" so với số được xếp loại từ hoàn thành tốt nhiệm vụ trở lên: ${exc}/${good} (tối đa ${percent}%, theo cài đặt của Đảng ủy).`));
    const beyond = mine.filter((r) => r.decision_reason);
    if (beyond.length) out.push(body(`Xếp loại vượt tỷ lệ có lý do: ${beyond.map((r) => `${subjectName(r)} (${r.decision_reason})`).join('; ')}.`));
    return out;
  };
  const secretary = await holder(q, org.id, ['commune_secretary', 'commune_deputy']);
  const layout: Layout = {
    meta: { title: `Tổng hợp kết quả đánh giá, xếp loại năm ${year}`, subject: org.name, author: issuer, date },
    draft: false,
    header: { parentName: upper(parent?.name ?? ''), unitName: upper(issuer), number: 'Số      -BC/ĐU', placeDate: formatPlaceDateLine((parent?.place ?? '').trim(), date) },
    docType: 'BÁO CÁO',
    titleLines: [p(`tổng hợp kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${year}`, { bold: true, align: 'center' })],
    body: [
      body(`Thực hiện Quy định số 366-QĐ/TW của Bộ Chính trị và Hướng dẫn số 43-HD/BTCTW của Ban Tổ chức Trung ương về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, ${issuer} tổng hợp kết quả như sau:`),
      ...part(false, '1. Tổ chức đảng (chi bộ, chi ủy)'),
      ...part(true, '2. Đảng viên'),
    ],
    footer: {
      left: [p('Nơi nhận:', { underline: true }), p(`- ${parent?.name ? committeeName(parent.name) : 'Cấp ủy cấp trên'} (để báo cáo),`, { size: 'small' }),
        p('- Các chi bộ trực thuộc,', { size: 'small' }), p('- Lưu Văn phòng Đảng ủy.', { size: 'small' })],
      right: [p('T/M ĐẢNG ỦY', { bold: true, align: 'center' }), p('BÍ THƯ', { bold: true, align: 'center' }),
        p('(Ký, ghi rõ họ tên)', { italics: true, align: 'center' }), p(secretary, { bold: true, align: 'center', spaceBefore: 64 })],
    },
  };
  return { body: format === 'pdf' ? await renderPdf(layout) : await renderDocx(layout), mime: MIME[format], filename: `tong-hop-xep-loai-${year}.${format}` };
}
