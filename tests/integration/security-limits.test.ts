import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { call, orgIdByName } from '../support/security';
import { addDays, addMonths, parseIsoDate, todayVn, toIsoDate } from '../../src/domain/dates';

/**
 * Finding 5 (unbounded work): a plain member fetched 95,690 meetings with `to=9999-12-31`, and a draft with 60
 * agenda items of 20,000 characters took seconds to render. Lists span a bounded range; a meeting holds a
 * bounded number of items.
 */
describe.each(DB_KINDS)('bounded lists and documents on %s', (kind) => {
  let t: TestApp;
  let member: string;
  let secretary: string;
  let root: string;
  let cell: string;
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    member = await login(t.app, 'ltthoan');
    secretary = await login(t.app, 'lvtruong');
    root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    cell = await orgIdByName(t, 'Chi bộ bản Phiêng Lơi');
  });
  afterAll(async () => t?.close());

  it('refuses a meeting list spanning more than 750 days (two years and some), in the reader’s language', async () => {
    const from = todayVn();
    const far = await call(t, 'GET', `/api/meetings?orgId=${cell}&from=${from}&to=2100-12-31`, { cookie: member });
    expect(far.statusCode).toBe(400);
    expect(json(far).error).toMatchObject({ code: 'date_range_too_long', message: 'Khoảng thời gian quá dài: xem tối đa 750 ngày một lần.' });
    const mine = await call(t, 'GET', `/api/my/meetings?from=1990-01-01&to=2100-12-31`, { cookie: `${member}; chibo_lang=en` });
    expect(mine.statusCode).toBe(400);
    expect(json(mine).error.message).toBe('The range is too long: at most 750 days at a time.');
    const year = await call(t, 'GET', `/api/meetings?orgId=${root}&from=${from}&to=${addDays(from, 750)}`, { cookie: secretary });
    expect(year.statusCode).toBe(403); // the secretary reads his cell, not the commune
    const ok = await call(t, 'GET', `/api/meetings?orgId=${cell}&from=${from}&to=${addDays(from, 750)}`, { cookie: member });
    expect(ok.statusCode).toBe(200);
    expect(json(ok).items.length).toBeLessThanOrEqual(26);
  });

  it('renders an approved version’s files once, named by its seal', async () => {
    const v = (await t.db.one<{ meeting_id: string; content_hash: string }>(
      `SELECT v.meeting_id, v.content_hash FROM minutes_versions v JOIN meetings m ON m.id = v.meeting_id
        WHERE m.org_id = $1 AND m.status = 'approved' ORDER BY v.approved_at DESC, v.version DESC LIMIT 1`,
      [cell],
    ))!;
    const first = await call(t, 'GET', `/api/meetings/${v.meeting_id}/minutes.pdf`, { cookie: secretary });
    const second = await call(t, 'GET', `/api/meetings/${v.meeting_id}/minutes.pdf`, { cookie: secretary });
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(second.headers['x-chibo-cache']).toBe('hit');
    expect(second.headers.etag).toBe(`"${v.content_hash}:minutes:pdf"`);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    // A draft is rendered from the meeting as it stands: never cached.
    const draft = (await t.db.one<{ id: string }>(`SELECT id FROM meetings WHERE org_id = $1 AND status = 'held' LIMIT 1`, [cell]));
    if (draft) expect((await call(t, 'GET', `/api/meetings/${draft.id}/minutes.pdf`, { cookie: secretary })).headers['x-chibo-cache']).toBeUndefined();
  });

  it('caps the agenda of one meeting at 30 items, nothing written past the cap', async () => {
    const next = addMonths(parseIsoDate(todayVn()).year, parseIsoDate(todayVn()).month, 3);
    const m = json(await call(t, 'POST', `/api/orgs/${cell}/meetings`, { cookie: secretary, payload: { type: 'regular', originalDate: toIsoDate(next.year, next.month, 10) } }));
    let n = m.agenda.length;
    while (n < 30) {
      const r = await call(t, 'POST', `/api/meetings/${m.id}/agenda`, { cookie: secretary, payload: { title: `Nội dung ${n + 1}`, content: 'x'.repeat(100) } });
      expect(r.statusCode).toBe(200);
      n++;
    }
    const over = await call(t, 'POST', `/api/meetings/${m.id}/agenda`, { cookie: secretary, payload: { title: 'Nội dung thừa', content: 'x' } });
    expect(over.statusCode).toBe(409);
    expect(json(over).error.message).toBe('Một buổi sinh hoạt có tối đa 30 nội dung sinh hoạt.');
    expect(json(await call(t, 'GET', `/api/meetings/${m.id}`, { cookie: secretary })).agenda).toHaveLength(30);
  });
});
