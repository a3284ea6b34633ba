import type { CellCoverageRow, DocRow } from './queries';

export function presentDoc(r: DocRow) {
  return {
    id: r.id, orgId: r.org_id, orgName: r.org_name, number: r.number, docType: r.doc_type, issuer: r.issuer, issuedOn: r.issued_on,
    subject: r.subject, file: { name: r.file_name, type: r.file_type, size: r.file_size, sha256: r.file_sha256 },
    disseminateBy: r.disseminate_by, allCells: r.all_cells,
  };
}

/** One cell's coverage: at which meeting (null: not yet), members in activity and how many took the document in. */
export function presentCoverage(c: CellCoverageRow, deadline: string | null, today: string) {
  return {
    orgId: c.org_id, orgName: c.org_name, meetingId: c.meeting_id, meetingDate: c.meeting_date,
    membersTotal: c.members_total, membersReached: c.members_reached,
    overdue: !!deadline && deadline < today && !c.meeting_id,
  };
}
