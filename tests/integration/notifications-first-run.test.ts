import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { testApp, type TestApp } from '../support/app';
import { runReminders } from '../../src/server/modules/notifications/reminders';
import { addDays, todayVn } from '../../src/domain/dates';

/**
 * The day's reminders on an install that never ran them (or has not for more than a week): they tell what falls due
 * now — a task that became overdue since yesterday, one due within three days — not the backlog of everything overdue
 * for weeks, which the first run used to send all at once. After that first run, the daily runs go on as before and
 * the skipped backlog stays skipped.
 */
describe.each(DB_KINDS)('the first run of the day’s reminders on %s', (kind) => {
  let t: TestApp;
  let cell: string;
  // The first run's day: in the past, so that every day the test runs on is past too (the month view refuses a future month).
  const today = addDays(todayVn(), -40);

  /** A task of the cell (owned by the cell: reminders go to its secretary, lvtruong) due on a day. */
  async function taskDue(title: string, due: string): Promise<string> {
    return (await t.db.one<{ id: string }>(
      `INSERT INTO tasks (org_id, title, owner_kind, owner_org_id, due_on, created_at) VALUES ($1, $2, 'cell', $1, $3, $4::date - 60) RETURNING id`,
      [cell, title, due, today],
    ))!.id;
  }
  /** The reminders lvtruong holds about a task. */
  const told = async (taskId: string) => (await t.db.query<{ kind: string }>(
    `SELECT n.kind FROM notifications n JOIN accounts a ON a.person_id = n.person_id WHERE a.username = 'lvtruong' AND n.link = $1 ORDER BY n.kind`,
    [`/tasks/${taskId}`],
  )).map((r) => r.kind);
  const ids = async () => new Set((await t.db.query<{ id: string }>('SELECT id FROM notifications')).map((r) => r.id));
  /** Of the notifications not in `before`, the ones about something overdue (or missing) since before a day. */
  const olderThan = async (before: Set<string>, day: string) => (await t.db.query<{ id: string; kind: string; due: string }>(
    `SELECT id, kind, coalesce(params->>'due', params->>'by') AS due FROM notifications
      WHERE kind IN ('task_overdue', 'dissemination_overdue', 'report_missing')`,
  )).filter((n) => !before.has(n.id) && n.due < day);

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    cell = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
  }, 300_000);
  afterAll(async () => t?.close());

  it('tells on its first day only what fell due, then goes on day by day without the backlog', async () => {
    const weeksLate = await taskDue('Hoàn thiện hồ sơ đảng viên chuyển sinh hoạt', addDays(today, -20));
    const newlyLate = await taskDue('Nộp danh sách đảng viên miễn sinh hoạt', addDays(today, -1));
    const dueSoon = await taskDue('Chuẩn bị nội dung sinh hoạt chuyên đề quý', addDays(today, 2));
    const dueToday = await taskDue('Báo cáo kết quả vận động quỹ vì người nghèo', today);
    const before = await ids();

    await runReminders(t.db, today, []);
    expect(await told(newlyLate)).toEqual(['task_overdue']);
    expect(await told(dueSoon)).toEqual(['task_due_soon']);
    expect(await told(weeksLate), 'a task overdue for weeks is backlog, not news').toEqual([]);
    // Nor the demo's own backlog (its overdue tasks, documents not yet studied, missing reports): nothing overdue since
    // before yesterday is new.
    expect(await olderThan(before, addDays(today, -1))).toEqual([]);

    // The next day: the task due the day before is now overdue and told; the backlog skipped stays skipped.
    await runReminders(t.db, addDays(today, 1), []);
    expect(await told(dueToday)).toEqual(['task_due_soon', 'task_overdue']);
    expect(await told(weeksLate)).toEqual([]);

    // Three days without a run (a server down over a weekend): what fell due meanwhile is still told.
    const meanwhile = await taskDue('Tổng hợp ý kiến đóng góp dự thảo văn kiện', addDays(today, 2));
    await runReminders(t.db, addDays(today, 4), []);
    expect(await told(meanwhile)).toEqual(['task_overdue']);

    // A month without a run: the next one starts afresh, as the first did.
    const lateInGap = await taskDue('Rà soát hộ nghèo, hộ cận nghèo trên địa bàn bản', addDays(today, 20));
    const lateOnEve = await taskDue('Kiểm tra việc thu, nộp đảng phí của các tổ đảng', addDays(today, 33));
    await runReminders(t.db, addDays(today, 34), []);
    expect(await told(lateOnEve)).toEqual(['task_overdue']);
    expect(await told(lateInGap), 'a task that fell overdue during a long gap is backlog').toEqual([]);
  });
});
