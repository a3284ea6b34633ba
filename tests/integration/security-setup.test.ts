import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import type { Db } from '../../src/server/db/index';
import { newSetupCode } from '../../src/server/security/setup-code';
import { DB_KINDS, freshDb } from '../support/db';
import { json } from '../support/app';

/**
 * Finding 9 (open setup): on a fresh install anyone reaching the port could load the demo (admin/chibo-demo)
 * or create the first admin. Both need the one-time code the server prints in its log at start.
 */
describe.each(DB_KINDS)('setup code on %s', (kind) => {
  let db: Db;
  let app: FastifyInstance;
  const code = newSetupCode();
  beforeAll(async () => {
    db = await freshDb(kind);
    app = await buildApp({ db, setupCode: code });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });
  const count = async () => Number((await db.one<{ n: number }>('SELECT (SELECT count(*) FROM orgs) + (SELECT count(*) FROM accounts) AS n'))!.n);
  const own = { committeeName: 'Đảng bộ xã Mường Phăng', place: 'Mường Phăng', fullName: 'Lò Văn Bình', username: 'lvbinh', password: 'mat-khau-dai' };

  it('is twelve digits in three groups', () => {
    expect(code).toMatch(/^\d{4}-\d{4}-\d{4}$/);
  });

  it('refuses the demo and the first admin without the code or with a wrong one, writing nothing', async () => {
    expect(json(await app.inject({ url: '/api/setup' }))).toEqual({ needed: true, codeRequired: true });
    const noCode = await app.inject({ method: 'POST', url: '/api/setup/demo' });
    expect(noCode.statusCode).toBe(403);
    expect(json(noCode).error).toEqual({ code: 'setup_code_required', message: 'Cần mã thiết lập. Mã được in trong nhật ký của máy chủ chibo khi khởi động.' });
    const wrong = await app.inject({ method: 'POST', url: '/api/setup/demo', headers: { 'x-setup-code': '0000-0000-0000' } });
    expect(wrong.statusCode).toBe(403);
    expect(json(wrong).error.message).toBe('Mã thiết lập không đúng. Xem lại mã trong nhật ký của máy chủ chibo.');
    expect((await app.inject({ method: 'POST', url: '/api/setup', payload: own })).statusCode).toBe(403);
    expect(await count()).toBe(0);
  });

  it('creates the committee with the code, typed with spaces instead of dashes', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/setup', payload: own, headers: { 'x-setup-code': code.replace(/-/g, ' ') } });
    expect(res.statusCode).toBe(201);
    expect(json(await app.inject({ url: '/api/setup' })).needed).toBe(false);
    // Once set up, the code opens nothing more.
    expect((await app.inject({ method: 'POST', url: '/api/setup/demo', headers: { 'x-setup-code': code } })).statusCode).toBe(409);
  });
});
