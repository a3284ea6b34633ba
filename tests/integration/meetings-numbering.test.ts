import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';

/**
 * HD 36-HD/VPTW 2018: minutes and resolutions are numbered from 01 within the committee's term by default; numbering
 * by year is an option. A unit whose term start is not set yet numbers on from its first number, and the term's
 * sequence never repeats a number issued before the start was set.
 */
describe.each(DB_KINDS)('document numbering by term on %s', (kind) => {
  let t: TestApp;
  let don: string;
  let rootId: string;
  let cellId: string;
  const req = (method: string, url: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie: don } });
  const ok = async (method: string, url: string, payload?: unknown) => {
    const res = await req(method, url, payload);
    expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    return json(res);
  };
  /** A regular meeting of the month, recorded ahead of its day with a reason, approved without a resolution. */
  const approveMonth = async (month: string): Promise<number> => {
    const m = await ok('POST', `/api/orgs/${cellId}/meetings`, { type: 'regular', originalDate: `${month}-10` });
    const members = m.invitations.filter((i: { role: string }) => i.role === 'member');
    await ok('PATCH', `/api/meetings/${m.id}`, {
      earlyReason: 'Ghi trước ngày họp (thử quy tắc đánh số)', chairId: members[0].personId, recorderId: members[1].personId,
    });
    await ok('PUT', `/api/meetings/${m.id}/resolution`, { noResolution: true });
    const approved = await ok('POST', `/api/meetings/${m.id}/approve`);
    return approved.numbers.BB as number;
  };
  const rule = (payload: object, orgId = cellId) => ok('PUT', `/api/orgs/${orgId}/meeting-rule`, payload);

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    don = await login(t.app, 'pqdon');
    rootId = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    cellId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Tâu'`))!.id;
  }, 300_000);
  afterAll(async () => t?.close());

  it('numbers by term unless a unit chooses the year', async () => {
    // The demo commune numbers by year; without that choice, numbering is by term.
    expect((await ok('GET', `/api/orgs/${cellId}/meeting-rule`)).documents.numberingBy).toBe('year');
    const cleared = await rule({ numberingBy: null }, rootId);
    expect(cleared.documents).toMatchObject({ numberingBy: 'term', termStart: null });
    expect((await ok('GET', `/api/orgs/${cellId}/meeting-rule`)).documents).toMatchObject({ numberingBy: 'term', termStart: null });
  });

  it('runs on across a new year within a term, and restarts at 01 when a new term starts', async () => {
    // No term start set anywhere: numbers run on from the unit's first, across the new year.
    expect(await approveMonth('2027-11')).toBe(1);
    expect(await approveMonth('2027-12')).toBe(2);
    expect(await approveMonth('2028-01')).toBe(3);
    // The commune sets the term that started on 01/12/2027: the numbers issued in it count, none is repeated.
    await rule({ termStart: '2027-12-01' }, rootId);
    expect(await approveMonth('2028-02')).toBe(4);
    // The cell's congress opens a new term: its documents start again from 01.
    const set = await rule({ numberingBy: 'term', termStart: '2028-03-01' });
    expect(set.documents).toEqual({ docSuffix: 'CB', signOnBehalf: 'T/M CHI BỘ', numberingBy: 'term', termStart: '2028-03-01' });
    expect(await approveMonth('2028-03')).toBe(1);
    expect(await approveMonth('2028-04')).toBe(2);
  });

  it('numbers by year when the unit so decides', async () => {
    await rule({ numberingBy: 'year', termStart: null });
    expect(await approveMonth('2028-05')).toBe(1);
    expect(await approveMonth('2028-06')).toBe(2);
    expect(await approveMonth('2029-01')).toBe(1);
  });
});
