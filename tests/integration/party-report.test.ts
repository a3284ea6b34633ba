import crypto from 'node:crypto';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDb } from '../support/db';
import { pdfText } from '../support/pdf';
import type { Db, Queryable } from '../../src/server/db/index';
import { ensureBuiltinSchemes } from '../../src/server/modules/meetings/scoring';
import { reportModel, type ReportModel } from '../../src/server/modules/reports/model';
import { renderReportDocx, renderReportPdf, renderXlsx } from '../../src/server/modules/reports/render';

/**
 * A report to the upper level at two levels of a small known history, every figure counted by hand.
 * Province P → commune X (cells A, B) and commune Y (cell C). Today is 25/03/2025; the period is the first quarter.
 *
 * Every meeting collects dues of 4.000 đ from the members present.
 * A: An, Bình, Cường (official). Jan, Feb, Mar regular meetings approved, levels tot, kha, kha. Cường absent without
 *    reason in Feb and Mar (2 months: a reminder), present in Jan; he paid nothing in Feb and Mar (2 months, a reminder).
 *    → held 3 of 3 months, expected 9, attended 7; dues 3 + 2 + 2 payments = 28.000 đ by 3 members.
 * B: Giang, Hà (official). Jan approved (both present, tot); Feb none (missing); Mar 03/03 held, not approved, Hà away
 *    with reason (trung_binh; she paid nothing that month: one month, no reminder). → held 2 of 3, expected 4,
 *    attended 3; dues 12.000 đ by 2 members at 2 meetings.
 * C: Khánh (official). Jan, Feb, Mar approved, present, kha. → held 3 of 3, expected 3, attended 3; 12.000 đ.
 *
 * Commune X: cells 2, members 5, months 6, held 5, missing 1, expected 13, attended 10 (76,9%), tot 2, kha 2, tb 1;
 *   dues 40.000 đ at 5 meetings by 5 members.
 * Commune Y: cells 1, members 1, months 3, held 3, expected 3, attended 3 (100%), kha 3; dues 12.000 đ.
 * Province: cells 3, members 6, months 9, held 8, missing 1, expected 16, attended 13 (81,3%), tot 2, kha 5, tb 1;
 *   members under the absence rule 1 (reminder), under the dues rule 1 (reminder); dues 52.000 đ by 6 members.
 */
const TODAY = '2025-03-25';

