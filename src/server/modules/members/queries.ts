import type { Queryable } from '../../db/index';
import type { Role } from '../../auth/policy';
import { foldVietnamese } from '../../../domain/text';

/** The members module's SQL (people, members, memberships as the profile and lists read them), with the row types it returns. */

export type ListRow = {
  id: string; full_name: string; birth_date: string | null; gender: string | null; ethnicity: string | null; phone: string | null;
  card_no: string | null; admission_date: string | null; official_date: string | null; standing: string; state: string;
  theory_level: string | null; dues_category: string; org_id: string; org_name: string; org_path: string; positions: string[];
};
export type ProfileRow = Record<string, unknown> & { id: string; full_name: string };
export type MembershipHistoryRow = {
  id: string; org_id: string; kind: string; started_on: string; ended_on: string | null; end_reason: string | null;
  org_name_then: string; org_name_now: string; org_status: string;
};
export type EventRow = {
  id: string; kind: string; effective_on: string; reason: string | null; decision_ref: string | null; from_name: string | null; to_name: string | null;
};
export type PositionRow = {
  id: string; org_id: string; org_name: string; title: string; term_label: string | null; started_on: string; ended_on: string | null;
};
export type PersonAccountRow = { id: string; username: string; disabled_at: Date | null; grants: { role: Role; orgPath: string | null }[] };

const LIST_SELECT = `
  SELECT p.id, p.full_name, p.birth_date, p.gender, p.ethnicity, p.phone, mb.card_no, mb.admission_date, mb.official_date,
         mb.standing, mb.state, mb.theory_level, mb.dues_category, o.id AS org_id, o.name AS org_name, o.path AS org_path,
         (SELECT coalesce(array_agg(ps.title ORDER BY ps.title), '{}') FROM positions ps
           WHERE ps.person_id = p.id AND ps.ended_on IS NULL) AS positions
    FROM memberships m
    JOIN people p ON p.id = m.person_id
    JOIN members mb ON mb.person_id = p.id
    JOIN orgs o ON o.id = m.org_id`;

/** A name filter without diacritics ("truong" finds "Lường Văn Trường"), its parameter added to `params`. */
function searchClause(q: string | undefined, params: unknown[]): string {
  const folded = q ? foldVietnamese(q) : '';
  if (!folded) return '';
  params.push(`%${folded.replace(/[%_\\]/g, (c) => '\\' + c)}%`);
  return ` AND p.name_search LIKE $${params.length}`;
}

/** The official members of the subtree under `path` (current ones unless `includeFormer`), filtered by name: the total and one page. */
export async function selectOrgMembersPage(
  q: Queryable, path: string, opts: { q?: string; includeFormer?: boolean }, page: number, pageSize: number,
): Promise<{ total: number; rows: ListRow[] }> {
  const params: unknown[] = [path + '%'];
  const current = opts.includeFormer ? '' : ` AND m.ended_on IS NULL AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')`;
  const where = ` WHERE o.path LIKE $1 AND m.kind = 'official'${current}${searchClause(opts.q, params)}`;
  const total = await q.one<{ n: number }>(
    `SELECT count(*) AS n FROM memberships m JOIN people p ON p.id = m.person_id JOIN members mb ON mb.person_id = p.id
       JOIN orgs o ON o.id = m.org_id ${where}`,
    params,
  );
  const rows = await q.query<ListRow>(
    `${LIST_SELECT} ${where} ORDER BY o.name, (SELECT min(CASE ps.title WHEN 'cell_secretary' THEN 1 WHEN 'cell_deputy' THEN 2
        WHEN 'cell_committee' THEN 3 ELSE 9 END) FROM positions ps WHERE ps.person_id = p.id AND ps.ended_on IS NULL) NULLS LAST,
        p.name_search LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    params,
  );
  return { total: total!.n, rows };
}

/** Current official members by name, everywhere (null prefixes) or under the given path prefixes. */
export function selectSearch(q: Queryable, prefixes: string[] | null, query: string, limit: number) {
  const params: unknown[] = [];
  let scope = '';
  if (prefixes) {
    params.push(prefixes.map((s) => s + '%'));
    scope = ` AND o.path LIKE ANY ($1::text[])`;
  }
  return q.query<ListRow>(
    `${LIST_SELECT} WHERE m.ended_on IS NULL AND m.kind = 'official'${scope}${searchClause(query, params)}
      ORDER BY p.name_search LIMIT ${limit}`,
    params,
  );
}

/** Whether a party card number is already someone's (other than `exceptPersonId`). */
export const cardTaken = async (q: Queryable, cardNo: string, exceptPersonId?: string) =>
  !!(exceptPersonId
    ? await q.one('SELECT 1 FROM members WHERE card_no = $1 AND person_id <> $2', [cardNo, exceptPersonId])
    : await q.one('SELECT 1 FROM members WHERE card_no = $1', [cardNo]));

export async function insertPerson(
  q: Queryable,
  p: {
    id: string; fullName: string; nameSearch: string; birthDate: string | null; gender: string | null; ethnicity: string | null;
    religion: string | null; phone: string | null; email: string | null; citizenId: string | null; address: string | null; education: string | null;
  },
) {
  await q.query(
    `INSERT INTO people (id, full_name, name_search, birth_date, gender, ethnicity, religion, phone, email, citizen_id, address, education)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [p.id, p.fullName, p.nameSearch, p.birthDate, p.gender, p.ethnicity, p.religion, p.phone, p.email, p.citizenId, p.address, p.education],
  );
}

