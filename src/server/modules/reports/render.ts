// A report rendered: XLSX (one sheet per table) and the party document (PDF, DOCX) in the layout of the other
// documents, with the narrative the office wrote and, once issued, its number.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { SCORE_LEVEL_LABELS } from '../../../domain/meetings/index';
import { formatDateVi } from '../../../domain/dates';
import { renderPdf } from '../../documents/pdf';
import { renderDocx } from '../../documents/docx';
import { p, type Block, type FigureTable, type Layout, type Para } from '../../documents/layout';
import { placeDateLine, formatPercent } from '../../documents/format';
import type { ReportModel, ReportRow } from './model';

/** The text parts of a report, written by the office around the figures. */
export type Narrative = { strengths: string; weaknesses: string; directions: string; proposals: string };
export type ReportDoc = { model: ReportModel; narrative: Narrative | null; number: string | null };

const pct = (r: number | null) => (r === null ? '' : Math.round(r * 1000) / 10);
const upper = (s: string) => s.toLocaleUpperCase('vi');
const vnd = (n: number) => `${Math.round(n).toLocaleString('en-US').replace(/,/g, '.')} đồng`;
export const filename = (d: ReportModel, ext: string) => `bao-cao-xay-dung-dang-${d.period.key}.${ext}`;

/** Summary lines: the same label and value in the XLSX summary sheet and the document's figures. */
function summary(d: ReportModel): [string, string | number][] {
  const t = d.totals;
  return [
    ['Số chi bộ', t.cells],
    ['Số lượt sinh hoạt thường kỳ phải tổ chức (chi bộ × tháng)', t.expectedMeetings],
    ['Đã sinh hoạt', t.held + t.approved],
    ['Trong đó đã thông qua biên bản', t.approved],
    ['Không sinh hoạt', t.missing],
    ['Quá ngày chưa họp', t.late],
    ['Chưa đến ngày', t.planned],
    ['Lượt đảng viên phải dự', t.attendance.expected],
    ['Lượt đảng viên dự họp', t.attendance.attended],
    ['Tỷ lệ dự họp (%)', pct(t.attendanceRate)],
    ['Vắng có lý do (lượt)', t.attendance.absentExcused],
    ['Vắng không lý do (lượt)', t.attendance.absentUnexcused],
    [`Xếp loại ${SCORE_LEVEL_LABELS.tot}`, t.quality.tot],
    [`Xếp loại ${SCORE_LEVEL_LABELS.kha}`, t.quality.kha],
    [`Xếp loại ${SCORE_LEVEL_LABELS.trung_binh}`, t.quality.trung_binh],
    [`Xếp loại ${SCORE_LEVEL_LABELS.kem}`, t.quality.kem],
    ['Chưa chấm điểm', t.quality.unscored],
    ['Số buổi sinh hoạt chuyên đề đã tổ chức', t.thematic.held],
    ['Buổi sinh hoạt có cấp ủy viên phụ trách dự', t.committeePresent],
    ['Đảng viên hiện có', t.members.total],
    ['Trong đó chính thức', t.members.official],
    ['Trong đó dự bị', t.members.probationary],
    ['Trong đó được miễn sinh hoạt', t.members.exempt],
    ['Đảng viên vắng không lý do 2 tháng (nhắc nhở)', t.absenceWarning],
    ['Đảng viên vắng không lý do từ 3 tháng (xem xét xóa tên)', t.absenceFlag],
    ['Đảng viên chưa đóng đảng phí 2 tháng', t.duesWarning],
    ['Đảng viên chưa đóng đảng phí từ 3 tháng', t.duesFlag],
    ['Số buổi sinh hoạt có thu đảng phí', t.dues.meetings],
    ['Đảng phí đã thu (đồng)', t.dues.paid],
    ['Đảng phí phải thu theo mức đã ghi (đồng)', t.dues.expected],
    ['Văn bản phải quán triệt trong kỳ', t.dissemination.documents],
    ['Lượt chi bộ phải quán triệt', t.dissemination.due],
    ['Lượt chi bộ đã quán triệt', t.dissemination.done],
    ['Lượt chi bộ quá hạn chưa quán triệt', t.dissemination.overdue],
    ['Cuộc kiểm tra trong chương trình', t.supervision.inspection.planned],
    ['Cuộc kiểm tra đã ra quyết định trong kỳ', t.supervision.inspection.decided],
    ['Cuộc kiểm tra đã kết luận trong kỳ', t.supervision.inspection.concluded],
    ['Cuộc giám sát trong chương trình', t.supervision.supervision.planned],
    ['Cuộc giám sát đã ra quyết định trong kỳ', t.supervision.supervision.decided],
    ['Cuộc giám sát đã kết luận trong kỳ', t.supervision.supervision.concluded],
    ['Việc khắc phục sau kiểm tra, giám sát', t.supervision.remedies.total],
    ['Trong đó đã xác minh hoàn thành', t.supervision.remedies.verified],
    ['Trong đó đã báo cáo, chờ xác minh', t.supervision.remedies.reported],
    ['Trong đó chưa khắc phục', t.supervision.remedies.open],
    ['Trong đó quá hạn', t.supervision.remedies.overdue],
  ];
}

