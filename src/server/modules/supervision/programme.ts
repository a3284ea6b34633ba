// The committee's annual inspection and supervision programme (QĐ 296-QĐ/TW 2025): list, add an item, read one.
import crypto from 'node:crypto';
import type { Db, Queryable } from '../../db/index';
import { can, type Principal } from '../../auth/policy';
import { Conflict, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { todayVn } from '../../../domain/dates';
import { getOrg } from '../orgs/service';
import * as Q from './queries';
import { presentRemedy, presentSummary } from './presenters';
import type { CreateItemBody, ItemDetail, ItemList } from './schemas';

export async function listItems(db: Db, who: Principal, orgId: string, year: number): Promise<ItemList> {
  const org = await getOrg(db, orgId);
  const rows = (await Q.itemsFor(db, orgId, org.path, year)).filter((r) => can(who, 'oversight.read', { orgPath: r.subject_org_path }));
  const remedies = await Q.remediesOf(db, rows.map((r) => r.id));
  const today = todayVn();
  return { year, orgId, items: rows.map((r) => presentSummary(r, remedies, today)) };
}

export async function readItem(q: Queryable, id: string): Promise<ItemDetail> {
  const r = await Q.itemById(q, id);
  if (!r) throw NotFound('supervision_not_found');
  const remedies = await Q.remediesOf(q, [id]);
  const today = todayVn();
  const observations = r.subject_kind === 'member' ? [] : await Q.cellObservations(q, r.subject_org_id, r.period_from, r.period_to);
  return {
    ...presentSummary(r, remedies, today),
    plan: r.plan, report: r.report, reportDate: r.report_date, findings: r.findings, findingsDate: r.findings_date,
    conclusion: { strengths: r.conclusion_strengths, shortcomings: r.conclusion_shortcomings, requests: r.conclusion_requests },
    verifiedAt: r.verified_at ? new Date(r.verified_at).toISOString() : null,
    remedyList: remedies.map((x) => presentRemedy(x, today)),
    observations: observations.map((o) => ({
      meetingId: o.meeting_id, date: o.date, overseer: o.overseer, attended: o.attended, leadership: o.leadership, mood: o.mood,
      residents: o.residents, proposals: o.proposals,
    })),
    nextDecisionNo: r.decision_no ?? (await Q.nextNumber(q, r.org_id, r.year, 'decision_no')),
    nextNoticeNo: r.notice_no ?? (await Q.nextNumber(q, r.org_id, r.year, 'notice_no')),
  };
}

export const getItem = (db: Db, id: string) => readItem(db, id);

export async function createItem(db: Db, who: Principal, input: CreateItemBody): Promise<ItemDetail> {
  return db.tx(async (q) => {
    const org = await getOrg(q, input.orgId);
    if (org.status !== 'active') throw Conflict('org_inactive');
    const cell = await getOrg(q, input.subjectOrgId);
    if (cell.kind !== 'cell') throw Invalid('supervision_subject_not_cell');
    if (!cell.path.startsWith(org.path)) throw Invalid('supervision_subject_outside', { unit: org.name });
    if (input.periodTo < input.periodFrom) throw Invalid('supervision_period_invalid');
    let personId: string | null = null;
    if (input.subjectKind === 'member') {
      if (!input.subjectPersonId) throw Invalid('supervision_member_required');
      if (!(await Q.membershipOn(q, input.subjectPersonId, cell.id))) throw Invalid('supervision_member_not_in_cell');
      personId = input.subjectPersonId;
    }
    const ids = [...new Set([...(input.leadPersonId ? [input.leadPersonId] : []), ...(input.teamPersonIds ?? [])])];
    const found = await Q.people(q, ids);
    if (found.length !== ids.length) throw NotFound('person_not_found');
    const team = ids.map((id) => ({ personId: id, name: found.find((p) => p.id === id)!.full_name }));
    const id = crypto.randomUUID();
    await Q.insertItem(q, {
      id, org_id: org.id, year: input.year, kind: input.kind, subject_kind: input.subjectKind, subject_org_id: cell.id,
      subject_person_id: personId, content: input.content.trim(), period_from: input.periodFrom, period_to: input.periodTo,
      lead_person_id: input.leadPersonId ?? null, team, created_by: who.accountId,
    });
    await audit(q, who, { action: 'supervision.create', entity: 'supervision', entityId: id, orgPath: org.path, summary: input.content, after: input });
    return readItem(q, id);
  });
}
