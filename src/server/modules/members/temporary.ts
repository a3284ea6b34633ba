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

type TempRow = { id: string; org_id: string; started_on: string; ended_on: string | null };

async function homeCell(q: Queryable, personId: string) {
  const m = await q.one<{ org_id: string }>(
    `SELECT ms.org_id FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
      WHERE ms.person_id = $1 AND ms.ended_on IS NULL AND ms.kind = 'official'
        AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')`,
    [personId],
  );
  if (!m) throw Conflict('member_not_active');
  return getOrg(q, m.org_id);
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
    const others = await q.query<TempRow>(
      `SELECT id, org_id, started_on::text AS started_on, ended_on::text AS ended_on FROM memberships
        WHERE person_id = $1 AND kind = 'temporary'`,
      [personId],
    );
    rule(() => checkTemporaryAttendance(
      { homeOrgId: home.id, hostOrgId: host.id, hostKind: host.kind, from: input.from, to: input.to },
      others.map((o) => ({ from: o.started_on, to: o.ended_on })),
    ));
    const reason = input.reason?.trim() || null;
    const r = await q.one<{ id: string }>(
      `INSERT INTO memberships (person_id, org_id, kind, started_on, ended_on, end_reason) VALUES ($1, $2, 'temporary', $3, $4, $5) RETURNING id`,
      [personId, host.id, input.from, input.to, reason],
    );
    const summary = `${home.name} → ${host.name}`;
    await audit(q, who, { action: 'member.temporary', entity: 'membership', entityId: r!.id, orgPath: home.path, summary, after: input });
    await audit(q, who, { action: 'member.temporary_in', entity: 'membership', entityId: r!.id, orgPath: host.path, summary, after: input });
    return memberProfile(q, who, personId);
  });
}

/** Ends a temporary attendance early (or moves its last day): the member is expected at home again after `lastDay`. */
export async function endTemporary(db: Db, who: Principal, personId: string, membershipId: string, lastDay: string) {
  if (!isIsoDate(lastDay)) throw Invalid('date_invalid', { value: lastDay });
  return db.tx(async (q) => {
    const t = await q.one<TempRow & { path: string }>(
      `SELECT ms.id, ms.org_id, ms.started_on::text AS started_on, ms.ended_on::text AS ended_on, o.path FROM memberships ms
         JOIN orgs o ON o.id = ms.org_id WHERE ms.id = $1 AND ms.person_id = $2 AND ms.kind = 'temporary'`,
      [membershipId, personId],
    );
    if (!t) throw new RuleRefusal(404, 'temporary_not_current', 'temporary_not_current');
    if (lastDay < t.started_on) throw Invalid('date_order', { from: 'Ngày bắt đầu', to: 'Ngày kết thúc' });
    await q.query('UPDATE memberships SET ended_on = $2 WHERE id = $1', [membershipId, lastDay]);
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
  const people = await db.query<{
    person_id: string; full_name: string; standing: string; kind: string; state: string; org_id: string; org_name: string;
    started_on: string; ended_on: string | null; other_id: string; other_name: string; other_path: string;
  }>(
    // Members of other cells attending a cell of this subtree, and members of this subtree attending elsewhere.
    `SELECT p.id AS person_id, p.full_name, mb.standing, 'here' AS kind, mb.state, t.org_id, o.name AS org_name,
            t.started_on::text AS started_on, t.ended_on::text AS ended_on, h.org_id AS other_id, ho.name AS other_name, ho.path AS other_path
       FROM memberships t JOIN orgs o ON o.id = t.org_id JOIN people p ON p.id = t.person_id JOIN members mb ON mb.person_id = t.person_id
       JOIN memberships h ON h.person_id = t.person_id AND h.kind = 'official' AND h.ended_on IS NULL JOIN orgs ho ON ho.id = h.org_id
      WHERE t.kind = 'temporary' AND o.path LIKE $1 AND t.started_on <= $2 AND (t.ended_on IS NULL OR t.ended_on >= $2)
        AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')
     UNION ALL
     SELECT p.id, p.full_name, mb.standing, 'away', mb.state, h.org_id, o.name, t.started_on::text, t.ended_on::text, t.org_id, ho.name, ho.path
       FROM memberships h JOIN orgs o ON o.id = h.org_id JOIN people p ON p.id = h.person_id JOIN members mb ON mb.person_id = h.person_id
       JOIN memberships t ON t.person_id = h.person_id AND t.kind = 'temporary' AND t.started_on <= $2 AND (t.ended_on IS NULL OR t.ended_on >= $2)
       JOIN orgs ho ON ho.id = t.org_id
      WHERE h.kind = 'official' AND h.ended_on IS NULL AND o.path LIKE $1 AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')
     ORDER BY 2`,
    [org.path + '%', date],
  );
  const suspended = await db.query<{ person_id: string; full_name: string; standing: string; org_id: string; org_name: string; since: string | null }>(
    `SELECT p.id AS person_id, p.full_name, mb.standing, o.id AS org_id, o.name AS org_name,
            (SELECT max(e.effective_on)::text FROM member_events e WHERE e.person_id = p.id AND e.kind = 'suspended') AS since
       FROM memberships h JOIN orgs o ON o.id = h.org_id JOIN people p ON p.id = h.person_id JOIN members mb ON mb.person_id = h.person_id
      WHERE h.kind = 'official' AND h.ended_on IS NULL AND o.path LIKE $1 AND mb.state = 'suspended' ORDER BY p.full_name`,
    [org.path + '%'],
  );
  const cells = org.kind === 'cell'
    ? [org]
    : await db.query<{ id: string; name: string; path: string }>(
      `SELECT id, name, path FROM orgs WHERE path LIKE $1 AND kind = 'cell' AND status = 'active' ORDER BY name`, [org.path + '%'],
    );
  const tooFew: { orgId: string; orgName: string; official: number }[] = [];
  let official = 0;
  for (const c of cells) {
    const entries = await rosterFor(db, { org_id: c.id, date });
    const few = tooFewOfficials(entries);
    if (org.kind === 'cell') official = entries.filter((e) => e.standing === 'official' && e.memberState !== 'elsewhere').length;
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
