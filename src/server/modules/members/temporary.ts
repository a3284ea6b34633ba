// Temporary attendance in another cell (sinh hoạt đảng tạm thời) and who a cell expects on a date: members of
// other cells attending here, its own members attending elsewhere, suspended members, and the Charter's warning
// for a cell with fewer than 3 official members. The rules are in src/domain (members.ts, meetings/roster.ts).
import type { Db, Queryable } from '../../db/index';
import { can, type Principal } from '../../auth/policy';
import { Conflict, Forbidden, Invalid, RuleRefusal } from '../../errors';
import { audit } from '../../audit';
import { isIsoDate, todayVn } from '../../../domain/dates';
import { checkTemporaryAttendance } from '../../../domain/members';
import { MIN_OFFICIAL_MEMBERS, tooFewOfficials } from '../../../domain/meetings/roster';
import { getOrg } from '../orgs/service';
import { rosterFor } from '../meetings/prep';
import { rule } from '../meetings/common';
import { memberProfile } from './service';
import * as sql from './queries-temporary';

async function homeCell(q: Queryable, personId: string) {
  const orgId = await sql.selectHomeCellId(q, personId);
  if (!orgId) throw Conflict('member_not_active');
  return getOrg(q, orgId);
}

/**
 * Records that a member attends another cell temporarily from `from` to `to` (both days included): from then the
 * host cell summons the member and the home cell lists the member as attending elsewhere, out of its voting base.
 * Receiving a member is a write on the host cell too (as a transfer is).
 */
export async function recordTemporary(
  db: Db, who: Principal, personId: string, input: { hostOrgId: string; from: string; to: string; reason?: string | null },
) {
  return db.tx(async (q) => {
    const home = await homeCell(q, personId);
    const host = await getOrg(q, input.hostOrgId);
    if (host.status !== 'active') throw Conflict('org_inactive');
    if (!can(who, 'member.manage', { orgPath: host.path })) throw Forbidden();
    const others = await sql.selectTemporaries(q, personId);
    rule(() => checkTemporaryAttendance(
      { homeOrgId: home.id, hostOrgId: host.id, hostKind: host.kind, from: input.from, to: input.to },
      others.map((o) => ({ from: o.started_on, to: o.ended_on })),
    ));
    const reason = input.reason?.trim() || null;
    const id = await sql.insertTemporary(q, { personId, hostOrgId: host.id, from: input.from, to: input.to, reason });
    const summary = `${home.name} → ${host.name}`;
    await audit(q, who, { action: 'member.temporary', entity: 'membership', entityId: id, orgPath: home.path, summary, after: input });
    await audit(q, who, { action: 'member.temporary_in', entity: 'membership', entityId: id, orgPath: host.path, summary, after: input });
    return memberProfile(q, who, personId);
  });
}

/** Ends a temporary attendance early (or moves its last day): the member is expected at home again after `lastDay`. */
export async function endTemporary(db: Db, who: Principal, personId: string, membershipId: string, lastDay: string) {
  if (!isIsoDate(lastDay)) throw Invalid('date_invalid', { value: lastDay });
  return db.tx(async (q) => {
    const t = await sql.selectTemporary(q, membershipId, personId);
    if (!t) throw new RuleRefusal(404, 'temporary_not_current', 'temporary_not_current');
    if (lastDay < t.started_on) throw Invalid('date_order', { from: 'Ngày bắt đầu', to: 'Ngày kết thúc' });
    await sql.setMembershipEnd(q, membershipId, lastDay);
    await audit(q, who, {
      action: 'member.temporary_end', entity: 'membership', entityId: membershipId, orgPath: t.path,
      before: { to: t.ended_on }, after: { to: lastDay },
    });
    return memberProfile(q, who, personId);
  });
}

/**
 * Who a unit expects on a date beyond its own active members: a cell lists members of other cells attending here
 * temporarily, its members attending elsewhere, suspended members, and the Charter's warning when it has fewer
 * than 3 official members (`tooFewOfficials`); a committee lists the cells under it that have fewer than 3.
 */
export async function unitStanding(db: Queryable, orgId: string, date = todayVn()) {
  const org = await getOrg(db, orgId);
  const people = await sql.selectTemporaryPeople(db, org.path, date);
  const suspended = await sql.selectSuspended(db, org.path);
  const cells = org.kind === 'cell' ? [org] : await sql.selectActiveCellsUnder(db, org.path);
  const tooFew: { orgId: string; orgName: string; official: number }[] = [];
  let official = 0;
  for (const c of cells) {
    const entries = await rosterFor(db, { org_id: c.id, date });
    const few = tooFewOfficials(entries);
    if (org.kind === 'cell') official = entries.filter((e) => e.standing === 'official' && !e.guest).length;
    if (few) tooFew.push({ orgId: c.id, orgName: c.name, official: few.official });
  }
  const line = (r: (typeof people)[number]) => ({
    personId: r.person_id, name: r.full_name, standing: r.standing, state: r.state, orgId: r.org_id, orgName: r.org_name,
    from: r.started_on, to: r.ended_on, otherOrgId: r.other_id, otherOrgName: r.other_name,
  });
  return {
    date,
    minimum: MIN_OFFICIAL_MEMBERS,
    official: org.kind === 'cell' ? official : null,
    tooFew,
    attendingHere: people.filter((r) => r.kind === 'here').map(line),
    attendingElsewhere: people.filter((r) => r.kind === 'away').map(line),
    suspended: suspended.map((r) => ({
      personId: r.person_id, name: r.full_name, standing: r.standing, orgId: r.org_id, orgName: r.org_name, since: r.since,
    })),
  };
}
