import type { CellCoverageRow, CellDocRow, DocRow } from './queries';

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

/** One document a cell is to disseminate, as the cell's own list shows it. */
export function presentCellDoc(r: CellDocRow, today: string) {
  return {
    documentId: r.id, number: r.number, subject: r.subject, issuer: r.issuer, deadline: r.disseminate_by,
    meetingId: r.meeting_id, meetingDate: r.meeting_date, agendaItemId: r.agenda_item_id,
    membersTotal: r.members_total, membersReached: r.members_reached, overdue: r.disseminate_by < today && !r.meeting_id,
  };
}
