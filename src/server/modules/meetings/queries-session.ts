// SQL of the meeting itself: roll call and check-in, speeches, votes and party dues.
import type { Queryable } from '../../db/index';
import { REGULAR_KINDS, type DuesCategory } from '../../../domain/meetings/index';
import type { MeetingRow } from './queries';

export async function upsertAttendance(
  q: Queryable, a: { invitationId: string; meetingId: string; status: string; reason: string | null; method: 'manual' | 'qr'; recordedBy: string | null },
): Promise<void> {
  await q.query(
    `INSERT INTO attendance (invitation_id, meeting_id, status, reason, method, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (invitation_id) DO UPDATE SET status = $3, reason = $4, method = $5, recorded_by = $6, recorded_at = now()`,
    [a.invitationId, a.meetingId, a.status, a.reason, a.method, a.recordedBy],
  );
}

/** A planned (or moved) meeting becomes held. */
export async function markHeld(q: Queryable, meetingId: string): Promise<void> {
  await q.query(`UPDATE meetings SET status = 'held', updated_at = now() WHERE id = $1 AND status IN ('planned', 'moved')`, [meetingId]);
}

export type InvitationRef = { id: string; name: string };

export function invitationOfPerson(q: Queryable, meetingId: string, personId: string): Promise<InvitationRef | undefined> {
  return q.one<InvitationRef>('SELECT id, name FROM invitations WHERE meeting_id = $1 AND person_id = $2', [meetingId, personId]);
}

export function invitationById(q: Queryable, meetingId: string, invitationId: string): Promise<InvitationRef | undefined> {
  return q.one<InvitationRef>('SELECT id, name FROM invitations WHERE meeting_id = $1 AND id = $2', [meetingId, invitationId]);
}

/** Members and committee members in charge summoned and not marked yet. */
export function unmarkedSummons(q: Queryable, meetingId: string): Promise<{ id: string }[]> {
  return q.query<{ id: string }>(
    `SELECT i.id FROM invitations i LEFT JOIN attendance a ON a.invitation_id = i.id
      WHERE i.meeting_id = $1 AND i.role IN ('member', 'overseer') AND a.invitation_id IS NULL`,
    [meetingId],
  );
}

export async function setCheckinToken(q: Queryable, meetingId: string, token: string): Promise<void> {
  await q.query('UPDATE meetings SET checkin_token = $2, updated_at = now() WHERE id = $1', [meetingId, token]);
}

export function meetingByCheckinToken(q: Queryable, token: string): Promise<{ id: string; status: string; org_path: string; date: string } | undefined> {
  return q.one<{ id: string; status: string; org_path: string; date: string }>(
    `SELECT m.id, m.status, o.path AS org_path, m.date FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.checkin_token = $1`,
    [token],
  );
}

export async function agendaItemExists(q: Queryable, meetingId: string, itemId: string): Promise<boolean> {
  return !!(await q.one('SELECT 1 FROM agenda_items WHERE id = $1 AND meeting_id = $2', [itemId, meetingId]));
}

export async function speechCount(q: Queryable, meetingId: string): Promise<number> {
  return (await q.one<{ n: number }>('SELECT count(*)::int AS n FROM speeches WHERE meeting_id = $1', [meetingId]))?.n ?? 0;
}

export async function insertSpeech(
  q: Queryable, s: { meetingId: string; agendaItemId: string; personId: string | null; name: string; gist: string },
): Promise<string> {
  const r = await q.one<{ id: string }>(
    `INSERT INTO speeches (meeting_id, agenda_item_id, speaker_person_id, speaker_name, gist) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [s.meetingId, s.agendaItemId, s.personId, s.name, s.gist],
  );
  return r!.id;
}

export type SpeechRow = { speaker_person_id: string | null; speaker_name: string; gist: string };

export function speech(q: Queryable, meetingId: string, speechId: string): Promise<SpeechRow | undefined> {
  return q.one<SpeechRow>('SELECT speaker_person_id, speaker_name, gist FROM speeches WHERE id = $1 AND meeting_id = $2', [speechId, meetingId]);
}

/** Changes a speech: a null gist keeps it; a speaker given replaces both the person and the name. */
export async function updateSpeech(
  q: Queryable, meetingId: string, speechId: string, c: { gist: string | null; speaker: { personId: string | null; name: string } | null },
): Promise<void> {
  await q.query(
    `UPDATE speeches SET gist = coalesce($3, gist), speaker_person_id = CASE WHEN $4::boolean THEN $5::uuid ELSE speaker_person_id END,
            speaker_name = coalesce($6, speaker_name) WHERE id = $1 AND meeting_id = $2`,
    [speechId, meetingId, c.gist, c.speaker !== null, c.speaker?.personId ?? null, c.speaker?.name ?? null],
  );
}

export async function deleteSpeech(q: Queryable, speechId: string): Promise<void> {
  await q.query('DELETE FROM speeches WHERE id = $1', [speechId]);
}

export type NewVote = {
  meetingId: string; agendaItemId: string | null; subject: string; method: string; base: number; eligible: number;
  for: number; against: number; other: number; passed: boolean; isResolution: boolean;
};

export async function insertVote(q: Queryable, v: NewVote): Promise<string> {
  const r = await q.one<{ id: string }>(
    `INSERT INTO votes (meeting_id, agenda_item_id, subject, method, base, eligible, votes_for, votes_against, votes_other, passed, is_resolution)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [v.meetingId, v.agendaItemId, v.subject, v.method, v.base, v.eligible, v.for, v.against, v.other, v.passed, v.isResolution],
  );
  return r!.id;
}

