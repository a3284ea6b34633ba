import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import type { Queryable } from '../../src/server/db/index';
import { parseIsoDate } from '../../src/domain/dates';
import { absenceStatus, duesMonthUnpaid, REGULAR_KINDS, type AttendanceStatus, type MeetingType } from '../../src/domain/meetings/index';

/**
 * The totals the database keeps per meeting for the dashboards and reports (migration 0019) are always what counting
 * the roll calls and payments themselves gives, and each member's year under the absence and dues rules (migration 0022)
 * is what the domain's rules give: after the demo is loaded, after a correction of approved minutes through the API,
 * after roll calls written at the same moment, after dues are recorded, and after direct edits that touch many meetings
 * in one statement, accept a reason, move, cancel or delete a meeting.
 */
async function expectTotalsFresh(q: Queryable) {
  const stored = await q.query(
    `SELECT meeting_id, role, standing, member_state, status, n FROM meeting_roll_totals ORDER BY 1, 2, 3, 4, 5`,
  );
  const counted = await q.query(
    `SELECT i.meeting_id, i.role, coalesce(i.standing, 'official') AS standing, coalesce(i.member_state, 'active') AS member_state,
            coalesce(a.status, 'not_recorded') AS status, count(*)::int AS n
       FROM invitations i LEFT JOIN attendance a ON a.invitation_id = i.id
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
  );
  expect(counted.length).toBeGreaterThan(0);
  expect(stored).toEqual(counted);
  const storedDues = await q.query(
    `SELECT meeting_id, payments, payers, paid::int AS paid, expected::int AS expected FROM meeting_dues_totals ORDER BY 1`,
  );
  const countedDues = await q.query(
    `SELECT meeting_id, count(*)::int AS payments, count(*) FILTER (WHERE amount_paid > 0)::int AS payers,
            sum(amount_paid)::int AS paid, coalesce(sum(expected), 0)::int AS expected
       FROM dues_payments GROUP BY 1 ORDER BY 1`,
  );
  expect(storedDues).toEqual(countedDues);
  const storedAbsent = await q.query(`SELECT meeting_id, person_id FROM meeting_unexcused ORDER BY 1, 2`);
  const countedAbsent = await q.query(
    `SELECT DISTINCT i.meeting_id, i.person_id FROM invitations i JOIN attendance a ON a.invitation_id = i.id
      WHERE i.role = 'member' AND i.person_id IS NOT NULL AND a.status = 'absent_unexcused' ORDER BY 1, 2`,
  );
  expect(countedAbsent.length).toBeGreaterThan(0);
  expect(storedAbsent).toEqual(countedAbsent);
  const years = await expectYearsFresh(q);
  return { rows: stored.length, unpaid: years.dues };
}

/**
 * Each member's year under the absence and dues rules as the database keeps it (member_year_months, migration 0022)
 * is what the domain's rules give from the records: absenceStatus's months (absent without reason at a held regular
 * meeting) and duesMonthUnpaid's months (nothing recorded, nothing paid or less than the recorded expected amount,
 * unless the cell accepted a reason), over the meetings a member was summoned to.
 */
async function expectYearsFresh(q: Queryable) {
  const rows = await q.query<{
    person_id: string; role: string; member_state: string | null; date: string; original_date: string | null; type: string;
    status: string | null; amount_paid: number | null; expected: number | null; reason_accepted: boolean | null;
  }>(
    `SELECT i.person_id, i.role, i.member_state, m.date::text AS date, m.original_date::text AS original_date, m.type, a.status,
            d.amount_paid, d.expected, d.reason_accepted
       FROM invitations i JOIN meetings m ON m.id = i.meeting_id AND m.status IN ('held', 'approved')
       LEFT JOIN attendance a ON a.invitation_id = i.id
       LEFT JOIN dues_payments d ON d.meeting_id = m.id AND d.person_id = i.person_id
      WHERE i.person_id IS NOT NULL`,
  );
  const fresh = new Map<string, { absence: number; dues: number }>();
  for (const r of rows) {
    if (!REGULAR_KINDS.includes(r.type as MeetingType)) continue;
    const { year, month } = parseIsoDate(r.original_date ?? r.date);
    const key = `${r.person_id}|${year}`;
    const y = fresh.get(key) ?? { absence: 0, dues: 0 };
    if (r.role === 'member' && absenceStatus([{ date: r.date, status: (r.status ?? 'present') as AttendanceStatus }], year).count) y.absence |= 1 << month;
    if (['member', 'exempt'].includes(r.role) && ['active', 'temp_exempt'].includes(r.member_state ?? 'active')
      && duesMonthUnpaid({ paid: r.amount_paid, expected: r.expected, excused: r.reason_accepted === true })) y.dues |= 1 << month;
    fresh.set(key, y);
  }
  const expected = [...fresh].filter(([, y]) => y.absence || y.dues).map(([k, y]) => `${k}|${y.absence}|${y.dues}`).sort();
  const stored = (await q.query<{ k: string }>(
    `SELECT person_id || '|' || year || '|' || absence || '|' || dues AS k FROM member_year_months`,
  )).map((r) => r.k).sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(stored).toEqual(expected);
  return { dues: [...fresh.values()].filter((y) => y.dues).length };
}

describe.each(DB_KINDS)('stored figure totals on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
  }, 300_000);
  afterAll(async () => t?.close());

  it('equal the totals counted from the records after every kind of edit', async () => {
    const first = await expectTotalsFresh(t.db);
    expect(first.unpaid).toBeGreaterThan(0);
    const don = await login(t.app, 'pqdon');
    const truong = await login(t.app, 'lvtruong');
    const inject = (method: 'POST' | 'PUT', url: string, payload?: object) =>
      t.app.inject({ method, url, payload, headers: { cookie: truong } });
    // Phiêng Lơi's last approved meeting with someone recorded absent and someone who paid dues.
    const m = (await t.db.one<{ id: string; org_id: string; month: string }>(
      `SELECT m.id, m.org_id, to_char(coalesce(m.original_date, m.date), 'YYYY-MM') AS month FROM meetings m JOIN orgs o ON o.id = m.org_id
        WHERE o.name = 'Chi bộ bản Phiêng Lơi' AND m.status = 'approved' AND m.type = 'regular'
          AND EXISTS (SELECT 1 FROM invitations i JOIN attendance a ON a.invitation_id = i.id
                       WHERE i.meeting_id = m.id AND i.role = 'member' AND a.status IN ('absent_excused', 'absent_unexcused'))
        ORDER BY m.date DESC LIMIT 1`,
    ))!;
    const root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    const dash = async () => json(await t.app.inject({ url: `/api/dashboard?orgId=${root}&month=${m.month}`, headers: { cookie: don } }));
    const before = (await dash()).cells.find((c: { orgId: string }) => c.orgId === m.org_id);

    // A correction of approved minutes: reopened, several roll calls rewritten at the same moment, dues recorded, approved again.
    expect((await inject('POST', `/api/meetings/${m.id}/corrections`, { reason: 'Ghi nhầm điểm danh' })).statusCode).toBe(200);
    const absent = await t.db.query<{ person_id: string }>(
      `SELECT i.person_id FROM invitations i JOIN attendance a ON a.invitation_id = i.id
        WHERE i.meeting_id = $1 AND i.role = 'member' AND a.status IN ('absent_excused', 'absent_unexcused') ORDER BY i.name`, [m.id],
    );
    const present = await t.db.query<{ person_id: string }>(
      `SELECT i.person_id FROM invitations i JOIN attendance a ON a.invitation_id = i.id
        WHERE i.meeting_id = $1 AND i.role = 'member' AND a.status = 'present' ORDER BY i.name LIMIT 2`, [m.id],
    );
    const writes = await Promise.all([
      ...absent.map((a) => inject('PUT', `/api/meetings/${m.id}/attendance/${a.person_id}`, { status: 'present' })),
      ...present.map((p) => inject('PUT', `/api/meetings/${m.id}/attendance/${p.person_id}`, { status: 'late' })),
    ]);
    for (const w of writes) expect(w.statusCode, w.body).toBe(200);
    const dues = await inject('PUT', `/api/meetings/${m.id}/dues/${absent[0].person_id}`, { amountPaid: 0, expected: 5000 });
    expect(dues.statusCode, dues.body).toBe(200);
    expect((await inject('POST', `/api/meetings/${m.id}/approve`)).statusCode).toBe(200);
    await expectTotalsFresh(t.db);
    const after = (await dash()).cells.find((c: { orgId: string }) => c.orgId === m.org_id);
    expect(after.attended).toBe(before.attended + absent.length);
    expect(after.absentUnexcused).toBe(0);

    // Statements that touch many meetings at once, and a meeting's payments and roll call deleted.
    await t.db.query(`UPDATE attendance SET status = 'absent_excused' WHERE status = 'late'`);
    await t.db.query(`UPDATE dues_payments SET amount_paid = 0 WHERE person_id = (SELECT person_id FROM dues_payments ORDER BY meeting_id, person_id LIMIT 1)`);
    await t.db.query(`DELETE FROM attendance WHERE invitation_id IN (SELECT id FROM invitations WHERE role = 'overseer' LIMIT 3)`);
    await t.db.query(`DELETE FROM dues_payments WHERE meeting_id = (SELECT meeting_id FROM dues_payments ORDER BY meeting_id LIMIT 1)`);
    await t.db.query(`DELETE FROM invitations WHERE meeting_id = (SELECT meeting_id FROM dues_payments ORDER BY meeting_id LIMIT 1)`);
    await expectTotalsFresh(t.db);
    // A valid reason accepted, a meeting reopened and moved, one cancelled outright, one deleted with everything in it.
    await t.db.query(`UPDATE dues_payments SET reason_accepted = true, unpaid_reason = 'Ốm' WHERE amount_paid = 0`);
    await t.db.query(`UPDATE meetings SET status = 'held', original_date = date - 40 WHERE id = $1`, [m.id]);
    await t.db.query(`UPDATE meetings SET status = 'cancelled', cancel_reason = 'Mưa lũ' WHERE id = (SELECT id FROM meetings WHERE status = 'approved' AND id <> $1 ORDER BY date DESC LIMIT 1)`, [m.id]);
    // (Approved minutes are sealed: a meeting that never had any, preferably a held one.)
    await t.db.query(
      `DELETE FROM meetings WHERE id = (SELECT x.id FROM meetings x WHERE x.id <> $1 AND NOT EXISTS (SELECT 1 FROM minutes_versions v WHERE v.meeting_id = x.id)
          AND EXISTS (SELECT 1 FROM invitations i WHERE i.meeting_id = x.id) ORDER BY (x.status = 'held') DESC, x.date LIMIT 1)`, [m.id],
    );
    await expectTotalsFresh(t.db);
  });
});
