import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { tick } from '../../src/server/modules/notifications/service';
import { runReminders } from '../../src/server/modules/notifications/reminders';
import { todayVn, vnLocalToInstant } from '../../src/domain/dates';

/**
 * Notifications to the people who must act on a member or a meeting: the cell secretary (lvtruong) is told of a member
 * absent without reason, or behind with dues, 2 months in a year (warning) and 3 (flag, removal considered: Charter;
 * QĐ 24-QĐ/TW kept in QĐ 294-QĐ/TW); the committee member in charge who attended (tvkhay) is told a score waits for him.
 */
describe.each(DB_KINDS)('warnings and scores waiting on %s', (kind) => {
  let t: TestApp;
  const c = { truong: '', khay: '' };
  let cell: string;
  // The worker's clock: today's noon in Vietnam (after the 07:00 reminders), or the real time once past it, so that a job a
  // request queued just now (run_at = the database's now()) is already due whatever the hour the tests run at.
  const noon = () => new Date(Math.max(Date.now(), vnLocalToInstant(todayVn(), '12:00').getTime()));
  const opts = () => ({ mail: null, publicUrl: null, lagSeconds: 0, now: noon });
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie } });
  type Item = { id: string; kind: string; title: string; body: string; link: string; read: boolean };
  const mine = async (cookie: string): Promise<Item[]> => json(await req('GET', '/api/notifications', cookie)).items;

  /** The cell's regular meetings held in one year with at least three of them, and the day after the third. */
  let year: number;
  let meetings: { id: string; date: string }[];

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    c.truong = await login(t.app, 'lvtruong');
    c.khay = await login(t.app, 'tvkhay');
    cell = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    const held = await t.db.query<{ id: string; date: string }>(
      `SELECT id, coalesce(original_date, date)::text AS date FROM meetings
        WHERE org_id = $1 AND type = 'regular' AND status IN ('held', 'approved') ORDER BY 2`, [cell]);
    const years = [...new Set(held.map((m) => Number(m.date.slice(0, 4))))].filter((y) => held.filter((m) => m.date.startsWith(`${y}-`)).length >= 3);
    year = years[years.length - 1];
    meetings = held.filter((m) => m.date.startsWith(`${year}-`));
    // What the demo left waiting is made first: the checks below look at what their own change brings.
    await tick(t.db, opts());
  }, 300_000);
  afterAll(async () => t?.close());

  /** A current official member of the cell, present and paid up all year, other than the secretary and ltthoan. */
  async function cleanMember(skip: string[] = []) {
    return (await t.db.one<{ person_id: string; full_name: string }>(
      `SELECT p.id AS person_id, p.full_name FROM memberships ms JOIN people p ON p.id = ms.person_id JOIN members mb ON mb.person_id = p.id
        WHERE ms.org_id = $1 AND ms.ended_on IS NULL AND ms.kind = 'official' AND mb.state = 'active' AND mb.standing = 'official'
          AND p.full_name NOT IN ('Lường Văn Trường', 'Lường Thị Thoan') AND NOT (p.id = ANY ($3::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.link = '/members/' || p.id)
          AND (SELECT count(*) FROM invitations i JOIN attendance a ON a.invitation_id = i.id
                WHERE i.person_id = p.id AND i.meeting_id = ANY ($2::uuid[]) AND a.status = 'present') = cardinality($2::uuid[])
        ORDER BY p.full_name LIMIT 1`,
      [cell, meetings.map((m) => m.id), skip],
    ))!;
  }
  const dayAfter = (i: number) => meetings[i].date; // the absence rule reads up to and including that day

  it('tells the secretary once of a member absent without reason 2 months in a year, then once more at 3 (removal considered)', async () => {
    const m = await cleanMember();
    expect(m, 'the demo cell has a member present at every meeting').toBeTruthy();
    const absent = (i: number) => t.db.query(
      `UPDATE attendance a SET status = 'absent_unexcused', reason = NULL FROM invitations i
        WHERE a.invitation_id = i.id AND i.meeting_id = $1 AND i.person_id = $2`, [meetings[i].id, m.person_id]);
    const about = async () => (await mine(c.truong)).filter((n) => n.kind === 'absence_warning' && n.link === `/members/${m.person_id}`);

    await absent(0);
    await runReminders(t.db, dayAfter(2), []);
    expect(await about(), 'one month is not yet a warning').toHaveLength(0);

    await absent(1);
    await runReminders(t.db, dayAfter(2), []);
    await runReminders(t.db, dayAfter(2), []); // the same day run again (a retried job) tells nobody twice
    const warned = await about();
    expect(warned).toHaveLength(1);
    expect(warned[0].title).toBe(`Cảnh báo: ${m.full_name} vắng sinh hoạt 2 tháng`);
    expect(warned[0].body).toContain(`Đồng chí ${m.full_name} (Chi bộ bản Phiêng Lơi): Đã vắng sinh hoạt không có lý do chính đáng 2 tháng trong năm ${year}`);
    expect(warned[0].body).toContain('vắng thêm 1 tháng sẽ thuộc diện xem xét xóa tên');

    await absent(2);
    await runReminders(t.db, dayAfter(2), []);
    const flagged = await about();
    expect(flagged).toHaveLength(2);
    expect(flagged[0].title).toBe(`Xem xét xóa tên: ${m.full_name} vắng sinh hoạt 3 tháng`);
    expect(flagged[0].body).toContain('chi bộ xem xét, đề nghị xóa tên theo Điều lệ Đảng');
    // Worded in the reader's language, when read.
    await t.db.query(`UPDATE accounts SET locale = 'en' WHERE username = 'lvtruong'`);
    const en = (await mine(c.truong)).find((n) => n.id === flagged[0].id)!;
    await t.db.query(`UPDATE accounts SET locale = 'vi' WHERE username = 'lvtruong'`);
    expect(en.title).toBe(`Consider removal: ${m.full_name} absent 3 months`);
    expect(en.body).toContain('the cell considers proposing removal under the Party Charter');
    // It reaches the cell's secretary, not the member himself nor a committee member.
    const others = await t.db.query(`SELECT 1 FROM notifications n JOIN accounts a ON a.person_id = n.person_id
       WHERE n.kind = 'absence_warning' AND n.link = $1 AND a.username <> 'lvtruong'`, [`/members/${m.person_id}`]);
    expect(others).toHaveLength(0);
  });

  it('tells the secretary of a member behind with dues 2 months without a valid reason; a reason the cell accepts counts for nothing', async () => {
    const m = await cleanMember();
    const unpaid = (i: number, accepted = false) => t.db.query(
      `INSERT INTO dues_payments (meeting_id, person_id, amount_paid, expected, reason_accepted, unpaid_reason) VALUES ($1, $2, 0, 4000, $3, $4)
       ON CONFLICT (meeting_id, person_id) DO UPDATE SET amount_paid = 0, expected = 4000, reason_accepted = $3, unpaid_reason = $4`,
      [meetings[i].id, m.person_id, accepted, accepted ? 'Ốm nằm viện, chi bộ cho miễn tháng này' : null]);
    const about = async () => (await mine(c.truong)).filter((n) => n.kind === 'dues_warning' && n.link === `/members/${m.person_id}`);
    await unpaid(0);
    await unpaid(1, true);
    await runReminders(t.db, dayAfter(2), []);
    expect(await about(), 'one unpaid month and one excused month: no warning').toHaveLength(0);
    await unpaid(1);
    await runReminders(t.db, dayAfter(2), []);
    const warned = await about();
    expect(warned).toHaveLength(1);
    expect(warned[0].title).toBe(`Cảnh báo: ${m.full_name} chưa nộp đảng phí 2 tháng`);
    expect(warned[0].body).toContain(`Chưa nộp đảng phí 2 tháng trong năm ${year}`);
  });

  it('tells the committee member in charge who attended that a score waits for him, once until he reads it, and again when it is proposed anew', async () => {
    const khay = (await t.db.one<{ person_id: string }>(`SELECT person_id FROM accounts WHERE username = 'tvkhay'`))!.person_id;
    const m = (await t.db.one<{ id: string; date: string }>(
      `SELECT m.id, m.date::text AS date FROM meetings m JOIN invitations i ON i.meeting_id = m.id AND i.person_id = $2
         JOIN attendance a ON a.invitation_id = i.id AND a.status = 'present'
        WHERE m.org_id = $1 AND m.status IN ('held', 'approved') ORDER BY m.date DESC LIMIT 1`, [cell, khay],
    ))!;
    expect(m, 'tvkhay attended a meeting of Phiêng Lơi').toBeTruthy();
    // The meeting is back to "held, not yet approved", its score not yet proposed.
    await t.db.query(`UPDATE meetings SET status = 'held' WHERE id = $1`, [m.id]);
    await t.db.query('DELETE FROM meeting_scores WHERE meeting_id = $1', [m.id]);
    const schemes = json(await req('GET', '/api/scoring-schemes', c.truong));
    const scheme = schemes.find((s: { id: string }) => s.id === 'phu-tho-regular');
    const points = Object.fromEntries(scheme.groups.flatMap((g: any) => g.criteria.map((x: any) => [x.key, x.maxPoints])));
    const propose = async () => expect((await req('PUT', `/api/meetings/${m.id}/score`, c.truong, { points })).statusCode).toBe(200);
    const waiting = async () => (await mine(c.khay)).filter((n) => n.kind === 'score_waiting' && n.link === `/meetings/${m.id}`);

    expect(await waiting()).toHaveLength(0);
    await propose();
    await tick(t.db, opts());
    const first = await waiting();
    expect(first).toHaveLength(1);
    const day = m.date.split('-').reverse().join('/');
    expect(first[0].title).toBe(`Chờ đồng chí xác nhận điểm: Chi bộ bản Phiêng Lơi ngày ${day}`);
    expect(first[0].body).toBe(`Chi bộ bản Phiêng Lơi tự chấm buổi sinh hoạt ngày ${day}: 100 điểm (Tốt). Đồng chí đã dự buổi này, đề nghị xem và xác nhận.`);
    // The secretary who proposed it, present too but not in charge, is not told.
    expect((await mine(c.truong)).some((n) => n.kind === 'score_waiting')).toBe(false);

    // Corrected before he read it: still one notice.
    points.con_speaking = 8;
    await propose();
    await tick(t.db, opts());
    expect(await waiting()).toHaveLength(1);

    // He reads it and confirms; the cell proposes again: it waits for him again.
    expect((await req('POST', `/api/notifications/${first[0].id}/read`, c.khay)).statusCode).toBe(200);
    expect((await req('POST', `/api/meetings/${m.id}/score/confirm`, c.khay, { comment: 'Đồng ý.' })).statusCode).toBe(200);
    await tick(t.db, opts());
    expect(await waiting()).toHaveLength(1);
    points.con_speaking = 10;
    await propose();
    await tick(t.db, opts());
    const again = await waiting();
    expect(again).toHaveLength(2);
    expect(again.filter((n) => !n.read)).toHaveLength(1);
  });
});
