import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';

/**
 * Committee members in charge of cells on the demo commune: Tòng Văn Khay (tvkhay) is in charge of Phiêng Lơi,
 * Huổi Pha and Co Cụ. His observations, what waits for him, the commune's month view, and the refusals.
 */
describe.each(DB_KINDS)('committee members in charge on %s', (kind) => {
  let t: TestApp;
  const c: Record<'khay' | 'don' | 'thoan' | 'truong', string> = { khay: '', don: '', thoan: '', truong: '' };
  let khay: string;
  const req = (method: string, url: string, cookie: string, payload?: unknown, lang = 'vi') =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie: lang === 'en' ? `${cookie}; chibo_lang=en` : cookie } });
  const good = { leadership: 'Chi bộ điều hành đúng trình tự, kết luận rõ.', mood: 'Đảng viên phấn khởi.', residents: 'Nhân dân đồng tình.', proposals: '' };

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    for (const [k, u] of [['khay', 'tvkhay'], ['don', 'pqdon'], ['thoan', 'ltthoan'], ['truong', 'lvtruong']] as const) c[k] = await login(t.app, u);
    khay = (await t.db.one<{ person_id: string }>(`SELECT person_id FROM accounts WHERE username = 'tvkhay'`))!.person_id;
  }, 300_000);
  afterAll(async () => t?.close());

  it('lists his three cells, their meetings of the year, whether he attended, and one observation missing', async () => {
    const res = json(await req('GET', `/api/overseers/${khay}/observations?year=2026`, c.khay));
    expect(res.fullName).toBe('Tòng Văn Khay');
    const assigned = await t.db.query<{ name: string }>(
      `SELECT o.name FROM org_overseers s JOIN orgs o ON o.id = s.org_id WHERE s.person_id = $1 ORDER BY o.name`, [khay]);
    expect(assigned).toHaveLength(3);
    expect(res.cells.map((x: any) => x.orgName)).toEqual(assigned.map((a) => a.name));
    expect(res.cells.map((x: any) => x.orgName)).toContain('Chi bộ bản Phiêng Lơi');
    expect(res.items.length).toBeGreaterThan(10);
    const attended = res.items.filter((i: any) => i.attended);
    expect(attended.length).toBeGreaterThan(2);
    expect(res.items.some((i: any) => !i.attended)).toBe(true);
    // The attendance comes from the roll call.
    const roll = await t.db.query<{ meeting_id: string; status: string }>(
      `SELECT i.meeting_id, a.status FROM invitations i JOIN attendance a ON a.invitation_id = i.id WHERE i.person_id = $1`, [khay],
    );
    for (const i of res.items) expect(i.attendance).toBe(roll.find((r) => r.meeting_id === i.meetingId)?.status ?? null);
    expect(res.items.filter((i: any) => i.observation).length).toBeGreaterThan(1);
    expect(res.items.filter((i: any) => i.missing)).toHaveLength(1);
    expect(res.items.every((i: any) => !i.observation || i.attended)).toBe(true);
  });

  it('shows on his first screen what waits for him, and takes the observation off once written', async () => {
    const mine = json(await req('GET', '/api/my/oversight', c.khay));
    expect(mine.cells).toHaveLength(3);
    expect(mine.observationsToWrite).toHaveLength(1);
    const m = mine.observationsToWrite[0];
    const saved = await req('PUT', `/api/meetings/${m.meetingId}/observation`, c.khay, good);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(json(saved).observation.leadership).toBe(good.leadership);
    expect(json(saved).observation.proposals).toBeNull();
    expect(json(saved).missing).toBe(false);
    expect(json(await req('GET', '/api/my/oversight', c.khay)).observationsToWrite).toHaveLength(0);
    // Rewriting keeps one observation, with the new text.
    await req('PUT', `/api/meetings/${m.meetingId}/observation`, c.khay, { ...good, mood: 'Đảng viên lo giá phân bón.' });
    const n = await t.db.query<{ mood: string }>('SELECT mood FROM overseer_observations WHERE meeting_id = $1', [m.meetingId]);
    expect(n).toEqual([{ mood: 'Đảng viên lo giá phân bón.' }]);
  });

  it('refuses an observation for a meeting he did not attend, in Vietnamese and English', async () => {
    const list = json(await req('GET', `/api/overseers/${khay}/observations?year=2026`, c.khay));
    const absent = list.items.find((i: any) => !i.attended);
    const vi = await req('PUT', `/api/meetings/${absent.meetingId}/observation`, c.khay, good);
    expect(vi.statusCode).toBe(409);
    expect(json(vi).error.code).toBe('observation_not_attended');
    expect(json(vi).error.message).toContain('không dự');
    const en = await req('PUT', `/api/meetings/${absent.meetingId}/observation`, c.khay, good, 'en');
    expect(json(en).error.message).toContain('did not attend');
    expect(await t.db.one('SELECT 1 FROM overseer_observations WHERE meeting_id = $1', [absent.meetingId])).toBeFalsy();
  });

  it('refuses a leader who is not in charge of the cell, a planned meeting, and an empty observation', async () => {
    const list = json(await req('GET', `/api/overseers/${khay}/observations?year=2026`, c.khay));
    const held = list.items.find((i: any) => i.attended);
    const byDon = await req('PUT', `/api/meetings/${held.meetingId}/observation`, c.don, good);
    expect(byDon.statusCode).toBe(409);
    expect(json(byDon).error.code).toBe('observation_not_in_charge');
    // The secretary plans a meeting in ten days: it shows among his cells' next meetings, and takes no observation yet.
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const cellId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    const p = await req('POST', `/api/orgs/${cellId}/meetings`, c.truong, { type: 'thematic', date: day, topic: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' });
    expect(p.statusCode, p.body).toBe(201);
    const mine = json(await req('GET', '/api/my/oversight', c.khay));
    expect(mine.nextMeetings.map((x: any) => x.meetingId)).toContain(json(p).id);
    const planned = await req('PUT', `/api/meetings/${json(p).id}/observation`, c.khay, good);
    expect(json(planned).error.code).toBe('observation_not_held');
    const empty = await req('PUT', `/api/meetings/${held.meetingId}/observation`, c.khay, { leadership: '', mood: '' });
    expect(empty.statusCode).toBe(400);
    // A secretary has no observe right at all.
    expect((await req('PUT', `/api/meetings/${held.meetingId}/observation`, c.truong, good)).statusCode).toBe(403);
  });

  it('lists scores waiting for his confirmation; after the meetings module confirms, his name and comment show', async () => {
    const cell = (await t.db.one<{ org_id: string }>(`SELECT org_id FROM org_overseers WHERE person_id = $1 LIMIT 1`, [khay]))!.org_id;
    const m = (await t.db.one<{ id: string }>(
      `SELECT m.id FROM meetings m JOIN meeting_scores s ON s.meeting_id = m.id WHERE m.org_id = $1 ORDER BY m.date DESC LIMIT 1`, [cell],
    ))!.id;
    await t.db.query('UPDATE meeting_scores SET confirmed_at = NULL, confirmed_by = NULL WHERE meeting_id = $1', [m]);
    // A meeting of his cells he did not attend is not his to confirm (a leader does, with a reason): not listed.
    const missed = await t.db.one<{ id: string }>(
      `SELECT m.id FROM meetings m JOIN meeting_scores s ON s.meeting_id = m.id
        WHERE m.org_id IN (SELECT org_id FROM org_overseers WHERE person_id = $1 AND ended_on IS NULL)
          AND NOT EXISTS (SELECT 1 FROM invitations i JOIN attendance a ON a.invitation_id = i.id
                           WHERE i.meeting_id = m.id AND i.person_id = $1 AND a.status IN ('present', 'late', 'left_early'))
        ORDER BY m.date DESC LIMIT 1`, [khay]);
    expect(missed, 'the demo has a scored meeting he did not attend').toBeTruthy();
    await t.db.query('UPDATE meeting_scores SET confirmed_at = NULL, confirmed_by = NULL WHERE meeting_id = $1', [missed!.id]);
    const before = json(await req('GET', '/api/my/oversight', c.khay));
    expect(before.scoresToConfirm.map((s: any) => s.meetingId)).toContain(m);
    expect(before.scoresToConfirm.map((s: any) => s.meetingId)).not.toContain(missed!.id);
    const conf = await req('POST', `/api/meetings/${m}/score/confirm`, c.khay, { comment: 'Đồng ý với điểm chi bộ tự chấm.' });
    expect(conf.statusCode, conf.body).toBe(200);
    const after = json(await req('GET', '/api/my/oversight', c.khay));
    expect(after.scoresToConfirm.map((s: any) => s.meetingId)).not.toContain(m);
    const done = after.recentlyConfirmed.find((s: any) => s.meetingId === m);
    expect(done.confirmedBy).toBe('Tòng Văn Khay');
    expect(done.comment).toBe('Đồng ý với điểm chi bộ tự chấm.');
  });

  it('gives the commune the month: cells no one from the committee attended, observations missing', async () => {
    const root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    const month = '2026-10';
    const view = json(await req('GET', `/api/orgs/${root}/oversight?month=${month}`, c.don));
    expect(view.summary.cells).toBe(19);
    expect(view.cells).toHaveLength(19);
    // Checked against the roll call: a cell is "without the committee" when none of its held meetings had one.
    const present = await t.db.query<{ org_id: string }>(
      `SELECT DISTINCT m.org_id FROM meetings m JOIN invitations i ON i.meeting_id = m.id JOIN attendance a ON a.invitation_id = i.id
        WHERE m.date BETWEEN '2026-10-01' AND '2026-10-31' AND m.status IN ('held', 'approved') AND a.status IN ('present', 'late', 'left_early')
          AND (i.role = 'overseer' OR EXISTS (SELECT 1 FROM positions p WHERE p.person_id = i.person_id
               AND p.title IN ('commune_secretary', 'commune_deputy', 'standing_committee', 'committee_member')
               AND p.started_on <= m.date AND (p.ended_on IS NULL OR p.ended_on >= m.date)))`,
    );
    const withHeld = view.cells.filter((x: any) => x.meetings.some((mm: any) => ['held', 'approved'].includes(mm.status)));
    expect(view.summary.withoutCommittee).toBe(withHeld.length - present.length);
    expect(view.summary.withoutCommittee).toBeGreaterThan(0);
    // Missing observations: the others in charge wrote none in the demo; Khay wrote all of his.
    const khayCells = view.cells.filter((x: any) => x.overseers.some((o: any) => o.personId === khay));
    expect(khayCells).toHaveLength(3);
    for (const cell of khayCells) for (const mm of cell.meetings) expect(mm.observationsMissing.map((o: any) => o.personId)).not.toContain(khay);
    expect(view.summary.missingObservations).toBeGreaterThan(0);
    // The overseer sees his cells, not the commune.
    expect((await req('GET', `/api/orgs/${root}/oversight?month=${month}`, c.khay)).statusCode).toBe(403);
    const pl = khayCells[0].orgId;
    expect(json(await req('GET', `/api/orgs/${pl}/oversight?month=${month}`, c.khay)).cells).toHaveLength(1);
    expect((await req('GET', `/api/orgs/${pl}/oversight?month=${month}`, c.thoan)).statusCode).toBe(403);
  });

  it('narrows another person’s observations to what the caller oversees', async () => {
    const byDon = json(await req('GET', `/api/overseers/${khay}/observations?year=2026`, c.don));
    expect(byDon.items.length).toBeGreaterThan(0);
    const byMember = json(await req('GET', `/api/overseers/${khay}/observations?year=2026`, c.thoan));
    expect(byMember.items).toEqual([]);
    expect(byMember.cells).toEqual([]);
  });
});
