import type { Db, Queryable } from '../../db/index';
import { can, type Principal } from '../../auth/policy';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { isIsoDate } from '../../../domain/dates';
import { getOrg, transferMembership } from '../orgs/service';
import { canTransition, POSITION_TITLES, TRANSITIONS, type EventKind } from '../../../domain/members';
import { officialTrainingGap, type TrainingKind } from '../../../domain/year/training';
import { formatDateVi } from '../../../domain/dates';
import { completedCourses } from '../training/queries';
import { memberProfile, personOrgPath } from './service';
import * as sql from './queries';

/**
 * A member's history as it happens: transfers between cells, status events (made official, exempted,
 * suspended, expelled …) and positions held. Split from service.ts, which keeps the records themselves.
 */
async function currentCell(q: Queryable, personId: string) {
  const orgId = await sql.selectCurrentCellId(q, personId);
  if (!orgId) throw Conflict('member_not_active');
  return getOrg(q, orgId);
}

export async function transferMember(
  db: Db, who: Principal, personId: string, input: { toOrgId: string; effectiveOn: string; reason: string },
) {
  return db.tx(async (q) => {
    await writeTransfer(q, who, personId, input);
    return memberProfile(q, who, personId);
  });
}

/** transferMember's write, in the caller's transaction (a batch writes many without presenting each). */
export async function writeTransfer(
  q: Queryable, who: Principal, personId: string, input: { toOrgId: string; effectiveOn: string; reason: string },
) {
  const from = await currentCell(q, personId);
  const to = await getOrg(q, input.toOrgId);
  if (to.kind !== 'cell') throw Invalid('member_target_not_cell');
  if (to.status !== 'active') throw Conflict('org_inactive');
  if (to.id === from.id) throw Invalid('member_same_cell');
  // Receiving a member is a write on the receiving cell too.
  if (!can(who, 'member.manage', { orgPath: to.path })) throw Forbidden();
  const reason = input.reason.trim();
  if (!reason) throw Invalid('reason_required');
  await transferMembership(q, personId, from.id, to.id, input.effectiveOn, reason, who);
  await sql.endPositionsOf(q, personId, input.effectiveOn, from.id);
  await audit(q, who, {
    action: 'member.transfer', entity: 'member', entityId: personId, orgPath: from.path,
    summary: `${from.name} → ${to.name}`, before: { orgId: from.id }, after: { orgId: to.id },
  });
  // Also visible from the receiving unit's audit view.
  await audit(q, who, {
    action: 'member.transfer_in', entity: 'member', entityId: personId, orgPath: to.path,
    summary: `${from.name} → ${to.name}`, before: { orgId: from.id }, after: { orgId: to.id },
  });
}

export type EventInput = { kind: EventKind; effectiveOn: string; reason?: string | null; decisionRef?: string | null };

export async function recordEvent(db: Db, who: Principal, personId: string, input: EventInput) {
  return db.tx(async (q) => {
    await writeEvent(q, who, personId, input);
    return memberProfile(q, who, personId);
  });
}

/** recordEvent's write, in the caller's transaction (a batch writes many without presenting each). */
export async function writeEvent(q: Queryable, who: Principal, personId: string, input: EventInput) {
  if (!isIsoDate(input.effectiveOn)) throw Invalid('date_invalid', { value: input.effectiveOn });
  const m = await sql.selectStatus(q, personId);
  if (!m) throw NotFound('person_not_found');
  const t = TRANSITIONS[input.kind];
  const current = input.kind === 'made_official' ? m.standing : m.state;
  if (!canTransition(input.kind, m.standing, m.state)) {
    throw Conflict('status_transition', { event: input.kind, state: current });
  }
  const reason = input.reason?.trim() || null;
  if (t.needsReason && !reason) throw Invalid('reason_required');
  if (input.kind === 'made_official') await requireNewMemberCourse(q, personId, input.effectiveOn);
  const orgPath = await personOrgPath(q, personId);
  const cell = t.closes ? await currentCell(q, personId) : null;
  if (t.standing) await sql.setStanding(q, personId, t.standing, input.effectiveOn);
  if (t.state) await sql.setState(q, personId, t.state);
  if (cell) {
    await sql.endMemberships(q, personId, input.effectiveOn, reason ?? input.kind);
    await sql.endPositionsOf(q, personId, input.effectiveOn);
  }
  await sql.insertEvent(q, {
    personId, kind: input.kind, effectiveOn: input.effectiveOn, reason, decisionRef: input.decisionRef ?? null, fromOrgId: cell?.id ?? null,
    createdBy: who.accountId,
  });
  await audit(q, who, {
    action: `member.${input.kind}`, entity: 'member', entityId: personId, orgPath, summary: reason ?? undefined,
    before: m, after: { kind: input.kind, effectiveOn: input.effectiveOn, reason, decisionRef: input.decisionRef ?? null },
  });
}

/** HD 60-HD/BTGTW 2022 and the guidance on the Party Charter: no official standing before the new-member course is completed. */
async function requireNewMemberCourse(q: Queryable, personId: string, effectiveOn: string) {
  const done = (await completedCourses(q, personId)).map((c) => ({ kind: c.kind as TrainingKind, endsOn: c.ends_on }));
  const gap = officialTrainingGap(done, effectiveOn);
  if (!gap) return;
  const name = (await sql.selectFullName(q, personId))!;
  if (gap.code === 'official_needs_new_member_course') throw Conflict(gap.code, { name });
  throw Conflict(gap.code, { name, date: formatDateVi(effectiveOn), done: formatDateVi(gap.endsOn) });
}

export type PositionInput = { orgId: string; title: (typeof POSITION_TITLES)[number]; termLabel?: string | null; startedOn: string };

export async function addPosition(db: Db, who: Principal, personId: string, input: PositionInput) {
  return db.tx(async (q) => {
    await writePosition(q, who, personId, input);
    return memberProfile(q, who, personId);
  });
}

/** addPosition's write, in the caller's transaction (a batch writes many without presenting each). */
export async function writePosition(q: Queryable, who: Principal, personId: string, input: PositionInput) {
  const org = await getOrg(q, input.orgId);
  if (!can(who, org.kind === 'cell' ? 'member.manage' : 'org.manage', { orgPath: org.path })) throw Forbidden();
  if (org.status !== 'active') throw Conflict('org_inactive');
  const positionId = await sql.insertPosition(q, { personId, orgId: input.orgId, title: input.title, termLabel: input.termLabel ?? null, startedOn: input.startedOn });
  await audit(q, who, { action: 'position.add', entity: 'position', entityId: positionId, orgPath: org.path, summary: input.title, after: input });
}

export async function endPosition(db: Db, who: Principal, positionId: string, endedOn: string) {
  return db.tx(async (q) => {
    const p = await sql.selectOpenPosition(q, positionId);
    if (!p) throw NotFound();
    if (endedOn < p.started_on) throw Invalid('date_order', { from: 'Ngày bắt đầu', to: 'Ngày kết thúc' });
    await sql.endPositionById(q, positionId, endedOn);
    const org = await getOrg(q, p.org_id);
    await audit(q, who, { action: 'position.end', entity: 'position', entityId: positionId, orgPath: org.path, after: { endedOn } });
    return memberProfile(q, who, p.person_id);
  });
}
