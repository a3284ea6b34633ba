import type { NoteRow, TaskRow } from './queries';

/** The owner's name as people say it: the member's name, the cell, "Chi ủy" of the cell, the partner unit. */
export function ownerName(r: TaskRow): string {
  switch (r.owner_kind) {
    case 'member': return r.owner_person_name ?? r.owner_label ?? '';
    case 'partner': return r.owner_partner_name ?? r.owner_label ?? '';
    case 'cell_committee': return `Chi ủy ${r.owner_org_name}`;
    case 'cell': return r.owner_label ?? r.owner_org_name;
  }
}

export function presentTask(r: TaskRow) {
  return {
    id: r.id,
    title: r.title,
    status: r.shown_status,
    due: r.due_on ?? ('regular' as const),
    owner: {
      kind: r.owner_kind,
      id: r.owner_person_id ?? r.owner_partner_id ?? r.owner_org_id,
      name: ownerName(r),
      orgId: r.owner_org_id,
      orgName: r.owner_org_name,
      label: r.owner_label,
    },
    giver: { orgId: r.org_id, orgName: r.org_name, kind: r.org_kind, meetingId: r.meeting_id, meetingDate: r.meeting_date },
    dropReason: r.drop_reason,
    doneOn: r.done_on,
    lastNote: r.last_note_on ? { on: r.last_note_on, body: r.last_note ?? '' } : null,
    updatedAt: r.updated_at.toISOString(),
    remedyOf: r.remedy_item_id
      ? { itemId: r.remedy_item_id, kind: r.remedy_item_kind!, remedyStatus: r.remedy_status! }
      : null,
  };
}

export function presentNote(n: NoteRow) {
  return {
    id: n.id, on: n.noted_on, body: n.body, status: n.status, meetingId: n.meeting_id, meetingDate: n.meeting_date, author: n.author,
  };
}