export async function insertMemberRecord(
  q: Queryable,
  m: {
    personId: string; cardNo: string | null; admissionDate: string | null; officialDate: string | null; standing: string;
    theoryLevel: string | null; duesCategory: string; duesBase: number | null;
  },
) {
  await q.query(
    `INSERT INTO members (person_id, card_no, admission_date, official_date, standing, theory_level, dues_category, dues_base)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [m.personId, m.cardNo, m.admissionDate, m.officialDate, m.standing, m.theoryLevel, m.duesCategory, m.duesBase],
  );
}

export async function insertOfficialMembership(q: Queryable, personId: string, orgId: string, startedOn: string) {
  await q.query(`INSERT INTO memberships (person_id, org_id, kind, started_on) VALUES ($1, $2, 'official', $3)`, [personId, orgId, startedOn]);
}

export const selectProfile = (q: Queryable, personId: string) =>
  q.one<ProfileRow>(
    `SELECT p.*, mb.card_no, mb.admission_date, mb.official_date, mb.standing, mb.state, mb.theory_level, mb.dues_category, mb.dues_base
       FROM people p LEFT JOIN members mb ON mb.person_id = p.id WHERE p.id = $1`,
    [personId],
  );

/** Each unit the person belonged to, under the name it had when they left it (or today's name if still there); latest first. */
export const selectMembershipHistory = (q: Queryable, personId: string) =>
  q.query<MembershipHistoryRow>(
    `SELECT m.id, m.org_id, m.kind, m.started_on, m.ended_on, m.end_reason, o.name AS org_name_now, o.status AS org_status,
            coalesce((SELECT n.name FROM org_names n WHERE n.org_id = m.org_id
                       AND n.valid_from <= coalesce(m.ended_on, CURRENT_DATE) ORDER BY n.valid_from DESC LIMIT 1), o.name)
              AS org_name_then
       FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.person_id = $1
      ORDER BY m.started_on DESC, m.ended_on DESC NULLS FIRST`,
    [personId],
  );

/** The person's events, latest first, with the units' names as they were on the day. */
export const selectEvents = (q: Queryable, personId: string) =>
  q.query<EventRow>(
    `SELECT e.id, e.kind, e.effective_on, e.reason, e.decision_ref,
            (SELECT n.name FROM org_names n WHERE n.org_id = e.from_org_id AND n.valid_from <= e.effective_on
              ORDER BY n.valid_from DESC LIMIT 1) AS from_name,
            (SELECT n.name FROM org_names n WHERE n.org_id = e.to_org_id AND n.valid_from <= e.effective_on
              ORDER BY n.valid_from DESC LIMIT 1) AS to_name
       FROM member_events e WHERE e.person_id = $1 ORDER BY e.effective_on DESC, e.created_at DESC`,
    [personId],
  );

/** The person's positions, current ones first. */
export const selectPositions = (q: Queryable, personId: string) =>
  q.query<PositionRow>(
    `SELECT ps.id, ps.org_id, o.name AS org_name, ps.title, ps.term_label, ps.started_on, ps.ended_on
       FROM positions ps JOIN orgs o ON o.id = ps.org_id WHERE ps.person_id = $1 ORDER BY ps.ended_on IS NULL DESC, ps.started_on DESC`,
    [personId],
  );

/** The person's login account with its grants (role and unit path), if any. */
export const selectAccountOf = (q: Queryable, personId: string) =>
  q.one<PersonAccountRow>(
    `SELECT a.id, a.username, a.disabled_at,
            coalesce((SELECT json_agg(json_build_object('role', g.role, 'orgPath', o.path)) FROM grants g
                        LEFT JOIN orgs o ON o.id = g.org_id WHERE g.account_id = a.id), '[]') AS grants
       FROM accounts a WHERE a.person_id = $1`,
    [personId],
  );

export const selectOrgPath = async (q: Queryable, orgId: string) =>
  (await q.one<{ path: string }>('SELECT path FROM orgs WHERE id = $1', [orgId]))?.path ?? null;

/** Sets the given columns (names from the module's own field tables, never from input) of one row of `people` or `members`. */
export async function updateColumns(q: Queryable, table: 'people' | 'members', personId: string, values: [column: string, value: unknown][]) {
  if (!values.length) return;
  const key = table === 'people' ? 'id' : 'person_id';
  const sets = values.map(([col], i) => `${col} = $${i + 2}`);
  await q.query(`UPDATE ${table} SET ${sets.join(', ')}, updated_at = now() WHERE ${key} = $1`, [personId, ...values.map(([, v]) => v)]);
}

/** The path of the person's unit: a current membership first, else the latest. */
export const selectPersonOrgPath = async (q: Queryable, personId: string) =>
  (await q.one<{ path: string }>(
    `SELECT o.path FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.person_id = $1
      ORDER BY m.ended_on IS NULL DESC, m.started_on DESC LIMIT 1`,
    [personId],
  ))?.path ?? null;

// Events, transfers and positions (events.ts).

export const selectCurrentCellId = async (q: Queryable, personId: string) =>
  (await q.one<{ org_id: string }>(`SELECT org_id FROM memberships WHERE person_id = $1 AND ended_on IS NULL AND kind = 'official'`, [personId]))
    ?.org_id;

export const selectStatus = (q: Queryable, personId: string) =>
  q.one<{ standing: string; state: string }>('SELECT standing, state FROM members WHERE person_id = $1', [personId]);

export async function setStanding(q: Queryable, personId: string, standing: string, officialDate: string) {
  await q.query(`UPDATE members SET standing = $2, official_date = $3, updated_at = now() WHERE person_id = $1`, [personId, standing, officialDate]);
}

export async function setState(q: Queryable, personId: string, state: string) {
  await q.query('UPDATE members SET state = $2, updated_at = now() WHERE person_id = $1', [personId, state]);
}

/** Ends every open membership of the person (the reason written on them). */
export async function endMemberships(q: Queryable, personId: string, on: string, reason: string) {
  await q.query(`UPDATE memberships SET ended_on = $2, end_reason = $3 WHERE person_id = $1 AND ended_on IS NULL`, [personId, on, reason]);
}

/** Ends the person's open positions (in one unit when `orgId` is given). */
export async function endPositionsOf(q: Queryable, personId: string, on: string, orgId?: string) {
  if (orgId) {
    await q.query('UPDATE positions SET ended_on = $3 WHERE person_id = $1 AND org_id = $2 AND ended_on IS NULL', [personId, orgId, on]);
  } else {
    await q.query('UPDATE positions SET ended_on = $2 WHERE person_id = $1 AND ended_on IS NULL', [personId, on]);
  }
}

/** The record's own events, dated as the record says: the admission (kết nạp) and the recognition as official. */
export type RecordEventKind = 'admitted' | 'made_official';

export async function insertRecordEvent(
  q: Queryable,
  e: { personId: string; kind: RecordEventKind; effectiveOn: string; decisionRef: string | null; toOrgId: string | null; createdBy: string | null },
) {
  await q.query(
    `INSERT INTO member_events (person_id, kind, effective_on, decision_ref, to_org_id, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [e.personId, e.kind, e.effectiveOn, e.decisionRef, e.toOrgId, e.createdBy],
  );
}

/** Moves the record's event to the record's new date (null removes it); returns how many events it changed. */
export async function moveRecordEvent(q: Queryable, personId: string, kind: RecordEventKind, effectiveOn: string | null): Promise<number> {
  const rows = effectiveOn === null
    ? await q.query<{ id: string }>('DELETE FROM member_events WHERE person_id = $1 AND kind = $2 RETURNING id', [personId, kind])
    : await q.query<{ id: string }>('UPDATE member_events SET effective_on = $3 WHERE person_id = $1 AND kind = $2 RETURNING id',
      [personId, kind, effectiveOn]);
  return rows.length;
}

export async function insertEvent(
  q: Queryable,
  e: { personId: string; kind: string; effectiveOn: string; reason: string | null; decisionRef: string | null; fromOrgId: string | null; createdBy: string },
) {
  await q.query(
    `INSERT INTO member_events (person_id, kind, effective_on, reason, decision_ref, from_org_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.personId, e.kind, e.effectiveOn, e.reason, e.decisionRef, e.fromOrgId, e.createdBy],
  );
}

export const selectFullName = async (q: Queryable, personId: string) =>
  (await q.one<{ full_name: string }>('SELECT full_name FROM people WHERE id = $1', [personId]))?.full_name;

export async function insertPosition(
  q: Queryable, p: { personId: string; orgId: string; title: string; termLabel: string | null; startedOn: string },
): Promise<string> {
  const row = await q.one<{ id: string }>(
    `INSERT INTO positions (person_id, org_id, title, term_label, started_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [p.personId, p.orgId, p.title, p.termLabel, p.startedOn],
  );
  return row!.id;
}

export const selectOpenPosition = (q: Queryable, positionId: string) =>
  q.one<{ person_id: string; started_on: string; org_id: string }>(
    'SELECT person_id, started_on, org_id FROM positions WHERE id = $1 AND ended_on IS NULL', [positionId],
  );

export async function endPositionById(q: Queryable, positionId: string, endedOn: string) {
  await q.query('UPDATE positions SET ended_on = $2 WHERE id = $1', [positionId, endedOn]);
}
