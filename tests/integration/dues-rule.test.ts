import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { testApp, type TestApp } from '../support/app';
import type { Queryable } from '../../src/server/db/index';
import type { Principal } from '../../src/server/auth/policy';
import { dashboard, memberHome, rulesMembers } from '../../src/server/modules/dashboard/service';
import { duesWarningList } from '../../src/server/modules/meetings/dues-warnings';
import { listDues } from '../../src/server/modules/meetings/session';

/**
 * One dues rule (duesMonthUnpaid, src/domain/meetings/dues.ts) on every screen: the leaders' dashboard (counts kept by
 * the database), its drill-down, a member's home, the secretary's warning list and a meeting's dues list.
 * Cell A meets on 03/01, 03/02, 03/03/2025 (held, approved) and has its April meeting planned; today is 25/03/2025.
 *   Mai: nothing recorded in January; February: nothing paid, the cell accepted her reason; March: nothing paid.
 *        → January and March count (February is excused): a warning, not a flag.
 *   Nam: paid in full in January; in February the cell recorded no dues from anyone; March: less than expected.
 *        → February (nothing recorded) and March: a warning.
 *   Hưu (pensioner, declared pension 6.000.000 đ, so 30.000 đ would be suggested today): January nothing paid and
 *        no expected amount recorded; February nothing recorded; March 10.000 đ with no expected amount recorded.
 *        → January and February; March is paid (no amount was expected when it was recorded): a warning.
 *   Lan: paid in full every month the cell collected; February counts for her too (one month: no warning).
 */
const TODAY = '2025-03-25';

async function history(q: Queryable) {
  const id = () => crypto.randomUUID();
  const ids: Record<string, string> = {};
  ids.root = id();
  ids.A = id();
  await q.query(`INSERT INTO orgs (id, path, kind, name) VALUES ($1, $2, 'committee', 'Đảng bộ xã Y')`, [ids.root, `/${ids.root}/`]);
  await q.query(`INSERT INTO orgs (id, parent_id, path, kind, name) VALUES ($1, $2, $3, 'cell', 'Chi bộ A')`, [ids.A, ids.root, `/${ids.root}/${ids.A}/`]);
  for (const [name, category, base] of [['Mai', 'working_age', null], ['Nam', 'working_age', null], ['Hưu', 'pensioner', 6_000_000], ['Lan', 'working_age', null]] as const) {
    ids[name] = id();
    await q.query(`INSERT INTO people (id, full_name, name_search) VALUES ($1, $2, $3)`, [ids[name], `Lò Thị ${name}`, name.toLowerCase()]);
    await q.query(`INSERT INTO members (person_id, standing, state, dues_category, dues_base) VALUES ($1, 'official', 'active', $2, $3)`, [ids[name], category, base]);
    await q.query(`INSERT INTO memberships (person_id, org_id, started_on) VALUES ($1, $2, '2020-01-01')`, [ids[name], ids.A]);
  }
  const meeting = async (date: string, status: string, dues: Record<string, [number, number | null, boolean?]>) => {
    const m = id();
    await q.query(`INSERT INTO meetings (id, org_id, type, original_date, date, start_time, status) VALUES ($1, $2, 'regular', $3, $3, '19:30', $4)`,
      [m, ids.A, date, status]);
    for (const name of ['Mai', 'Nam', 'Hưu', 'Lan']) {
      const inv = id();
      await q.query(`INSERT INTO invitations (id, meeting_id, role, person_id, name, standing, member_state) VALUES ($1, $2, 'member', $3, $4, 'official', 'active')`,
        [inv, m, ids[name], name]);
      if (status !== 'planned') await q.query(`INSERT INTO attendance (invitation_id, meeting_id, status) VALUES ($1, $2, 'present')`, [inv, m]);
    }
    for (const [name, [paid, expected, excused]] of Object.entries(dues)) {
      await q.query(
        `INSERT INTO dues_payments (meeting_id, person_id, amount_paid, expected, reason_accepted, unpaid_reason) VALUES ($1, $2, $3, $4, $5, $6)`,
        [m, ids[name], paid, expected, excused === true, excused ? 'Ốm nằm viện' : null],
      );
    }
    return m;
  };
  await meeting('2025-01-03', 'approved', { Nam: [4000, 4000], 'Hưu': [0, null], Lan: [4000, 4000] });
  await meeting('2025-02-03', 'approved', {});
  ids.mar = await meeting('2025-03-03', 'approved', { Mai: [0, 4000], Nam: [2000, 4000], 'Hưu': [10_000, null], Lan: [4000, 4000] });
  ids.apr = await meeting('2025-04-03', 'planned', {});
  // Mai's February: nothing paid, reason accepted (recorded on the February meeting, written after it was held).
  const feb = (await q.one<{ id: string }>(`SELECT id FROM meetings WHERE org_id = $1 AND date = '2025-02-03'`, [ids.A]))!.id;
  await q.query(`INSERT INTO dues_payments (meeting_id, person_id, amount_paid, expected, reason_accepted, unpaid_reason) VALUES ($1, $2, 0, 4000, true, 'Ốm nằm viện')`,
    [feb, ids.Mai]);
  return ids;
}

