import { isPresentStatus } from '../../../domain/meetings/index';
import type { OverseenMeetingRow } from './queries';

export type ObservationInput = { leadership: string; mood: string; residents?: string | null; proposals?: string | null };

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** One meeting of an overseen cell, as the overseer's list shows it. */
export function observationItem(r: OverseenMeetingRow) {
  const attended = isPresentStatus(r.attendance);
  return {
    meetingId: r.meeting_id, orgId: r.org_id, orgName: r.org_name, date: r.date, type: r.type, topic: r.topic, status: r.status,
    attendance: r.attendance, attended,
    observation: r.leadership
      ? { leadership: r.leadership, mood: r.mood ?? '', residents: r.residents, proposals: r.proposals, writtenAt: iso(r.written_at)!, updatedAt: iso(r.updated_at)! }
      : null,
    missing: attended && !r.leadership,
  };
}
