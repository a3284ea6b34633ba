import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { pdfText } from '../support/pdf';

/** Holding a meeting in few taps: "everyone present", then the exceptions. */
describe.each(DB_KINDS)('roll call in few steps on %s', (kind) => {
  let t: TestApp;
  let truong = '';
  let thoan = '';
  let meetingId = '';
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie } });

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    truong = await login(t.app, 'lvtruong');
    thoan = await login(t.app, 'ltthoan');
    meetingId = (await t.db.one<{ id: string }>(
      `SELECT m.id FROM meetings m JOIN orgs o ON o.id = m.org_id
        WHERE o.name = 'Chi bộ bản Phiêng Lơi' AND m.status = 'planned' ORDER BY m.date LIMIT 1`,
    ))!.id;
    // Next month's meeting, held early (the reason recorded): the roll call is allowed before its day.
    await t.db.query(`UPDATE meetings SET early_reason = 'Bà con vào vụ gặt, chi bộ họp sớm' WHERE id = $1`, [meetingId]);
  }, 300_000);
  afterAll(async () => t?.close());

  it('marks every summoned member present in one step, keeps marks already made, leaves the exempt to be marked', async () => {
    const before = json(await req('GET', `/api/meetings/${meetingId}`, truong));
    const members = before.invitations.filter((i: any) => i.role === 'member');
    expect(members.length).toBeGreaterThan(10);
    const away = members[0];
    expect((await req('PUT', `/api/meetings/${meetingId}/attendance/${away.personId}`, truong, { status: 'absent_unexcused' })).statusCode).toBe(200);

    const res = await req('POST', `/api/meetings/${meetingId}/attendance/all-present`, truong);
    expect(res.statusCode).toBe(200);
    const m = json(res);
    expect(m.status).toBe('held');
    const byId = new Map(m.invitations.map((i: any) => [i.id, i]));
    expect((byId.get(away.id) as any).status).toBe('absent_unexcused');
    for (const i of m.invitations.filter((x: any) => (x.role === 'member' || x.role === 'overseer') && x.id !== away.id)) {
      expect(i.status, i.name).toBe('present');
    }
    for (const i of m.invitations.filter((x: any) => x.role === 'exempt' || x.role === 'guest')) expect(i.status, i.name).toBeFalsy();
    expect(m.attendance.absentUnexcused).toBe(1);

    // Again: nothing changes (the absent member stays absent).
    const again = json(await req('POST', `/api/meetings/${meetingId}/attendance/all-present`, truong));
    expect(again.attendance).toEqual(m.attendance);
  });

  it('prints the notice and the sign-in sheet with every summoned member and a column to sign, for members too', async () => {
    const m = json(await req('GET', `/api/meetings/${meetingId}`, truong));
    const notice = await req('GET', `/api/meetings/${meetingId}/notice.pdf`, thoan);
    expect(notice.statusCode).toBe(200);
    expect(notice.headers['content-type']).toBe('application/pdf');
    const nt = await pdfText(notice.rawPayload);
    expect(nt).toContain('THÔNG BÁO');
    expect(nt).toContain('CHI BỘ BẢN PHIÊNG LƠI');
    expect(nt).toContain(m.location);
    const sheet = await req('GET', `/api/meetings/${meetingId}/signin-sheet.pdf`, thoan);
    expect(sheet.statusCode).toBe(200);
    const st = (await pdfText(sheet.rawPayload)).replace(/\s+/g, ' ');
    expect(st).toContain('DANH SÁCH');
    expect(st).toContain('Ký tên');
    for (const i of m.invitations.filter((x: any) => x.role === 'member')) expect(st, i.name).toContain(i.name);
    expect((await req('GET', `/api/meetings/00000000-0000-4000-8000-000000000000/signin-sheet.pdf`, truong)).statusCode).toBe(404);
  });

  it('refuses a plain member', async () => {
    const res = await req('POST', `/api/meetings/${meetingId}/attendance/all-present`, thoan);
    expect(res.statusCode).toBe(403);
    expect(json(res).error.message).toBeTruthy();
  });
});

/** Large-text mode: a setting of the person's account, read back with the account, changed only by her. */
describe.each(DB_KINDS)('large-text mode on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
  }, 300_000);
  afterAll(async () => t?.close());

  it('remembers the choice with the account, refuses anonymous callers and bad input', async () => {
    const thoan = await login(t.app, 'ltthoan');
    const me = async (cookie: string) => json(await t.app.inject({ url: '/api/auth/me', headers: { cookie } }));
    expect((await me(thoan)).largeText).toBe(false);
    const put = (payload: unknown, cookie?: string) =>
      t.app.inject({ method: 'PUT', url: '/api/auth/text-size', payload: payload as object, headers: cookie ? { cookie } : {} });
    expect((await put({ large: true }, thoan)).statusCode).toBe(200);
    // Another sign-in (another phone) has it; another person does not.
    expect((await me(await login(t.app, 'ltthoan'))).largeText).toBe(true);
    expect((await me(await login(t.app, 'lvtruong'))).largeText).toBe(false);
    expect((await put({ large: true })).statusCode).toBe(401);
    const bad = await put({ large: 'yes' }, thoan);
    expect(bad.statusCode).toBe(400);
    expect((await put({ large: false }, thoan)).statusCode).toBe(200);
    expect((await me(thoan)).largeText).toBe(false);
  });
});
