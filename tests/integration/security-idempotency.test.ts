import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { call, orgIdByName } from '../support/security';

/** Finding 10 (data integrity): a create sent several times, even in parallel, makes one record when it carries an Idempotency-Key. */
describe.each(DB_KINDS)('Idempotency-Key on %s', (kind) => {
  let t: TestApp;
  let secretary: string;
  let cell: string;
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    secretary = await login(t.app, 'lvtruong');
    cell = await orgIdByName(t, 'Chi bộ bản Phiêng Lơi');
  });
  afterAll(async () => t?.close());

  const member = (fullName: string) => ({ orgId: cell, fullName, standing: 'official', admissionDate: '2001-05-19', officialDate: '2002-05-19' });
  const count = async (fullName: string) =>
    Number((await t.db.one<{ n: number }>('SELECT count(*)::int AS n FROM people WHERE full_name = $1', [fullName]))!.n);

  it('four identical parallel creates with one key make one member and four identical answers', async () => {
    const headers = { 'idempotency-key': 'offline-7f3a-0001' };
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => call(t, 'POST', '/api/members', { cookie: secretary, payload: member('Lò Văn Khoa'), headers })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => json(a).personId)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(3);
    expect(await count('Lò Văn Khoa')).toBe(1);
    // A later retry (the offline queue replayed) gets the same answer, and still writes nothing.
    const later = await call(t, 'POST', '/api/members', { cookie: secretary, payload: member('Lò Văn Khoa'), headers });
    expect(later.statusCode).toBe(201);
    expect(json(later).personId).toBe(json(answers[0]!).personId);
    expect(await count('Lò Văn Khoa')).toBe(1);
  });

  it('refuses the same key with a different body, in the reader’s language', async () => {
    const headers = { 'idempotency-key': 'offline-7f3a-0002' };
    expect((await call(t, 'POST', '/api/members', { cookie: secretary, payload: member('Lò Thị Mai'), headers })).statusCode).toBe(201);
    const other = await call(t, 'POST', '/api/members', { cookie: secretary, payload: member('Lò Thị Hoa'), headers });
    expect(other.statusCode).toBe(422);
    expect(json(other).error).toEqual({ code: 'idempotency_key_reused', message: 'Khoá Idempotency-Key này đã được dùng cho một yêu cầu khác.' });
    expect(await count('Lò Thị Hoa')).toBe(0);
  });

  it('a refused request releases its key; keys belong to the account; a malformed key is refused', async () => {
    const headers = { 'idempotency-key': 'offline-7f3a-0003' };
    const bad = await call(t, 'POST', '/api/members', { cookie: secretary, payload: { ...member('Lò Văn Sáng'), admissionDate: '2026-02-30' }, headers });
    expect(bad.statusCode).toBe(400);
    const good = await call(t, 'POST', '/api/members', { cookie: secretary, payload: member('Lò Văn Sáng'), headers });
    expect(good.statusCode).toBe(201);
    expect(good.headers['idempotent-replayed']).toBeUndefined();
    // The same key from another account is that account's own key.
    const leader = await login(t.app, 'pqdon');
    const theirs = await call(t, 'POST', '/api/members', { cookie: leader, payload: member('Lò Văn Sáng'), headers });
    expect(theirs.statusCode).toBe(201);
    expect(json(theirs).personId).not.toBe(json(good).personId);
    const malformed = await call(t, 'POST', '/api/members', {
      cookie: secretary, payload: member('Lò Văn Tâm'), headers: { 'idempotency-key': 'có dấu cách' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(json(malformed).error.code).toBe('idempotency_key_invalid');
    expect(await count('Lò Văn Tâm')).toBe(0);
  });
});