type Col = { header: string; key: string; width: number };
const ROW_COLS: Col[] = [
  { header: 'Đảng viên', key: 'members', width: 11 }, { header: 'Số tháng', key: 'months', width: 9 },
  { header: 'Đã sinh hoạt', key: 'held', width: 12 }, { header: 'Không sinh hoạt', key: 'missing', width: 14 },
  { header: 'Lượt phải dự', key: 'expected', width: 12 }, { header: 'Lượt dự', key: 'attended', width: 10 },
  { header: 'Tỷ lệ dự (%)', key: 'rate', width: 12 }, { header: 'Tốt', key: 'tot', width: 7 }, { header: 'Khá', key: 'kha', width: 7 },
  { header: 'Trung bình', key: 'tb', width: 11 }, { header: 'Kém', key: 'kem', width: 7 }, { header: 'Chuyên đề', key: 'thematic', width: 10 },
  { header: 'Cấp ủy viên dự', key: 'committee', width: 14 },
];
const FLAG_COLS: Col[] = [
  { header: 'Vắng không lý do 2 tháng', key: 'absenceWarning', width: 14 }, { header: 'Vắng không lý do từ 3 tháng', key: 'absenceFlag', width: 14 },
  { header: 'Chưa đóng đảng phí 2 tháng', key: 'duesWarning', width: 14 }, { header: 'Chưa đóng đảng phí từ 3 tháng', key: 'duesFlag', width: 14 },
];
const DUES_COLS: Col[] = [
  { header: 'Buổi có thu', key: 'duesMeetings', width: 12 }, { header: 'Đảng viên đã đóng', key: 'duesPayers', width: 18 },
  { header: 'Đã thu (đồng)', key: 'duesPaid', width: 16 }, { header: 'Phải thu (đồng)', key: 'duesExpected', width: 16 },
];
const REMEDY_COLS: Col[] = [
  { header: 'Việc khắc phục chưa xong', key: 'remediesOpen', width: 24 }, { header: 'Trong đó quá hạn', key: 'remediesOverdue', width: 16 },
  { header: 'Đã xác minh', key: 'remediesVerified', width: 12 },
];

/**
 * The XLSX: one sheet per table, written row by row (exceljs's streaming writer) so that a province's thousands of cells
 * cost little. At level 'cells' the tables go cell by cell and name the members under the rules and the thematic
 * meetings; at level 'units' they go by the units directly under the reporting one, and the sheet "Chi bộ" keeps every
 * cell. Each table of rows ends with the total ("Cộng").
 */
