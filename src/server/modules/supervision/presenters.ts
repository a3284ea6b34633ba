import type { ItemRow, RemedyRow } from './queries';
import type { ItemSummary, Remedy } from './schemas';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** How the subject is named in lists and documents: the cell, "Chi ủy" of the cell, or the member. */
export function subjectName(r: Pick<ItemRow, 'subject_kind' | 'subject_org_name' | 'subject_person_name'>): string {
  if (r.subject_kind === 'member') return r.subject_person_name ?? '';
  if (r.subject_kind === 'cell_committee') return `Chi ủy ${r.subject_org_name}`;
  return r.subject_org_name;
}

export function presentRemedy(r: RemedyRow, today: string): Remedy {
  return {
    id: r.id, position: r.position, content: r.content, ownerPersonId: r.owner_person_id, ownerName: r.owner_name, dueOn: r.due_on,
    status: r.status, overdue: r.status === 'open' && r.due_on < today, doneNote: r.done_note, reportedAt: iso(r.reported_at),
    verificationNote: r.verification_note, verifiedAt: iso(r.verified_at), verifiedBy: r.verifier,
    taskId: r.task_id,
  };
}

export function presentSummary(r: ItemRow, remedies: RemedyRow[], today: string): ItemSummary {
  const mine = remedies.filter((x) => x.item_id === r.id);
  return {
    id: r.id, orgId: r.org_id, year: r.year, kind: r.kind,
    subject: {
      kind: r.subject_kind, id: r.subject_kind === 'member' ? r.subject_person_id! : r.subject_org_id, name: subjectName(r),
      orgId: r.subject_org_id, orgName: r.subject_org_name,
    },
    content: r.content, periodFrom: r.period_from, periodTo: r.period_to,
    lead: r.lead_person_id ? { personId: r.lead_person_id, name: r.lead_name ?? '' } : null,
    team: r.team ?? [], status: r.status,
    decisionNo: r.decision_no, decisionDate: r.decision_date, noticeNo: r.notice_no, noticeDate: r.notice_date,
    remedies: {
      total: mine.length, open: mine.filter((x) => x.status === 'open').length, reported: mine.filter((x) => x.status === 'reported').length,
      verified: mine.filter((x) => x.status === 'verified').length, overdue: mine.filter((x) => x.status === 'open' && x.due_on < today).length,
    },
  };
}
