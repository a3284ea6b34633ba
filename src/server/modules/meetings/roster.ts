// Who a meeting summons: the cell's roster on the meeting's date (rosterFor), kept in step with the members until the
// meeting is held (autoInvite, refreshRoster, run by every write: loadEditable), and the same roster computed for a
// reader without writing it (liveInvitations): reading a planned meeting shows the roster its next write will store.
import crypto from 'node:crypto';
import type { Queryable } from '../../db/index';
import { OVERSEER_TITLE, rosterEntry, type RosterEntry } from '../../../domain/meetings/index';
import { loadInvitations, type InvitationRow, type MeetingRow } from './queries';
import * as sql from './queries-prep';

/**
 * The cell's roster for the meeting, from each member's standing on the meeting's date: its own members
 * (those attending temporarily in another cell listed as 'elsewhere', not summoned) and members of other cells
 * attending here temporarily (summoned here).
 */
export async function rosterFor(q: Queryable, m: Pick<MeetingRow, 'org_id' | 'date'>): Promise<RosterEntry[]> {
  const rows = await sql.rosterRows(q, m.org_id, m.date);
  const seen = new Set<string>();
  const out: RosterEntry[] = [];
  for (const r of rows) {
    if (seen.has(r.person_id)) continue;
    seen.add(r.person_id);
    out.push(rosterEntry({
      personId: r.person_id, name: r.full_name, standing: r.standing, officialDate: r.official_date, state: r.state, attachment: r.attachment,
    }, m.date));
  }
  return out;
}

/**
 * The id of a person's invitation to a meeting, the same whether a reader computes it (liveInvitations) or a write
 * stores it (autoInvite), so that an invitation shown before it is stored can be acted on by its id.
 */
export function invitationId(meetingId: string, personId: string): string {
  const h = crypto.createHash('sha1').update(`invitation ${meetingId} ${personId}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const live = (m: Pick<MeetingRow, 'status'>) => m.status === 'planned' || m.status === 'moved';

/**
 * Summons the cell's members (listing those not summoned: exempt, suspended, attending elsewhere) and the
 * committee members in charge of the cell. Until the meeting is held the roster follows the members: a
 * member's standing and state are brought up to the meeting's date, members who joined are added, members
 * who left (and were not marked) are taken off. Once held, the roster is the record and is left as it is.
 */
export async function autoInvite(q: Queryable, m: MeetingRow): Promise<number> {
  const roster = await rosterFor(q, m);
  const overseers = await sql.overseersOn(q, m.org_id, m.date);
  let added = 0;
  if (live(m)) {
    await sql.dropStaleInvitations(q, m.id, roster.map((r) => r.personId), [m.chair_id, m.recorder_id]);
  }
  // Once held, the roster is the record: members are left as they are.
  for (const x of live(m) ? roster : []) {
    if (await sql.upsertMemberInvitation(q, m.id, { ...x, id: invitationId(m.id, x.personId) })) added++;
  }
  for (const x of overseers) {
    if (await sql.inviteOverseer(q, m.id, { id: invitationId(m.id, x.person_id), personId: x.person_id, name: x.full_name })) added++;
  }
  return added;
}

/** Brings a planned meeting's roster up to date (nothing once the meeting is held). */
export async function refreshRoster(q: Queryable, m: MeetingRow): Promise<void> {
  if (live(m)) await autoInvite(q, m);
}

const ROLE_ORDER = { overseer: 0, member: 1, exempt: 2, guest: 3 } as const;

/**
 * Those invited to the meeting as a reader sees them: as stored, and for a planned meeting as autoInvite would
 * bring them up to date now (the same roster, the same ids), computed without writing anything.
 */
export async function liveInvitations(q: Queryable, m: MeetingRow): Promise<InvitationRow[]> {
  const stored = await loadInvitations(q, m.id);
  if (!live(m)) return stored;
  const roster = await rosterFor(q, m);
  const overseers = await sql.overseersOn(q, m.org_id, m.date);
  const onRoster = new Map(roster.map((r) => [r.personId, r]));
  const keep = new Set([m.chair_id, m.recorder_id].filter((x): x is string => !!x));
  let changed = false;
  const out: InvitationRow[] = [];
  for (const i of stored) {
    const isMember = (i.role === 'member' || i.role === 'exempt') && i.person_id !== null;
    const x = isMember ? onRoster.get(i.person_id!) : undefined;
    if (isMember && !x && i.status === null && !keep.has(i.person_id!)) {
      changed = true; // dropStaleInvitations
      continue;
    }
    if (x && (i.role !== x.role || i.name !== x.name || i.standing !== x.standing || i.member_state !== x.memberState || i.guest !== x.guest)) {
      changed = true; // upsertMemberInvitation, an existing member's invitation
      out.push({ ...i, role: x.role, name: x.name, standing: x.standing, member_state: x.memberState, guest: x.guest });
      continue;
    }
    out.push(i);
  }
  const invited = new Set(out.map((i) => i.person_id).filter((x): x is string => x !== null));
  const add = (i: Pick<InvitationRow, 'role' | 'name' | 'title' | 'standing' | 'member_state' | 'guest'> & { person_id: string }) => {
    out.push({ ...i, id: invitationId(m.id, i.person_id), partner_unit_id: null, status: null, reason: null, method: null, recorded_at: null });
    invited.add(i.person_id);
    changed = true;
  };
  for (const x of roster) {
    if (!invited.has(x.personId)) {
      add({ role: x.role, person_id: x.personId, name: x.name, title: null, standing: x.standing, member_state: x.memberState, guest: x.guest });
    }
  }
  for (const o of overseers) {
    if (!invited.has(o.person_id)) {
      add({ role: 'overseer', person_id: o.person_id, name: o.full_name, title: OVERSEER_TITLE, standing: null, member_state: null, guest: false });
    }
  }
  // In loadInvitations' order (role, then name) when anything differs from what is stored.
  return changed ? out.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : out;
}
