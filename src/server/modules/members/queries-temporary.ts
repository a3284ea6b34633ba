import type { Queryable } from '../../db/index';

/** The SQL of temporary attendance (memberships of kind 'temporary') and of who a unit expects (temporary.ts), with its row types. */

export type TempRow = { id: string; org_id: string; started_on: string; ended_on: string | null };
export type StandingPersonRow = {
  person_id: string; full_name: string; standing: string; kind: string; state: string; org_id: string; org_name: string;
  started_on: string; ended_on: string | null; other_id: string; other_name: string; other_path: string;
};
export type SuspendedRow = { person_id: string; full_name: string; standing: string; org_id: string; org_name: string; since: string | null };

/** The unit of the person's open official membership, while they are a member in good standing or suspended. */
export const selectHomeCellId = async (q: Queryable, personId: string) =>
  (await q.one<{ org_id: string }>(
    `SELECT ms.org_id FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
      WHERE ms.person_id = $1 AND ms.ended_on IS NULL AND ms.kind = 'official'
        AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')`,
    [personId],
  ))?.org_id;

export const selectTemporaries = (q: Queryable, personId: string) =>
  q.query<TempRow>(
    `SELECT id, org_id, started_on::text AS started_on, ended_on::text AS ended_on FROM memberships
      WHERE person_id = $1 AND kind = 'temporary'`,
    [personId],
  );

export async function insertTemporary(q: Queryable, t: { personId: string; hostOrgId: string; from: string; to: string; reason: string | null }) {
  const row = await q.one<{ id: string }>(
    `INSERT INTO memberships (person_id, org_id, kind, started_on, ended_on, end_reason) VALUES ($1, $2, 'temporary', $3, $4, $5) RETURNING id`,
    [t.personId, t.hostOrgId, t.from, t.to, t.reason],
  );
  return row!.id;
}

/** One temporary attendance of the person, with the host unit's path. */
export const selectTemporary = (q: Queryable, membershipId: string, personId: string) =>
  q.one<TempRow & { path: string }>(
    `SELECT ms.id, ms.org_id, ms.started_on::text AS started_on, ms.ended_on::text AS ended_on, o.path FROM memberships ms
       JOIN orgs o ON o.id = ms.org_id WHERE ms.id = $1 AND ms.person_id = $2 AND ms.kind = 'temporary'`,
    [membershipId, personId],
  );

export async function setMembershipEnd(q: Queryable, membershipId: string, lastDay: string) {
  await q.query('UPDATE memberships SET ended_on = $2 WHERE id = $1', [membershipId, lastDay]);
}

/** On `date`: members of other cells attending a cell under `path` ('here'), and members under `path` attending elsewhere ('away'). */
export const selectTemporaryPeople = (q: Queryable, path: string, date: string) =>
  q.query<StandingPersonRow>(
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
    [path + '%', date],
  );

/** Suspended members under `path`, with the day of their latest suspension. */
export const selectSuspended = (q: Queryable, path: string) =>
  q.query<SuspendedRow>(
    `SELECT p.id AS person_id, p.full_name, mb.standing, o.id AS org_id, o.name AS org_name,
            (SELECT max(e.effective_on)::text FROM member_events e WHERE e.person_id = p.id AND e.kind = 'suspended') AS since
       FROM memberships h JOIN orgs o ON o.id = h.org_id JOIN people p ON p.id = h.person_id JOIN members mb ON mb.person_id = h.person_id
      WHERE h.kind = 'official' AND h.ended_on IS NULL AND o.path LIKE $1 AND mb.state = 'suspended' ORDER BY p.full_name`,
    [path + '%'],
  );

export const selectActiveCellsUnder = (q: Queryable, path: string) =>
  q.query<{ id: string; name: string; path: string }>(
    `SELECT id, name, path FROM orgs WHERE path LIKE $1 AND kind = 'cell' AND status = 'active' ORDER BY name`, [path + '%'],
  );
