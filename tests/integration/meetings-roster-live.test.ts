import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { login, testApp, type TestApp, requester } from '../support/app';
import { addDays, addMonths, parseIsoDate, todayVn, toIsoDate } from '../../src/domain/dates';

/**
 * One roster for a planned meeting, whoever reads it: a member who joins the cell after the meeting was planned is on
 * its page, in its dues list and in her own meetings, all computed without writing anything; the meeting's next write
 * stores exactly the roster that was shown, with the ids that were shown.
 */
describe.each(DB_KINDS)('a planned meeting’s live roster, everywhere it is read, on %s', (kind) => {
  let t: TestApp;
  let don = '';
  let truong = '';
  let thoan = '';
  let thoanId = '';
  let tauId = '';
  let tau: any;
  let home: any;
  const { req, ok } = requester(() => t.app);
  const today = parseIsoDate(todayVn());
  const tenth = (n: number) => {
    const x = addMonths(today.year, today.month, n);
    return toIsoDate(x.year, x.month, 10);
  };
  /** Everything stored of the two meetings and their invitations, and the audit log's length. */
  const written = async () => ({
    invitations: await t.db.query('SELECT * FROM invitations WHERE meeting_id = ANY ($1::uuid[]) ORDER BY id', [[tau.id, home.id]]),
    meetings: await t.db.query('SELECT * FROM meetings WHERE id = ANY ($1::uuid[]) ORDER BY id', [[tau.id, home.id]]),
    audit: (await t.db.one<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))!.n,
  });
  let shown: any;
  let shownDues: any;

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    don = await login(t.app, 'pqdon');
    truong = await login(t.app, 'lvtruong');
    thoan = await login(t.app, 'ltthoan');
    thoanId = (await t.db.one<{ person_id: string }>(`SELECT person_id FROM accounts WHERE username = 'ltthoan'`))!.person_id;
    tauId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Tâu'`))!.id;
    const homeId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    tau = await ok('POST', `/api/orgs/${tauId}/meetings`, don, { type: 'regular', originalDate: tenth(1) });
    home = await ok('POST', `/api/orgs/${homeId}/meetings`, truong, { type: 'regular', originalDate: tenth(1) });
  }, 300_000);
  afterAll(async () => t?.close());

  it('shows a member who joined the cell after planning on the meeting’s page, in its dues list and in her meetings, writing nothing', async () => {
    expect(home.invitations.find((i: any) => i.personId === thoanId)).toMatchObject({ role: 'member' });
    expect(tau.invitations.some((i: any) => i.personId === thoanId)).toBe(false);
    // Đồng chí Thoan moves to bản Tâu after both meetings were planned.
    await ok('POST', `/api/members/${thoanId}/transfer`, don, { toOrgId: tauId, reason: 'Chuyển nơi cư trú về bản Tâu' });
    const before = await written();
    expect(before.invitations.some((i: any) => i.meeting_id === tau.id && i.person_id === thoanId)).toBe(false);

    shown = await ok('GET', `/api/meetings/${tau.id}`, don);
    const mine = shown.invitations.find((i: any) => i.personId === thoanId);
    expect(mine).toMatchObject({ role: 'member', name: 'Lường Thị Thoan', memberState: 'active' });
    expect(shown.attendance.expected).toBe(tau.attendance.expected + 1);
    shownDues = await ok('GET', `/api/meetings/${tau.id}/dues`, don);
    expect(shownDues.items.find((d: any) => d.personId === thoanId)).toMatchObject({ name: 'Lường Thị Thoan', paid: null });
    expect(shownDues.items.map((d: any) => d.personId).sort())
      .toEqual(shown.invitations.filter((i: any) => i.role === 'member' || i.role === 'exempt').map((i: any) => i.personId).sort());
    const my = await ok('GET', `/api/my/meetings?from=${todayVn()}&to=${tenth(2)}`, thoan);
    expect(my.find((m: any) => m.id === tau.id)).toMatchObject({ role: 'member', orgName: 'Chi bộ bản Tâu', date: tenth(1) });
    // She left Phiêng Lơi: its planned meeting no longer summons her, on its page, in its dues list or in her meetings.
    expect((await ok('GET', `/api/meetings/${home.id}`, truong)).invitations.some((i: any) => i.personId === thoanId)).toBe(false);
    expect((await ok('GET', `/api/meetings/${home.id}/dues`, truong)).items.some((d: any) => d.personId === thoanId)).toBe(false);
    expect(my.some((m: any) => m.id === home.id)).toBe(false);

    // Nothing was written by reading.
    expect(await written()).toEqual(before);
  });

  it('stores at the meeting’s next write exactly the roster that was shown, with the ids that were shown', async () => {
    await ok('PATCH', `/api/meetings/${tau.id}`, don, { location: 'Nhà văn hóa bản Tâu' });
    const stored = await t.db.query<{ id: string; person_id: string; role: string; name: string; standing: string | null; member_state: string | null }>(
      'SELECT id, person_id, role, name, standing, member_state FROM invitations WHERE meeting_id = $1 ORDER BY id', [tau.id],
    );
    const line = (i: any) => ({ id: i.id, personId: i.personId, role: i.role, name: i.name, standing: i.standing, memberState: i.memberState });
    expect(stored.map((i) => line({ ...i, personId: i.person_id, memberState: i.member_state })))
      .toEqual(shown.invitations.map(line).sort((a: any, b: any) => (a.id < b.id ? -1 : 1)));
    const after = await ok('GET', `/api/meetings/${tau.id}`, don);
    expect(after.invitations).toEqual(shown.invitations);
    expect(after.attendance).toEqual(shown.attendance);
    expect(await ok('GET', `/api/meetings/${tau.id}/dues`, don)).toEqual(shownDues);
    expect((await ok('GET', `/api/my/meetings?from=${todayVn()}&to=${tenth(2)}`, thoan)).find((m: any) => m.id === tau.id))
      .toMatchObject({ role: 'member', location: 'Nhà văn hóa bản Tâu' });
  });

  it('stores, when the meeting is moved, the roster of its new date: the one its readers are shown from then on', async () => {
    // A member of another cell who attends bản Tâu temporarily from the 15th: not summoned on the 10th, summoned on the 17th.
    const visitor = (await t.db.one<{ person_id: string }>(
      `SELECT ms.person_id FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
        WHERE ms.org_id <> $1 AND ms.kind = 'official' AND ms.ended_on IS NULL AND mb.state = 'active' AND ms.person_id <> $2 LIMIT 1`,
      [tauId, thoanId],
    ))!.person_id;
    await t.db.query(`INSERT INTO memberships (person_id, org_id, kind, started_on) VALUES ($1, $2, 'temporary', $3)`, [visitor, tauId, addDays(tenth(1), 5)]);
    expect((await ok('GET', `/api/meetings/${tau.id}`, don)).invitations.some((i: any) => i.personId === visitor)).toBe(false);
    const moved = await ok('PATCH', `/api/meetings/${tau.id}`, don, { date: addDays(tenth(1), 7), reason: 'Trùng ngày hội của bản' });
    expect(moved.invitations.find((i: any) => i.personId === visitor)).toMatchObject({ role: 'member' });
    const stored = await t.db.query<{ id: string; person_id: string; role: string }>('SELECT id, person_id, role FROM invitations WHERE meeting_id = $1 ORDER BY id', [tau.id]);
    expect(stored).toEqual(moved.invitations.map((i: any) => ({ id: i.id, person_id: i.personId, role: i.role })).sort((a: any, b: any) => (a.id < b.id ? -1 : 1)));
  });
});
