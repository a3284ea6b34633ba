import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, testApp, type TestApp } from '../support/app';

/** TEMPLATES.md: the number suffix and who signs on behalf are not confirmed nationally, so they are settings. */
describe('document settings of a unit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite', { demo: true });
  }, 240_000);
  afterAll(async () => t?.close());

  it('are inherited, set by the committee, refused when incomplete, and audited', async () => {
    const don = await login(t.app, 'pqdon');
    const truong = await login(t.app, 'lvtruong');
    const cell = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    const url = `/api/orgs/${cell}/meeting-rule`;
    const before = json(await t.app.inject({ url, headers: { cookie: truong } }));
    expect(before.documents).toEqual({ docSuffix: 'CB', signOnBehalf: 'T/M CHI BỘ', numberingBy: 'term', termStart: '2025-04-20' });
    expect(before.dayOfMonth).toBe(10);

    // A cell secretary does not change the committee's rules.
    const put = (cookie: string, payload: object) => t.app.inject({ method: 'PUT', url, headers: { cookie }, payload });
    expect((await put(truong, { signOnBehalf: 'T/M CHI ỦY' })).statusCode).toBe(403);
    const badTerm = await put(don, { termStart: '2025-02-30' });
    expect(badTerm.statusCode).toBe(400);
    const bad = await put(don, { docSuffix: 'cb x' });
    expect(bad.statusCode).toBe(400);

    const ok = await put(don, { signOnBehalf: 'T/M CHI ỦY', numberingBy: 'term', termStart: '2025-08-15' });
    expect(ok.statusCode).toBe(200);
    expect(json(ok).documents).toEqual({ docSuffix: 'CB', signOnBehalf: 'T/M CHI ỦY', numberingBy: 'term', termStart: '2025-08-15' });
    expect(json(ok).dayOfMonth).toBe(10); // untouched
    const audit = json(await t.app.inject({ url: `/api/audit?orgId=${cell}&action=meeting.rule`, headers: { cookie: don } }));
    expect(audit.items[0].after).toMatchObject({ signOnBehalf: 'T/M CHI ỦY' });
    // null clears the unit's own value: back to the inherited one.
    const cleared = await put(don, { signOnBehalf: null, numberingBy: null, termStart: null });
    expect(json(cleared).documents.signOnBehalf).toBe('T/M CHI BỘ');
  });
});
