import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { call, orgIdByName } from '../support/security';

/**
 * Finding 10 (data integrity): a name of spaces or zero-width characters made a member with an empty name,
 * and " FZ-1 " passed the card-number uniqueness check. Finding 3 (login limiter): " vanphong" got a fresh
 * budget. Text is normalized (NFC, zero-width removed, trimmed) before it is validated or compared.
 */
describe.each(DB_KINDS)('normalized input on %s', (kind) => {
  let t: TestApp;
  let secretary: string;
  let cell: string;
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    secretary = await login(t.app, 'lvtruong');
    cell = await orgIdByName(t, 'Chi bộ bản Phiêng Lơi');
  });
  afterAll(async () => t?.close());
  const people = async () => Number((await t.db.one<{ n: number }>('SELECT count(*)::int AS n FROM people'))!.n);
  const member = (fullName: string, cardNo?: string) => ({ orgId: cell, fullName, standing: 'official', ...(cardNo ? { cardNo } : {}) });

  it('refuses a name of spaces or zero-width characters, writing nothing', async () => {
    const before = await people();
    for (const fullName of ['     ', '\u200b\u200b\u200b', ' \u200b \ufeff ']) {
      const res = await call(t, 'POST', '/api/members', { cookie: secretary, payload: member(fullName) });
      expect(res.statusCode, JSON.stringify(fullName)).toBe(400);
      expect(json(res).error.message).toContain('"fullName" quá ngắn');
    }
    expect(await people()).toBe(before);
  });

  it('stores names in NFC and compares card numbers after trimming', async () => {
    const nfd = 'Lo\u0300 Va\u0306n Pho\u0301ng';
    const created = await call(t, 'POST', '/api/members', { cookie: secretary, payload: member(nfd, 'FZ-1') });
    expect(created.statusCode).toBe(201);
    expect(json(created).fullName).toBe('Lò Văn Phóng');
    const dup = await call(t, 'POST', '/api/members', { cookie: secretary, payload: member('Lò Văn Khác', ' FZ-1 ') });
    expect(dup.statusCode).toBe(409);
  });

  it('keys the login delays on the normalized username', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await call(t, 'POST', '/api/auth/login', { payload: { username: 'vanphong', password: 'sai-mat-khau' } })).statusCode).toBe(401);
    }
    const spaced = await call(t, 'POST', '/api/auth/login', { payload: { username: ' VanPhong ', password: 'sai-mat-khau' } });
    expect(spaced.statusCode).toBe(429);
  });
});
