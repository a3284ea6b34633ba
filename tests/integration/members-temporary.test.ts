import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp, requester } from '../support/app';
import { addDays, addMonths, parseIsoDate, todayVn, toIsoDate } from '../../src/domain/dates';

/**
 * Temporary attendance in another cell (sinh hoạt tạm thời) and suspension (đình chỉ sinh hoạt), recorded through
 * the API: the member is expected at the host cell, out of the home cell's voting base, shown on the host's roster;
 * a cell with fewer than 3 official members gets the Charter's warning.
 */
describe.each(DB_KINDS)('temporary attendance and suspension on %s', (kind) => {
  let t: TestApp;
  let truong = '';
  let don = '';
  let cellId: string;
  let tauId: string;
  const { req, ok } = requester(() => t.app, { 'accept-language': 'vi' });
  const today = parseIsoDate(todayVn());
  const tenth = (n: number) => {
    const x = addMonths(today.year, today.month, n);
    return toIsoDate(x.year, x.month, 10);
  };
  const inv = (m: any, personId: string) => m.invitations.find((i: any) => i.personId === personId);
  let a: any;
  let member: any;

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    truong = await login(t.app, 'lvtruong');
    don = await login(t.app, 'pqdon');
    cellId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    tauId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Tâu'`))!.id;
    a = await ok('POST', `/api/orgs/${cellId}/meetings`, truong, { type: 'regular', originalDate: tenth(1) });
    member = a.invitations.find((i: any) => i.role === 'member' && i.standing === 'official' && i.memberState === 'active'
      && !['Lường Văn Trường', 'Lường Thị Thoan'].includes(i.name));
  }, 300_000);
  afterAll(async () => t?.close());

  it('expects a member attending temporarily in another cell there, to the last day included, and out of the home cell’s base', async () => {
    const before = await ok('GET', `/api/meetings/${a.id}`, truong);
    // Until the 10th of next month, the day of the meeting: the member is still away that day.
    const p = await ok('POST', `/api/members/${member.personId}/temporary-attendance`, don, {
      hostOrgId: tauId, from: todayVn(), to: tenth(1), reason: 'Đi làm ăn xa ở bản Tâu',
    });
    expect(p.memberships.find((m: any) => m.kind === 'temporary')).toMatchObject({ orgId: tauId, startedOn: todayVn(), endedOn: tenth(1) });
    const after = await ok('GET', `/api/meetings/${a.id}`, truong);
    expect(inv(after, member.personId)).toMatchObject({ role: 'exempt', memberState: 'elsewhere' });
    expect(after.attendance.votingBase).toBe(before.attendance.votingBase - 1);
    expect(after.attendance.expected).toBe(before.attendance.expected - 1);
    // Bản Tâu summons the member on that day, and its page lists the member as attending there.
    const tau = await ok('POST', `/api/orgs/${tauId}/meetings`, don, { type: 'regular', originalDate: tenth(1) });
    expect(inv(tau, member.personId)).toMatchObject({ role: 'member', memberState: 'active' });
    const host = await ok('GET', `/api/orgs/${tauId}/standing?date=${tenth(1)}`, don);
    expect(host.attendingHere).toEqual([expect.objectContaining({ personId: member.personId, otherOrgId: cellId, to: tenth(1) })]);
    const home = await ok('GET', `/api/orgs/${cellId}/standing?date=${tenth(1)}`, truong);
    expect(home.attendingElsewhere).toEqual([expect.objectContaining({ personId: member.personId, otherOrgName: 'Chi bộ bản Tâu' })]);
    // The month after, the member is back home and not summoned by bản Tâu.
    const next = await ok('POST', `/api/orgs/${cellId}/meetings`, truong, { type: 'regular', originalDate: tenth(2) });
    expect(inv(next, member.personId)).toMatchObject({ role: 'member', memberState: 'active' });
    const tauNext = await ok('POST', `/api/orgs/${tauId}/meetings`, don, { type: 'regular', originalDate: tenth(2) });
    expect(inv(tauNext, member.personId)).toBeUndefined();
  });

  it('refuses an overlapping period, the member’s own cell and a period ending before it starts, in Vietnamese', async () => {
    const overlap = await req('POST', `/api/members/${member.personId}/temporary-attendance`, don, {
      hostOrgId: tauId, from: addDays(todayVn(), 3), to: tenth(3),
    });
    expect(overlap.statusCode).toBe(400);
    expect(json(overlap).error.code).toBe('temporary_overlap');
    expect(json(overlap).error.message).toContain('Đảng viên đã sinh hoạt tạm thời nơi khác trong thời gian này');
    const own = await req('POST', `/api/members/${member.personId}/temporary-attendance`, don, { hostOrgId: cellId, from: tenth(4), to: tenth(5) });
    expect(json(own).error.code).toBe('temporary_same_cell');
    const order = await req('POST', `/api/members/${member.personId}/temporary-attendance`, don, { hostOrgId: tauId, from: tenth(5), to: tenth(4) });
    expect(json(order).error.code).toBe('temporary_period_order');
    // A cell secretary cannot place a member in a cell outside their own.
    const secretary = await req('POST', `/api/members/${member.personId}/temporary-attendance`, truong, { hostOrgId: tauId, from: tenth(4), to: tenth(5) });
    expect(secretary.statusCode).toBe(403);
  });

  it('ends a temporary attendance early: the member is expected at home again', async () => {
    const p = await ok('GET', `/api/members/${member.personId}`, don);
    const temp = p.memberships.find((m: any) => m.kind === 'temporary');
    await ok('POST', `/api/members/${member.personId}/temporary-attendance/${temp.id}/end`, don, { to: addDays(tenth(1), -1) });
    const m = await ok('GET', `/api/meetings/${a.id}`, truong);
    expect(inv(m, member.personId)).toMatchObject({ role: 'member', memberState: 'active' });
  });

  it('lists a suspended member without summoning them, out of the voting base, until the suspension ends', async () => {
    const other = a.invitations.find((i: any) => i.role === 'member' && i.standing === 'official' && i.personId !== member.personId
      && !['Lường Văn Trường', 'Lường Thị Thoan'].includes(i.name));
    const before = await ok('GET', `/api/meetings/${a.id}`, truong);
    const noReason = await req('POST', `/api/members/${other.personId}/events`, truong, { kind: 'suspended', effectiveOn: todayVn() });
    expect(noReason.statusCode).toBe(400);
    const p = await ok('POST', `/api/members/${other.personId}/events`, truong, { kind: 'suspended', effectiveOn: todayVn(), reason: 'Bị tạm giam để điều tra' });
    expect(p.state).toBe('suspended');
    const m = await ok('GET', `/api/meetings/${a.id}`, truong);
    expect(inv(m, other.personId)).toMatchObject({ role: 'exempt', memberState: 'suspended' });
    expect(m.attendance.votingBase).toBe(before.attendance.votingBase - 1);
    // Still a member of the cell: in its list and on its page.
    const list = await ok('GET', `/api/orgs/${cellId}/members?pageSize=100`, truong);
    expect(list.items.find((x: any) => x.personId === other.personId)).toMatchObject({ state: 'suspended' });
    const standing = await ok('GET', `/api/orgs/${cellId}/standing`, truong);
    expect(standing.suspended).toEqual([expect.objectContaining({ personId: other.personId, since: todayVn() })]);
    await ok('POST', `/api/members/${other.personId}/events`, truong, { kind: 'suspension_ended', effectiveOn: todayVn() });
    const back = await ok('GET', `/api/meetings/${a.id}`, truong);
    expect(inv(back, other.personId)).toMatchObject({ role: 'member', memberState: 'active' });
  });

  it('warns a cell with fewer than 3 official members, and the commune of it', async () => {
    const commune = (await t.db.one<{ parent_id: string }>('SELECT parent_id FROM orgs WHERE id = $1', [cellId]))!.parent_id;
    const small = await ok('POST', '/api/orgs', don, { parentId: commune, kind: 'cell', name: 'Chi bộ bản Mới' });
    for (const [fullName, standing] of [['Lò Văn Một', 'official'], ['Lò Văn Hai', 'official'], ['Lò Thị Ba', 'probationary']]) {
      await ok('POST', '/api/members', don, { orgId: small.id, fullName, standing });
    }
    const cell = await ok('GET', `/api/orgs/${small.id}/standing`, don);
    expect(cell).toMatchObject({ minimum: 3, official: 2, tooFew: [{ orgId: small.id, official: 2 }] });
    const all = await ok('GET', `/api/orgs/${commune}/standing`, don);
    expect(all.tooFew.map((c: any) => c.orgName)).toContain('Chi bộ bản Mới');
    expect(all.tooFew.map((c: any) => c.orgName)).not.toContain('Chi bộ bản Phiêng Lơi');
    const big = await ok('GET', `/api/orgs/${cellId}/standing`, truong);
    expect(big.tooFew).toEqual([]);
  });

  it('counts only the cell’s own official members: 2 of its own and a guest from another cell still get the warning', async () => {
    const commune = (await t.db.one<{ parent_id: string }>('SELECT parent_id FROM orgs WHERE id = $1', [cellId]))!.parent_id;
    const small = await ok('POST', '/api/orgs', don, { parentId: commune, kind: 'cell', name: 'Chi bộ bản Nà Pục' });
    for (const fullName of ['Lò Văn Bốn', 'Lò Văn Năm']) await ok('POST', '/api/members', don, { orgId: small.id, fullName, standing: 'official' });
    const guest = (await t.db.one<{ person_id: string }>(
      `SELECT ms.person_id FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
        WHERE ms.org_id = $1 AND ms.kind = 'official' AND ms.ended_on IS NULL AND mb.standing = 'official' AND mb.state = 'active'
        ORDER BY ms.person_id LIMIT 1`, [tauId],
    ))!.person_id;
    await ok('POST', `/api/members/${guest}/temporary-attendance`, don, { hostOrgId: small.id, from: todayVn(), to: tenth(2), reason: 'Làm việc tại bản Nà Pục' });
    const m = await ok('POST', `/api/orgs/${small.id}/meetings`, don, { type: 'regular', originalDate: tenth(1) });
    // The guest is summoned here and votes here...
    expect(inv(m, guest)).toMatchObject({ role: 'member', standing: 'official', memberState: 'active' });
    expect(m.attendance.votingBase).toBe(3);
    // ...but is not one of the cell's own official members (Charter: a cell has at least 3).
    expect(m.warnings).toContainEqual(expect.objectContaining({ code: 'cell_too_few_officials', params: { official: 2, minimum: 3 } }));
    expect(await ok('GET', `/api/orgs/${small.id}/standing?date=${tenth(1)}`, don)).toMatchObject({ official: 2, tooFew: [{ orgId: small.id, official: 2 }] });
    // Bản Tâu still counts the member as its own, though away for the period.
    const tau = await ok('GET', `/api/orgs/${tauId}/standing?date=${tenth(1)}`, don);
    expect(tau.attendingElsewhere).toContainEqual(expect.objectContaining({ personId: guest }));
    const tauMembers = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
        WHERE ms.org_id = $1 AND ms.kind = 'official' AND ms.ended_on IS NULL AND mb.standing = 'official'
          AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')`, [tauId],
    );
    expect(tau.official).toBe(tauMembers!.n);
  });

  it('shows the demo’s month whose resolution vote failed: minutes approved with a BB number, no resolution', async () => {
    const m = await t.db.one<{ id: string }>(
      `SELECT v.meeting_id AS id FROM votes v JOIN meetings m ON m.id = v.meeting_id JOIN orgs o ON o.id = m.org_id
        WHERE v.is_resolution AND NOT v.passed AND o.name = 'Chi bộ bản Na Hai'`,
    );
    expect(m).toBeTruthy();
    const detail = await ok('GET', `/api/meetings/${m!.id}`, don);
    expect(detail).toMatchObject({ status: 'approved', resolutionStatus: 'failed' });
    expect(Object.keys(detail.numbers)).toEqual(['BB']);
    const nq = await req('GET', `/api/meetings/${m!.id}/resolution.pdf`, don);
    expect(nq.statusCode).toBe(409);
    expect(json(nq).error.code).toBe('resolution_not_adopted');
  });
});
