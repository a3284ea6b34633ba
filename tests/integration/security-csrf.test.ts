import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { call, orgIdByName } from '../support/security';

/**
 * Finding 7 (CSRF): body-less POSTs (approve, invitations/sync, checkin-token) accepted text/plain and
 * multipart from a foreign Origin. Every state-changing request from another site is refused now.
 */
describe.each(DB_KINDS)('cross-site requests on %s', (kind) => {
  let t: TestApp;
  let secretary: string;
  let meeting: string;
  let cell: string;
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    secretary = await login(t.app, 'lvtruong');
    cell = await orgIdByName(t, 'Chi bộ bản Phiêng Lơi');
    meeting = (await t.db.one<{ id: string }>(`SELECT id FROM meetings WHERE org_id = $1 AND status = 'planned' ORDER BY date LIMIT 1`, [cell]))!.id;
  });
  afterAll(async () => t?.close());

  const tokens = async () => Number((await t.db.one<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))!.n);

  it('refuses body-less and form POSTs from a foreign page, by Origin or by Sec-Fetch-Site', async () => {
    const before = await tokens();
    const hostile: Record<string, string>[] = [
      { origin: 'https://evil.example', 'content-type': 'text/plain' },
      { origin: 'null', 'content-type': 'text/plain' },
      { 'sec-fetch-site': 'cross-site', 'content-type': 'multipart/form-data; boundary=x' },
      { 'sec-fetch-site': 'same-site', origin: 'https://other.chibo.example' },
    ];
    for (const headers of hostile) {
      for (const url of [`/api/meetings/${meeting}/checkin-token`, `/api/meetings/${meeting}/invitations/sync`, `/api/meetings/${meeting}/approve`]) {
        const res = await t.app.inject({ method: 'POST', url, headers: { cookie: secretary, ...headers }, payload: headers['content-type']?.startsWith('multipart') ? '--x--\r\n' : 'a=b' });
        expect(res.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(403);
        expect(json(res).error).toEqual({ code: 'cross_site', message: 'Yêu cầu đến từ một trang web khác nên bị từ chối. Hãy thao tác trực tiếp trên chibo.' });
      }
    }
    const del = await call(t, 'DELETE', '/api/auth/sessions/x', { cookie: secretary, headers: { origin: 'https://evil.example' } });
    expect(del.statusCode).toBe(403);
    // A login form posted from another site cannot log the victim into the attacker's account either.
    const loginCsrf = await call(t, 'POST', '/api/auth/login', { payload: { username: 'lvtruong', password: 'chibo-demo' }, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(loginCsrf.statusCode).toBe(403);
    expect(await tokens()).toBe(before);
  });

  it('lets the web app (same origin) and non-browser clients through', async () => {
    const sameOrigin = await call(t, 'POST', `/api/meetings/${meeting}/checkin-token`, { cookie: secretary, headers: { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:80' } });
    expect(sameOrigin.statusCode, sameOrigin.body).toBe(200);
    const ownOrigin = await call(t, 'POST', `/api/meetings/${meeting}/checkin-token`, { cookie: secretary, headers: { origin: 'http://localhost:80', host: 'localhost:80' } });
    expect(ownOrigin.statusCode).toBe(200);
    const script = await call(t, 'POST', `/api/meetings/${meeting}/checkin-token`, { cookie: secretary });
    expect(script.statusCode).toBe(200);
    // Reading stays open to links from elsewhere (a calendar, a bookmark).
    expect((await call(t, 'GET', `/api/meetings/${meeting}`, { cookie: secretary, headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(200);
  });
});