async function history(q: Queryable) {
  const id = () => crypto.randomUUID();
  const ids: Record<string, string> = {};
  const org = async (key: string, parent: string | null, kind: string, name: string) => {
    ids[key] = id();
    const path = parent ? `${(await q.one<{ path: string }>('SELECT path FROM orgs WHERE id = $1', [ids[parent]]))!.path}${ids[key]}/` : `/${ids[key]}/`;
    await q.query('INSERT INTO orgs (id, parent_id, path, kind, name) VALUES ($1, $2, $3, $4, $5)', [ids[key], parent ? ids[parent] : null, path, kind, name]);
  };
  await org('P', null, 'committee', 'Đảng bộ tỉnh P');
  await org('X', 'P', 'committee', 'Đảng bộ xã X');
  await org('Y', 'P', 'committee', 'Đảng bộ xã Y');
  await org('A', 'X', 'cell', 'Chi bộ A');
  await org('B', 'X', 'cell', 'Chi bộ B');
  await org('C', 'Y', 'cell', 'Chi bộ C');
  const people: [string, string][] = [['An', 'A'], ['Bình', 'A'], ['Cường', 'A'], ['Giang', 'B'], ['Hà', 'B'], ['Khánh', 'C']];
  for (const [name, cell] of people) {
    ids[name] = id();
    await q.query('INSERT INTO people (id, full_name, name_search) VALUES ($1, $2, $3)', [ids[name], `Nguyễn Văn ${name}`, name.toLowerCase()]);
    await q.query(`INSERT INTO members (person_id, standing, state) VALUES ($1, 'official', 'active')`, [ids[name]]);
    await q.query(`INSERT INTO memberships (person_id, org_id, started_on) VALUES ($1, $2, '2020-01-01')`, [ids[name], ids[cell]]);
  }
  await ensureBuiltinSchemes(q);
  const scheme = (await q.one<{ id: string; version: number }>('SELECT id, version FROM scoring_schemes ORDER BY id LIMIT 1'))!;
  const meeting = async (cell: string, date: string, status: string, level: string, roll: Record<string, string>) => {
    const m = id();
    await q.query(`INSERT INTO meetings (id, org_id, type, original_date, date, start_time, status) VALUES ($1, $2, 'regular', $3, $3, '08:00', $4)`, [
      m, ids[cell], date, status,
    ]);
    for (const [name, st] of Object.entries(roll)) {
      const inv = id();
      await q.query(`INSERT INTO invitations (id, meeting_id, role, person_id, name, standing, member_state) VALUES ($1, $2, 'member', $3, $4, 'official', 'active')`, [
        inv, m, ids[name], name,
      ]);
      await q.query('INSERT INTO attendance (invitation_id, meeting_id, status) VALUES ($1, $2, $3)', [inv, m, st]);
      if (st === 'present') {
        await q.query('INSERT INTO dues_payments (meeting_id, person_id, amount_paid, expected) VALUES ($1, $2, 4000, 4000)', [m, ids[name]]);
      }
    }
    await q.query(
      `INSERT INTO meeting_scores (meeting_id, scheme_id, scheme_version, points, total, level) VALUES ($1, $2, $3, '{}', 80, $4)`,
      [m, scheme.id, scheme.version, level],
    );
    return m;
  };
  const a = (cuong: string) => ({ An: 'present', 'Bình': 'present', 'Cường': cuong });
  await meeting('A', '2025-01-03', 'approved', 'tot', a('present'));
  await meeting('A', '2025-02-03', 'approved', 'kha', a('absent_unexcused'));
  ids.marA = await meeting('A', '2025-03-03', 'approved', 'kha', a('absent_unexcused'));
  await meeting('B', '2025-01-03', 'approved', 'tot', { Giang: 'present', 'Hà': 'present' });
  await meeting('B', '2025-03-03', 'held', 'trung_binh', { Giang: 'present', 'Hà': 'absent_excused' });
  for (const d of ['2025-01-03', '2025-02-03', '2025-03-03']) await meeting('C', d, 'approved', 'kha', { 'Khánh': 'present' });
  return ids;
}

/** The text of a DOCX's body (word/document.xml, from the ZIP's local headers). */
function docxText(buf: Buffer): string {
  let at = 0;
  while (at < buf.length - 30 && buf.readUInt32LE(at) === 0x04034b50) {
    const method = buf.readUInt16LE(at + 8);
    const size = buf.readUInt32LE(at + 18);
    const nameLen = buf.readUInt16LE(at + 26);
    const extra = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 30, at + 30 + nameLen).toString();
    const data = buf.subarray(at + 30 + nameLen + extra, at + 30 + nameLen + extra + size);
    if (name === 'word/document.xml') {
      const xml = (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
      // A table's row on one line, its cells between bars; a paragraph on its own line.
      return xml.replace(/<\/w:p>\s*<\/w:tc>/g, ' | ').replace(/<\/w:tr>/g, '\n').replace(/<\/w:p>/g, '\n').replace(/<w:tab\/>/g, '\t')
        .replace(/<[^>]+>/g, '');
    }
    at += 30 + nameLen + extra + size;
  }
  throw new Error('no word/document.xml');
}

const row = (m: ReportModel, name: string) => m.units.find((r) => r.name === name)!;

