import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { addMonths, parseIsoDate, todayVn, toIsoDate } from '../../src/domain/dates';

/**
 * Approved minutes are protected by the database itself (a trigger refuses changing or deleting a version)
 * and sealed in a hash chain per unit that GET /api/minutes/verify checks. Tampering is simulated the only
 * way left open: a superuser disabling the trigger.
 */
describe.each(DB_KINDS)('sealed minutes on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let truong: string;
  let cellId: string;
  let rootId: string;
  let meetingId: string;
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie } });
  const verify = async (orgId = rootId) => {
    const res = await req('GET', `/api/minutes/verify?orgId=${orgId}`, admin);
    expect(res.statusCode).toBe(200);
    return json(res);
  };
  const head = async () => (await verify(cellId)).heads.find((h: any) => h.orgId === cellId);
  /** Runs fn with the immutability trigger off, as only a database superuser can. */
  const asSuperuser = async (fn: () => Promise<unknown>) => {
    await t.db.exec('ALTER TABLE minutes_versions DISABLE TRIGGER minutes_versions_immutable');
    try {
      await fn();
    } finally {
      await t.db.exec('ALTER TABLE minutes_versions ENABLE TRIGGER minutes_versions_immutable');
    }
  };

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    admin = await login(t.app, 'admin');
    truong = await login(t.app, 'lvtruong');
    cellId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    rootId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE parent_id IS NULL`))!.id;
  }, 300_000);
  afterAll(async () => t?.close());

  it('seals the demo’s approved minutes: every unit’s chain verifies', async () => {
    const r = await verify();
    expect(r.ok).toBe(true);
    expect(r.breaks).toEqual([]);
    const stored = (await t.db.one<{ n: number; units: number }>('SELECT count(*)::int AS n, count(DISTINCT org_id)::int AS units FROM minutes_versions'))!;
    expect(stored.n).toBeGreaterThan(50);
    expect(r.versions).toBe(stored.n);
    expect(r.units).toBe(stored.units);
    expect(r.heads.every((h: any) => /^[0-9a-f]{64}$/.test(h.hash))).toBe(true);
  });

  it('lets admins and committee leaders verify their subtree, and nobody else (permission audit.read)', async () => {
    expect((await req('GET', `/api/minutes/verify?orgId=${rootId}`, await login(t.app, 'pqdon'))).statusCode).toBe(200);
    expect((await req('GET', `/api/minutes/verify?orgId=${cellId}`, truong)).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/minutes/verify?orgId=${cellId}` })).statusCode).toBe(401);
  });

  it('approves, corrects and re-approves after voiding a number: each is a new sealed version at the end of the chain', async () => {
    const before = await head();
    const next = addMonths(parseIsoDate(todayVn()).year, parseIsoDate(todayVn()).month, 1);
    const created = await req('POST', `/api/orgs/${cellId}/meetings`, truong, { type: 'regular', originalDate: toIsoDate(next.year, next.month, 10) });
    expect(created.statusCode).toBe(201);
    meetingId = json(created).id;
    const people = json(created).invitations.filter((i: any) => i.role === 'member');
    // Recorded ahead of its day (a reason), with no resolution this month (the minutes take a BB number only).
    await req('PATCH', `/api/meetings/${meetingId}`, truong, {
      chairId: people[0].personId, recorderId: people[1].personId, earlyReason: 'Chi bộ họp sớm trước mùa gặt',
    });
    await req('PUT', `/api/meetings/${meetingId}/resolution`, truong, { noResolution: true });
    expect((await req('POST', `/api/meetings/${meetingId}/approve`, truong)).statusCode).toBe(200);
    expect((await req('POST', `/api/meetings/${meetingId}/corrections`, truong, { reason: 'Ghi sót một ý kiến' })).statusCode).toBe(200);
    expect((await req('POST', `/api/meetings/${meetingId}/approve`, truong)).statusCode).toBe(200);
    const voided = await req('POST', `/api/meetings/${meetingId}/numbers/BB/void`, truong, { reason: 'Trùng số với văn bản khác' });
    expect(voided.statusCode).toBe(200);
    expect((await req('POST', `/api/meetings/${meetingId}/approve`, truong)).statusCode).toBe(200);
    const after = await head();
    expect(after.versions).toBe(before.versions + 3);
    expect(after.hash).not.toBe(before.hash);
    const rows = await t.db.query<{ version: number; chain_seq: number; prev_hash: string | null; hash: string }>(
      'SELECT version, chain_seq, prev_hash, hash FROM minutes_versions WHERE meeting_id = $1 ORDER BY version', [meetingId],
    );
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3]);
    expect(rows[0].prev_hash).toBe(before.hash);
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    expect(rows[2].prev_hash).toBe(rows[1].hash);
    expect((await verify()).ok).toBe(true);
  });

  it('refuses a direct SQL UPDATE or DELETE of an approved version, whoever sends it', async () => {
    await expect(t.db.query(`UPDATE minutes_versions SET snapshot = '{}'::jsonb WHERE meeting_id = $1`, [meetingId]))
      .rejects.toThrow(/Biên bản đã thông qua không được sửa/);
    await expect(t.db.query(`UPDATE minutes_versions SET correction_reason = 'khác' WHERE meeting_id = $1 AND version = 2`, [meetingId]))
      .rejects.toThrow(/approved minutes cannot be changed/);
    await expect(t.db.query('DELETE FROM minutes_versions WHERE meeting_id = $1', [meetingId])).rejects.toThrow(/không được xóa/);
    await expect(t.db.exec('TRUNCATE minutes_versions CASCADE')).rejects.toThrow(/không được xóa/);
    // Nor through the meeting: deleting a meeting would cascade to its approved versions.
    await expect(t.db.query('DELETE FROM meetings WHERE id = $1', [meetingId])).rejects.toThrow(/không được xóa/);
    expect((await t.db.one<{ n: number }>('SELECT count(*)::int AS n FROM minutes_versions WHERE meeting_id = $1', [meetingId]))!.n).toBe(3);
    expect((await verify()).ok).toBe(true);
  });

  it('reports a version whose text was changed behind the trigger’s back', async () => {
    await asSuperuser(() => t.db.query(
      `UPDATE minutes_versions SET snapshot = jsonb_set(snapshot, '{minutes,topic}', '"Nội dung đã bị sửa"') WHERE meeting_id = $1 AND version = 1`,
      [meetingId],
    ));
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.breaks).toEqual([expect.objectContaining({ problem: 'content_changed', meetingId, version: 1, orgId: cellId })]);
    // Only the cell's subtree is reported to a check of another unit's subtree: none there.
    const other = (await t.db.one<{ id: string }>(`SELECT org_id AS id FROM minutes_versions WHERE org_id <> $1 LIMIT 1`, [cellId]))!.id;
    expect((await verify(other)).ok).toBe(true);
  });

  it('reports a forged seal: the content hash recomputed, the next version no longer follows', async () => {
    await asSuperuser(() => t.db.query(
      `UPDATE minutes_versions SET content_hash = minutes_sha256(minutes_content(minutes_versions)),
              hash = minutes_sha256(coalesce(prev_hash, '') || minutes_sha256(minutes_content(minutes_versions)))
        WHERE meeting_id = $1 AND version = 1`,
      [meetingId],
    ));
    const r = await verify();
    expect(r.breaks).toEqual([expect.objectContaining({ problem: 'chain_broken', meetingId, version: 2 })]);
  });

  it('reports a removed version: the chain breaks and the meeting misses it', async () => {
    await asSuperuser(() => t.db.query('DELETE FROM minutes_versions WHERE meeting_id = $1 AND version = 2', [meetingId]));
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.breaks).toEqual(expect.arrayContaining([
      expect.objectContaining({ problem: 'chain_broken', meetingId, version: 3 }),
      expect.objectContaining({ problem: 'version_missing', meetingId, version: 2 }),
    ]));
  });

  it('reports the newest version removed, from the audit log’s record of its approval', async () => {
    await asSuperuser(() => t.db.query('DELETE FROM minutes_versions WHERE meeting_id = $1 AND version = 3', [meetingId]));
    const r = await verify();
    expect(r.breaks).toEqual(expect.arrayContaining([expect.objectContaining({ problem: 'version_missing', meetingId, version: 3 })]));
  });
});
