import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, loginFirstTime, testApp, type TestApp } from '../support/app';
import { call, orgIdByName } from '../support/security';
import { addMonths, parseIsoDate, todayVn, toIsoDate } from '../../src/domain/dates';

/**
 * Finding 11 (leaks): a `meeting_not_invited` refusal carried the full name of any person id sent, and a
 * guest invited to a meeting read every member's dues and absence reasons. Now a refusal names a person
 * only to a caller who may already read that person, and a guest reads the meeting, not its record.
 */
describe.each(DB_KINDS)('what a refusal and a guest see on %s', (kind) => {
  let t: TestApp;
  let truong: string;
  let thoan: string;
  let don: string;
  let guest: string;
  let meetingId: string;
  let outsider: { id: string; name: string };
  let absent: { id: string; name: string };
  let thoanId: string;
  const reason = 'Đi viện tỉnh chữa bệnh phổi';
  const today = parseIsoDate(todayVn());
  const next = addMonths(today.year, today.month, 2);
  const date = toIsoDate(next.year, next.month, 10);

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    const admin = await login(t.app, 'admin');
    truong = await login(t.app, 'lvtruong');
    thoan = await login(t.app, 'ltthoan');
    don = await login(t.app, 'pqdon');
    const cell = await orgIdByName(t, 'Chi bộ bản Phiêng Lơi');
    // A member of another cell: outside the secretary's view.
    const o = (await t.db.one<{ id: string; full_name: string; org_id: string }>(
      `SELECT p.id, p.full_name, m.org_id FROM memberships m JOIN people p ON p.id = m.person_id JOIN orgs o ON o.id = m.org_id
        WHERE o.kind = 'cell' AND o.id <> $1 AND m.ended_on IS NULL AND m.kind = 'official'
          AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = m.person_id)
        ORDER BY p.full_name LIMIT 1`,
      [cell],
    ))!;
    outsider = { id: o.id, name: o.full_name };
    // The outsider is invited to the meeting as a guest, with an account of their own.
    const acc = await call(t, 'POST', '/api/accounts', {
      cookie: admin, payload: { personId: o.id, username: 'khach-du-hop', password: 'khach-du-hop-1', role: 'member', orgId: o.org_id },
    });
    expect(acc.statusCode).toBe(201);
    guest = await loginFirstTime(t.app, 'khach-du-hop', 'khach-du-hop-1');
    thoanId = (await t.db.one<{ person_id: string }>(`SELECT person_id FROM accounts WHERE username = 'ltthoan'`))!.person_id;

    const m = await call(t, 'POST', `/api/orgs/${cell}/meetings`, { cookie: truong, payload: { type: 'regular', originalDate: date } });
    expect(m.statusCode).toBe(201);
    meetingId = json(m).id;
    expect((await call(t, 'PATCH', `/api/meetings/${meetingId}`, { cookie: truong, payload: { earlyReason: 'Chi bộ họp sớm trước mùa gặt' } })).statusCode).toBe(200);
    const invited = await call(t, 'POST', `/api/meetings/${meetingId}/invitations`, { cookie: truong, payload: { personId: o.id, title: 'Khách mời' } });
    expect(invited.statusCode).toBe(200);
    const member = json(invited).invitations.find((i: any) => i.role === 'member' && i.personId !== thoanId && i.name !== 'Lường Văn Trường');
    absent = { id: member.personId, name: member.name };
    const roll = await call(t, 'PUT', `/api/meetings/${meetingId}/attendance/${absent.id}`, {
      cookie: truong, payload: { status: 'absent_excused', reason },
    });
    expect(roll.statusCode).toBe(200);
    for (const pid of [absent.id, thoanId]) {
      expect((await call(t, 'PUT', `/api/meetings/${meetingId}/dues/${pid}`, { cookie: truong, payload: { amountPaid: 4000 } })).statusCode).toBe(200);
    }
  });
  afterAll(async () => t?.close());

  it('a refusal names a person only to a caller who may read that person', async () => {
    const stranger = await call(t, 'PATCH', `/api/meetings/${meetingId}`, { cookie: truong, payload: { chairId: outsider.id } });
    expect(stranger.statusCode).toBe(400);
    expect(json(stranger).error.message).toBe('Người được chọn không có trong danh sách triệu tập buổi sinh hoạt này.');
    expect(stranger.body).not.toContain(outsider.name);
    // The same for roll call, speeches and dues of a person the secretary cannot see.
    const pqdonPerson = (await t.db.one<{ person_id: string; full_name: string }>(
      `SELECT a.person_id, p.full_name FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.username = 'pqdon'`,
    ))!;
    for (const [method, url, payload] of [
      ['PUT', `/api/meetings/${meetingId}/attendance/${pqdonPerson.person_id}`, { status: 'present' }],
      ['PUT', `/api/meetings/${meetingId}/dues/${pqdonPerson.person_id}`, { amountPaid: 1000 }],
    ] as const) {
      const res = await call(t, method, url, { cookie: truong, payload });
      expect(res.statusCode).toBe(400);
      expect(res.body).not.toContain(pqdonPerson.full_name);
      expect(json(res).error.message).toMatch(/^Người được chọn không có trong danh sách triệu tập/);
    }
    // The commune's secretary reads every member of the commune: he is told the name.
    const named = await call(t, 'PATCH', `/api/meetings/${meetingId}`, { cookie: don, payload: { chairId: pqdonPerson.person_id } });
    expect(named.statusCode).toBe(400);
    expect(json(named).error.message).toBe(`Đồng chí ${pqdonPerson.full_name} không có trong danh sách triệu tập buổi sinh hoạt này.`);
  });

  it('a guest reads the meeting but not the absence reasons, dues or minutes of the members', async () => {
    const seen = await call(t, 'GET', `/api/meetings/${meetingId}`, { cookie: guest });
    expect(seen.statusCode).toBe(200);
    expect(seen.body).not.toContain(reason);
    const m = json(seen);
    expect(m.dues).toBeNull();
    expect(m.invitations.every((i: any) => i.duesPaid === null)).toBe(true);
    expect(m.invitations.find((i: any) => i.personId === absent.id)).toMatchObject({ status: 'absent_excused', reason: null });
    expect(m.attendance.absentees.find((a: any) => a.name === absent.name)).toEqual({ memberId: absent.id, name: absent.name, status: 'absent_excused' });
    expect(m.versions.every((v: any) => v.approvedBy === null)).toBe(true);
    const dues = await call(t, 'GET', `/api/meetings/${meetingId}/dues`, { cookie: guest });
    expect(dues.statusCode).toBe(200);
    expect(json(dues).items).toEqual([]);
    expect((await call(t, 'GET', `/api/meetings/${meetingId}/minutes.pdf`, { cookie: guest })).statusCode).toBe(403);
    expect((await call(t, 'GET', `/api/meetings/${meetingId}/minutes.docx`, { cookie: guest })).statusCode).toBe(403);
    // The notice is theirs (HD 42: everyone invited receives it).
    expect((await call(t, 'GET', `/api/meetings/${meetingId}/notice.pdf`, { cookie: guest })).statusCode).toBe(200);
  });

  it('a member of the cell reads the record and her own dues; the secretary reads everyone’s', async () => {
    const m = json(await call(t, 'GET', `/api/meetings/${meetingId}`, { cookie: thoan }));
    expect(m.invitations.find((i: any) => i.personId === absent.id).reason).toBe(reason);
    expect(m.invitations.find((i: any) => i.personId === thoanId).duesPaid).toBe(4000);
    expect(m.invitations.find((i: any) => i.personId === absent.id).duesPaid).toBeNull();
    expect(m.dues).toBeNull();
    const own = json(await call(t, 'GET', `/api/meetings/${meetingId}/dues`, { cookie: thoan }));
    expect(own.items.map((i: any) => i.personId)).toEqual([thoanId]);
    expect((await call(t, 'GET', `/api/meetings/${meetingId}/minutes.pdf`, { cookie: thoan })).statusCode).toBe(200);

    const s = json(await call(t, 'GET', `/api/meetings/${meetingId}`, { cookie: truong }));
    expect(s.invitations.find((i: any) => i.personId === absent.id)).toMatchObject({ reason, duesPaid: 4000 });
    expect(s.dues).toEqual({ collected: 8000, expected: expect.any(Number), payers: 2 });
    expect(json(await call(t, 'GET', `/api/meetings/${meetingId}/dues`, { cookie: truong })).items.length).toBeGreaterThan(20);
  });
});
