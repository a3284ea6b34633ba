// The day's reminders, run once a day (a job keyed by the date): tasks due within 3 days or overdue, monthly reports
// due within 2 days or missing, dissemination deadlines within 7 days or passed, members under the absence or dues
// rule (to their cell's secretary, warnings.ts). Each subject notifies once.
import type { Db, Queryable } from '../../db/index';
import { addDays } from '../../../domain/dates';
import { monthView } from '../monthly-reports/service';
import { notify, type Recipient } from './notify';
import * as sql from './queries';
import * as due from './queries-reminders';
import { memberWarnings } from './warnings';

const secretaries = async (q: Queryable, orgId: string): Promise<Recipient[]> =>
  (await sql.secretariesOf(q, orgId)).map((r) => ({ personId: r.person_id, accountId: r.account_id }));

async function taskReminders(q: Queryable, today: string, outside: readonly string[]) {
  const rows = await due.tasksDueBetween(q, addDays(today, -90), addDays(today, 3));
  for (const t of rows) {
    const to = t.owner_kind === 'member' ? [{ personId: t.owner_person_id }] : await secretaries(q, t.owner_org_id);
    const kind = t.due_on < today ? 'task_overdue' : 'task_due_soon';
    await notify(q, to, kind, { title: t.title, due: t.due_on }, `/tasks/${t.id}`, `${kind}:${t.id}:${t.due_on}`, outside);
  }
}

/** Reports missing for this month and last: read first (the month view is the commune's own figures), then notified. */
async function reportReminders(db: Db, today: string, outside: readonly string[]) {
  const roots = await due.roots(db);
  const month = today.slice(0, 7);
  const found: { kind: 'report_missing' | 'report_due'; orgId: string; unitId: string; unitName: string; month: string; dueOn: string }[] = [];
  for (const root of roots) {
    for (const m of [month, addDays(`${month}-01`, -1).slice(0, 7)]) {
      const view = await monthView(db, root.id, m);
      for (const u of view.items.filter((x) => x.state === 'missing')) {
        const kind = u.dueOn < today ? 'report_missing' : u.dueOn <= addDays(today, 2) ? 'report_due' : null;
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

async function disseminationReminders(q: Queryable, today: string, outside: readonly string[]) {
  const rows = await due.disseminationsDueBetween(q, addDays(today, -90), addDays(today, 7));
  for (const r of rows) {
    const kind = r.by < today ? 'dissemination_overdue' : 'dissemination_due';
    await notify(q, await secretaries(q, r.cell_id), kind, { number: r.number, org: r.cell, by: r.by }, `/orgs/${r.cell_id}/documents/${r.id}`,
      `${kind}:${r.id}:${r.cell_id}`, outside);
  }
}

/** The reminders of one day, in one transaction (all of them, or none and the job is tried again). */
export async function runReminders(db: Db, today: string, outside: readonly string[]) {
  await db.tx(async (q) => {
    await taskReminders(q, today, outside);
    await disseminationReminders(q, today, outside);
  });
  await reportReminders(db, today, outside);
  await memberWarnings(db, today, outside);
}
