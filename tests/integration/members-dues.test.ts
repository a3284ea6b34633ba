import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp, requester } from '../support/app';
import { parseIsoDate, todayVn } from '../../src/domain/dates';

/**
 * Dues as the members' side sees them: a declared dues base for salaried members and pensioners; a valid reason
 * for a month not paid (recorded; not owed and not counted when the cell accepts it); the cell's and the
 * commune's lists of members behind with their dues (2 months: reminder; 3: to consider under the Charter).
 */
describe.each(DB_KINDS)('dues bases, valid reasons and warning lists on %s', (kind) => {
  let t: TestApp;
  let don = '';
  let commune: string;
  let cell: any;
  const people: Record<string, string> = {};
  const year = parseIsoDate(todayVn()).year - 1;
  const meetings: string[] = [];
  const { req, ok } = requester(() => t.app, { 'accept-language': 'vi' });

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    don = await login(t.app, 'pqdon');
    commune = (await t.db.one<{ parent_id: string }>(`SELECT parent_id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.parent_id;
    cell = await ok('POST', '/api/orgs', don, { parentId: commune, kind: 'cell', name: 'Chi bộ bản Thử', foundedOn: `${year - 1}-01-01` });
    for (const [key, fullName, duesCategory] of [['a', 'Lò Văn An', 'working_age'], ['b', 'Lò Văn Bình', 'working_age'], ['c', 'Quàng Thị Chi', 'pensioner']]) {
      const p = await ok('POST', '/api/members', don, { orgId: cell.id, fullName, standing: 'official', duesCategory, joinedOn: `${year - 1}-01-01` });
      people[key] = p.personId;
    }
  }, 300_000);
  afterAll(async () => t?.close());

  it('records a pensioner’s declared pension and suggests 0.5% of it; refuses a base for a member paying a fixed amount', async () => {
    const c = await ok('PATCH', `/api/members/${people.c}`, don, { duesBase: 6_000_000 });
    expect(c.duesBase).toBe(6_000_000);
    const bad = await req('PATCH', `/api/members/${people.a}`, don, { duesBase: 3_000_000 });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.code).toBe('dues_base_not_applicable');
    expect(json(bad).error.message).toContain('Chỉ đảng viên hưởng lương hoặc hưu trí');
    for (const month of ['03', '04', '05']) {
      const m = await ok('POST', `/api/orgs/${cell.id}/meetings`, don, { type: 'regular', originalDate: `${year}-${month}-10` });
      await ok('POST', `/api/meetings/${m.id}/attendance/all-present`, don, {});
      meetings.push(m.id);
    }
    const dues = await ok('GET', `/api/meetings/${meetings[0]}/dues`, don);
    expect(dues.items.find((r: any) => r.personId === people.c)).toMatchObject({ category: 'pensioner', suggested: 30_000 });
  });

  it('does not count a month the cell excused for a valid reason, and asks for the reason', async () => {
    const noReason = await req('PUT', `/api/meetings/${meetings[1]}/dues/${people.c}`, don, { amountPaid: 0, reasonAccepted: true });
    expect(noReason.statusCode).toBe(400);
    expect(json(noReason).error.code).toBe('dues_reason_required');
    // B pays every month; C has a valid reason in April; A pays nothing.
    for (const id of meetings) await ok('PUT', `/api/meetings/${id}/dues/${people.b}`, don, { amountPaid: 4000 });
    await ok('PUT', `/api/meetings/${meetings[1]}/dues/${people.c}`, don, { amountPaid: 0, unpaidReason: 'Ốm nằm viện cả tháng', reasonAccepted: true });
    const may = await ok('GET', `/api/meetings/${meetings[2]}/dues`, don);
    expect(may.items.find((r: any) => r.personId === people.c)).toMatchObject({ unpaidMonths: [3], arrears: 30_000, level: 'ok' });
    expect(may.items.find((r: any) => r.personId === people.a)).toMatchObject({ unpaidMonths: [3, 4], arrears: 8000, level: 'warning' });
    const april = await ok('GET', `/api/meetings/${meetings[1]}/dues`, don);
    expect(april.items.find((r: any) => r.personId === people.c)).toMatchObject({ unpaidReason: 'Ốm nằm viện cả tháng', reasonAccepted: true });
    // A payment entered later keeps the reason.
    await ok('PUT', `/api/meetings/${meetings[1]}/dues/${people.c}`, don, { amountPaid: 10_000 });
    const again = await ok('GET', `/api/meetings/${meetings[1]}/dues`, don);
    expect(again.items.find((r: any) => r.personId === people.c)).toMatchObject({ paid: 10_000, reasonAccepted: true });
  });

  it('lists the cell’s and the commune’s members behind with their dues, with the months that count', async () => {
    const list = await ok('GET', `/api/orgs/${cell.id}/dues-warnings?year=${year}`, don);
    expect(list.year).toBe(year);
    expect(list.items.map((x: any) => [x.name, x.level, x.unpaidMonths])).toEqual([
      ['Lò Văn An', 'flag', [3, 4, 5]],
      ['Quàng Thị Chi', 'warning', [3, 5]],
    ]);
    expect(list.items[0].arrears).toBe(12_000);
    const all = await ok('GET', `/api/orgs/${commune}/dues-warnings?year=${year}`, don);
    expect(all.items.filter((x: any) => x.orgId === cell.id).map((x: any) => x.name)).toEqual(['Lò Văn An', 'Quàng Thị Chi']);
    // An ordinary member cannot read the list.
    const member = await login(t.app, (await import('../../src/server/demo/index')).DEMO_ACCOUNTS.find((a: any) => a.role === 'member')!.username);
    expect((await req('GET', `/api/orgs/${cell.id}/dues-warnings`, member)).statusCode).toBe(403);
  });
});
