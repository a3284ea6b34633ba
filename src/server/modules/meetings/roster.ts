// Who a meeting summons: one rule (planRoster, in the domain) over the facts fetched here — the cell's roster on the
// meeting's date (rosterFor), the committee members in charge, those invited so far. A write stores its plan (autoInvite,
// refreshRoster, run by every write: loadEditable); a reader is shown the same plan without writing it (liveInvitations):
// the meeting page, the dues list and "my meetings" show the roster the meeting's next write will store.
import crypto from 'node:crypto';
import type { Queryable } from '../../db/index';
import { planRoster, rosterEntry, type RosterEntry, type RosterFacts, type StoredInvitation } from '../../../domain/meetings/index';
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

/** What of a meeting its roster depends on. */
export type RosterMeeting = Pick<MeetingRow, 'id' | 'status' | 'org_id' | 'date' | 'chair_id' | 'recorder_id'>;

const live = (m: Pick<MeetingRow, 'status'>) => m.status === 'planned' || m.status === 'moved';

/** The facts a meeting's roster is planned from, fetched: its cell's roster and overseers on its date, those invited so far. */
async function rosterFacts(q: Queryable, m: RosterMeeting): Promise<RosterFacts<StoredInvitation & { row: InvitationRow }>> {
  const stored = await loadInvitations(q, m.id);
  const roster = await rosterFor(q, m);
  const overseers = await sql.overseersOn(q, m.org_id, m.date);
  return {
    live: live(m),
    roster,
    overseers: overseers.map((o) => ({ personId: o.person_id, name: o.full_name })),
    keep: [m.chair_id, m.recorder_id],
    invited: stored.map((i) => ({
      role: i.role, personId: i.person_id, name: i.name, standing: i.standing, memberState: i.member_state, guest: i.guest,
      // attendance.status is never null: a row of loadInvitations' join without one has nothing recorded.
      recorded: i.status !== null, row: i,
    })),
  };
}

/**
 * Summons the cell's members (listing those not summoned: exempt, suspended, attending elsewhere) and the
 * committee members in charge of the cell, as the roster's rule plans them (planRoster): until the meeting is
 * held the roster follows the members; once held, only a committee member in charge not yet invited is added.
 * Stores the plan and returns how many invitations it added.
 */
export async function autoInvite(q: Queryable, m: RosterMeeting): Promise<number> {
  const plan = planRoster(await rosterFacts(q, m));
  if (plan.drop.length) await sql.deleteInvitations(q, m.id, plan.drop.map((i) => i.row.id));
  for (const { invitation, entry } of plan.update) await sql.updateMemberInvitation(q, m.id, invitation.row.id, entry);
  return sql.insertInvitations(q, m.id, plan.add.map((x) => ({ ...x, id: invitationId(m.id, x.personId) })));
}

/** Brings a planned meeting's roster up to date (nothing once the meeting is held). */
export async function refreshRoster(q: Queryable, m: RosterMeeting): Promise<void> {
  if (live(m)) await autoInvite(q, m);
}

const ROLE_ORDER = { overseer: 0, member: 1, exempt: 2, guest: 3 } as const;

/**
 * Those invited to the meeting as a reader sees them: as stored, and for a planned meeting as autoInvite would
 * store them now — the same plan (planRoster), the same ids — computed without writing anything.
 */
export async function liveInvitations(q: Queryable, m: RosterMeeting): Promise<InvitationRow[]> {
  if (!live(m)) return loadInvitations(q, m.id);
  const facts = await rosterFacts(q, m);
  const plan = planRoster(facts);
  const stored = facts.invited.map((i) => i.row);
  if (!plan.drop.length && !plan.update.length && !plan.add.length) return stored;
  const dropped = new Set(plan.drop.map((i) => i.row.id));
  const updated = new Map(plan.update.map(({ invitation, entry }) => [invitation.row.id, entry]));
  const out: InvitationRow[] = stored.filter((i) => !dropped.has(i.id)).map((i) => {
    const x = updated.get(i.id);
    return x ? { ...i, role: x.role, name: x.name, standing: x.standing, member_state: x.memberState, guest: x.guest } : i;
  });
  for (const x of plan.add) {
    out.push({
      id: invitationId(m.id, x.personId), role: x.role, person_id: x.personId, partner_unit_id: null, name: x.name, title: x.title,
      standing: x.standing, member_state: x.memberState, guest: x.guest, status: null, reason: null, method: null, recorded_at: null,
    });
  }
  // In loadInvitations' order (role, then name) when anything differs from what is stored.
  return out.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
