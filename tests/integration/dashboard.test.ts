import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import type { Queryable } from '../../src/server/db/index';
import { dashboard, memberHome, rulesMembers, trends } from '../../src/server/modules/dashboard/service';
import { ensureBuiltinSchemes } from '../../src/server/modules/meetings/scoring';
import ExcelJS from 'exceljs';
import { pdfText } from '../support/pdf';
import { parsePeriod, reportModel } from '../../src/server/modules/reports/model';
import { renderReportDocx, renderReportPdf, renderXlsx } from '../../src/server/modules/reports/render';
import { periodFigures, totalsOf } from '../../src/server/modules/dashboard/figures';

/**
 * A small history written row by row, and every dashboard figure checked against values counted by hand.
 * Commune X has three cells meeting on the 3rd (the national default): A, B and C. Today is 25/03/2025.
 *
 * Cell A: An, Bình, Cường, Dũng (official), Én (probationary), Phúc (official, exempt).
 *   Jan, Feb: held and approved; Dũng absent without reason both times; Én absent with reason in Feb.
 *     Dues collected at each meeting from those present (and from Phúc, exempt from meetings but not from dues).
 *   Mar (03/03, thematic combined with the regular one, approved, level kha, the committee member came):
 *     An, Bình present, Cường late, Dũng absent without reason, Én present, Phúc (exempt) away.
 *     → expected 5 (Phúc exempt), attended 4, rate 0.8; Dũng: 3 months without reason → flag; no dues from him in 3 months → flag.
 * Cell B: Giang, Hà (official). Mar: planned for 20/03, not held → late. Feb: held (not approved), both present, level tot.
 * Cell C: Khánh (official). No meeting row at all: Feb → missing, Mar (rule date 03/03 passed) → late.
 * Dissemination: the commune's Nghị quyết 05-NQ/ĐU to all three cells by 15/03, done by A at its March meeting; its
 *   Chỉ thị 02-CT/ĐU to B only by 30/04 (not due in March). Inspection of B decided 10/02, concluded 05/03; remedies:
 *   one open due 20/03 (overdue), one reported done, one verified.
 */
const TODAY = '2025-03-25';