describe.each(DB_KINDS)('the report to the upper level on %s', (kind) => {
  let db: Db;
  let ids: Record<string, string>;
  beforeAll(async () => {
    db = await freshDb(kind);
    ids = await db.tx(history);
  }, 120_000);
  afterAll(async () => db?.close());

  it('goes by the communes under a province, with their total, as counted by hand', async () => {
    const m = await reportModel(db, ids.P, '2025-Q1', TODAY);
    expect(m.level).toBe('units');
    expect(m.units.map((r) => r.name)).toEqual(['Đảng bộ xã X', 'Đảng bộ xã Y']);
    expect(row(m, 'Đảng bộ xã X')).toMatchObject({
      cells: 2, members: 5, months: 6, held: 5, missing: 1, expected: 13, attended: 10, rate: 76.9, tot: 2, kha: 2, tb: 1, kem: 0,
      absenceWarning: 1, absenceFlag: 0, duesWarning: 1, duesFlag: 0, duesMeetings: 5, duesPayers: 5, duesPaid: 40000,
    });
    expect(row(m, 'Đảng bộ xã Y')).toMatchObject({ cells: 1, members: 1, months: 3, held: 3, missing: 0, expected: 3, attended: 3, rate: 100, kha: 3, duesPaid: 12000, duesPayers: 1 });
    expect(m.total).toMatchObject({
      name: 'Cộng', cells: 3, members: 6, months: 9, held: 8, missing: 1, expected: 16, attended: 13, rate: 81.3, tot: 2, kha: 5, tb: 1,
      absenceWarning: 1, duesWarning: 1, duesMeetings: 8, duesPaid: 52000, duesPayers: 6,
    });
    // The dashboards' totals say the same.
    expect(m.totals).toMatchObject({ cells: 3, expectedMeetings: 9, missing: 1, absenceWarning: 1, duesWarning: 1 });
    expect(m.totals.attendance).toMatchObject({ expected: 16, attended: 13 });
    expect(m.totals.dues).toEqual({ meetings: 8, payers: 6, paid: 52000, expected: 52000 });
    // Every cell is still there, with the commune it belongs to; nobody is named at this level.
    expect(m.cells.map((c) => [c.name, c.unit, c.held, c.expected, c.attended])).toEqual([
      ['Chi bộ A', 'Đảng bộ xã X', 3, 9, 7], ['Chi bộ B', 'Đảng bộ xã X', 2, 4, 3], ['Chi bộ C', 'Đảng bộ xã Y', 3, 3, 3],
    ]);
    expect(m.members).toEqual([]);
  });

  it('goes cell by cell in a commune and names the members under the rules', async () => {
    const m = await reportModel(db, ids.X, '2025-Q1', TODAY);
    expect(m.level).toBe('cells');
    expect(m.units.map((r) => [r.name, r.held, r.missing, r.expected, r.attended, r.absenceWarning, r.duesWarning])).toEqual([
      ['Chi bộ A', 3, 0, 9, 7, 1, 1], ['Chi bộ B', 2, 1, 4, 3, 0, 0],
    ]);
    expect(m.total).toMatchObject({ cells: 2, held: 5, expected: 13, attended: 10, rate: 76.9 });
    expect(m.members.map((x) => [x.fullName, x.absence.months, x.dues.months])).toEqual([['Nguyễn Văn Cường', [2, 3], [2, 3]]]);
  });

  it('prints the province’s tables by commune in the XLSX, the PDF and the DOCX', async () => {
    const d = { model: await reportModel(db, ids.P, '2025-Q1', TODAY), narrative: null, number: null };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(d)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp', 'Đơn vị trực thuộc', 'Chi bộ', 'Đảng viên cần nhắc', 'Sinh hoạt chuyên đề', 'Đảng phí', 'Quán triệt', 'Kiểm tra, giám sát',
    ]);
    const values = (sheet: string, r: number) => (wb.getWorksheet(sheet)!.getRow(r).values as unknown[]).slice(1);
    // Name, cells, members, months, held, missing, expected, attended, rate.
    expect(values('Đơn vị trực thuộc', 2).slice(0, 9)).toEqual(['Đảng bộ xã X', 2, 5, 6, 5, 1, 13, 10, 76.9]);
    expect(values('Đơn vị trực thuộc', 4).slice(0, 9)).toEqual(['Cộng', 3, 6, 9, 8, 1, 16, 13, 81.3]);
    expect(values('Chi bộ', 3)[0]).toBe('Chi bộ B');
    expect(values('Chi bộ', 3).at(-1)).toBe('Đảng bộ xã X');
    expect(values('Đảng viên cần nhắc', 2)).toEqual(['Đảng bộ xã X', 5, 1, 0, 1, 0]);
    expect(values('Đảng phí', 4)).toEqual(['Cộng', 8, 6, 52000, 52000]);

    const pdf = pdfText(await renderReportPdf(d));
    expect(pdf).toContain('KẾT QUẢ CỦA CÁC ĐƠN VỊ TRỰC THUỘC');
    expect(pdf).toContain('Đảng viên dự sinh hoạt: 13/16 lượt');
    expect(pdf).toMatch(/Đảng bộ xã X\s+2\s+5\s+6\s+5\s+1\s+76,9\s+2\s+2\s+1\s+0\s+0/);
    expect(pdf).toMatch(/Cộng\s+3\s+6\s+9\s+8\s+1\s+81,3/);
    expect(pdf).not.toContain('Nguyễn Văn Cường');
    expect(pdf).not.toContain('Chi bộ A');
    const docx = docxText(await renderReportDocx(d));
    expect(docx).toContain('KẾT QUẢ CỦA CÁC ĐƠN VỊ TRỰC THUỘC');
    expect(docx).toContain('Đảng bộ xã Y | 1 | 1 | 3 | 3 | 0 | 100 | 0 | 3 | 0 | 0 | 0 |');
    expect(docx).toContain('Cộng | 3 | 6 | 9 | 8 | 1 | 81,3 | 2 | 5 | 1 | 0 | 0 |');
    expect(docx).toContain('Đảng bộ xã X | 1 | 0 | 1 | 0 | 40 | 0/0 | 0 (0) |');
    expect(docx).not.toContain('Nguyễn Văn Cường');
  });

  it('changes the figures when approved minutes are corrected', async () => {
    // March at A: the minutes are reopened, Cường had in fact come and paid, the minutes are approved again.
    await db.tx(async (q) => {
      await q.query(`UPDATE meetings SET status = 'held' WHERE id = $1`, [ids.marA]);
      await q.query(
        `UPDATE attendance SET status = 'present' WHERE invitation_id = (SELECT id FROM invitations WHERE meeting_id = $1 AND person_id = $2)`,
        [ids.marA, ids['Cường']],
      );
      await q.query('INSERT INTO dues_payments (meeting_id, person_id, amount_paid, expected) VALUES ($1, $2, 4000, 4000)', [ids.marA, ids['Cường']]);
      await q.query(`UPDATE meetings SET status = 'approved' WHERE id = $1`, [ids.marA]);
    });
    const m = await reportModel(db, ids.P, '2025-Q1', TODAY);
    // Cường missed February only: one month, under neither rule any more.
    expect(row(m, 'Đảng bộ xã X')).toMatchObject({ expected: 13, attended: 11, rate: 84.6, absenceWarning: 0, duesWarning: 0, duesPaid: 44000, duesPayers: 5 });
    expect(m.total).toMatchObject({ attended: 14, rate: 87.5, absenceWarning: 0, duesWarning: 0, duesPaid: 56000, duesPayers: 6 });
    // January at A is cancelled (entered by mistake), then Cường's March payment is taken back: the members who paid in
    // the quarter at A are An, Bình and Cường (March), then An and Bình.
    await db.query(`UPDATE meetings SET status = 'cancelled', cancel_reason = 'Nhập nhầm' WHERE org_id = $1 AND date = '2025-01-03'`, [ids.A]);
    const a1 = (await reportModel(db, ids.X, '2025-Q1', TODAY)).units.find((r) => r.name === 'Chi bộ A');
    expect(a1).toMatchObject({ held: 2, missing: 1, duesMeetings: 2, duesPaid: 20000, duesPayers: 3 });
    await db.query('DELETE FROM dues_payments WHERE meeting_id = $1 AND person_id = $2', [ids.marA, ids['Cường']]);
    const a2 = (await reportModel(db, ids.X, '2025-Q1', TODAY)).units.find((r) => r.name === 'Chi bộ A');
    expect(a2).toMatchObject({ duesMeetings: 2, duesPaid: 16000, duesPayers: 2 });
    // The months kept per member equal the payments counted afresh.
    const kept = await db.query('SELECT org_id, person_id, year, months FROM dues_paid_months ORDER BY 1, 2, 3');
    const counted = await db.query(
      `SELECT m.org_id, d.person_id, extract(year FROM coalesce(m.original_date, m.date))::int AS year,
              bit_or(1 << extract(month FROM coalesce(m.original_date, m.date))::int) AS months
         FROM dues_payments d JOIN meetings m ON m.id = d.meeting_id AND m.status IN ('held', 'approved')
        WHERE d.amount_paid > 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    );
    expect(kept).toEqual(counted);
    expect(kept.find((r: any) => r.person_id === ids['Cường'])).toBeUndefined();
  });
});
