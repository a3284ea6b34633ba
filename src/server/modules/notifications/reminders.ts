// The day's reminders, run once a day (a job keyed by the date): tasks due within 3 days or overdue, monthly reports
// due within 2 days or missing, dissemination deadlines within 7 days or passed, members under the absence or dues
// rule (to their cell's secretary, warnings.ts). Each subject notifies once.
// What is overdue or missing is told from the day it fell due (up to 90 days late, when runs were missed) — but never
// from before the first run: the first run on an install, or the first after more than a week without one, tells only
// what fell due since the day before, not the backlog of everything overdue for weeks (which it used to send at once).
import type { Db, Queryable } from '../../db/index';
import { addDays, daysBetween } from '../../../domain/dates';
import * as cursors from './queries-jobs';
import { monthAsOf } from '../monthly-reports/service';
import { notify, type Recipient } from './notify';
import * as sql from './queries';
import * as due from './queries-reminders';
import { memberWarnings } from './warnings';

const secretaries = async (q: Queryable, orgId: string): Promise<Recipient[]> =>
  (await sql.secretariesOf(q, orgId)).map((r) => ({ personId: r.person_id, accountId: r.account_id }));

/** A run after more than this many days without one starts afresh, as the first run does. */
export const FRESH_AFTER_DAYS = 7;
const EPOCH = '1970-01-01';
const LAST_RUN = 'reminders_last_day';
const FLOOR = 'reminders_floor';

/**
 * The first day an overdue subject is still told about on `today`: 90 days back, but not before the day before the
 * first run (or the first after a long gap). Records `today` as run (the day cursors count days since 1970-01-01).
 */
async function overdueSince(q: Queryable, today: string): Promise<string> {
  const last = await cursors.cursorForUpdate(q, LAST_RUN);
  const lastDay = last === undefined ? undefined : addDays(EPOCH, last);
  let floor = await cursors.cursorForUpdate(q, FLOOR);
  if (lastDay === undefined || daysBetween(lastDay, today) > FRESH_AFTER_DAYS) {
    floor = daysBetween(EPOCH, addDays(today, -1));
    await cursors.setCursor(q, FLOOR, floor);
  }
  if (lastDay === undefined || today > lastDay) await cursors.setCursor(q, LAST_RUN, daysBetween(EPOCH, today));
  const since = addDays(today, -90);
  const fromFloor = floor === undefined ? since : addDays(EPOCH, floor);
  return fromFloor > since ? fromFloor : since;
}

async function taskReminders(q: Queryable, today: string, since: string, outside: readonly string[]) {
  const rows = await due.tasksDueBetween(q, since, addDays(today, 3));
  for (const t of rows) {
    const to = t.owner_kind === 'member' ? [{ personId: t.owner_person_id }] : await secretaries(q, t.owner_org_id);
    const kind = t.due_on < today ? 'task_overdue' : 'task_due_soon';
    await notify(q, to, kind, { title: t.title, due: t.due_on }, `/tasks/${t.id}`, `${kind}:${t.id}:${t.due_on}`, outside);
  }
}

/**
 * Reports missing for this month and last, as on the run's day: read first (the month view is the commune's own
 * figures), then notified. A month that has not begun on that day has nothing due and is skipped.
 */
async function reportReminders(db: Db, today: string, since: string, outside: readonly string[]) {
  const roots = await due.roots(db);
  const month = today.slice(0, 7);
  const found: { kind: 'report_missing' | 'report_due'; orgId: string; unitId: string; unitName: string; month: string; dueOn: string }[] = [];
  for (const root of roots) {
    for (const m of [month, addDays(`${month}-01`, -1).slice(0, 7)]) {
      const view = await monthAsOf(db, root.id, m, today);
      if (!view) continue;
      for (const u of view.items.filter((x) => x.state === 'missing')) {
        const kind = u.dueOn < today ? (u.dueOn >= since ? 'report_missing' : null) : u.dueOn <= addDays(today, 2) ? 'report_due' : null;
        if (kind) found.push({ kind, orgId: u.orgId, unitId: u.unitId, unitName: u.unitName, month: m, dueOn: u.dueOn });
      }
    }
  }
  await db.tx(async (q) => {
    for (const u of found) {
      await notify(q, await secretaries(q, u.orgId), u.kind, { unit: u.unitName, month: u.month, due: u.dueOn }, `/orgs/${u.orgId}/reports?month=${u.month}`,
        `${u.kind}:${u.unitId}:${u.month}`, outside);
    }
  });
}

async function disseminationReminders(q: Queryable, today: string, since: string, outside: readonly string[]) {
  const rows = await due.disseminationsDueBetween(q, since, addDays(today, 7));
  for (const r of rows) {
    const kind = r.by < today ? 'dissemination_overdue' : 'dissemination_due';
    await notify(q, await secretaries(q, r.cell_id), kind, { number: r.number, org: r.cell, by: r.by }, `/orgs/${r.cell_id}/documents/${r.id}`,
      `${kind}:${r.id}:${r.cell_id}`, outside);
  }
}

/** The reminders of one day, in one transaction (all of them, or none and the job is tried again). */
export async function runReminders(db: Db, today: string, outside: readonly string[]) {
  const since = await db.tx(async (q) => {
    const from = await overdueSince(q, today);
    await taskReminders(q, today, from, outside);
    await disseminationReminders(q, today, from, outside);
    return from;
  });
  await reportReminders(db, today, since, outside);
  await memberWarnings(db, today, outside);
}
