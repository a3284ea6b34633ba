// Each cell's annual activity plan: the cell drafts it (month-by-month focus, a thematic topic per quarter,
// targets) and submits it; the commune approves it; an approved plan is locked until the commune reopens it
// with a reason. Progress is read from the records: meetings held, thematic meetings per quarter, attendance,
// members admitted.
import type { AuditAction } from '../../../domain/audit';
import type { Db, Queryable } from '../../db/index';
import { can, type Principal } from '../../auth/policy';
import { Conflict, Invalid } from '../../errors';
import { audit } from '../../audit';
import { quarterOf, todayVn } from '../../../domain/dates';
import { getOrg } from '../orgs/service';
import * as Q from './queries';
import { presentPlan, presentPlanItem } from './presenters';
import type { Plan, PlanBody, PlanList } from './schemas';

async function cellOf(q: Queryable, orgId: string) {
  const org = await getOrg(q, orgId);
  if (org.kind !== 'cell') throw Invalid('plan_not_cell');
  return org;
}

export async function readPlan(q: Queryable, orgId: string, year: number, today = todayVn()): Promise<Plan> {
  const org = await cellOf(q, orgId);
  const row = await Q.planOf(q, orgId, year);
  const meetings = await Q.meetingsOfYear(q, orgId, year);
  const upTo = today < `${year}-12-31` ? today : `${year}-12-31`;
  const att = await Q.attendanceOfYear(q, orgId, year, upTo);
  const admitted = await Q.admittedInYear(q, orgId, year);
  return presentPlan({ orgId, orgName: org.name, year, today, upTo, row, meetings, att, admitted: admitted?.n ?? 0 });
}

export const getPlan = (db: Db, orgId: string, year: number) => readPlan(db, orgId, year);

function check(body: PlanBody) {
  const seen = new Set<number>();
  for (const x of body.months) {
    if (seen.has(x.month)) throw Invalid('plan_duplicate_month', { month: x.month });
    seen.add(x.month);
  }
  for (const x of body.quarters) if (x.month && quarterOf(x.month) !== x.quarter) throw Invalid('plan_month_outside_quarter', { month: x.month, quarter: x.quarter });
}

/**
 * Saves the draft (or a submitted plan the cell is still changing); an approved plan is locked. `at` (here and in the
 * transitions below): when it happened, now unless the caller records an earlier day (the demo's year).
 */
export async function savePlan(db: Db, who: Principal, orgId: string, year: number, body: PlanBody, at = new Date()) {
  return db.tx(async (q) => {
    await writePlan(q, who, orgId, year, body, at);
    return readPlan(q, orgId, year);
  });
}

/** savePlan's write, in the caller's transaction (a batch writes many without presenting each). */
export async function writePlan(q: Queryable, who: Principal, orgId: string, year: number, body: PlanBody, at = new Date()) {
  check(body);
  const org = await cellOf(q, orgId);
  const before = await Q.planOf(q, orgId, year);
  if (before?.status === 'approved') throw Conflict('plan_approved_locked');
  const clean = {
    months: body.months.map((x) => ({ month: x.month, focus: x.focus.trim() })).filter((x) => x.focus).sort((a, b) => a.month - b.month),
    quarters: body.quarters.map((x) => ({ quarter: x.quarter, thematicTopic: x.thematicTopic.trim(), month: x.month ?? null }))
      .filter((x) => x.thematicTopic).sort((a, b) => a.quarter - b.quarter),
    targets: { ...body.targets, other: body.targets.other?.trim() || null },
  };
  await Q.upsertPlan(q, orgId, year, who.accountId, clean, at);
  if (before?.status === 'submitted') await Q.setStatus(q, orgId, year, { status: 'draft', submitted_at: null }, at);
  await audit(q, who, { action: 'plan.save', entity: 'org', entityId: orgId, orgPath: org.path, summary: `${org.name} ${year}`,
    before: before ? { months: before.months, quarters: before.quarters, targets: before.targets } : undefined, after: clean });
}

/**
 * A step of the plan's life (submit, approve, reopen) in the caller's transaction (`q`: a batch, which does not
 * present each plan), or in its own (`db`: a route), answered with the plan.
 */
function transition(who: Principal, orgId: string, year: number, action: AuditAction, at: Date,
  fn: (row: Q.PlanRow | undefined) => Record<string, unknown>) {
  const write = async (q: Queryable) => {
    const org = await cellOf(q, orgId);
    const row = await Q.planOf(q, orgId, year);
    const set = fn(row);
    await Q.setStatus(q, orgId, year, set, at);
    await audit(q, who, { action, entity: 'org', entityId: orgId, orgPath: org.path, summary: `${org.name} ${year}`, after: set });
  };
  return {
    in: write,
    run: (db: Db) => db.tx(async (q) => { await write(q); return readPlan(q, orgId, year); }),
  };
}

const submit = (who: Principal, orgId: string, year: number, at: Date) =>
  transition(who, orgId, year, 'plan.submit', at, (row) => {
    if (!row) throw Conflict('plan_not_found', { year });
    if (row.status === 'approved') throw Conflict('plan_approved_locked');
    if (row.quarters.filter((x) => x.thematicTopic).length < 4) throw Invalid('plan_empty');
    return { status: 'submitted', submitted_at: at };
  });

const approve = (who: Principal, orgId: string, year: number, note: string | null | undefined, at: Date) =>
  transition(who, orgId, year, 'plan.approve', at, (row) => {
    if (!row) throw Conflict('plan_not_found', { year });
    if (row.status !== 'submitted') throw Conflict('plan_not_submitted');
    return { status: 'approved', approved_at: at, approved_by: who.accountId, approval_note: note?.trim() || null };
  });

const reopen = (who: Principal, orgId: string, year: number, reason: string, at: Date) =>
  transition(who, orgId, year, 'plan.reopen', at, (row) => {
    if (!row) throw Conflict('plan_not_found', { year });
    if (row.status !== 'approved') throw Conflict('plan_not_approved');
    return { status: 'draft', reopened_at: at, reopen_reason: reason.trim(), approved_at: null, approved_by: null, submitted_at: null };
  });

export const submitPlan = (db: Db, who: Principal, orgId: string, year: number, at = new Date()) => submit(who, orgId, year, at).run(db);
export const approvePlan = (db: Db, who: Principal, orgId: string, year: number, note?: string | null, at = new Date()) =>
  approve(who, orgId, year, note, at).run(db);
export const reopenPlan = (db: Db, who: Principal, orgId: string, year: number, reason: string, at = new Date()) =>
  reopen(who, orgId, year, reason, at).run(db);
/** submitPlan's and approvePlan's writes, in the caller's transaction. */
export const writeSubmit = (q: Queryable, who: Principal, orgId: string, year: number, at = new Date()) => submit(who, orgId, year, at).in(q);
export const writeApproval = (q: Queryable, who: Principal, orgId: string, year: number, note?: string | null, at = new Date()) =>
  approve(who, orgId, year, note, at).in(q);

/** The commune's view: every cell's plan of the year and where it stands. */
export async function listPlans(db: Db, who: Principal, orgId: string, year: number): Promise<PlanList> {
  const org = await getOrg(db, orgId);
  const rows = (await Q.plansOfCells(db, org.path, year)).filter((r) => can(who, 'oversight.read', { orgPath: r.org_path }));
  return { year, items: rows.map(presentPlanItem) };
}
