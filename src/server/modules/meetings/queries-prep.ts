// SQL of the preparation phase: the roster and invitations, the agenda, the HD 42 checklist, guests.
import type { Queryable } from '../../db/index';
import { REGULAR_KINDS, type NewInvitation, type RosterEntry } from '../../../domain/meetings/index';
import type { MeetingRow, TaskParts } from './queries';

export type RosterRow = {
  person_id: string; full_name: string; standing: 'official' | 'probationary'; official_date: string | null;
  state: 'active' | 'exempt' | 'temp_exempt' | 'suspended'; attachment: 'home' | 'away' | 'guest_member';
};

/**
 * The cell's members on a day, by name: its own (marked 'away' while attending temporarily in another cell) and
 * members of other cells attending here temporarily ('guest_member').
 */
export function rosterRows(q: Queryable, orgId: string, on: string): Promise<RosterRow[]> {
  return q.query<RosterRow>(
    `SELECT p.id AS person_id, p.full_name, mb.standing, mb.official_date::text AS official_date, mb.state,
            CASE WHEN ms.kind = 'temporary' THEN 'guest_member'
                 WHEN EXISTS (SELECT 1 FROM memberships t WHERE t.person_id = ms.person_id AND t.kind = 'temporary'
                                AND t.org_id <> ms.org_id AND t.started_on <= $2 AND (t.ended_on IS NULL OR t.ended_on >= $2)) THEN 'away'
                 ELSE 'home' END AS attachment
       FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id JOIN people p ON p.id = ms.person_id
      WHERE ms.org_id = $1 AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')
        -- a temporary attendance counts from its first to its last day, both included (members.temporaryOn)
        AND CASE WHEN ms.kind = 'temporary' THEN ms.started_on <= $2 AND (ms.ended_on IS NULL OR ms.ended_on >= $2)
                 ELSE ms.ended_on IS NULL END
      ORDER BY p.full_name`,
    [orgId, on],
  );
}

/** The committee members in charge of the unit on a day. */
export function overseersOn(q: Queryable, orgId: string, on: string): Promise<{ person_id: string; full_name: string }[]> {
  return q.query<{ person_id: string; full_name: string }>(
    `SELECT s.person_id, p.full_name FROM org_overseers s JOIN people p ON p.id = s.person_id
      WHERE s.org_id = $1 AND s.ended_on IS NULL AND s.started_on <= $2`,
    [orgId, on],
  );
}

/** Takes off the roster's stale invitations (planRoster's drop), never one with something recorded since. */
export async function deleteInvitations(q: Queryable, meetingId: string, ids: string[]): Promise<void> {
  await q.query(
    `DELETE FROM invitations i WHERE i.meeting_id = $1 AND i.id = ANY ($2::uuid[])
        AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.invitation_id = i.id)`,
    [meetingId, ids],
  );
}

/** Brings a member's invitation up to the roster (planRoster's update); a guest's or an overseer's is never touched. */
export async function updateMemberInvitation(
  q: Queryable, meetingId: string, id: string, x: Pick<RosterEntry, 'role' | 'name' | 'standing' | 'memberState' | 'guest'>,
): Promise<void> {
  await q.query(
    `UPDATE invitations SET role = $3, name = $4, standing = $5, member_state = $6, guest = $7
      WHERE id = $1 AND meeting_id = $2 AND role IN ('member', 'exempt')`,
    [id, meetingId, x.role, x.name, x.standing, x.memberState, x.guest],
  );
}

/** Stores the invitations planRoster adds, in one statement; a person already invited meanwhile is left as invited. Returns how many were added. */
export async function insertInvitations(q: Queryable, meetingId: string, rows: readonly (NewInvitation & { id: string })[]): Promise<number> {
  if (!rows.length) return 0;
  const r = await q.query<{ id: string }>(
    `INSERT INTO invitations (id, meeting_id, role, person_id, name, title, standing, member_state, guest)
     SELECT x.id, $1, x.role, x.person_id, x.name, x.title, x.standing, x.member_state, x.guest
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[])
            WITH ORDINALITY AS x(id, role, person_id, name, title, standing, member_state, guest, n)
      ORDER BY x.n
     ON CONFLICT (meeting_id, person_id) WHERE person_id IS NOT NULL DO NOTHING RETURNING id`,
    [
      meetingId, rows.map((x) => x.id), rows.map((x) => x.role), rows.map((x) => x.personId), rows.map((x) => x.name),
      rows.map((x) => x.title), rows.map((x) => x.standing), rows.map((x) => x.memberState), rows.map((x) => x.guest),
    ],
  );
  return r.length;
}

