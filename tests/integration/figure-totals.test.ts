import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import type { Queryable } from '../../src/server/db/index';
import { parseIsoDate } from '../../src/domain/dates';
import { absenceStatus, duesMonthUnpaid, monthsOfMask, REGULAR_KINDS, type AttendanceStatus, type MeetingType } from '../../src/domain/meetings/index';

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
  await expectCellCountsFresh(q);
  return { rows: stored.length, unpaid: years.dues };
}

/**
 * Each unit's members by standing and state (cell_member_counts, migration 0027) are the open official memberships
 * counted afresh, and its members by months under the rules up to each month of a year (cell_rule_counts) are the
 * members' years (checked above against the domain's rules) counted afresh: for each month, the months from January
 * to it under each rule (the dues months only for members still under the rule), the pairs where one reaches 2.
 */
async function expectCellCountsFresh(q: Queryable) {
  const stored = await q.query(`SELECT org_id, standing, state, n FROM cell_member_counts ORDER BY 1, 2, 3`);
  const counted = await q.query(
    `SELECT ms.org_id, mb.standing, mb.state, count(*)::int AS n
       FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
      WHERE ms.ended_on IS NULL AND ms.kind = 'official'
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  expect(counted.length).toBeGreaterThan(0);
  expect(stored).toEqual(counted);
  const years = await q.query<{ org_id: string; state: string; year: number; absence: number; dues: number }>(
    `SELECT ms.org_id, mb.state, y.year, y.absence, y.dues
       FROM member_year_months y JOIN memberships ms ON ms.person_id = y.person_id AND ms.ended_on IS NULL AND ms.kind = 'official'
       JOIN members mb ON mb.person_id = y.person_id`,
  );
  const fresh = new Map<string, number>();
  for (const y of years) {
    for (let upto = 1; upto <= 12; upto++) {
      const a = monthsOfMask(y.absence, upto).length;
      const d = ['active', 'exempt', 'temp_exempt', 'suspended'].includes(y.state) ? monthsOfMask(y.dues, upto).length : 0;
      if (a < 2 && d < 2) continue;
      const k = `${y.org_id}|${y.year}|${upto}|${a}|${d}`;
      fresh.set(k, (fresh.get(k) ?? 0) + 1);
    }
  }
  const storedRules = (await q.query<{ k: string }>(
    `SELECT org_id || '|' || year || '|' || upto || '|' || absence || '|' || dues || '|' || n AS k FROM cell_rule_counts`,
  )).map((r) => r.k).sort();
  expect(fresh.size).toBeGreaterThan(0);
  expect(storedRules).toEqual([...fresh].map(([k, n]) => `${k}|${n}`).sort());
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

    // Members through the API: one added, one under a rule transferred to another cell, one suspended, one made
    // official, one attending temporarily in another cell and back.
    const ask = async (method: 'POST' | 'PUT', url: string, payload: object) => {
      const r = await t.app.inject({ method, url, payload, headers: { cookie: don } });
      expect(r.statusCode, r.body).toBeLessThan(300);
      return json(r);
    };
    const cells = await t.db.query<{ id: string }>(
      `SELECT o.id FROM orgs o WHERE o.kind = 'cell' AND o.status = 'active'
          AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.org_id = o.id AND ms.ended_on IS NULL) ORDER BY o.name LIMIT 2`,
    );
    const warned = await t.db.query<{ person_id: string; org_id: string }>(
      `SELECT y.person_id, ms.org_id FROM member_year_months y
         JOIN memberships ms ON ms.person_id = y.person_id AND ms.ended_on IS NULL AND ms.kind = 'official'
         JOIN members mb ON mb.person_id = y.person_id AND mb.state = 'active'
        WHERE y.most >= 2 ORDER BY y.year DESC, y.person_id LIMIT 2`,
    );
    expect(warned.length).toBe(2);
    await ask('POST', '/api/members', { orgId: cells[0].id, fullName: 'Lò Văn Mới', standing: 'probationary', admissionDate: '2025-12-01' });
    const to = cells.find((c) => c.id !== warned[0].org_id)!.id;
    await ask('POST', `/api/members/${warned[0].person_id}/transfer`, { toOrgId: to, reason: 'Chuyển nơi cư trú' });
    await ask('POST', `/api/members/${warned[1].person_id}/events`, { kind: 'suspended', effectiveOn: '2026-01-05', reason: 'Đình chỉ sinh hoạt', decisionRef: '03-QĐ/ĐU' });
    await expectTotalsFresh(t.db);
    const visitor = (await t.db.one<{ person_id: string; org_id: string }>(
      `SELECT ms.person_id, ms.org_id FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id AND mb.state = 'active'
        WHERE ms.ended_on IS NULL AND ms.kind = 'official' AND ms.org_id = $1 ORDER BY ms.person_id LIMIT 1`, [cells[1].id],
    ))!;
    const temp = await ask('POST', `/api/members/${visitor.person_id}/temporary-attendance`, {
      hostOrgId: cells[0].id, from: '2026-01-01', to: '2026-12-31', reason: 'Đi làm ăn xa',
    });
    await expectTotalsFresh(t.db);
    const membershipId = temp.id ?? temp.membershipId ?? (await t.db.one<{ id: string }>(
      `SELECT id FROM memberships WHERE person_id = $1 AND kind = 'temporary' ORDER BY started_on DESC LIMIT 1`, [visitor.person_id],
    ))!.id;
    await ask('POST', `/api/members/${visitor.person_id}/temporary-attendance/${membershipId}/end`, { to: '2026-02-01' });
    await expectTotalsFresh(t.db);

    // Statements on many memberships and members at once: closed, moved to another cell, reopened, deleted; states and
    // standings changed.
    const some = (await t.db.query<{ id: string }>(
      `SELECT id FROM memberships WHERE ended_on IS NULL AND kind = 'official' ORDER BY person_id LIMIT 6`,
    )).map((r) => r.id);
    await t.db.query(`UPDATE memberships SET ended_on = '2026-01-31', end_reason = 'Chuyển sinh hoạt' WHERE id = ANY ($1::uuid[])`, [some]);
    await expectCellCountsFresh(t.db);
    await t.db.query(`UPDATE memberships SET ended_on = NULL, end_reason = NULL, org_id = $2 WHERE id = ANY ($1::uuid[])`, [some.slice(0, 4), cells[1].id]);
    await t.db.query(`DELETE FROM memberships WHERE id = ANY ($1::uuid[])`, [some.slice(0, 2)]);
    await t.db.query(
      `UPDATE members SET state = 'exempt' WHERE person_id IN (SELECT person_id FROM member_year_months WHERE most >= 2 ORDER BY person_id LIMIT 4)`,
    );
    await t.db.query(`UPDATE members SET standing = 'probationary' WHERE person_id IN (SELECT person_id FROM members ORDER BY person_id DESC LIMIT 3)`);
    await t.db.query(`UPDATE members SET state = 'removed' WHERE person_id = $1`, [warned[0].person_id]);
    await expectTotalsFresh(t.db);
  });
});
