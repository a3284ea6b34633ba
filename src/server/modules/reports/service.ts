// Reports on party building to the upper level (monthly, quarterly, six-month, annual), computed by the same
// query layer as the dashboards (../dashboard/figures.ts), exported as XLSX (one sheet per table) and as a party
// document (PDF, DOCX) in the layout of the other documents.
import ExcelJS from 'exceljs';
import type { Db } from '../../db/index';
import { Invalid } from '../../errors';
import { todayVn } from '../../../domain/dates';
import { SCORE_LEVEL_LABELS } from '../../../domain/meetings/index';
import { periodFigures, totalsOf, type PeriodFigures, type Totals } from '../dashboard/figures';
import { renderPdf } from '../../documents/pdf';
import { renderDocx } from '../../documents/docx';
import { p, type Layout, type Para } from '../../documents/layout';
import { placeDateLine, formatPercent } from '../../documents/format';

export type Period = { key: string; fromMonth: string; toMonth: string; label: string; title: string };

/** 'YYYY-MM' | 'YYYY-Qn' | 'YYYY-H1' | 'YYYY-H2' | 'YYYY' → the months it covers and its names. */
export function parsePeriod(key: string): Period {
  const pad = (n: number) => String(n).padStart(2, '0');
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (m) return { key, fromMonth: key, toMonth: key, label: `tháng ${m[2]}/${m[1]}`, title: `THÁNG ${m[2]} NĂM ${m[1]}` };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) {
    const q = Number(m[2]);
    const roman = ['I', 'II', 'III', 'IV'][q - 1];
    return { key, fromMonth: `${m[1]}-${pad(q * 3 - 2)}`, toMonth: `${m[1]}-${pad(q * 3)}`, label: `quý ${roman} năm ${m[1]}`, title: `QUÝ ${roman} NĂM ${m[1]}` };
  }
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) {
    const h = Number(m[2]);
    return {
      key, fromMonth: `${m[1]}-${h === 1 ? '01' : '07'}`, toMonth: `${m[1]}-${h === 1 ? '06' : '12'}`,
      label: `${h === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${m[1]}`, title: `${h === 1 ? '6 THÁNG ĐẦU NĂM' : '6 THÁNG CUỐI NĂM'} ${m[1]}`,
    };
  }
  m = /^(\d{4})$/.exec(key);
  if (m) return { key, fromMonth: `${key}-01`, toMonth: `${key}-12`, label: `năm ${key}`, title: `NĂM ${key}` };
  throw Invalid('validation', { detail: `period=${key} (YYYY-MM, YYYY-Qn, YYYY-H1, YYYY-H2, YYYY)` });
}

export type ReportData = { period: Period; figures: PeriodFigures; totals: Totals; parentName: string | null; place: string; date: string };

export async function reportData(db: Db, orgId: string, periodKey: string, today = todayVn()): Promise<ReportData> {
  const period = parsePeriod(periodKey);
  const figures = await periodFigures(db, orgId, period.fromMonth, period.toMonth, today);
  const parent = await db.one<{ name: string | null; place: string | null }>(
    `SELECT pa.name, o.place FROM orgs o LEFT JOIN orgs pa ON pa.id = o.parent_id WHERE o.id = $1`, [orgId],
  );
  return { period, figures, totals: totalsOf(figures), parentName: parent?.name ?? null, place: parent?.place ?? '', date: today };
}

const pct = (r: number | null) => (r === null ? '' : Math.round(r * 1000) / 10);
const upper = (s: string) => s.toLocaleUpperCase('vi');
export const filename = (d: ReportData, ext: string) => `bao-cao-xay-dung-dang-${d.period.key}.${ext}`;

/** Summary lines: the same label and value in the XLSX summary sheet and the document's figures. */
function summary(d: ReportData): [string, string | number][] {
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
  ];
}

function cellRows(d: ReportData) {
  return d.figures.cells.map((c) => {
    const held = c.months.filter((m) => m.state === 'held' || m.state === 'approved');
    const att = held.reduce((s, m) => ({ e: s.e + (m.attendance?.expected ?? 0), a: s.a + (m.attendance?.attended ?? 0) }), { e: 0, a: 0 });
    const lv = (l: string) => held.filter((m) => m.qualityLevel === l).length;
    return {
      name: c.orgName, members: c.members.total, months: c.months.length, held: held.length,
      missing: c.months.filter((m) => m.state === 'missing').length, expected: att.e, attended: att.a,
      rate: att.e ? Math.round((att.a / att.e) * 1000) / 10 : '',
      tot: lv('tot'), kha: lv('kha'), tb: lv('trung_binh'), kem: lv('kem'),
      thematic: c.thematic.reduce((s, q) => s + q.held, 0),
      committee: held.filter((m) => m.committeePresent).length,
    };
  });
}

