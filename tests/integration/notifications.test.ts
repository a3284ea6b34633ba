import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { tick } from '../../src/server/modules/notifications/service';
import { claim, enqueue, runDue } from '../../src/server/modules/notifications/jobs';
import { todayVn, vnLocalToInstant } from '../../src/domain/dates';

type Mail = { to: string[]; raw: string };

/** A real SMTP server on a free local port, keeping every message it is given. */
async function smtp() {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, cb) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (c: string) => { raw += c; });
      stream.on('end', () => { mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw }); cb(); });
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.server.address() as { port: number }).port;
  return { mails, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** Notifications on both databases: events once, the meeting notice e-mailed once to each invitee with an address, in Vietnamese. */
describe.each(DB_KINDS)('notifications on %s', (kind) => {
  let t: TestApp;
  let mail: Awaited<ReturnType<typeof smtp>>;
  const c = { truong: '', thoan: '', don: '' };
  let cell: string;
  // The worker's clock: today's noon in Vietnam (after the 07:00 reminders), or the real time once past it, so that a job a
  // request queued just now (run_at = the database's now()) is already due whatever the hour the tests run at.
  const noon = () => new Date(Math.max(Date.now(), vnLocalToInstant(todayVn(), '12:00').getTime()));
  const opts = () => ({ mail: { smtpUrl: mail.url, from: 'chibo <chibo@thanhminh.test>' }, publicUrl: 'https://chibo.thanhminh.test', lagSeconds: 0, now: noon });
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie } });

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    mail = await smtp();
    process.env.CHIBO_SMTP_URL = mail.url;
    c.truong = await login(t.app, 'lvtruong');
    c.thoan = await login(t.app, 'ltthoan');
    c.don = await login(t.app, 'pqdon');
    cell = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    // Nothing the demo left waiting is sent: the round trip below starts clean.
    await tick(t.db, opts());
    mail.mails.length = 0;
  }, 300_000);
  afterAll(async () => {
    delete process.env.CHIBO_SMTP_URL;
    await mail?.close();
    await t?.close();
  });

  it('e-mails the notice of a meeting to each invitee with an address, in Vietnamese, once — even with two workers', async () => {
    const m = (await t.db.one<{ id: string; date: string }>(
      `SELECT id, date FROM meetings WHERE org_id = $1 AND status = 'planned' ORDER BY date LIMIT 1`, [cell],
    ))!;
    await t.db.query('UPDATE meetings SET notice_sent_at = NULL WHERE id = $1', [m.id]);
    const invitees = await t.db.query<{ person_id: string }>(`SELECT DISTINCT person_id FROM invitations WHERE meeting_id = $1 AND person_id IS NOT NULL`, [m.id]);
    // Three invitees have an address (one of them ltthoan); the others are told in the app only.
    const thoan = (await t.db.one<{ person_id: string }>(`SELECT person_id FROM accounts WHERE username = 'ltthoan'`))!.person_id;
    const withMail = [thoan, ...invitees.map((i) => i.person_id).filter((p) => p !== thoan).slice(0, 2)];
    for (const [i, p] of withMail.entries()) await t.db.query('UPDATE people SET email = $2 WHERE id = $1', [p, `dv${i}@thanhminh.test`]);
    const res = await req('PUT', `/api/meetings/${m.id}/preparation`, c.truong, { noticeSent: true });
    expect(res.statusCode).toBe(200);
    await Promise.all([tick(t.db, opts()), tick(t.db, opts())]);
    await tick(t.db, opts());
    expect(mail.mails.map((x) => x.to[0]).sort()).toEqual(withMail.map((_, i) => `dv${i}@thanhminh.test`).sort());
    const one = mail.mails.find((x) => x.to[0] === 'dv0@thanhminh.test')!;
    const decoded = Buffer.from(one.raw.split('\r\n\r\n').slice(1).join('\r\n\r\n').replace(/=\r\n/g, ''), 'latin1').toString();
    expect(one.raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(decodeURIComponent(decoded.replace(/=([0-9A-F]{2})/g, '%$1'))).toContain('Đề nghị đồng chí đến dự đầy đủ, đúng giờ.');
    // In the app: every invitee with an account sees it, unread.
    const list = json(await req('GET', '/api/notifications', c.thoan));
    const notice = list.items.find((n: { kind: string; link: string }) => n.kind === 'meeting_notice' && n.link === `/meetings/${m.id}`);
    expect(notice).toMatchObject({ read: false, title: expect.stringMatching(/^Giấy triệu tập: Chi bộ bản Phiêng Lơi sinh hoạt ngày \d{2}\/\d{2}\/\d{4}$/) });
    expect(list.unread).toBeGreaterThan(0);
    const after = json(await req('POST', `/api/notifications/${notice.id}/read`, c.thoan));
    expect(after.unread).toBe(list.unread - 1);
    // Someone else's notification is not found, and nothing is marked.
    expect((await req('POST', `/api/notifications/${notice.id}/read`, c.don)).statusCode).toBe(404);
    expect(json(await req('POST', '/api/notifications/read-all', c.thoan, {})).unread).toBe(0);
  });

  it('reminds once of an overdue task; the person chooses per kind and channel', async () => {
    // A task that fell overdue since yesterday (the first run of the reminders tells no older backlog).
    const task = (await t.db.one<{ id: string; title: string }>(
      `SELECT id, title FROM tasks WHERE owner_kind = 'member' AND status IN ('open', 'in_progress') AND due_on = $1::date - 1
         AND owner_person_id = (SELECT person_id FROM accounts WHERE username = 'ltthoan') LIMIT 1`, [todayVn()],
    ).catch(() => undefined)) ?? (await t.db.one<{ id: string; title: string }>(
      `UPDATE tasks SET owner_kind = 'member', owner_person_id = (SELECT person_id FROM accounts WHERE username = 'ltthoan'), owner_partner_id = NULL,
              due_on = $1::date - 1, status = 'open'
        WHERE id = (SELECT id FROM tasks WHERE owner_org_id = $2 AND status IN ('open', 'in_progress') LIMIT 1) RETURNING id, title`, [todayVn(), cell],
    ))!;
    // A new day's reminders (the demo's day already ran in beforeAll): the job of the day runs once.
    await t.db.query(`DELETE FROM jobs WHERE kind = 'reminders'`);
    await Promise.all([tick(t.db, opts()), tick(t.db, opts())]);
    const rows = await t.db.query(
      `SELECT 1 FROM notifications WHERE kind = 'task_overdue' AND link = $1 AND person_id = (SELECT person_id FROM accounts WHERE username = 'ltthoan')`,
      [`/tasks/${task.id}`],
    );
    expect(rows).toHaveLength(1);
    expect(json(await req('GET', '/api/notifications?unread=true', c.thoan)).items.map((n: { title: string }) => n.title))
      .toContain(`Quá hạn: ${task.title}`);
    // ltthoan turns task reminders off in the app: they leave her list; e-mail choice kept apart.
    const prefs = json(await req('PUT', '/api/notifications/prefs', c.thoan, { items: [{ kind: 'task_overdue', channel: 'app', enabled: false }] }));
    expect(prefs.items.find((p: { kind: string }) => p.kind === 'task_overdue')).toEqual({ kind: 'task_overdue', app: false, email: true });
    expect(prefs.emailConfigured).toBe(true);
    expect(json(await req('GET', '/api/notifications', c.thoan)).items.some((n: { kind: string }) => n.kind === 'task_overdue')).toBe(false);
    const bad = await req('PUT', '/api/notifications/prefs', c.thoan, { items: [{ kind: 'gossip', channel: 'app', enabled: false }] });
    expect(bad.statusCode).toBe(400);
  });

  it('takes up again a job whose worker stopped, and retries a failing one later', async () => {
    let runs = 0;
    // The queue holds only the probe: deliveries the rounds above queued for their next round are not this test's.
    await t.db.query(`DELETE FROM jobs WHERE state <> 'done'`);
    await enqueue(t.db, 'probe', {}, { key: 'probe:1' });
    await enqueue(t.db, 'probe', {}, { key: 'probe:1' }); // queued once
    const [job] = await claim(t.db, 1);
    expect(job.kind).toBe('probe');
    // The worker dies here. Before its lock expires nobody takes the job; after, the next round does.
    expect(await runDue(t.db, { probe: async () => { runs++; } })).toBe(0);
    await t.db.query(`UPDATE jobs SET locked_until = now() - interval '1 second' WHERE id = $1`, [job.id]);
    expect(await runDue(t.db, { probe: async () => { runs++; } })).toBe(1);
    expect(runs).toBe(1);
    await enqueue(t.db, 'probe', {}, { key: 'probe:2' });
    await runDue(t.db, { probe: async () => { throw new Error('SMTP down'); } });
    const failed = (await t.db.one<{ state: string; attempts: number; last_error: string }>(`SELECT state, attempts, last_error FROM jobs WHERE dedupe_key = 'probe:2'`))!;
    expect(failed).toMatchObject({ state: 'pending', attempts: 1, last_error: 'SMTP down' });
  });
});