describe.each(DB_KINDS)('one dues rule on every screen, on %s', (kind) => {
  let t: TestApp;
  let ids: Record<string, string>;
  const admin: Principal = {
    accountId: crypto.randomUUID(), personId: null, username: 'admin', fullName: null, locale: 'vi', mustChangePassword: false,
    grants: [{ role: 'admin', orgId: null, orgPath: null }], sessionId: 'x',
  };
  beforeAll(async () => {
    t = await testApp(kind);
    ids = await t.db.tx(history);
  }, 120_000);
  afterAll(async () => t?.close());

  const expected = { Mai: [1, 3], Nam: [2, 3], 'Hưu': [1, 2], Lan: [2] } as const;

  it('counts the same months on the dashboard, its drill-down, the member’s home, the warning list and the dues list', async () => {
    const d = await dashboard(t.db, ids.root, '2025-03', TODAY);
    expect(d.cells[0]).toMatchObject({ orgName: 'Chi bộ A', duesWarnings: 3, duesFlags: 0, absenceWarnings: 0 });
    expect(d.totals).toMatchObject({ duesWarning: 3, duesFlag: 0 });
    const drill = await rulesMembers(t.db, ids.A, '2025-03', 'dues');
    expect(drill.total).toBe(3);
    expect(Object.fromEntries(drill.items.map((m) => [m.personId, [m.dues.level, m.dues.months]]))).toEqual({
      [ids.Mai]: ['warning', expected.Mai], [ids.Nam]: ['warning', expected.Nam], [ids['Hưu']]: ['warning', expected['Hưu']],
    });
    const warnings = await duesWarningList(t.db, ids.root, 2025);
    expect(Object.fromEntries(warnings.items.map((w) => [w.personId, [w.level, w.unpaidMonths]]))).toEqual({
      [ids.Mai]: ['warning', expected.Mai], [ids.Nam]: ['warning', expected.Nam], [ids['Hưu']]: ['warning', expected['Hưu']],
    });
    const list = await listDues(t.db, admin, ids.apr);
    for (const [name, months] of Object.entries(expected)) {
      const home = await memberHome(t.db, ids[name], TODAY);
      expect(home.dues!.unpaidMonths, name).toEqual(months.map((m) => `2025-0${m}`));
      expect(home.dues!.level, name).toBe(months.length === 2 ? 'warning' : 'ok');
      expect(list.items.find((r) => r.personId === ids[name])!.unpaidMonths, name).toEqual(months);
    }
    // Mai's excused February is neither owed nor counted; Nam owes 4.000 đ for February (suggested) and 2.000 đ for March.
    expect(list.items.find((r) => r.personId === ids.Nam)!.arrears).toBe(6000);
  });

  it('follows a correction: the cell withdraws Mai’s accepted reason, and she is flagged everywhere', async () => {
    await t.db.query(`UPDATE dues_payments SET reason_accepted = false WHERE person_id = $1`, [ids.Mai]);
    const d = await dashboard(t.db, ids.root, '2025-03', TODAY);
    expect(d.totals).toMatchObject({ duesWarning: 2, duesFlag: 1 });
    expect((await rulesMembers(t.db, ids.root, '2025-03', 'dues', 0, 1)).items.map((m) => [m.fullName, m.dues.months])).toEqual([['Lò Thị Hưu', [1, 2]]]);
    expect((await duesWarningList(t.db, ids.A, 2025)).items[0]).toMatchObject({ personId: ids.Mai, level: 'flag', unpaidMonths: [1, 2, 3] });
    expect((await memberHome(t.db, ids.Mai, TODAY)).dues).toMatchObject({ level: 'flag', unpaidMonths: ['2025-01', '2025-02', '2025-03'] });
    // In February's dashboard only January and February count.
    expect((await dashboard(t.db, ids.root, '2025-02', TODAY)).totals).toMatchObject({ duesWarning: 2, duesFlag: 0 });
  });
});
