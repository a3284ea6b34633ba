import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';

/**
 * A meeting moved into another month belongs to the month of its original date: the calendar's list says so
 * (`month`), before and after the meeting is held, and the minutes' title names that month.
 */
describe.each(DB_KINDS)('the month a moved meeting belongs to on %s', (kind) => {
  let t: TestApp;
  let don: string;
  let cellId: string;
  const ok = async (method: string, url: string, payload?: unknown) => {
    const res = await t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie: don } });
    expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    return json(res);
  };
  const listed = async (from: string, to: string) =>
    (await ok('GET', `/api/meetings?orgId=${cellId}&from=${from}&to=${to}`)).items.filter((x: { virtual: boolean }) => !x.virtual);

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    don = await login(t.app, 'pqdon');
    cellId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Tâu'`))!.id;
  }, 300_000);
  afterAll(async () => t?.close());

  it('is the original month in the calendar, whether the meeting is planned or held', async () => {
    // Tâu meets on the 3rd: the January 2028 meeting moved to 02/02/2028 (Tết preparations).
    const m = await ok('POST', `/api/orgs/${cellId}/meetings`, { type: 'regular', originalDate: '2028-01-03' });
    await ok('PATCH', `/api/meetings/${m.id}`, { date: '2028-02-02', reason: 'Bản chuẩn bị đón Tết' });
    const jan = (await listed('2028-01-01', '2028-01-31')).find((x: { id: string }) => x.id === m.id);
    expect(jan).toMatchObject({ date: '2028-02-02', originalDate: '2028-01-03', month: '2028-01', status: 'moved', moveReason: 'Bản chuẩn bị đón Tết' });
    const feb = await listed('2028-02-01', '2028-02-29');
    expect(feb.find((x: { id: string }) => x.id === m.id).month).toBe('2028-01');
    // February's own meeting is still to plan from the rule: the moved one does not take its place.
    const febAll = (await ok('GET', `/api/meetings?orgId=${cellId}&from=2028-02-01&to=2028-02-29`)).items;
    expect(febAll.filter((x: { month: string }) => x.month === '2028-02')).toHaveLength(1);
    // Held, it is still January's meeting.
    const members = m.invitations.filter((i: { role: string }) => i.role === 'member');
    await ok('PATCH', `/api/meetings/${m.id}`, {
      earlyReason: 'Ghi trước ngày họp (thử quy tắc tháng)', chairId: members[0].personId, recorderId: members[1].personId,
    });
    await ok('PATCH', `/api/meetings/${m.id}`, { status: 'held' });
    expect((await listed('2028-01-01', '2028-01-31')).find((x: { id: string }) => x.id === m.id)).toMatchObject({ status: 'held', month: '2028-01' });
  });
});
