import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp, requester } from '../support/app';

/**
 * Scoring schemes per unit: the commune office writes and versions its schemes and chooses one per meeting type;
 * its cells inherit the choice and see it; a meeting keeps the version it was scored with.
 */
describe.each(DB_KINDS)('scoring schemes per unit on %s', (kind) => {
  let t: TestApp;
  let don: string;
  let truong: string;
  let rootId: string;
  let cellId: string;
  const { req, ok } = requester(() => t.app);
  let base: any;
  const full = (s: any) => Object.fromEntries(s.groups.flatMap((g: any) => g.criteria.map((x: any) => [x.key, x.maxPoints])));
  const scoredMeeting = async (month: string) => {
    const m = await ok('POST', `/api/orgs/${cellId}/meetings`, truong, { type: 'regular', originalDate: `${month}-10` });
    await ok('PATCH', `/api/meetings/${m.id}`, truong, { earlyReason: 'Ghi trước ngày họp (thử bộ tiêu chí)' });
    return m.id as string;
  };

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    don = await login(t.app, 'pqdon');
    truong = await login(t.app, 'lvtruong');
    rootId = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    cellId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    base = (json(await req('GET', '/api/scoring-schemes', don)) as any[]).find((s) => s.id === 'phu-tho-regular');
  }, 300_000);
  afterAll(async () => t?.close());

  it('shows a cell the scheme it inherits; only the commune office writes one, with each problem named', async () => {
    const seen = await ok('GET', `/api/orgs/${cellId}/scoring-schemes`, truong);
    expect(seen).toMatchObject({ canEdit: false, choice: { regular: { schemeId: 'phu-tho-regular', fromOrgId: null } } });
    const { active: _a, version: _v, ...body } = base;
    const mine = { ...body, id: 'thanh-minh-thuong-ky', name: 'Bộ tiêu chí sinh hoạt thường kỳ của Đảng bộ xã Thanh Minh' };
    expect((await req('POST', `/api/orgs/${cellId}/scoring-schemes`, truong, mine)).statusCode).toBe(403);
    const broken = structuredClone(mine);
    broken.groups[0].criteria[0].maxPoints += 1;
    const bad = await req('POST', `/api/orgs/${rootId}/scoring-schemes`, don, broken);
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.code).toBe('scheme_invalid');
    expect(json(bad).error.details.map((d: any) => d.code)).toEqual(['group_total_mismatch']);
    expect(json(bad).error.message).toMatch(/^Bộ tiêu chí chưa hợp lệ: Tổng điểm các tiêu chí của nhóm/);
    const en = await t.app.inject({ method: 'POST', url: `/api/orgs/${rootId}/scoring-schemes`, payload: broken, headers: { cookie: `${don}; chibo_lang=en` } });
    expect(json(en).error.message).toMatch(/^The scheme is not valid: The criteria of group/);
    // A built-in scheme is not the commune's to change.
    const taken = await req('POST', `/api/orgs/${rootId}/scoring-schemes`, don, { ...mine, id: 'phu-tho-regular' });
    expect(taken.statusCode).toBe(409);
    expect(json(taken).error.code).toBe('scheme_not_own');
    const saved = await ok('POST', `/api/orgs/${rootId}/scoring-schemes`, don, { ...mine, note: 'Theo hướng dẫn của Đảng ủy xã' });
    expect(saved.canEdit).toBe(true);
    expect(saved.schemes.find((s: any) => s.id === 'thanh-minh-thuong-ky')).toMatchObject({
      version: 1, own: true, versions: [{ version: 1, createdBy: 'Phạm Quang Đôn', note: 'Theo hướng dẫn của Đảng ủy xã' }],
    });
  });

  it('applies the commune’s choice to its cells; a meeting keeps the version it was scored with', async () => {
    const wrongType = await req('PUT', `/api/orgs/${rootId}/scoring-choice`, don, { thematic: 'thanh-minh-thuong-ky' });
    expect(json(wrongType).error.code).toBe('scheme_type_mismatch');
    await ok('PUT', `/api/orgs/${rootId}/scoring-choice`, don, { regular: 'thanh-minh-thuong-ky' });
    const cell = await ok('GET', `/api/orgs/${cellId}/scoring-schemes`, truong);
    expect(cell.choice.regular).toEqual({ schemeId: 'thanh-minh-thuong-ky', fromOrgId: rootId, fromOrgName: 'Đảng bộ xã Thanh Minh' });
    const v1 = cell.schemes.find((s: any) => s.id === 'thanh-minh-thuong-ky');
    const first = await scoredMeeting('2027-07');
    const s1 = await ok('PUT', `/api/meetings/${first}/score`, truong, { points: full(v1) });
    expect(s1.score).toMatchObject({ schemeId: 'thanh-minh-thuong-ky', schemeVersion: 1, total: 100 });
    // Version 2: the commune raises the bar of "Tốt" to 95.
    const { versions: _x, own: _o, orgId: _i, orgName: _n, version: _v, ...body } = v1;
    const v2body = { ...body, bands: body.bands.map((b: any) => (b.level === 'tot' ? { ...b, min: 95 } : b)), note: 'Nâng mức Tốt lên 95 điểm' };
    const after = await ok('POST', `/api/orgs/${rootId}/scoring-schemes`, don, v2body);
    expect(after.schemes.find((s: any) => s.id === 'thanh-minh-thuong-ky').versions.map((v: any) => v.version)).toEqual([1, 2]);
    const points = { ...full(v1) };
    points[Object.keys(points)[0]] -= 2; // 98 points, and a full-marks criterion is untouched
    const again = await ok('PUT', `/api/meetings/${first}/score`, truong, { points });
    expect(again.score).toMatchObject({ schemeVersion: 1 });
    const second = await scoredMeeting('2027-08');
    const s2 = await ok('PUT', `/api/meetings/${second}/score`, truong, { points: full(v1) });
    expect(s2.score).toMatchObject({ schemeId: 'thanh-minh-thuong-ky', schemeVersion: 2 });
    // Version 3 drops a criterion and adds another: the meeting scored with version 1 keeps it, and its points still
    // name the criterion dropped since; the next meeting is scored with version 3's criteria.
    const v3groups = body.groups.map((g: any, i: number) => (i === 0
      ? { ...g, criteria: [...g.criteria.slice(0, -1), { key: 'prep_draft_sent', label: 'Gửi dự thảo nghị quyết trước 2 ngày', maxPoints: g.criteria.at(-1).maxPoints }] }
      : g));
    const dropped = body.groups[0].criteria.at(-1).key;
    const after3 = await ok('POST', `/api/orgs/${rootId}/scoring-schemes`, don, { ...body, groups: v3groups, note: 'Thay tiêu chí chuẩn bị' });
    const v3 = after3.schemes.find((s: any) => s.id === 'thanh-minh-thuong-ky');
    expect(v3.versions.map((v: any) => v.version)).toEqual([1, 2, 3]);
    expect(v3.groups[0].criteria.map((c: any) => c.key)).toContain('prep_draft_sent');
    const kept = await ok('PUT', `/api/meetings/${first}/score`, truong, { points: full(v1) });
    expect(kept.score).toMatchObject({ schemeVersion: 1, total: 100 });
    expect(Object.keys(kept.score.points)).toContain(dropped);
    const third = await scoredMeeting('2027-09');
    const old = await req('PUT', `/api/meetings/${third}/score`, truong, { points: full(v1) });
    expect(json(old).error.code).toBe('score_unknown_criterion');
    const s3 = await ok('PUT', `/api/meetings/${third}/score`, truong, { points: full(v3) });
    expect(s3.score).toMatchObject({ schemeVersion: 3, total: 100 });
    // A version whose points do not add up is refused with the codes of its problems; no version is written.
    const bad = await req('POST', `/api/orgs/${rootId}/scoring-schemes`, don, { ...body, groups: v3groups.slice(1), note: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error).toMatchObject({ code: 'scheme_invalid', details: [expect.objectContaining({ code: 'scheme_total_mismatch' })] });
    expect((await ok('GET', `/api/orgs/${rootId}/scoring-schemes`, don)).schemes.find((s: any) => s.id === 'thanh-minh-thuong-ky').version).toBe(3);
    // Back to the built-in scheme: the cell sees it again.
    await ok('PUT', `/api/orgs/${rootId}/scoring-choice`, don, { regular: null });
    expect((await ok('GET', `/api/orgs/${cellId}/scoring-schemes`, truong)).choice.regular.schemeId).toBe('phu-tho-regular');
  });
});
