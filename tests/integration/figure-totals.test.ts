import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import type { Queryable } from '../../src/server/db/index';

/**
 * The totals the database keeps per meeting for the dashboards and reports (migration 0019) are always what counting
 * the roll calls and payments themselves gives: after the demo is loaded, after a correction of approved minutes
 * through the API, after roll calls written at the same moment, after dues are recorded, and after direct edits that
 * touch many meetings in one statement or delete a meeting.
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
  const storedUnpaid = await q.query(`SELECT meeting_id, person_id FROM meeting_dues_unpaid ORDER BY 1, 2`);
  const countedUnpaid = await q.query(
    `SELECT DISTINCT i.meeting_id, i.person_id
       FROM invitations i LEFT JOIN dues_payments d ON d.meeting_id = i.meeting_id AND d.person_id = i.person_id
      WHERE i.role IN ('member', 'exempt') AND i.person_id IS NOT NULL
        AND EXISTS (SELECT 1 FROM dues_payments x WHERE x.meeting_id = i.meeting_id)
        AND (d.id IS NULL OR d.amount_paid = 0 OR d.amount_paid < coalesce(d.expected, 0))
      ORDER BY 1, 2`,
  );
  expect(storedUnpaid).toEqual(countedUnpaid);
  const storedAbsent = await q.query(`SELECT meeting_id, person_id FROM meeting_unexcused ORDER BY 1, 2`);
  const countedAbsent = await q.query(
    `SELECT DISTINCT i.meeting_id, i.person_id FROM invitations i JOIN attendance a ON a.invitation_id = i.id
      WHERE i.role = 'member' AND i.person_id IS NOT NULL AND a.status = 'absent_unexcused' ORDER BY 1, 2`,
  );
  expect(countedAbsent.length).toBeGreaterThan(0);
  expect(storedAbsent).toEqual(countedAbsent);
  return { rows: stored.length, unpaid: storedUnpaid.length };
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
    await t.db.query(`DELETE FROM invitations WHERE meeting_id = (SELECT meeting_id FROM meeting_dues_unpaid ORDER BY meeting_id LIMIT 1)`);
    await expectTotalsFresh(t.db);
  });
});