export type HeldResolutionRow = { type: string; date: string; resolution: { tasks?: TaskParts[] } };

/**
 * The cell's meetings held before this one since its last regular-kind meeting (that one included), oldest
 * first, with their resolutions.
 */
export function heldSinceLastRegular(q: Queryable, m: Pick<MeetingRow, 'id' | 'org_id' | 'date'>): Promise<HeldResolutionRow[]> {
  return q.query<HeldResolutionRow>(
    `SELECT type, date, resolution FROM meetings
      WHERE org_id = $1 AND id <> $2 AND date < $3 AND status IN ('held', 'approved')
        AND date >= coalesce((SELECT max(date) FROM meetings WHERE org_id = $1 AND id <> $2 AND date < $3
                                AND status IN ('held', 'approved') AND type = ANY ($4::text[])), '-infinity'::date)
      ORDER BY date, start_time, created_at`,
    [m.org_id, m.id, m.date, REGULAR_KINDS],
  );
}

export async function insertAgendaItem(
  q: Queryable, a: { meetingId: string; position: number; templateKey: string | null; title: string; content: string },
): Promise<string> {
  const r = await q.one<{ id: string }>(
    'INSERT INTO agenda_items (meeting_id, position, template_key, title, content) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [a.meetingId, a.position, a.templateKey, a.title, a.content],
  );
  return r!.id;
}

export function agendaExtent(q: Queryable, meetingId: string): Promise<{ max: number | null; n: number } | undefined> {
  return q.one<{ max: number | null; n: number }>('SELECT max(position) AS max, count(*)::int AS n FROM agenda_items WHERE meeting_id = $1', [meetingId]);
}

export type AgendaItemRow = { title: string; content: string; conclusion: string | null; position: number };

export function agendaItem(q: Queryable, meetingId: string, itemId: string): Promise<AgendaItemRow | undefined> {
  return q.one<AgendaItemRow>('SELECT title, content, conclusion, position FROM agenda_items WHERE id = $1 AND meeting_id = $2', [itemId, meetingId]);
}

/** Changes an agenda item: null keeps a title, content or position; an undefined conclusion keeps it, null clears it. */
export async function updateAgendaItem(
  q: Queryable, meetingId: string, itemId: string,
  c: { title: string | null; content: string | null; conclusion: string | null | undefined; position: number | null },
): Promise<void> {
  await q.query(
    `UPDATE agenda_items SET title = coalesce($3, title), content = coalesce($4, content),
            conclusion = CASE WHEN $5::boolean THEN $6 ELSE conclusion END, position = coalesce($7, position)
      WHERE id = $1 AND meeting_id = $2`,
    [itemId, meetingId, c.title, c.content, c.conclusion !== undefined, c.conclusion ?? null, c.position],
  );
}

export async function deleteAgendaItem(q: Queryable, itemId: string): Promise<void> {
  await q.query('DELETE FROM agenda_items WHERE id = $1', [itemId]);
}

export function preparationOf(q: Queryable, meetingId: string): Promise<Record<string, unknown> | undefined> {
  return q.one('SELECT * FROM meeting_preparation WHERE meeting_id = $1', [meetingId]);
}

export async function ensurePreparation(q: Queryable, meetingId: string): Promise<void> {
  await q.query('INSERT INTO meeting_preparation (meeting_id) VALUES ($1) ON CONFLICT (meeting_id) DO NOTHING', [meetingId]);
}

export type PreparationChanges = {
  content_preparer_id?: string | null; resolution_preparer_id?: string | null; committee_meeting_on?: string | null;
  /** true: agreed now (the first time kept); false: not agreed. */
  content_agreed?: boolean;
  note?: string | null;
};