export async function renderXlsx(d: ReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chibo';
  wb.created = new Date(`${d.date}T00:00:00Z`);
  const head = (ws: ExcelJS.Worksheet, cols: { header: string; key: string; width: number }[]) => {
    ws.columns = cols;
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };
  const s1 = wb.addWorksheet('Tổng hợp');
  head(s1, [{ header: 'Chỉ tiêu', key: 'k', width: 60 }, { header: `${d.figures.org.name} — ${d.period.label}`, key: 'v', width: 30 }]);
  for (const [k, v] of summary(d)) s1.addRow({ k, v });
  const s2 = wb.addWorksheet('Chi bộ');
  head(s2, [
    { header: 'Chi bộ', key: 'name', width: 36 }, { header: 'Đảng viên', key: 'members', width: 11 },
    { header: 'Số tháng', key: 'months', width: 9 }, { header: 'Đã sinh hoạt', key: 'held', width: 12 },
    { header: 'Không sinh hoạt', key: 'missing', width: 14 }, { header: 'Lượt phải dự', key: 'expected', width: 12 },
    { header: 'Lượt dự', key: 'attended', width: 10 }, { header: 'Tỷ lệ dự (%)', key: 'rate', width: 12 },
    { header: 'Tốt', key: 'tot', width: 7 }, { header: 'Khá', key: 'kha', width: 7 }, { header: 'Trung bình', key: 'tb', width: 11 },
    { header: 'Kém', key: 'kem', width: 7 }, { header: 'Chuyên đề', key: 'thematic', width: 10 },
    { header: 'Cấp ủy viên dự', key: 'committee', width: 14 },
  ]);
  for (const r of cellRows(d)) s2.addRow(r);
  const s3 = wb.addWorksheet('Đảng viên cần nhắc');
  head(s3, [
    { header: 'Họ và tên', key: 'name', width: 30 }, { header: 'Chi bộ', key: 'cell', width: 32 },
    { header: 'Vắng không lý do (tháng)', key: 'absence', width: 24 }, { header: 'Chưa đóng đảng phí (tháng)', key: 'dues', width: 26 },
  ]);
  for (const m of d.figures.members) {
    s3.addRow({ name: m.fullName, cell: m.orgName, absence: m.absence.months.join(', '), dues: m.dues.months.join(', ') });
  }
  const s4 = wb.addWorksheet('Sinh hoạt chuyên đề');
  head(s4, [{ header: 'Chi bộ', key: 'cell', width: 36 }, { header: 'Ngày', key: 'date', width: 12 }, { header: 'Chuyên đề', key: 'topic', width: 60 }]);
  const names = new Map(d.figures.cells.map((c) => [c.orgId, c.orgName]));
  for (const m of d.figures.thematicMeetings.filter((x) => x.status === 'held' || x.status === 'approved')) {
    s4.addRow({ cell: names.get(m.orgId) ?? '', date: m.date.split('-').reverse().join('/'), topic: m.topic ?? '' });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The report as a party document (a draft: the office writes the assessment and the number before issuing it). */
export function composeReport(d: ReportData): Layout {
  const t = d.totals;
  const org = d.figures.org;
  const body = (text: string, extra: Partial<Para> = {}): Para => ({ ...p(text), align: 'justify', indent: true, ...extra });
  const heading = (text: string): Para => p(text, { bold: true, indent: true, spaceBefore: 6, keepWithNext: true });
  const rate = (a: number, e: number) => (e ? formatPercent(a, e) : '—');
  const lines: Para[] = [
    body(`Thực hiện chế độ báo cáo định kỳ, ${org.name} báo cáo kết quả công tác xây dựng Đảng về sinh hoạt chi bộ ${d.period.label} như sau:`),
    heading('I. TÌNH HÌNH SINH HOẠT CHI BỘ'),
    body(`1. Số chi bộ: ${t.cells}; số lượt sinh hoạt thường kỳ phải tổ chức: ${t.expectedMeetings}; đã sinh hoạt: ${t.held + t.approved} (đã thông qua biên bản: ${t.approved}); không sinh hoạt: ${t.missing}; quá ngày chưa họp: ${t.late}.`),
    body(`2. Đảng viên dự sinh hoạt: ${t.attendance.attended}/${t.attendance.expected} lượt, đạt ${rate(t.attendance.attended, t.attendance.expected)}; vắng có lý do ${t.attendance.absentExcused} lượt, vắng không lý do ${t.attendance.absentUnexcused} lượt.`),
    body(`3. Chất lượng sinh hoạt: ${SCORE_LEVEL_LABELS.tot} ${t.quality.tot}, ${SCORE_LEVEL_LABELS.kha} ${t.quality.kha}, ${SCORE_LEVEL_LABELS.trung_binh} ${t.quality.trung_binh}, ${SCORE_LEVEL_LABELS.kem} ${t.quality.kem} buổi; chưa chấm điểm ${t.quality.unscored} buổi.`),
    body(`4. Sinh hoạt chuyên đề: ${t.thematic.held} buổi đã tổ chức.`),
    body(`5. Cấp ủy viên phụ trách dự sinh hoạt chi bộ: ${t.committeePresent} buổi.`),
    heading('II. ĐẢNG VIÊN'),
    body(`Tổng số đảng viên: ${t.members.total} (chính thức ${t.members.official}, dự bị ${t.members.probationary}); được miễn sinh hoạt: ${t.members.exempt}.`),
    body(`Vắng sinh hoạt không lý do: ${t.absenceWarning} đồng chí 2 tháng (nhắc nhở), ${t.absenceFlag} đồng chí từ 3 tháng trong năm (xem xét xóa tên theo Điều lệ Đảng). Chưa đóng đảng phí: ${t.duesWarning} đồng chí 2 tháng, ${t.duesFlag} đồng chí từ 3 tháng.`),
    ...d.figures.members.map((m) => body(`- Đồng chí ${m.fullName} (${m.orgName})${m.absence.level !== 'ok' ? `: vắng không lý do tháng ${m.absence.months.join(', ')}` : ''}${m.dues.level !== 'ok' ? `${m.absence.level !== 'ok' ? ';' : ':'} chưa đóng đảng phí tháng ${m.dues.months.join(', ')}` : ''}.`)),
    heading('III. KẾT QUẢ TỪNG CHI BỘ'),
    ...cellRows(d).map((r) => body(`- ${r.name}: sinh hoạt ${r.held}/${r.months} tháng; dự họp ${r.attended}/${r.expected} lượt${r.expected ? ` (${String(r.rate).replace('.', ',')}%)` : ''}; Tốt ${r.tot}, Khá ${r.kha}, Trung bình ${r.tb}, Kém ${r.kem}; chuyên đề ${r.thematic}.`)),
    heading('IV. ĐÁNH GIÁ CHUNG'),
    body('1. Ưu điểm: ……………………………………………………………………………………'),
    body('2. Hạn chế, nguyên nhân: …………………………………………………………………………'),
    heading('V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI'),
    body('……………………………………………………………………………………………………'),
  ];
  return {
    meta: { title: `Báo cáo ${d.period.label}`, subject: 'Báo cáo công tác xây dựng Đảng', author: org.name, date: d.date },
    draft: true,
    header: {
      parentName: upper(d.parentName ?? ''), unitName: upper(org.name),
      number: `Số       -BC/${org.kind === 'cell' ? 'CB' : 'ĐU'}`, placeDate: placeDateLine(d.place || org.name, d.date),
    },
    docType: 'BÁO CÁO',
    titleLines: [p(`Kết quả sinh hoạt chi bộ ${d.period.label}`, { bold: true, align: 'center' })],
    body: lines,
    footer: {
      left: [p('Nơi nhận:', { bold: true, underline: true, size: 'small' }), p(`- ${d.parentName ?? 'Cấp trên'},`, { size: 'small' }), p('- Lưu văn phòng.', { size: 'small' })],
      right: [p(org.kind === 'cell' ? 'T/M CHI BỘ' : 'T/M ĐẢNG ỦY', { bold: true, align: 'center' }), p('BÍ THƯ', { bold: true, align: 'center' })],
    },
  };
}

export const renderReportPdf = (d: ReportData) => renderPdf(composeReport(d));
export const renderReportDocx = (d: ReportData) => renderDocx(composeReport(d));
