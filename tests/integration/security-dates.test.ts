import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { call, orgIdByName } from '../support/security';

/**
 * Finding 6 (impossible dates): 2026-02-30 passed the pattern check and reached the database (500s), and
 * one inside a resolution task made approved minutes impossible to render. One date type for the whole API:
 * a real calendar date from 1900 to 2100, refused with 400 naming the field. Settings are bounded too.
 */
describe.each(DB_KINDS)('one date type on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let root: string;
  let cell: string;
  let meeting: string;
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    admin = await login(t.app, 'admin');
    leader = await login(t.app, 'pqdon');
    root = await orgIdByName(t, 'Đảng bộ xã Thanh Minh');
    cell = await orgIdByName(t, 'Chi bộ bản Phiêng Lơi');
    meeting = (await t.db.one<{ id: string }>(`SELECT id FROM meetings WHERE org_id = $1 AND status = 'planned' ORDER BY date LIMIT 1`, [cell]))!.id;
  });
  afterAll(async () => t?.close());

  const tables = async () =>
    (await t.db.one<{ n: string }>(
      `SELECT (SELECT count(*) FROM orgs) || '/' || (SELECT count(*) FROM people) || '/' || (SELECT count(*) FROM meetings) AS n`,
    ))!.n;

  it('refuses impossible and out-of-range dates on every kind of route with 400 naming the field, writing nothing', async () => {
    const before = await tables();
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/orgs', { parentId: root, kind: 'cell', name: 'Chi bộ bản Mới', foundedOn: '2026-02-30' }, 'foundedOn'],
      ['POST', '/api/members', { orgId: cell, fullName: 'Lò Văn Khoa', standing: 'official', birthDate: '1990-13-01' }, 'birthDate'],
      ['POST', `/api/orgs/${cell}/meetings`, { type: 'regular', date: '2027-02-29' }, 'date'],
      ['GET', `/api/meetings?orgId=${root}&from=2026-01-01&to=9999-12-31`, undefined, 'to'],
      ['GET', '/api/my/meetings?from=0001-01-01', undefined, 'from'],
      ['PUT', `/api/meetings/${meeting}/resolution`, { tasks: [{ content: 'Sửa đường', assignee: 'Chi bộ', due: '2026-04-31' }] }, 'tasks.0.due'],
      ['PUT', `/api/orgs/${cell}/meeting-rule`, { termStart: '2025-02-29' }, 'termStart'],
    ];
    for (const [method, url, payload, field] of cases) {
      const res = await call(t, method, url, { cookie: admin, payload });
      expect(res.statusCode, `${method} ${url}`).toBe(400);
      expect(json(res).error.code).toBe('validation');
      expect(json(res).error.message).toContain(`"${field}" phải là một ngày có thật`);
    }
    expect(await tables()).toBe(before);
    const en = await call(t, 'POST', '/api/orgs', {
      cookie: `${admin}; chibo_lang=en`, payload: { parentId: root, kind: 'cell', name: 'Chi bộ bản Mới', foundedOn: '2026-02-30' },
    });
    expect(json(en).error.message).toContain('"foundedOn" must be a real date');
  });

  it('accepts a real date, a leap day, and "thường xuyên" as a task due date', async () => {
    const ok = await call(t, 'PUT', `/api/meetings/${meeting}/resolution`, {
      cookie: leader,
      payload: { tasks: [{ content: 'Sửa đường', assignee: 'Chi bộ', due: '2028-02-29' }, { content: 'Giữ vệ sinh', assignee: 'Đoàn viên', due: 'thường xuyên' }] },
    });
    expect(ok.statusCode).toBe(200);
    expect(json(ok).resolution.tasks.map((x: { due: string }) => x.due)).toEqual(['2028-02-29', 'thường xuyên']);
    const other = await call(t, 'PUT', `/api/meetings/${meeting}/resolution`, {
      cookie: leader, payload: { tasks: [{ content: 'Sửa đường', assignee: 'Chi bộ', due: 'sớm nhất' }] },
    });
    expect(other.statusCode).toBe(400);
    expect(json(other).error.message).toContain('hoặc "thường xuyên"');
  });

  it('bounds settings: a quorum of 3,000,000,000 is refused and meeting planning keeps working', async () => {
    const res = await call(t, 'PUT', `/api/orgs/${root}/meeting-rule`, { cookie: leader, payload: { quorum: { num: 2, den: 3_000_000_000 } } });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.message).toContain('"quorum.den" nằm ngoài khoảng cho phép');
    const planned = await call(t, 'POST', `/api/orgs/${cell}/meetings`, { cookie: leader, payload: { type: 'thematic', topic: 'Chuyên đề', date: '2027-03-15' } });
    expect(planned.statusCode).toBe(201);
  });

  it('refuses a number that is not finite (Infinity in a query, 1e400 in a body) with 400, not a database error', async () => {
    for (const year of ['Infinity', '-Infinity', '1e400']) {
      const res = await call(t, 'GET', `/api/reviews?orgId=${root}&year=${year}`, { cookie: leader });
      expect(res.statusCode, year).toBe(400);
      expect(json(res).error.message, year).toContain('"year"');
    }
    const before = await tables();
    const res = await t.app.inject({
      method: 'PUT', url: `/api/orgs/${root}/meeting-rule`, headers: { cookie: leader, 'content-type': 'application/json' },
      payload: '{"quorum":{"num":1e400,"den":3}}',
    });
    expect(res.statusCode).toBe(400);
    expect(await tables()).toBe(before);
  });
});