export async function updatePreparation(q: Queryable, meetingId: string, c: PreparationChanges): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [meetingId];
  for (const col of ['content_preparer_id', 'resolution_preparer_id', 'committee_meeting_on'] as const) {
    if (c[col] !== undefined) sets.push(`${col} = $${params.push(c[col])}`);
  }
  if (c.content_agreed !== undefined) sets.push(`content_agreed_at = ${c.content_agreed ? 'coalesce(content_agreed_at, now())' : 'NULL'}`);
  if (c.note !== undefined) sets.push(`note = $${params.push(c.note)}`);
  if (sets.length) await q.query(`UPDATE meeting_preparation SET ${sets.join(', ')}, updated_at = now() WHERE meeting_id = $1`, params);
}

/** Marks (keeping the first time) or unmarks a step of the checklist kept on the meeting. */
export async function markMeetingStep(q: Queryable, meetingId: string, col: 'notice_sent_at' | 'documents_ready_at', done: boolean): Promise<void> {
  await q.query(`UPDATE meetings SET ${col} = ${done ? `coalesce(${col}, now())` : 'NULL'} WHERE id = $1`, [meetingId]);
}

export async function isInvited(q: Queryable, meetingId: string, personId: string): Promise<boolean> {
  return !!(await q.one('SELECT 1 FROM invitations WHERE meeting_id = $1 AND person_id = $2', [meetingId, personId]));
}

/** A person's name when the caller may read them: everyone (`all`), themself, or a current member of a unit in `scopes`. */
export function visibleName(
  q: Queryable, personId: string, who: { all: boolean; self: string | null; scopes: string[] },
): Promise<{ full_name: string } | undefined> {
  return q.one<{ full_name: string }>(
    `SELECT p.full_name FROM people p
      WHERE p.id = $1
        AND ($2::boolean OR p.id = $3 OR EXISTS (
          SELECT 1 FROM memberships ms JOIN orgs o ON o.id = ms.org_id
           WHERE ms.person_id = p.id AND ms.ended_on IS NULL AND o.path LIKE ANY ($4::text[])))`,
    [personId, who.all, who.self, who.scopes.map((s) => `${s}%`)],
  );
}

export type PartnerContactRow = { person_id: string; partner_unit_id: string; title: string; full_name: string; unit_name: string };

export function partnerContact(q: Queryable, contactId: string): Promise<PartnerContactRow | undefined> {
  return q.one<PartnerContactRow>(
    `SELECT c.person_id, c.partner_unit_id, c.title, p.full_name, u.name AS unit_name
       FROM partner_contacts c JOIN people p ON p.id = c.person_id JOIN partner_units u ON u.id = c.partner_unit_id
      WHERE c.id = $1`,
    [contactId],
  );
}

export async function fullName(q: Queryable, personId: string): Promise<string | null> {
  return (await q.one<{ full_name: string }>('SELECT full_name FROM people WHERE id = $1', [personId]))?.full_name ?? null;
}

export async function partnerUnitName(q: Queryable, unitId: string): Promise<string | null> {
  return (await q.one<{ name: string }>('SELECT name FROM partner_units WHERE id = $1', [unitId]))?.name ?? null;
}

export async function insertGuest(
  q: Queryable, g: { meetingId: string; personId: string | null; partnerUnitId: string | null; name: string; title: string | null },
): Promise<string> {
  const r = await q.one<{ id: string }>(
    `INSERT INTO invitations (meeting_id, role, person_id, partner_unit_id, name, title) VALUES ($1, 'guest', $2, $3, $4, $5) RETURNING id`,
    [g.meetingId, g.personId, g.partnerUnitId, g.name, g.title],
  );
  return r!.id;
}

export function invitation(q: Queryable, meetingId: string, invitationId: string): Promise<{ role: string; name: string; person_id: string | null } | undefined> {
  return q.one<{ role: string; name: string; person_id: string | null }>(
    'SELECT role, name, person_id FROM invitations WHERE id = $1 AND meeting_id = $2',
    [invitationId, meetingId],
  );
}

export async function deleteInvitation(q: Queryable, invitationId: string): Promise<void> {
  await q.query('DELETE FROM invitations WHERE id = $1', [invitationId]);
}
