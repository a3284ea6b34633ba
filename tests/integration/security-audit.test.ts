import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { call, orgIdByName } from '../support/security';

/**
 * Finding 2 (audit blind spot): entries with no unit (grants, disabled accounts) were shown to no one, failed
 * logins and limiter trips were not recorded, and the page showed raw action codes. Finding 3 (login limiter):
 * a hard lockout any stranger could trigger, and every X-Forwarded-For hop trusted. Finding 8 (calendar
 * feeds): a unit's feed kept serving after its owner lost the grant and had the password reset.
 */
describe.each(DB_KINDS)('audit, logins and feeds on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let root: string;
  let cell: string;
  const log = async (cookie: string, orgId: string, lang: 'vi' | 'en' = 'vi') =>
    json(await call(t, 'GET', `/api/audit?orgId=${orgId}&limit=200`, { cookie: `${cookie}; chibo_lang=${lang}` })).items as any[];
  const tryLogin = (username: string, password: string, xff?: string) =>
    call(t, 'POST', '/api/auth/login', { payload: { username, password }, headers: xff ? { 'x-forwarded-for': xff } : {} });

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    admin = await login(t.app, 'admin');
    leader = await login(t.app, 'pqdon');
    root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    cell = await orgIdByName(t, 'Chi bộ bản Phiêng Lơi');
  });
  afterAll(async () => t?.close());

  it('records failed logins in words where the account belongs; names of no account only for admins', async () => {
    expect((await tryLogin('lvtruong', 'doan-bua-1')).statusCode).toBe(401);
    expect((await tryLogin('khong-co-ai', 'doan-bua-1')).statusCode).toBe(401);
    const seen = await log(leader, cell);
    const failed = seen.find((e) => e.action === 'auth.login_failed');
    expect(failed.text).toBe('Đăng nhập không thành công: tài khoản lvtruong, từ địa chỉ 127.0.0.1 (Chi bộ bản Phiêng Lơi)');
    expect((await log(leader, cell, 'en')).find((e) => e.action === 'auth.login_failed').text).toBe(
      'Failed login: account lvtruong, from 127.0.0.1 (Chi bộ bản Phiêng Lơi)',
    );
    // A name that is no account's belongs to no unit: the admin reads it, a leader of the whole commune does not.
    expect((await log(leader, root)).some((e) => e.summary === 'khong-co-ai')).toBe(false);
    const unknown = (await log(admin, root)).find((e) => e.summary === 'khong-co-ai');
    expect(unknown).toMatchObject({ unit: null, text: 'Đăng nhập không thành công: tài khoản khong-co-ai, từ địa chỉ 127.0.0.1' });
  });

  it('words grants and disabled accounts, logged where the account belongs, in the reader’s language', async () => {
    const thoan = (await t.db.one<{ id: string }>(`SELECT id FROM accounts WHERE username = 'ltthoan'`))!.id;
    expect((await call(t, 'POST', `/api/accounts/${thoan}/grants`, { cookie: admin, payload: { role: 'admin', orgId: null } })).statusCode).toBe(200);
    expect((await call(t, 'POST', `/api/accounts/${thoan}/disabled`, { cookie: leader, payload: { disabled: true } })).statusCode).toBe(403);
    const g = (await t.db.one<{ id: string }>(`SELECT id FROM grants WHERE account_id = $1 AND role = 'admin'`, [thoan]))!.id;
    expect((await call(t, 'DELETE', `/api/grants/${g}`, { cookie: admin })).statusCode).toBe(200);
    expect((await call(t, 'POST', `/api/accounts/${thoan}/disabled`, { cookie: leader, payload: { disabled: true } })).statusCode).toBe(200);
    const entries = await log(admin, root);
    const texts = entries.map((e) => e.text);
    expect(texts).toContain('admin cấp vai trò: Quản trị hệ thống cho tài khoản ltthoan (Chi bộ bản Phiêng Lơi)');
    expect(texts).toContain('admin thu hồi vai trò: Quản trị hệ thống cho tài khoản ltthoan (Chi bộ bản Phiêng Lơi)');
    expect(texts).toContain('Phạm Quang Đôn khóa tài khoản: ltthoan (Chi bộ bản Phiêng Lơi)');
    const en = (await log(admin, root, 'en')).map((e) => e.text);
    expect(en).toContain('Phạm Quang Đôn disabled an account: ltthoan (Chi bộ bản Phiêng Lơi)');
    // No entry reads as a code.
    for (const e of [...entries, ...(await log(admin, root, 'en'))]) expect(e.text).not.toMatch(/\b[a-z]+\.[a-z_]+\b/);
    // A leader reads the cell's account entries (they belong to the cell, not to no unit).
    expect((await log(leader, cell)).some((e) => e.text === 'Phạm Quang Đôn khóa tài khoản: ltthoan (Chi bộ bản Phiêng Lơi)')).toBe(true);
    expect((await call(t, 'POST', `/api/accounts/${thoan}/disabled`, { cookie: admin, payload: { disabled: false } })).statusCode).toBe(200);
  });

  it('slows down guesses at one account with growing delays, without locking out anyone else at the same address', async () => {
    for (let i = 0; i < 5; i++) expect((await tryLogin('vanphong', `sai-${i}-mat-khau`)).statusCode).toBe(401);
    const slowed = await tryLogin(' VanPhong ', 'chibo-demo');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe('1');
    expect(json(slowed).error.message).toBe('Đã đăng nhập sai nhiều lần liền. Vui lòng chờ 1 giây rồi thử lại.');
    // Same address, another account: not held up.
    expect((await tryLogin('tvkhay', 'chibo-demo')).statusCode).toBe(200);
    const entries = await log(admin, root);
    expect(entries.some((e) => e.text === 'Tạm hoãn đăng nhập sau nhiều lần sai mật khẩu: tài khoản vanphong, từ địa chỉ 127.0.0.1 (Đảng bộ xã Thanh Minh)'
      || (e.action === 'auth.login_slowed' && e.summary === 'vanphong'))).toBe(true);
  });

  it('a password reset, a lost grant or a disabled account ends a calendar feed at its next fetch', async () => {
    const secretary = await login(t.app, 'lvtruong');
    const make = async (payload: object) => json(await call(t, 'POST', '/api/calendar-feeds', { cookie: secretary, payload }));
    const unitFeed = await make({ kind: 'org', orgId: cell });
    const ownFeed = await make({ kind: 'person' });
    const fetch = async (f: { path: string }) => (await call(t, 'GET', f.path)).statusCode;
    expect([await fetch(unitFeed), await fetch(ownFeed)]).toEqual([200, 200]);
    // The secretary loses his grants on the cell: the unit's feed serves nothing from now on, his own still does.
    const truong = (await t.db.one<{ id: string }>(`SELECT id FROM accounts WHERE username = 'lvtruong'`))!.id;
    const grants = await t.db.query<{ id: string }>(`SELECT id FROM grants WHERE account_id = $1`, [truong]);
    for (const g of grants) expect((await call(t, 'DELETE', `/api/grants/${g.id}`, { cookie: admin })).statusCode).toBe(200);
    expect([await fetch(unitFeed), await fetch(ownFeed)]).toEqual([404, 200]);
    // Given back, it serves again (the feed checks access when fetched, it was not deleted).
    expect((await call(t, 'POST', `/api/accounts/${truong}/grants`, { cookie: admin, payload: { role: 'secretary', orgId: cell } })).statusCode).toBe(200);
    expect(await fetch(unitFeed)).toBe(200);
    // A password reset revokes every feed of the account.
    expect((await call(t, 'POST', `/api/accounts/${truong}/reset-password`, { cookie: admin, payload: { password: 'mat-khau-moi-1' } })).statusCode).toBe(200);
    expect([await fetch(unitFeed), await fetch(ownFeed)]).toEqual([404, 404]);
    const left = await t.db.query(`SELECT 1 FROM calendar_feeds WHERE account_id = $1 AND revoked_at IS NULL`, [truong]);
    expect(left).toHaveLength(0);
  });
});

