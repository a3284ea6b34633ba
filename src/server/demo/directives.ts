// Section: the dissemination demo — three documents to disseminate: one done in every cell, one in progress with its
// deadline next month, one whose deadline passed with two cells still not done; a few absent members who read them.
// Written through the directives service as the administrator (createDocument, writeDissemination, writeRead), each
// dated in the story.
import { isPresentStatus } from '../../domain/meetings/index';
import { joinTx, type Db, type Queryable } from '../db/index';
import { addDays, addMonths, parseIsoDate } from '../../domain/dates';
import { foldVietnamese } from '../../domain/text';
import { Rng } from './random';
import type { DemoData } from './types';
import { createDocument, writeDissemination, writeRead } from '../modules/directives/service';
import { actorOf } from './actors';

/** A small one-page PDF naming the document (ASCII text: the real file is what the office uploads). */
export function demoPdf(lines: string[]): Buffer {
  const text = lines.map((l, i) => `BT /F1 12 Tf 60 ${760 - i * 20} Td (${foldVietnamese(l).replace(/[()\\]/g, '')}) Tj ET`).join('\n');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer << /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const DOCS = [
  { number: '35-CT/TW', type: 'directive', issuer: 'Ban Chấp hành Trung ương', issued: '2024-06-14',
    subject: 'Về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng' },
  { number: '57-NQ/TW', type: 'resolution', issuer: 'Bộ Chính trị', issued: '2024-12-22',
    subject: 'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia' },
  { number: '12-KH/ĐU', type: 'plan', issuer: 'Đảng ủy xã Thanh Minh', issued: '',
    subject: 'Kế hoạch thực hiện phong trào xây dựng nông thôn mới' },
];

export async function insertDirectivesDemo(db: Db, q: Queryable, data: DemoData): Promise<void> {
  const rng = new Rng(data.seed, 'directives');
  const { year, month } = parseIsoDate(data.today);
  const ym = (n: number) => {
    const m = addMonths(year, month, n);
    return `${m.year}-${String(m.month).padStart(2, '0')}`;
  };
  const cells = data.orgs.filter((o) => o.kind === 'cell').sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const meetingIn = (cellId: string, month: string) => data.meetings.meetings.find((m) => m.org_id === cellId && m.status === 'approved'
    && m.date.slice(0, 7) === month);
  // [months back of the meetings, deadline, cells left out]
  const plan = [
    { months: [-3, -2], by: `${ym(-2)}-28`, skip: 0 },
    { months: [-1], by: `${ym(1)}-20`, skip: Math.ceil(cells.length / 2) },
    { months: [-2, -1], by: `${ym(-1)}-15`, skip: 2 },
  ];
  const docs = [];
  const disseminations = [];
  const reads = [];
  const thoan = data.storyPeople.thoan;
  for (const [i, d] of DOCS.entries()) {
    const id = rng.uuid();
    docs.push({
      id, at: new Date(`${addDays(data.today, -100 + i * 30)}T09:00:00+07:00`),
      input: { number: d.number, docType: d.type, issuer: d.issuer, issuedOn: d.issued || addDays(data.today, -75), subject: d.subject, disseminateBy: plan[i].by },
      file: { name: `${d.number.replace(/\//g, '-')}.pdf`, data: demoPdf([d.number, d.issuer, d.subject]) },
    });
    // The cells left out: never Phiêng Lơi for the first, always Phiêng Lơi for the second (its members still to take it in).
    const order = rng.shuffle(cells.filter((c) => c.id !== data.cellIds['phieng-loi']));
    const left = new Set(order.slice(0, plan[i].skip).map((c) => c.id));
    if (i === 1) left.add(data.cellIds['phieng-loi']);
    for (const c of cells) {
      if (left.has(c.id)) continue;
      const m = plan[i].months.map((n) => meetingIn(c.id, ym(n))).find(Boolean);
      if (!m) continue;
      disseminations.push({ id: rng.uuid(), documentId: id, orgId: c.id, meetingId: m.id, at: new Date(`${m.date}T21:00:00+07:00`) });
      // Some of those absent read it afterwards.
      const absent = data.meetings.invitations.filter((x) => x.meeting_id === m.id && x.role === 'member' && x.person_id
        && x.person_id !== thoan && !data.meetings.attendance.some((a) => a.invitation_id === x.id && isPresentStatus(a.status)));
      for (const x of absent.filter(() => rng.chance(0.5))) {
        reads.push({ documentId: id, personId: x.person_id!, at: new Date(`${addDays(m.date, rng.int(1, 6))}T19:00:00+07:00`),
          method: rng.chance(0.6) ? 'self' as const : 'secretary' as const });
      }
    }
  }
  const tx = joinTx(db, q);
  const admin = await actorOf(q, data, 'admin');
  for (const d of docs) await createDocument(tx, admin, data.rootId, d.input, d.file, { id: d.id }, d.at);
  for (const d of disseminations) await writeDissemination(q, admin, d.orgId, { documentId: d.documentId, meetingId: d.meetingId }, { id: d.id }, d.at);
  for (const r of reads) await writeRead(q, admin, r.documentId, r.personId, r.method, undefined, r.at);
}
