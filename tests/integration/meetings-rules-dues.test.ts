import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { login, testApp, type TestApp, requester } from '../support/app';
import { parseIsoDate, todayVn } from '../../src/domain/dates';

/** Party dues (QĐ 342-QĐ/TW): arrears carry over month to month; temporarily exempt members still owe; the rates are settings. */
describe.each(DB_KINDS)('dues on %s', (kind) => {
  let t: TestApp;
  let truong = '';
  let don = '';
  let cellId: string;
  const { req, ok } = requester(() => t.app);

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    truong = await login(t.app, 'lvtruong');
    don = await login(t.app, 'pqdon');
    cellId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
  }, 300_000);
  afterAll(async () => t?.close());

  it('carries over what a member did not pay at the cell’s earlier meetings, with the months of the year', async () => {
    const m = await ok('POST', `/api/orgs/${cellId}/meetings`, truong, { type: 'extraordinary', date: todayVn(), topic: 'Thu đảng phí' });
    // A member absent without paying at the last regular meetings of the demo: the dues list says what is owed.
    const absent = await t.db.one<{ person_id: string; n: number }>(
      `SELECT i.person_id, count(*)::int AS n FROM meetings em JOIN invitations i ON i.meeting_id = em.id
         LEFT JOIN dues_payments d ON d.meeting_id = em.id AND d.person_id = i.person_id
        WHERE em.org_id = $1 AND em.status = 'approved' AND em.type IN ('regular', 'expanded', 'combined') AND i.role = 'member'
          AND d.id IS NULL AND em.date < $2
        GROUP BY i.person_id ORDER BY n DESC LIMIT 1`,
      [cellId, todayVn()],
    );
    const dues = await ok('GET', `/api/meetings/${m.id}/dues`, truong);
    const row = dues.items.find((r: any) => r.personId === absent!.person_id);
    expect(row.arrears).toBe(absent!.n * row.suggested);
    expect(row.arrears).toBeGreaterThan(0);
    // Temporarily exempt members are listed and owe their dues.
    const temp = await t.db.one<{ person_id: string }>(
      `SELECT mb.person_id FROM members mb JOIN memberships ms ON ms.person_id = mb.person_id AND ms.ended_on IS NULL
        WHERE ms.org_id = $1 AND mb.state = 'temp_exempt' LIMIT 1`, [cellId],
    );
    if (temp) expect(dues.items.find((r: any) => r.personId === temp.person_id).suggested).toBeGreaterThan(0);
  });

  it('takes the rates from the unit’s settings, and warns at 2 unpaid months of the year, flags at 3', async () => {
    const year = parseIsoDate(todayVn()).year;
    const m = await ok('POST', `/api/orgs/${cellId}/meetings`, truong, { type: 'extraordinary', date: todayVn(), topic: 'Đảng phí' });
    const before = await ok('GET', `/api/meetings/${m.id}/dues`, truong);
    const working = before.items.find((r: any) => r.category === 'working_age');
    expect(working.suggested).toBe(4000);
    const rootId = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    const rule = await ok('PUT', `/api/orgs/${rootId}/meeting-rule`, don, { duesArea: 'mountainous', duesRates: { fixedByArea: { mountainous: 5000 } } });
    expect(rule.dues).toMatchObject({ area: 'mountainous', rates: { salariedPercent: 1, pensionerPercent: 0.5, fixedByArea: { mountainous: 5000, other: 6000 } } });
    const after = await ok('GET', `/api/meetings/${m.id}/dues`, truong);
    expect(after.items.find((r: any) => r.personId === working.personId).suggested).toBe(5000);
    for (const r of after.items) {
      const n = r.unpaidMonths.length;
      expect(r.level).toBe(n >= 3 ? 'flag' : n === 2 ? 'warning' : 'ok');
      expect(r.unpaidMonths.every((x: number) => x >= 1 && x <= 12)).toBe(true);
    }
    expect(year).toBeGreaterThan(2000);
  });
});
