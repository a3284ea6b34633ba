import type { ReviewRow } from './queries';
import type { ReviewSummary } from './schemas';

/** The subject as people say it: the member's name, the cell, "Chi ủy" of the cell. */
export function subjectName(r: Pick<ReviewRow, 'subject_kind' | 'subject_org_name' | 'subject_person_name'>): string {
  if (r.subject_kind === 'member') return r.subject_person_name ?? '';
  if (r.subject_kind === 'cell_committee') return `Chi ủy ${r.subject_org_name}`;
  return r.subject_org_name;
}

export const presentSummary = (r: ReviewRow): ReviewSummary => ({
  id: r.id, year: r.year, orgId: r.org_id,
  subject: {
    kind: r.subject_kind, id: r.subject_person_id ?? r.subject_org_id, name: subjectName(r), orgId: r.subject_org_id, orgName: r.subject_org_name,
  },
  status: r.status, selfLevel: r.self_level, proposedLevel: r.proposed_level, proposedScore: r.proposed_score, decidedLevel: r.decided_level,
  standing: r.standing,
});
