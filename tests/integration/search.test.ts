import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';

/** One search box on the demo commune, on both databases: without diacritics, ranked, within what the caller may read. */
describe.each(DB_KINDS)('search on %s', (kind) => {
  let t: TestApp;
  let memberUser: string;
  let own: { org: string; meeting: string };
  let other: { org: string; meeting: string };
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    const { DEMO_ACCOUNTS } = await import('../../src/server/demo/index');
    memberUser = DEMO_ACCOUNTS.find((a: { role: string }) => a.role === 'member')!.username;
    const home = (await t.db.one<{ org_id: string }>(
      `SELECT m.org_id FROM accounts a JOIN memberships m ON m.person_id = a.person_id AND m.ended_on IS NULL WHERE a.username = $1`, [memberUser],
    ))!.org_id;
    const pick = async (cond: string) => (await t.db.one<{ id: string; org_id: string }>(
      `SELECT id, org_id FROM meetings WHERE ${cond} AND status = 'approved' ORDER BY date DESC LIMIT 1`, [home],
    ))!;
    const a = await pick('org_id = $1');
    const b = await pick('org_id <> $1');
    own = { org: a.org_id, meeting: a.id };
    other = { org: b.org_id, meeting: b.id };
    await t.db.query(`UPDATE meetings SET topic = 'Xây dựng gia đình văn hóa kiểu mẫu' WHERE id = $1`, [own.meeting]);
    await t.db.query(
      `UPDATE agenda_items SET content = content || ' Vận động các hộ xây dựng gia đình văn hóa.' WHERE id = (SELECT id FROM agenda_items WHERE meeting_id = $1 ORDER BY position LIMIT 1)`,
      [other.meeting],
    );
  }, 300_000);
  afterAll(async () => t?.close());

  const find = async (user: string, q: string) => {
    const res = await t.app.inject({ url: `/api/search?q=${encodeURIComponent(q)}`, headers: { cookie: await login(t.app, user) } });
    expect(res.statusCode, res.body).toBe(200);
    return json(res).items as { kind: string; id: string; title: string; score: number }[];
  };

  it('finds meetings by topic and by the minutes’ text without diacritics, the topic first', async () => {
    const items = (await find('pqdon', 'gia dinh van hoa')).filter((i) => i.kind === 'meeting');
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining([own.meeting, other.meeting]));
    expect(items.findIndex((i) => i.id === own.meeting)).toBeLessThan(items.findIndex((i) => i.id === other.meeting));
  });

  it('finds people and units without diacritics', async () => {
    const people = await find('pqdon', 'luong van truong');
    expect(people.find((i) => i.kind === 'person')?.title).toBe('Lường Văn Trường');
    const units = await find('pqdon', 'phieng loi');
    expect(units.find((i) => i.kind === 'unit')?.title).toBe('Chi bộ bản Phiêng Lơi');
  });

  it('shows a member only what she may read', async () => {
    const items = (await find(memberUser, 'gia dinh')).filter((i) => i.kind === 'meeting');
    expect(items.map((i) => i.id)).toContain(own.meeting);
    expect(items.map((i) => i.id)).not.toContain(other.meeting);
  });

  it('finds documents of the library without diacritics, only those of the units above or inside the caller’s', async () => {
    const docs = (await find('pqdon', 'chuyen doi so')).filter((i) => i.kind === 'document');
    expect(docs.map((i) => i.title)).toContain('Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia');
    // The commune's documents reach the member's cell; a document another cell keeps does not reach her.
    await t.db.query(
      `INSERT INTO directive_documents (org_id, number, doc_type, issuer, issued_on, subject, search, file_name, file_type, file_size, file_sha256, file_data)
       VALUES ($1, '03-NQ/CB', 'resolution', 'Chi bộ', '2026-01-05', 'Nghị quyết về chuyển đổi số trong chi bộ', 'nghi quyet ve chuyen doi so trong chi bo',
               'a.pdf', 'pdf', 4, 'x', '\\x25504446')`,
      [other.org],
    );
    const mine = (await find(memberUser, 'chuyen doi so')).filter((i) => i.kind === 'document').map((i) => i.title);
    expect(mine).toContain('Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia');
    expect(mine).not.toContain('Nghị quyết về chuyển đổi số trong chi bộ');
    expect((await find('pqdon', 'chuyen doi so')).map((i) => i.title)).toContain('Nghị quyết về chuyển đổi số trong chi bộ');
  });
});