export async function renderXlsx(doc: ReportDoc): Promise<Buffer> {
  const d = doc.model;
  const level = d.level ?? 'cells';
  const units = d.units ?? d.cells;
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'chibo';
  wb.created = new Date(`${d.date}T00:00:00Z`);
  const sheet = (name: string, cols: Col[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = cols;
    ws.getRow(1).font = { bold: true };
    return ws;
  };
  const rows = (ws: ExcelJS.Worksheet, list: readonly object[], total?: object) => {
    for (const r of list) ws.addRow(r).commit();
    if (total) ws.addRow(total).font = { bold: true };
    ws.commit();
  };
  const total = d.total ?? undefined;
  const s1 = sheet('Tổng hợp', [{ header: 'Chỉ tiêu', key: 'k', width: 60 }, { header: `${d.org.name} — ${d.period.label}`, key: 'v', width: 30 }]);
  rows(s1, [...(doc.number ? [{ k: 'Số báo cáo', v: doc.number.replace(/^Số /, '') }] : []), ...summary(d).map(([k, v]) => ({ k, v }))]);
  if (level === 'units') {
    const name: Col = { header: 'Đơn vị trực thuộc', key: 'name', width: 36 };
    rows(sheet('Đơn vị trực thuộc', [name, { header: 'Số chi bộ', key: 'cells', width: 10 }, ...ROW_COLS, ...FLAG_COLS]), units, total);
  }
  rows(sheet('Chi bộ', [{ header: 'Chi bộ', key: 'name', width: 36 }, ...ROW_COLS, ...FLAG_COLS,
    ...(level === 'units' ? [{ header: 'Đơn vị trực thuộc', key: 'unit', width: 32 }] : [])]), d.cells, total);
  if (level === 'cells') {
    rows(sheet('Đảng viên cần nhắc', [
      { header: 'Họ và tên', key: 'name', width: 30 }, { header: 'Chi bộ', key: 'cell', width: 32 },
      { header: 'Vắng không lý do (tháng)', key: 'absence', width: 24 }, { header: 'Chưa đóng đảng phí (tháng)', key: 'dues', width: 26 },
    ]), d.members.map((m) => ({ name: m.fullName, cell: m.orgName, absence: m.absence.months.join(', '), dues: m.dues.months.join(', ') })));
    rows(sheet('Sinh hoạt chuyên đề', [{ header: 'Chi bộ', key: 'cell', width: 36 }, { header: 'Ngày', key: 'date', width: 12 }, { header: 'Chuyên đề', key: 'topic', width: 60 }]),
      d.thematic.map((m) => ({ cell: m.cell, date: formatDateVi(m.date), topic: m.topic })));
  } else {
    rows(sheet('Đảng viên cần nhắc', [{ header: 'Đơn vị trực thuộc', key: 'name', width: 36 }, { header: 'Đảng viên', key: 'members', width: 11 }, ...FLAG_COLS]), units, total);
    rows(sheet('Sinh hoạt chuyên đề', [
      { header: 'Đơn vị trực thuộc', key: 'name', width: 36 }, { header: 'Số chi bộ', key: 'cells', width: 10 },
      { header: 'Buổi sinh hoạt chuyên đề', key: 'thematic', width: 24 },
    ]), units, total);
  }
  const first: Col = { header: level === 'units' ? 'Đơn vị trực thuộc' : 'Chi bộ', key: 'name', width: 36 };
  rows(sheet('Đảng phí', [first, ...DUES_COLS]), units, total);
  rows(sheet('Quán triệt', [
    { header: 'Số, ký hiệu', key: 'number', width: 22 }, { header: 'Trích yếu', key: 'subject', width: 60 },
    { header: 'Hạn quán triệt', key: 'by', width: 14 }, { header: 'Chi bộ phải quán triệt', key: 'cells', width: 20 },
    { header: 'Chi bộ đã quán triệt', key: 'done', width: 20 },
  ]), d.documents.map((x) => ({ number: x.number, subject: x.subject, by: formatDateVi(x.disseminateBy), cells: x.cells, done: x.done })));
  rows(sheet('Kiểm tra, giám sát', [first, ...REMEDY_COLS]), units, total);
  await wb.commit();
  return Buffer.concat(chunks);
}

/** Paragraphs from a text the office wrote (one per line), or a dotted line to fill by hand when it is empty. */
function written(text: string | undefined, body: (t: string) => Para, lead = ''): Para[] {
  const lines = (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return [body(`${lead}……………………………………………………………………………………`)];
  return lines.map((l, i) => body(i === 0 ? `${lead}${l}` : l));
}

const n0 = (x: number) => x.toLocaleString('vi-VN');
const pctText = (r: number | '') => (r === '' ? '—' : String(r).replace('.', ','));

/** Biểu 1: meetings by unit (or cell), with the total. */
function meetingTable(d: ReportModel): FigureTable {
  const units = d.level === 'units';
  const row = (r: ReportRow) => [
    r.name, ...(units ? [n0(r.cells)] : []), n0(r.members), n0(r.months), n0(r.held), n0(r.missing), pctText(r.rate),
    n0(r.tot), n0(r.kha), n0(r.tb), n0(r.kem), n0(r.thematic),
  ];
  const list = d.units ?? d.cells;
  return {
    table: {
      widths: [units ? 24 : 30, ...(units ? [6.5] : []), 9, 8, 8, 8.5, 7, 7.5, 7.5, 7.5, 7.5, 8],
      header: [units ? 'Đơn vị' : 'Chi bộ', ...(units ? ['Số chi bộ'] : []), 'Đảng viên', 'Lượt phải sinh hoạt', 'Đã sinh hoạt',
        'Không sinh hoạt', 'Dự họp (%)', 'Tốt', 'Khá', 'TB', 'Kém', 'Chuyên đề'],
      rows: list.map(row),
      ...(d.total ? { total: row(d.total) } : {}),
    },
  };
}

/** Biểu 2: members under the rules, dues, dissemination and remedies by unit (or cell), with the total. */
function followTable(d: ReportModel): FigureTable {
  const row = (r: ReportRow) => [
    r.name, n0(r.absenceWarning ?? 0), n0(r.absenceFlag ?? 0), n0(r.duesWarning ?? 0), n0(r.duesFlag ?? 0),
    n0(Math.round(r.duesPaid / 1000)), `${n0(r.disseminationDone)}/${n0(r.disseminationDue)}`, `${n0(r.remediesOpen)} (${n0(r.remediesOverdue)})`,
  ];
  const list = d.units ?? d.cells;
  return {
    table: {
      widths: [d.level === 'units' ? 30 : 34, 8, 8, 8, 8, 11, 10, 10],
      header: [d.level === 'units' ? 'Đơn vị' : 'Chi bộ', 'Vắng không lý do 2 tháng', 'Vắng không lý do từ 3 tháng', 'Chưa đóng đảng phí 2 tháng',
        'Chưa đóng đảng phí từ 3 tháng', 'Đảng phí đã thu (nghìn đồng)', 'Quán triệt (đã/phải)', 'Khắc phục chưa xong (quá hạn)'],
      rows: list.map(row),
      ...(d.total ? { total: row(d.total) } : {}),
    },
  };
}

/** The report as a party document: a draft until issued (then numbered, with the figures as issued). */
export function composeReport(doc: ReportDoc): Layout {
  const d = doc.model;
  const t = d.totals;
  const org = d.org;
  const n = doc.narrative;
  const body = (text: string, extra: Partial<Para> = {}): Para => ({ ...p(text), align: 'justify', indent: true, ...extra });
  const heading = (text: string): Para => p(text, { bold: true, indent: true, spaceBefore: 6, keepWithNext: true });
  const rate = (a: number, e: number) => (e ? formatPercent(a, e) : '—');
  const sv = t.supervision;
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  let part = 0;
  const h = (title: string) => heading(`${roman[part++]}. ${title}`);
  const level = d.level ?? 'cells';
  const lines: Block[] = [
    body(`Thực hiện chế độ báo cáo định kỳ, ${org.name} báo cáo kết quả công tác xây dựng Đảng ${d.period.label} như sau:`),
    h('TÌNH HÌNH SINH HOẠT CHI BỘ'),
    body(`1. Số chi bộ: ${n0(t.cells)}; số lượt sinh hoạt thường kỳ phải tổ chức: ${n0(t.expectedMeetings)}; đã sinh hoạt: ${t.held + t.approved} (đã thông qua biên bản: ${n0(t.approved)}); không sinh hoạt: ${n0(t.missing)}; quá ngày chưa họp: ${n0(t.late)}.`),
    body(`2. Đảng viên dự sinh hoạt: ${n0(t.attendance.attended)}/${n0(t.attendance.expected)} lượt, đạt ${rate(t.attendance.attended, t.attendance.expected)}; vắng có lý do ${n0(t.attendance.absentExcused)} lượt, vắng không lý do ${n0(t.attendance.absentUnexcused)} lượt.`),
    body(`3. Chất lượng sinh hoạt: ${SCORE_LEVEL_LABELS.tot} ${n0(t.quality.tot)}, ${SCORE_LEVEL_LABELS.kha} ${n0(t.quality.kha)}, ${SCORE_LEVEL_LABELS.trung_binh} ${t.quality.trung_binh}, ${SCORE_LEVEL_LABELS.kem} ${n0(t.quality.kem)} buổi; chưa chấm điểm ${n0(t.quality.unscored)} buổi.`),
    body(`4. Sinh hoạt chuyên đề: ${n0(t.thematic.held)} buổi đã tổ chức.`),
    body(`5. Cấp ủy viên phụ trách dự sinh hoạt chi bộ: ${n0(t.committeePresent)} buổi.`),
    h('ĐẢNG VIÊN'),
    body(`Tổng số đảng viên: ${n0(t.members.total)} (chính thức ${n0(t.members.official)}, dự bị ${n0(t.members.probationary)}); được miễn sinh hoạt: ${n0(t.members.exempt)}.`),
    body(`Vắng sinh hoạt không lý do: ${n0(t.absenceWarning)} đồng chí 2 tháng (nhắc nhở), ${n0(t.absenceFlag)} đồng chí từ 3 tháng trong năm (xem xét xóa tên theo Điều lệ Đảng). Chưa đóng đảng phí: ${n0(t.duesWarning)} đồng chí 2 tháng, ${n0(t.duesFlag)} đồng chí từ 3 tháng.`),
    ...(level === 'cells'
      ? d.members.map((m) => body(`- Đồng chí ${m.fullName} (${m.orgName})${m.absence.level !== 'ok' ? `: vắng không lý do tháng ${m.absence.months.join(', ')}` : ''}${m.dues.level !== 'ok' ? `${m.absence.level !== 'ok' ? ';' : ':'} chưa đóng đảng phí tháng ${m.dues.months.join(', ')}` : ''}.`))
      : [body('Số đảng viên vắng sinh hoạt, chưa đóng đảng phí ở từng đơn vị trực thuộc: biểu 2, mục VI; danh sách từng đồng chí do các đơn vị trực thuộc theo dõi, xem xét.')]),
    h('THU, NỘP ĐẢNG PHÍ'),
    body(`Số buổi sinh hoạt có thu đảng phí: ${n0(t.dues.meetings)}; số đảng viên đã đóng: ${n0(t.dues.payers)}; đã thu ${vnd(t.dues.paid)}${t.dues.expected ? ` trên ${vnd(t.dues.expected)} phải thu theo mức đã ghi (${rate(t.dues.paid, t.dues.expected)})` : ''}.`),
    h('CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI VĂN BẢN CỦA CẤP TRÊN'),
    body(t.dissemination.documents
      ? `Số văn bản phải quán triệt trong kỳ: ${n0(t.dissemination.documents)}; lượt chi bộ đã quán triệt: ${n0(t.dissemination.done)}/${n0(t.dissemination.due)}; quá hạn chưa quán triệt: ${n0(t.dissemination.overdue)} lượt chi bộ.`
      : 'Trong kỳ không có văn bản nào phải quán triệt theo hạn.'),
    ...d.documents.map((x) => body(`- ${x.number}: ${x.subject} (hạn ${formatDateVi(x.disseminateBy)}): ${x.done}/${x.cells} chi bộ đã quán triệt.`)),
    h('CÔNG TÁC KIỂM TRA, GIÁM SÁT'),
    body(`1. Kiểm tra: ${n0(sv.inspection.planned)} cuộc trong chương trình; ra quyết định trong kỳ ${n0(sv.inspection.decided)}; kết luận trong kỳ ${n0(sv.inspection.concluded)}.`),
    body(`2. Giám sát chuyên đề: ${n0(sv.supervision.planned)} cuộc trong chương trình; ra quyết định trong kỳ ${n0(sv.supervision.decided)}; kết luận trong kỳ ${n0(sv.supervision.concluded)}.`),
    body(`3. Khắc phục hạn chế, khuyết điểm sau kiểm tra, giám sát: ${n0(sv.remedies.total)} việc; đã xác minh hoàn thành ${n0(sv.remedies.verified)}; đã báo cáo, chờ xác minh ${n0(sv.remedies.reported)}; chưa khắc phục ${n0(sv.remedies.open)} (quá hạn ${n0(sv.remedies.overdue)}).`),
    h(level === 'cells' ? 'KẾT QUẢ TỪNG CHI BỘ' : 'KẾT QUẢ CỦA CÁC ĐƠN VỊ TRỰC THUỘC'),
    p(`Biểu 1. Sinh hoạt chi bộ${level === 'units' ? ' theo đơn vị trực thuộc' : ''}`, { italics: true, keepWithNext: true, spaceBefore: 4 }),
    meetingTable(d),
    p(`Biểu 2. Đảng viên, đảng phí, quán triệt, khắc phục sau kiểm tra, giám sát${level === 'units' ? ' theo đơn vị trực thuộc' : ''}`, { italics: true, keepWithNext: true, spaceBefore: 4 }),
    followTable(d),
    h('ĐÁNH GIÁ CHUNG'),
    ...written(n?.strengths, body, '1. Ưu điểm: '),
    ...written(n?.weaknesses, body, '2. Hạn chế, nguyên nhân: '),
    h('PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI'),
    ...written(n?.directions, body),
    ...(n?.proposals.trim() ? [h('KIẾN NGHỊ, ĐỀ XUẤT'), ...written(n.proposals, body)] : []),
  ];
  const suffix = org.kind === 'cell' ? 'CB' : 'ĐU';
  return {
    meta: { title: `Báo cáo ${d.period.label}`, subject: 'Báo cáo công tác xây dựng Đảng', author: org.name, date: d.date },
    draft: !doc.number,
    header: {
      parentName: upper(d.parentName ?? ''), unitName: upper(org.name),
      number: doc.number ?? `Số       -BC/${suffix}`, placeDate: placeDateLine(d.place || org.name, d.date),
    },
    docType: 'BÁO CÁO',
    titleLines: [p(`Kết quả công tác xây dựng Đảng ${d.period.label}`, { bold: true, align: 'center' })],
    body: lines,
    footer: {
      left: [p('Nơi nhận:', { bold: true, underline: true, size: 'small' }), p(`- ${d.parentName ?? 'Cấp trên'},`, { size: 'small' }), p('- Lưu văn phòng.', { size: 'small' })],
      right: [p(org.kind === 'cell' ? 'T/M CHI BỘ' : 'T/M ĐẢNG ỦY', { bold: true, align: 'center' }), p('BÍ THƯ', { bold: true, align: 'center' })],
    },
  };
}

export const renderReportPdf = (d: ReportDoc) => renderPdf(composeReport(d));
export const renderReportDocx = (d: ReportDoc) => renderDocx(composeReport(d));