describe('client addresses behind a proxy', () => {
  it('takes the client from the configured number of proxy hops, whatever the client prepends', async () => {
    const t = await testApp('pglite', { demo: true, trustProxy: 1 });
    try {
      const admin = await login(t.app, 'admin');
      const root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
      const res = await call(t, 'POST', '/api/auth/login', {
        payload: { username: 'ltthoan', password: 'sai-mat-khau' }, headers: { 'x-forwarded-for': '198.51.100.77, 203.0.113.5' },
      });
      expect(res.statusCode).toBe(401);
      const entries = json(await call(t, 'GET', `/api/audit?orgId=${root}&action=auth.`, { cookie: admin })).items as any[];
      expect(entries[0].after).toEqual({ ip: '203.0.113.5' });
      // Failed tries are capped per client address: 30 a minute, then that address waits; another does not.
      for (let i = 0; i < 30; i++) {
        const r = await call(t, 'POST', '/api/auth/login', {
          payload: { username: `khach-${i}`, password: 'sai-mat-khau' }, headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` },
        });
        expect(r.statusCode).toBe(401);
      }
      const capped = await call(t, 'POST', '/api/auth/login', {
        payload: { username: 'ltthoan', password: 'chibo-demo' }, headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(capped.statusCode).toBe(429);
      expect(json(capped).error.code).toBe('rate_limited');
      const other = await call(t, 'POST', '/api/auth/login', {
        payload: { username: 'ltthoan', password: 'chibo-demo' }, headers: { 'x-forwarded-for': '203.0.113.10' },
      });
      expect(other.statusCode).toBe(200);
      const trips = json(await call(t, 'GET', `/api/audit?orgId=${root}&action=auth.login_limited`, { cookie: admin })).items as any[];
      expect(trips.map((e) => e.text)).toEqual(['Tạm chặn đăng nhập từ một địa chỉ thử quá nhiều lần: từ địa chỉ 203.0.113.9']);
    } finally {
      await t.close();
    }
  }, 300_000); // a demo database of its own and 30 password checks, on a busy machine
});
