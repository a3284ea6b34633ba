// Monthly reports: who reports for a month (cells, partner units with tasks), when it is due, what came in; a report's
// results per task become the tasks' progress notes.
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { daysInMonth, todayVn } from '../../../domain/dates';
import { isMonth, reportDueOn, reportState } from '../../../domain/followup/reports';
import { plannedDate } from '../../../domain/meetings/index';
import { orgChain, settingsFrom, type OrgSettingsRow } from '../meetings/common';
import { addNoteIn, tasksByIds } from '../tasks/service';
import * as sql from './queries';
import { presentUnit } from './presenters';

const bounds = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return { start: `${month}-01`, end: `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`, y, m };
};

/**
 * A month to report (or, with 'report_month_not_begun', to see: a later month has nothing due yet): well formed and
 * begun on `today`.
 */
function checkMonth(month: string, later: 'report_future_month' | 'report_month_not_begun' = 'report_future_month', today = todayVn()) {
  if (!isMonth(month)) throw Invalid('report_month_invalid', { month });
  if (month > today.slice(0, 7)) throw Invalid(later, { month: `${month.slice(5)}/${month.slice(0, 4)}` });
}

/** The due day set on the nearest unit of a chain (the unit first, then up the tree), or null for the default. */
function dueDayOf(chain: OrgSettingsRow[]): { dueDay: number | null; from: string | null } {
  for (const o of chain) {
    const v = o.settings?.reportDueDay;
    if (typeof v === 'number') return { dueDay: v, from: o.id };
  }
  return { dueDay: null, from: null };
}

/** The due day a unit set (inherited down the tree), or null for the default (two days before the meeting). */
async function dueDaySetting(q: Queryable, path: string): Promise<{ dueDay: number | null; from: string | null }> {
  return dueDayOf(await orgChain(q, path));
}

/**
 * The day each cell's (and its partner units') report for the month is due, for many cells at once: the settings of
 * every unit on the cells' paths in one query, every cell's meeting date of the month in another, whatever the number
 * of cells (a province's 3,000 cells cost two statements, not two per cell).
 */
export async function duesOf(q: Queryable, cells: { org_id: string; org_path: string }[], month: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Map(cells.map((c) => [c.org_id, c])).values()];
  if (!unique.length) return out;
  const b = bounds(month);
  const ids = [...new Set(unique.flatMap((c) => c.org_path.split('/').filter(Boolean)))];
  const [orgs, dates] = await Promise.all([sql.orgSettings(q, ids), sql.meetingDatesIn(q, unique.map((c) => c.org_id), b.start, b.end)]);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const dateOf = new Map(dates.map((d) => [d.org_id, d.date]));
  for (const c of unique) {
    // The cell first, then up the tree (as orgChain orders it).
    const chain = c.org_path.split('/').filter(Boolean).reverse().map((id) => byId.get(id)).filter((o): o is OrgSettingsRow => !!o);
    const date = dateOf.get(c.org_id) ?? plannedDate(b.y, b.m, settingsFrom(chain).rule.dayOfMonth);
    out.set(c.org_id, reportDueOn(month, date, dueDayOf(chain).dueDay));
  }
  return out;
}

/** The day a cell's (and its partner units') report for the month is due. */
async function dueOf(q: Queryable, cell: { org_id: string; org_path: string }, month: string): Promise<string> {
  return (await duesOf(q, [cell], month)).get(cell.org_id)!;
}

/**
 * The commune's (or a cell's) month as it stands on `today`: every reporting unit with its due day and state, overdue
 * when missing past its due day. Null for a month that has not begun on `today`: no report is due yet (the day's
 * reminders and the dashboards skip it).
 */
export async function monthAsOf(db: Queryable, orgId: string, month: string, today: string) {
  if (!isMonth(month)) throw Invalid('report_month_invalid', { month });
  if (month > today.slice(0, 7)) return null;
  const org = await sql.orgById(db, orgId);
  if (!org) throw NotFound('org_not_found');
  const b = bounds(month);
  const units = await sql.reportingUnits(db, org.path, b.start, b.end);
  const [reports, dues, setting] = await Promise.all([
    sql.reportsOf(db, [...new Set(units.map((u) => u.org_id))], month),
    duesOf(db, units, month),
    dueDaySetting(db, org.path),
  ]);
  const reportBy = new Map(reports.map((r) => [`${r.org_id}|${r.partner_unit_id ?? ''}`, r]));
  const items = units.map((u) => presentUnit(u, reportBy.get(`${u.org_id}|${u.kind === 'partner' ? u.id : ''}`), dues.get(u.org_id)!, today));
  const counts = { submitted: 0, late: 0, missing: 0 };
  for (const x of items) counts[x.state]++;
  return { month, dueDay: setting.dueDay, items, counts };
}

/** The month view a person asks for (GET …/monthly-reports?month=): a month not begun yet is refused with a clear error. */
export async function monthView(db: Queryable, orgId: string, month: string, today = todayVn()) {
  checkMonth(month, 'report_month_not_begun', today);
  return (await monthAsOf(db, orgId, month, today))!;
}

