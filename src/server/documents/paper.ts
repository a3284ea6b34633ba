/**
 * Paper for a meeting held where members have no phone: the meeting notice (thông báo) and the sign-in
 * sheet (danh sách đảng viên dự họp, with a column to sign), in party document format (HD 36-HD/VPTW).
 * Pure: data in, layout out; pdf.ts renders it.
 */
import { formatWeekdayDateVi } from '../../domain/dates';
import { formatDate, formatTime, placeDateLine } from './format';
import { p, type Layout, type Para } from './layout';
import type { Issuer, PersonWithTitle } from './model';

export type PaperPerson = { name: string; role: 'member' | 'exempt' | 'overseer' | 'guest'; note: string };

export type PaperInput = {
  issuer: Issuer;
  /** The cell's name as written: 'Chi bộ bản Phiêng Lơi'. */
  unitLabel: string;
  /** Meeting title in upper case: 'SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12 NĂM 2026'. */
  title: string;
  topic?: string;
  date: string;
  startTime: string;
  location: string;
  /** Agenda item titles (the contents members come for). */
  items: string[];
  documents: string[];
  people: PaperPerson[];
  /** Who signs the notice: 'T/M CHI BỘ' and 'BÍ THƯ', with the name (may be empty: signed by hand). */
  signer: { onBehalf: string; title: string; name: string };
  /** The day the notice is issued ('YYYY-MM-DD'). */
  issuedOn: string;
};

const sentenceCase = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1).toLocaleLowerCase('vi');
const body = (text: string, extra: Partial<Para> = {}): Para => p(text, { align: 'justify', indent: true, ...extra });
const signature = (lines: string[], name: string): Para[] => [
  ...lines.map((l) => p(l, { bold: true, align: 'center', keepWithNext: true })),
  p('(Ký, ghi rõ họ tên)', { italics: true, align: 'center', keepWithNext: true }),
  p(name, { bold: true, align: 'center', spaceBefore: 64 }),
];

/** Thông báo: when, where, what, who, signed for the cell. */
export function composeNotice(x: PaperInput): Layout {
  const overseers = x.people.filter((q) => q.role === 'overseer');
  const guests = x.people.filter((q) => q.role === 'guest');
  const out: Para[] = [];
  out.push(body(`${x.unitLabel} thông báo tổ chức ${x.title.toLocaleLowerCase('vi')}${x.topic ? ` (chuyên đề: “${x.topic}”)` : ''} như sau:`));
  out.push(body(`1. Thời gian: ${formatTime(x.startTime)}, ${formatWeekdayDateVi(x.date).toLocaleLowerCase('vi').replace(/^thứ/u, 'thứ')}.`));
  out.push(body(`2. Địa điểm: ${x.location}.`));
  out.push(body('3. Nội dung:', { keepWithNext: true }));
  x.items.forEach((t) => out.push(body(`- ${t}.`)));
  if (x.documents.length) out.push(body(`4. Tài liệu nghiên cứu trước: ${x.documents.join('; ')}.`));
  const n = x.documents.length ? 5 : 4;
  const who = ['toàn thể đảng viên trong chi bộ'];
  if (overseers.length) who.push(overseers.map((o) => `đồng chí ${o.name}${o.note ? `, ${o.note}` : ''}`).join('; '));
  if (guests.length) who.push(`khách mời: ${guests.map((g) => (g.name ? `đồng chí ${g.name}${g.note ? `, ${g.note}` : ''}` : `đại diện ${g.note}`)).join('; ')}`);
  out.push(body(`${n}. Thành phần: ${who.join('; ')}.`));
  out.push(body('Đề nghị các đồng chí đảng viên dự họp đầy đủ, đúng giờ; trường hợp vắng mặt phải báo cáo lý do với bí thư chi bộ.'));
  return {
    meta: { title: `Thông báo ${x.title.toLocaleLowerCase('vi')}`, subject: 'Thông báo sinh hoạt chi bộ', author: x.issuer.unitName, date: x.issuedOn },
    draft: false,
    header: { parentName: x.issuer.parentName, unitName: x.issuer.unitName, number: 'Số      -TB/CB', placeDate: placeDateLine(x.issuer.place, x.issuedOn) },
    docType: 'THÔNG BÁO',
    titleLines: [p(`Về việc ${x.title.toLocaleLowerCase('vi')}`, { bold: true, align: 'center' })],
    body: out,
    footer: {
      left: [p('Nơi nhận:', { bold: true, italics: true, size: 'small' }), p('- Các đồng chí đảng viên,', { size: 'small' }),
        ...(overseers.length ? [p('- Đồng chí cấp ủy viên phụ trách,', { size: 'small' })] : []), p('- Lưu chi bộ.', { size: 'small' })],
      right: signature([x.signer.onBehalf, x.signer.title], x.signer.name),
    },
  };
}

/** Danh sách đảng viên dự họp: one row per person summoned, a column to sign; guests after. */
export function composeSignInSheet(x: PaperInput): Layout {
  const order: PaperPerson['role'][] = ['overseer', 'member', 'exempt', 'guest'];
  const people = [...x.people].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  const rows = people.map((q, i) => [String(i + 1), q.name || `Đại diện ${q.note}`, q.name ? q.note : '', '']);
  return {
    meta: { title: `Danh sách đảng viên dự họp ${formatDate(x.date)}`, subject: 'Danh sách dự họp', author: x.issuer.unitName, date: x.date },
    draft: false,
    header: { parentName: x.issuer.parentName, unitName: x.issuer.unitName, number: '', placeDate: placeDateLine(x.issuer.place, x.date) },
    docType: 'DANH SÁCH',
    titleLines: [
      p('Đảng viên dự họp', { bold: true, align: 'center' }),
      p(`${sentenceCase(x.title)}, ${formatTime(x.startTime)} ngày ${formatDate(x.date)}, tại ${x.location}`, { italics: true, align: 'center' }),
    ],
    body: [
      body('Mỗi đồng chí có mặt ký vào cột “Ký tên”; người vắng mặt để trống và ghi lý do (nếu có) vào cột ghi chú.'),
      body(`Tổng số được triệu tập và mời: ${people.length} đồng chí. Có mặt: ...... đồng chí; vắng mặt: ...... đồng chí.`),
    ],
    table: {
      widths: [30, '*', 110, 90],
      header: ['STT', 'Họ và tên', 'Ghi chú', 'Ký tên'],
      rows,
    },
    footer: { left: [], right: signature(['NGƯỜI LẬP DANH SÁCH'], x.signer.name) },
  };
}

export type { PersonWithTitle };