export function vote(q: Queryable, meetingId: string, voteId: string): Promise<Record<string, unknown> | undefined> {
  return q.one('SELECT * FROM votes WHERE id = $1 AND meeting_id = $2', [voteId, meetingId]);
}

export async function deleteVote(q: Queryable, voteId: string): Promise<void> {
  await q.query('DELETE FROM votes WHERE id = $1', [voteId]);
}

export type DuesLineRow = {
  person_id: string; name: string; dues_category: DuesCategory; dues_base: number | null; amount_paid: number | null;
  expected: number | null; note: string | null; unpaid_reason: string | null; reason_accepted: boolean | null;
};

/**
 * The dues at the meeting of the given members (those summoned or exempt, as its roster lists them, with the name it
 * gives them), by name.
 */
export function duesLines(q: Queryable, meetingId: string, members: readonly { personId: string; name: string }[]): Promise<DuesLineRow[]> {
  return q.query<DuesLineRow>(
    `SELECT i.person_id, i.name, mb.dues_category, mb.dues_base, d.amount_paid, d.expected, d.note, d.unpaid_reason, d.reason_accepted
       FROM unnest($2::uuid[], $3::text[]) AS i(person_id, name) JOIN members mb ON mb.person_id = i.person_id
       LEFT JOIN dues_payments d ON d.meeting_id = $1 AND d.person_id = i.person_id
      ORDER BY i.name`,
    [meetingId, members.map((x) => x.personId), members.map((x) => x.name)],
  );
}

export type EarlierDuesRow = {
  person_id: string; date: string; original_date: string | null; amount_paid: number | null; expected: number | null; reason_accepted: boolean | null;
};

/** The cell's earlier regular meetings each of the members was summoned to (exempt members owe nothing there), and what was paid. */
export function earlierDues(q: Queryable, m: Pick<MeetingRow, 'id' | 'org_id' | 'date'>, personIds: string[]): Promise<EarlierDuesRow[]> {
  return q.query<EarlierDuesRow>(
    `SELECT i.person_id, em.date::text AS date, em.original_date::text AS original_date, d.amount_paid, d.expected, d.reason_accepted
       FROM meetings em JOIN invitations i ON i.meeting_id = em.id
       LEFT JOIN dues_payments d ON d.meeting_id = em.id AND d.person_id = i.person_id
      WHERE em.org_id = $1 AND em.id <> $2 AND em.date < $3 AND em.status IN ('held', 'approved') AND em.type = ANY ($4::text[])
        AND i.role IN ('member', 'exempt') AND coalesce(i.member_state, 'active') IN ('active', 'temp_exempt')
        AND i.person_id = ANY ($5::uuid[])`,
    [m.org_id, m.id, m.date, REGULAR_KINDS, personIds],
  );
}

export function duesPayer(q: Queryable, meetingId: string, personId: string): Promise<{ name: string; dues_category: DuesCategory; dues_base: number | null } | undefined> {
  return q.one<{ name: string; dues_category: DuesCategory; dues_base: number | null }>(
    `SELECT i.name, mb.dues_category, mb.dues_base FROM invitations i JOIN members mb ON mb.person_id = i.person_id
      WHERE i.meeting_id = $1 AND i.person_id = $2 AND i.role IN ('member', 'exempt')`,
    [meetingId, personId],
  );
}

/** Records a member's dues at the meeting; `reason` null keeps the unpaid reason recorded earlier. */
export async function upsertDues(
  q: Queryable,
  d: { meetingId: string; personId: string; amountPaid: number; expected: number | null; note: string | null; recordedBy: string;
    reason: { unpaidReason: string | null; accepted: boolean } | null },
): Promise<void> {
  await q.query(
    `INSERT INTO dues_payments (meeting_id, person_id, amount_paid, expected, note, recorded_by, unpaid_reason, reason_accepted)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (meeting_id, person_id) DO UPDATE SET amount_paid = $3, expected = $4, note = $5, recorded_by = $6, recorded_at = now(),
       unpaid_reason = CASE WHEN $9 THEN $7 ELSE dues_payments.unpaid_reason END,
       reason_accepted = CASE WHEN $9 THEN $8 ELSE dues_payments.reason_accepted END`,
    [d.meetingId, d.personId, d.amountPaid, d.expected, d.note, d.recordedBy, d.reason?.unpaidReason ?? null, d.reason?.accepted ?? false, d.reason !== null],
  );
}