async function unitOf(q: Queryable, orgId: string, partnerId: string | null) {
  const org = await sql.orgById(q, orgId);
  if (!org) throw NotFound('org_not_found');
  if (org.kind !== 'cell') throw Invalid('report_org_not_cell');
  if (!partnerId) return { org, kind: 'cell' as const, id: org.id, name: org.name };
  const p = await sql.partnerOf(q, partnerId, orgId);
  if (!p) throw Invalid('report_partner_not_of_cell');
  return { org, kind: 'partner' as const, id: p.id, name: p.name };
}

/** A unit's report for the month: its tasks of the month and what it reported (null when not in yet). */
export async function reportForm(q: Queryable, orgId: string, partnerId: string | null, month: string) {
  checkMonth(month);
  const unit = await unitOf(q, orgId, partnerId);
  const b = bounds(month);
  const ids = await sql.taskIdsOf(q, orgId, partnerId, b.start, b.end);
  const dueOn = await dueOf(q, { org_id: orgId, org_path: unit.org.path }, month);
  const r = await sql.reportOf(q, orgId, partnerId, month);
  const items = r ? await sql.itemsOf(q, r.id) : [];
  return {
    unit: { kind: unit.kind, id: unit.id, name: unit.name, orgId, orgName: unit.org.name }, month, dueOn,
    tasks: await tasksByIds(q, ids),
    report: r ? {
      id: r.id, state: reportState(r.submitted_on, r.due_on), submittedOn: r.submitted_on, enteredBySecretary: r.entered_by_secretary,
      difficulties: r.difficulties, proposals: r.proposals,
      items: items.map((i) => ({ taskId: i.task_id, result: i.result, status: i.status })),
    } : null,
  };
}

type ReportInput = {
  partnerId?: string | null; difficulties?: string; proposals?: string;
  items: { taskId: string; result: string; status?: 'open' | 'in_progress' | 'done' | 'dropped'; dropReason?: string }[];
};

/**
 * Submits (or corrects) a unit's report for the month. Each result on a task becomes the task's progress note (a
 * changed status too); a task not of the unit's month is refused and nothing is written.
 */
export async function submitReport(db: Db, who: Principal, orgId: string, month: string, input: ReportInput) {
  return db.tx(async (q) => {
    checkMonth(month);
    const partnerId = input.partnerId ?? null;
    const unit = await unitOf(q, orgId, partnerId);
    const b = bounds(month);
    const allowed = new Set(await sql.taskIdsOf(q, orgId, partnerId, b.start, b.end));
    const items = input.items.filter((i) => i.result.trim() || i.status);
    for (const i of items) if (!allowed.has(i.taskId)) throw Invalid('report_task_not_of_unit', { unit: unit.name });
    const dueOn = await dueOf(q, { org_id: orgId, org_path: unit.org.path }, month);
    const today = todayVn();
    const before = await sql.reportOf(q, orgId, partnerId, month);
    const previous = before ? await sql.itemsOf(q, before.id) : [];
    // A partner unit's head rarely has an account: the secretary enters its report for it.
    const bySecretary = unit.kind === 'partner' && !(await sql.isContactOf(q, partnerId!, who.accountId));
    const id = before?.id ?? await sql.insertReport(q, {
      orgId, partnerId, month, dueOn, submittedOn: today, submittedBy: who.accountId, bySecretary,
    });
    await sql.setReportText(q, id, input.difficulties?.trim() ?? '', input.proposals?.trim() ?? '');
    await sql.deleteItems(q, id);
    for (const i of items) {
      await sql.insertItem(q, id, i.taskId, i.result.trim(), i.status ?? null);
      const old = previous.find((p) => p.task_id === i.taskId);
      if (old && old.result === i.result.trim() && (old.status ?? undefined) === i.status) continue;
      await addNoteIn(q, who, i.taskId, {
        body: i.result.trim() ? `Báo cáo tháng ${month.slice(5)}/${month.slice(0, 4)}: ${i.result.trim()}` : '', status: i.status,
        dropReason: i.dropReason, on: today,
      });
    }
    await audit(q, who, { action: before ? 'report.correct' : 'report.submit', entity: 'monthly_report', entityId: id,
      orgPath: unit.org.path, summary: `${unit.name} ${month}`, after: input });
    return reportForm(q, orgId, partnerId, month);
  });
}

/** The unit's own due day of the month for reports (null: two days before the cell's meeting). */
export async function setDueDay(db: Db, who: Principal, orgId: string, dueDay: number | null) {
  return db.tx(async (q) => {
    const org = await sql.orgById(q, orgId);
    if (!org) throw NotFound('org_not_found');
    const settings = { ...org.settings };
    if (dueDay === null) delete settings.reportDueDay;
    else settings.reportDueDay = dueDay;
    await sql.setOrgSettings(q, orgId, settings);
    await audit(q, who, { action: 'report.settings', entity: 'org', entityId: orgId, orgPath: org.path,
      before: { reportDueDay: org.settings.reportDueDay ?? null }, after: { reportDueDay: dueDay } });
    return { dueDay };
  });
}