async function history(q: Queryable) {
  const id = () => crypto.randomUUID();
  const ids: Record<string, string> = {};
  const root = id();
  await q.query(`INSERT INTO orgs (id, path, kind, name) VALUES ($1, $2, 'committee', 'Đảng bộ xã X')`, [root, `/${root}/`]);
  for (const cell of ['A', 'B', 'C']) {
    ids[cell] = id();
    await q.query(`INSERT INTO orgs (id, parent_id, path, kind, name) VALUES ($1, $2, $3, 'cell', $4)`, [
      ids[cell], root, `/${root}/${ids[cell]}/`, `Chi bộ ${cell}`,
    ]);
  }
  const people: [string, string, 'official' | 'probationary', string][] = [
    ['An', 'A', 'official', 'active'], ['Bình', 'A', 'official', 'active'], ['Cường', 'A', 'official', 'active'],
    ['Dũng', 'A', 'official', 'active'], ['Én', 'A', 'probationary', 'active'], ['Phúc', 'A', 'official', 'exempt'],
    ['Giang', 'B', 'official', 'active'], ['Hà', 'B', 'official', 'active'], ['Khánh', 'C', 'official', 'active'],
    ['Overseer', 'C', 'official', 'active'],
  ];
  for (const [name, cell, standing, state] of people) {
    ids[name] = id();
    await q.query(`INSERT INTO people (id, full_name, name_search) VALUES ($1, $2, $3)`, [ids[name], `Nguyễn Văn ${name}`, name.toLowerCase()]);
    await q.query(`INSERT INTO members (person_id, standing, state) VALUES ($1, $2, $3)`, [ids[name], standing, state]);
    await q.query(`INSERT INTO memberships (person_id, org_id, started_on) VALUES ($1, $2, '2020-01-01')`, [ids[name], ids[cell]]);
  }
  await ensureBuiltinSchemes(q);
  const scheme = (await q.one<{ id: string; version: number }>(`SELECT id, version FROM scoring_schemes ORDER BY id LIMIT 1`))!;
  const meeting = async (
    cell: string, date: string, type: string, status: string,
    roll: Record<string, string | null>, opts: { level?: string; overseer?: boolean; dues?: boolean } = {},
  ) => {
    const m = id();
    await q.query(`INSERT INTO meetings (id, org_id, type, original_date, date, start_time, status) VALUES ($1, $2, $3, $4, $4, '08:00', $5)`, [
      m, ids[cell], type, date, status,
    ]);
    for (const [name, status2] of Object.entries(roll)) {
      const p = people.find((x) => x[0] === name)!;
      const inv = id();
      await q.query(
        `INSERT INTO invitations (id, meeting_id, role, person_id, name, standing, member_state) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [inv, m, p[3] === 'exempt' ? 'exempt' : 'member', ids[name], name, p[2], p[3]],
      );
      if (status2) await q.query(`INSERT INTO attendance (invitation_id, meeting_id, status) VALUES ($1, $2, $3)`, [inv, m, status2]);
      if (opts.dues && ((status2 && ['present', 'late'].includes(status2)) || p[3] === 'exempt')) {
        await q.query(`INSERT INTO dues_payments (meeting_id, person_id, amount_paid, expected) VALUES ($1, $2, 4000, 4000)`, [m, ids[name]]);
      }
    }
    if (opts.overseer !== undefined) {
      const inv = id();
      await q.query(`INSERT INTO invitations (id, meeting_id, role, person_id, name) VALUES ($1, $2, 'overseer', $3, 'Overseer')`, [inv, m, ids.Overseer]);
      await q.query(`INSERT INTO attendance (invitation_id, meeting_id, status) VALUES ($1, $2, $3)`, [inv, m, opts.overseer ? 'present' : 'absent_excused']);
    }
    if (opts.level) {
      await q.query(
        `INSERT INTO meeting_scores (meeting_id, scheme_id, scheme_version, points, total, level) VALUES ($1, $2, $3, '{}', 80, $4)`,
        [m, scheme.id, scheme.version, opts.level],
      );
    }
    return m;
  };
  const roll = (dung: string, en: string, cuong = 'present') =>
    ({ An: 'present', 'Bình': 'present', 'Cường': cuong, 'Dũng': dung, 'Én': en, 'Phúc': null });
  await meeting('A', '2025-01-03', 'regular', 'approved', roll('absent_unexcused', 'present'), { level: 'tot', dues: true });
  await meeting('A', '2025-02-03', 'regular', 'approved', roll('absent_unexcused', 'absent_excused'), { level: 'tot', dues: true });
  ids.marA = await meeting('A', '2025-03-03', 'combined', 'approved', roll('absent_unexcused', 'present', 'late'), {
    level: 'kha', overseer: true, dues: true,
  });
  await meeting('B', '2025-02-03', 'regular', 'held', { Giang: 'present', 'Hà': 'present' }, { level: 'tot', overseer: false });
  await meeting('B', '2025-03-20', 'regular', 'planned', { Giang: null, 'Hà': null });
  // Tasks: A has one past due (10/03), one in progress with no date, one done; B one due at the end of April.
  const task = (cell: string, title: string, status: string, due: string | null) => q.query(
    `INSERT INTO tasks (org_id, title, owner_kind, owner_org_id, due_on, status, done_on) VALUES ($1, $2, 'cell', $1, $3, $4, $5)`,
    [ids[cell], title, due, status, status === 'done' ? '2025-03-01' : null],
  );
  await task('A', 'Sửa đường nội bản', 'open', '2025-03-10');
  await task('A', 'Vận động hộ nghèo', 'in_progress', null);
  await task('A', 'Trồng cây', 'done', '2025-02-28');
  await task('B', 'Dọn vệ sinh', 'open', '2025-04-30');
  // March reports: A's came in on 01/03 (due two days before its meeting of 03/03); B's and C's did not.
  await q.query(`INSERT INTO monthly_reports (org_id, month, due_on, submitted_on) VALUES ($1, '2025-03', '2025-03-01', '2025-03-01')`, [ids.A]);
  const doc = async (number: string, subject: string, by: string, allCells: boolean) => {
    const d = id();
    await q.query(
      `INSERT INTO directive_documents (id, org_id, number, doc_type, issuer, issued_on, subject, search, file_name, file_type, file_size,
                                        file_sha256, file_data, disseminate_by, all_cells)
       VALUES ($1, $2, $3, 'resolution', 'Đảng ủy xã X', '2025-02-01', $4, lower($4), 'a.pdf', 'pdf', 4, 'x', '\\x25504446', $5, $6)`,
      [d, root, number, subject, by, allCells],
    );
    return d;
  };
  ids.nq = await doc('05-NQ/ĐU', 'Nghị quyết về xây dựng gia đình văn hóa', '2025-03-15', true);
  ids.ct = await doc('02-CT/ĐU', 'Chỉ thị về phòng chống cháy rừng', '2025-04-30', false);
  await q.query('INSERT INTO dissemination_targets (document_id, org_id) VALUES ($1, $2)', [ids.ct, ids.B]);
  await q.query('INSERT INTO disseminations (document_id, org_id, meeting_id) VALUES ($1, $2, $3)', [ids.nq, ids.A, ids.marA]);
  const item = id();
  await q.query(
    `INSERT INTO supervision_items (id, org_id, year, kind, subject_kind, subject_org_id, content, period_from, period_to, status,
                                    decision_no, decision_date, notice_no, notice_date)
     VALUES ($1, $2, 2025, 'inspection', 'cell', $3, 'Kiểm tra việc thực hiện nghị quyết', '2024-01-01', '2024-12-31', 'concluded', 1, '2025-02-10', 1, '2025-03-05')`,
    [item, root, ids.B],
  );
  for (const [pos, status, due] of [[1, 'open', '2025-03-20'], [2, 'reported', '2025-03-20'], [3, 'verified', '2025-03-10']] as const) {
    await q.query(
      `INSERT INTO supervision_remedies (item_id, position, content, owner_name, due_on, status, reported_at, verified_at)
       VALUES ($1, $2, 'Khắc phục', 'Chi ủy', $3, $4, CASE WHEN $4 <> 'open' THEN now() END, CASE WHEN $4 = 'verified' THEN now() END)`,
      [item, pos, due, status],
    );
  }
  return { root, ids };
}

describe.each(DB_KINDS)('dashboard figures on %s', (kind) => {
  let t: TestApp;
  let h: Awaited<ReturnType<typeof history>>;
  beforeAll(async () => {
    t = await testApp(kind);
    h = await t.db.tx(history);
  }, 240_000);
  afterAll(async () => t?.close());

  it('counts March cell by cell as counted by hand', async () => {
    const d = await dashboard(t.db, h.root, '2025-03', TODAY);
    const by = Object.fromEntries(d.cells.map((c) => [c.orgName, c]));
    expect(by['Chi bộ A']).toMatchObject({
      meetingState: 'approved', expected: 5, attended: 4, attendanceRate: 0.8, absentUnexcused: 1, qualityLevel: 'kha',
      committeePresent: true, thematicCovered: true, thematicHeld: 1, members: 6, absenceWarnings: 1, duesWarnings: 1,
    });
    expect(by['Chi bộ B']).toMatchObject({
      meetingState: 'late', date: '2025-03-20', attendanceRate: null, qualityLevel: null, committeePresent: null, thematicCovered: false, members: 2,
    });
    expect(by['Chi bộ C']).toMatchObject({ meetingState: 'late', meetingId: null, plannedDate: '2025-03-03', attendanceRate: null });
    expect(d.totals).toMatchObject({
      cells: 3, held: 1, approved: 1, awaitingApproval: 0, planned: 0, late: 2, missing: 0, expected: 5, attended: 4, attendanceRate: 0.8,
      quality: { tot: 0, kha: 1, trung_binh: 0, kem: 0, unscored: 0 }, thematicQuarter: '2025-Q1', thematicCovered: 1,
      committeePresent: 1, absenceWarning: 0, absenceFlag: 1, duesWarning: 0, duesFlag: 1, members: 10,
      tasksOpen: 3, tasksOverdue: 1, reportsExpected: 3, reportsSubmitted: 1, reportsOverdue: 2,
    });
    expect([by['Chi bộ A'].tasksOpen, by['Chi bộ A'].tasksOverdue, by['Chi bộ A'].reportsOverdue]).toEqual([2, 1, 0]);
    // Dues of March: An, Bình, Cường, Én and Phúc paid 4.000 đ each at A's meeting.
    expect([by['Chi bộ A'].duesPaid, by['Chi bộ B'].duesPaid, d.totals.duesPaid]).toEqual([20000, 0, 20000]);
    // NQ 05 was due by 15/03 in all three cells: A did it on 03/03; B and C are past the date. CT 02 is due in April.
    expect([by['Chi bộ A'], by['Chi bộ B'], by['Chi bộ C']].map((c) => [c.disseminationDue, c.disseminationDone, c.disseminationOverdue]))
      .toEqual([[1, 1, 0], [1, 0, 1], [1, 0, 1]]);
    expect(d.totals).toMatchObject({
      disseminationDocuments: 1, disseminationDue: 3, disseminationDone: 1, disseminationOverdue: 2, disseminationCellsDue: 3, disseminationCellsComplete: 1,
    });
    expect(d.documents).toEqual([{ documentId: h.ids.nq, number: '05-NQ/ĐU', subject: 'Nghị quyết về xây dựng gia đình văn hóa', disseminateBy: '2025-03-15', cells: 3, done: 1 }]);
    // B's inspection: the open remedy past 20/03 and the one reported done are not verified yet.
    expect([by['Chi bộ B'].remediesOpen, by['Chi bộ B'].remediesOverdue, by['Chi bộ A'].remediesOpen]).toEqual([2, 1, 0]);
    expect(d.totals).toMatchObject({ remediesOpen: 2, remediesReported: 1, remediesOverdue: 1 });
    expect([by['Chi bộ B'].tasksOpen, by['Chi bộ B'].tasksOverdue, by['Chi bộ B'].reportsOverdue]).toEqual([1, 0, 1]);
    // The people behind the flags (named by the drill-down, counted on the dashboard): Dũng missed January, February
    // and March without reason and paid no dues those months.
    expect([by['Chi bộ A'].absenceFlags, by['Chi bộ A'].duesFlags]).toEqual([1, 1]);
    expect((await rulesMembers(t.db, h.root, '2025-03')).items).toEqual([{
      personId: h.ids['Dũng'], fullName: 'Nguyễn Văn Dũng', orgId: h.ids.A, orgName: 'Chi bộ A',
      absence: { level: 'flag', months: [1, 2, 3] }, dues: { level: 'flag', months: [1, 2, 3] },
    }]);
    // Dũng is under both rules: the cell's "members to remind" counts him once, as its list names him once.
    expect([by['Chi bộ A'].membersToRemind, by['Chi bộ B'].membersToRemind, d.totals.membersToRemind]).toEqual([1, 0, 1]);
    expect((await rulesMembers(t.db, h.ids.A, '2025-03')).total).toBe(by['Chi bộ A'].membersToRemind);
  });

  it('counts a month that is over: what was not held is missing', async () => {
    const d = await dashboard(t.db, h.root, '2025-02', TODAY);
    const states = Object.fromEntries(d.cells.map((c) => [c.orgName, c.meetingState]));
    expect(states).toEqual({ 'Chi bộ A': 'approved', 'Chi bộ B': 'held', 'Chi bộ C': 'missing' });
    // A: 5 expected, Dũng and Én away → 3; B: 2 of 2.
    expect(d.totals).toMatchObject({ held: 2, approved: 1, awaitingApproval: 1, missing: 1, expected: 7, attended: 5, attendanceRate: 0.714 });
    expect(d.totals.quality).toEqual({ tot: 2, kha: 0, trung_binh: 0, kem: 0, unscored: 0 });
    // In February Dũng had missed two months: a warning, not yet a flag.
    expect(d.totals).toMatchObject({ absenceWarning: 1, absenceFlag: 0, duesWarning: 1, duesFlag: 0 });
    expect((await rulesMembers(t.db, h.root, '2025-02')).items.map((m) => [m.fullName, m.absence.level, m.dues.level]))
      .toEqual([['Nguyễn Văn Dũng', 'warning', 'warning']]);
    // B's committee member in charge was summoned in February but did not come.
    expect(d.cells.find((c) => c.orgName === 'Chi bộ B')!.committeePresent).toBe(false);
  });

  it('shows a secretary the same panels for one cell', async () => {
    const d = await dashboard(t.db, h.ids.A, '2025-03', TODAY);
    expect(d.cells).toHaveLength(1);
    expect(d.totals).toMatchObject({ cells: 1, held: 1, attendanceRate: 0.8, absenceFlag: 1 });
  });

  it('gives a quarter report the same figures the dashboards give month by month', async () => {
    const q = totalsOf(await periodFigures(t.db, h.root, '2025-01', '2025-03', TODAY));
    // Jan: A (4 of 5; Dũng away); Feb: A 3/5, B 2/2; Mar: A 4/5 → 13 of 17.
    expect(q).toMatchObject({ expectedMeetings: 9, approved: 3, held: 1, late: 2, missing: 3, attendanceRate: 0.765 });
    expect(q.attendance).toMatchObject({ expected: 17, attended: 13, absentUnexcused: 3, absentExcused: 1 });
    expect(q.thematic).toMatchObject({ held: 1, cellsCovered: 1 });
    // Dues: 5 + 4 + 5 payments of 4.000 đ at A's three meetings, by five members.
    expect(q.dues).toEqual({ meetings: 3, payers: 5, paid: 56000, expected: 56000 });
    expect(q.supervision).toEqual({
      inspection: { planned: 1, decided: 1, concluded: 1 }, supervision: { planned: 0, decided: 0, concluded: 0 },
      remedies: { total: 3, open: 1, reported: 1, verified: 1, overdue: 1 },
    });
    // In the second quarter CT 02 falls due for B, and NQ 05 is still outstanding for B and C.
    const q2 = totalsOf(await periodFigures(t.db, h.root, '2025-04', '2025-06', TODAY));
    expect(q2.dissemination).toMatchObject({ documents: 2, due: 3, done: 0 });
  });

  it('reports the quarter to the upper level with the dashboards’ figures: XLSX one sheet per table, PDF and DOCX', async () => {
    const d = { model: await reportModel(t.db, h.root, '2025-Q1', TODAY), narrative: null, number: null };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(d)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp', 'Chi bộ', 'Đảng viên cần nhắc', 'Sinh hoạt chuyên đề', 'Đảng phí', 'Quán triệt', 'Kiểm tra, giám sát',
    ]);
    const summary = new Map<string, unknown>();
    wb.getWorksheet('Tổng hợp')!.eachRow((r, i) => { if (i > 1) summary.set(String(r.getCell(1).value), r.getCell(2).value); });
    expect(summary.get('Lượt đảng viên phải dự')).toBe(17);
    expect(summary.get('Lượt đảng viên dự họp')).toBe(13);
    expect(summary.get('Tỷ lệ dự họp (%)')).toBe(76.5);
    expect(summary.get('Không sinh hoạt')).toBe(3);
    expect(summary.get('Đảng viên vắng không lý do từ 3 tháng (xem xét xóa tên)')).toBe(1);
    expect(summary.get('Đảng phí đã thu (đồng)')).toBe(56000);
    expect(summary.get('Lượt chi bộ đã quán triệt')).toBe(1);
    expect(summary.get('Lượt chi bộ quá hạn chưa quán triệt')).toBe(2);
    expect(summary.get('Cuộc kiểm tra đã kết luận trong kỳ')).toBe(1);
    expect(summary.get('Trong đó quá hạn')).toBe(1);
    const quan = wb.getWorksheet('Quán triệt')!.getRow(2);
    expect([quan.getCell(1).value, quan.getCell(3).value, quan.getCell(4).value, quan.getCell(5).value]).toEqual(['05-NQ/ĐU', '15/03/2025', 3, 1]);
    expect(wb.getWorksheet('Đảng phí')!.getRow(2).getCell(4).value).toBe(56000);
    const cellA = wb.getWorksheet('Chi bộ')!.getRow(2);
    expect([cellA.getCell(1).value, cellA.getCell(4).value, cellA.getCell(6).value, cellA.getCell(7).value]).toEqual(['Chi bộ A', 3, 15, 11]);
    expect(wb.getWorksheet('Đảng viên cần nhắc')!.getRow(2).getCell(1).value).toBe('Nguyễn Văn Dũng');
    const text = pdfText(await renderReportPdf(d));
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('quý I năm 2025');
    expect(text).toContain('Đảng viên dự sinh hoạt: 13/17 lượt');
    expect(text).toContain('Đồng chí Nguyễn Văn Dũng (Chi bộ A)');
    expect(text).toContain('đã thu 56.000 đồng');
    expect(text).toContain('lượt chi bộ đã quán triệt: 1/3');
    expect(text).toContain('1. Kiểm tra: 1 cuộc trong chương trình');
    expect(text).toContain('DỰ THẢO');
    const docx = await renderReportDocx(d);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('knows the periods of a report and refuses others', () => {
    expect(parsePeriod('2025-H2')).toMatchObject({ fromMonth: '2025-07', toMonth: '2025-12', label: '6 tháng cuối năm 2025' });
    expect(parsePeriod('2025')).toMatchObject({ fromMonth: '2025-01', toMonth: '2025-12' });
    expect(() => parsePeriod('2025-Q5')).toThrow();
  });

  it('draws the trend of the last months for the commune and each cell', async () => {
    const tr = await trends(t.db, h.root, 12, '2025-03');
    expect(tr.series).toHaveLength(12);
    const mar = tr.series.at(-1)!;
    const feb = tr.series.at(-2)!;
    expect(mar).toMatchObject({ month: '2025-03', attendanceRate: 0.8, held: 1, regularity: 0.333 });
    expect(feb).toMatchObject({ month: '2025-02', expected: 7, attended: 5, held: 2, regularity: 0.667, quality: { tot: 2, kha: 0, trung_binh: 0, kem: 0, unscored: 0 } });
    expect(tr.series[0]).toMatchObject({ month: '2024-04', attendanceRate: null, held: 0 });
    const a = tr.children.find((c) => c.orgName === 'Chi bộ A')!;
    expect(a.series.slice(-3).map((p) => p.attendanceRate)).toEqual([0.8, 0.6, 0.8]);
  });

  it('shows a member their own year: attendance and the months without dues', async () => {
    const home = await memberHome(t.db, h.ids['Dũng'], TODAY);
    expect(home.attendance).toMatchObject({ year: 2025, attended: 0, meetings: 3, rate: 0 });
    expect(home.attendance!.absence).toMatchObject({ level: 'flag', months: [1, 2, 3] });
    expect(home.dues).toMatchObject({ total: 0, unpaidMonths: ['2025-01', '2025-02', '2025-03'], level: 'flag' });
    const an = await memberHome(t.db, h.ids.An, TODAY);
    expect(an.dues).toMatchObject({ total: 12000, unpaidMonths: [], level: 'ok' });
    expect(an.attendance).toMatchObject({ attended: 3, meetings: 3, rate: 1 });
  });
});

describe.each(DB_KINDS)('dashboard API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
  }, 300_000);
  afterAll(async () => t?.close());

  it('answers the commune leader with every cell, and a correction of approved minutes changes the figures', async () => {
    const don = await login(t.app, 'pqdon');
    const truong = await login(t.app, 'lvtruong');
    const root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    const m = (await t.db.one<{ id: string; org_id: string; month: string }>(
      `SELECT m.id, m.org_id, to_char(coalesce(m.original_date, m.date), 'YYYY-MM') AS month FROM meetings m JOIN orgs o ON o.id = m.org_id
        WHERE o.name = 'Chi bộ bản Phiêng Lơi' AND m.status = 'approved' AND m.type = 'regular'
          AND EXISTS (SELECT 1 FROM invitations i JOIN attendance a ON a.invitation_id = i.id
                       WHERE i.meeting_id = m.id AND i.role = 'member' AND a.status IN ('absent_excused', 'absent_unexcused'))
        ORDER BY m.date DESC LIMIT 1`,
    ))!;
    const get = async () => {
      const res = await t.app.inject({ url: `/api/dashboard?orgId=${root}&month=${m.month}`, headers: { cookie: don } });
      expect(res.statusCode).toBe(200);
      return json(res);
    };
    const before = await get();
    expect(before.cells).toHaveLength(19);
    for (const c of before.cells) if (c.attendanceRate !== null) expect(c.attendanceRate).toBeGreaterThanOrEqual(0), expect(c.attendanceRate).toBeLessThanOrEqual(1);
    const cell = before.cells.find((c: any) => c.orgId === m.org_id);
    expect(cell.meetingState).toBe('approved');
    // The secretary corrects the minutes: someone recorded absent had in fact come.
    const absent = (await t.db.one<{ person_id: string; status: string }>(
      `SELECT i.person_id, a.status FROM invitations i JOIN attendance a ON a.invitation_id = i.id
        WHERE i.meeting_id = $1 AND i.role = 'member' AND a.status IN ('absent_excused', 'absent_unexcused') ORDER BY i.name LIMIT 1`, [m.id],
    ))!;
    const inject = (method: string, url: string, payload?: object) => t.app.inject({ method: method as 'POST', url, payload, headers: { cookie: truong } });
    expect((await inject('POST', `/api/meetings/${m.id}/corrections`, { reason: 'Ghi nhầm điểm danh' })).statusCode).toBe(200);
    expect((await get()).cells.find((c: any) => c.orgId === m.org_id).meetingState).toBe('held');
    expect((await inject('PUT', `/api/meetings/${m.id}/attendance/${absent.person_id}`, { status: 'present' })).statusCode).toBe(200);
    const approve = await inject('POST', `/api/meetings/${m.id}/approve`);
    expect(approve.statusCode, approve.body).toBe(200);
    const after = await get();
    const cellAfter = after.cells.find((c: any) => c.orgId === m.org_id);
    expect(cellAfter.meetingState).toBe('approved');
    expect(cellAfter.attended).toBe(cell.attended + 1);
    if (absent.status === 'absent_unexcused') expect(cellAfter.absentUnexcused).toBe(cell.absentUnexcused - 1);
    expect(after.totals.attended).toBe(before.totals.attended + 1);
  });

  it('downloads the month’s report as XLSX, PDF and DOCX', async () => {
    const don = await login(t.app, 'pqdon');
    const root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    for (const [ext, type] of [['xlsx', 'spreadsheetml'], ['pdf', 'application/pdf'], ['docx', 'wordprocessingml']]) {
      const res = await t.app.inject({ url: `/api/reports/party-building.${ext}?orgId=${root}&period=2026-10`, headers: { cookie: don } });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers['content-type']).toContain(type);
      expect(res.headers['content-disposition']).toContain(`bao-cao-xay-dung-dang-2026-10.${ext}`);
    }
    const bad = await t.app.inject({ url: `/api/reports/party-building.pdf?orgId=${root}&period=2026-Q7`, headers: { cookie: don } });
    expect(bad.statusCode).toBe(400);
  });

  it('lets the office write the narrative in versions, issue the report with the next BC number, and prints both', async () => {
    const don = await login(t.app, 'pqdon');
    const root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    const call = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: { cookie: don } });
    const period = '2026-09';
    const state0 = json(await call('GET', `/api/reports/party-building?orgId=${root}&period=${period}`));
    expect(state0).toMatchObject({ status: 'draft', number: null, version: 0, versions: [], label: 'tháng 09/2026' });
    const text = {
      strengths: 'Các chi bộ duy trì sinh hoạt đều đặn.\nNội dung sinh hoạt bám sát nghị quyết.', weaknesses: 'Một số chi bộ vắng nhiều.',
      directions: 'Nâng cao chất lượng sinh hoạt chuyên đề.', proposals: '',
    };
    // Issuing before anything is written is refused, in the user's language.
    const early = await call('POST', '/api/reports/party-building/issue', { orgId: root, period });
    expect(early.statusCode).toBe(400);
    expect(json(early).error.message).toContain('ưu điểm, hạn chế và phương hướng');
    const v1 = await call('PUT', '/api/reports/party-building/narrative', { orgId: root, period, version: 0, narrative: { ...text, strengths: 'Nháp' } });
    expect(v1.statusCode, v1.body).toBe(200);
    expect(json(v1)).toMatchObject({ version: 1, narrative: { strengths: 'Nháp' } });
    // A save from an older version (someone else saved meanwhile) is refused; nothing is overwritten.
    const stale = await call('PUT', '/api/reports/party-building/narrative', { orgId: root, period, version: 0, narrative: text });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.message).toContain('phiên bản 1');
    const v2 = json(await call('PUT', '/api/reports/party-building/narrative', { orgId: root, period, version: 1, narrative: text }));
    expect(v2.version).toBe(2);
    expect(v2.versions.map((v: any) => [v.version, v.narrative.strengths.slice(0, 4)])).toEqual([[2, 'Các '], [1, 'Nháp']]);
    // The draft's PDF carries the text, still marked as a draft without a number.
    const draft = pdfText((await call('GET', `/api/reports/party-building.pdf?orgId=${root}&period=${period}`)).rawPayload);
    expect(draft).toContain('Nội dung sinh hoạt bám sát nghị quyết.');
    expect(draft).toContain('DỰ THẢO');
    const issued = await call('POST', '/api/reports/party-building/issue', { orgId: root, period, date: '2026-10-05' });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(json(issued)).toMatchObject({ status: 'issued', number: 'Số 01-BC/ĐU', issuedOn: '2026-10-05', issuedVersion: 2 });
    // The next report of the unit takes the next number; an issued report is no longer edited.
    await call('PUT', '/api/reports/party-building/narrative', { orgId: root, period: '2026-Q3', version: 0, narrative: text });
    expect(json(await call('POST', '/api/reports/party-building/issue', { orgId: root, period: '2026-Q3', date: '2026-10-06' })).number).toBe('Số 02-BC/ĐU');
    const again = await call('PUT', '/api/reports/party-building/narrative', { orgId: root, period, version: 2, narrative: text });
    expect(again.statusCode).toBe(409);
    expect(json(again).error.message).toContain('Số 01-BC/ĐU');
    expect((await call('POST', '/api/reports/party-building/issue', { orgId: root, period })).statusCode).toBe(409);
    const pdf = pdfText((await call('GET', `/api/reports/party-building.pdf?orgId=${root}&period=${period}`)).rawPayload);
    expect(pdf).toContain('Số 01-BC/ĐU');
    expect(pdf).toContain('ngày 05 tháng 10 năm 2026');
    expect(pdf).toContain('Các chi bộ duy trì sinh hoạt đều đặn.');
    expect(pdf).not.toContain('DỰ THẢO');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await call('GET', `/api/reports/party-building.xlsx?orgId=${root}&period=${period}`)).rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Tổng hợp')!.getRow(2).values).toEqual([undefined, 'Số báo cáo', '01-BC/ĐU']);
    // An issue date before the period began is refused.
    const before = await call('POST', '/api/reports/party-building/issue', { orgId: root, period: '2026-10', date: '2026-09-30' });
    expect(before.statusCode).toBe(400);
  });

  it('refuses a malformed month in the user’s language', async () => {
    const don = await login(t.app, 'pqdon');
    const root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    const res = await t.app.inject({ url: `/api/dashboard?orgId=${root}&month=2025-13`, headers: { cookie: don } });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.message).toMatch(/không hợp lệ/);
  });
});
