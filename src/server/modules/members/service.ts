import crypto from 'node:crypto';
import type { Db, Queryable } from '../../db/index';
import { can, scopesFor, type Principal, type Role } from '../../auth/policy';
import { Conflict, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { cleanName, foldVietnamese } from '../../../domain/text';
import { isIsoDate } from '../../../domain/dates';
import { getOrg } from '../orgs/service';
import { checkDuesBase, duesBaseApplies } from '../../../domain/meetings/dues';
import { rule } from '../meetings/common';

import {
  DUES_CATEGORIES, EVENT_KINDS, POSITION_TITLES, STANDINGS, STATES, THEORY_LEVELS, type EventKind,
} from '../../../domain/members';

export { DUES_CATEGORIES, EVENT_KINDS, POSITION_TITLES, STANDINGS, STATES, THEORY_LEVELS, type EventKind };

export type MemberInput = {
  fullName: string;
  birthDate?: string | null;
  gender?: 'male' | 'female' | null;
  ethnicity?: string | null;
  religion?: string | null;
  phone?: string | null;
  email?: string | null;
  citizenId?: string | null;
  address?: string | null;
  education?: string | null;
  cardNo?: string | null;
  admissionDate?: string | null;
  officialDate?: string | null;
  standing: (typeof STANDINGS)[number];
  theoryLevel?: (typeof THEORY_LEVELS)[number] | null;
  duesCategory?: (typeof DUES_CATEGORIES)[number];
  duesBase?: number | null;
};

const LIST_SELECT = `
  SELECT p.id, p.full_name, p.birth_date, p.gender, p.ethnicity, p.phone, mb.card_no, mb.admission_date, mb.official_date,
         mb.standing, mb.state, mb.theory_level, mb.dues_category, o.id AS org_id, o.name AS org_name, o.path AS org_path,
         (SELECT coalesce(array_agg(ps.title ORDER BY ps.title), '{}') FROM positions ps
           WHERE ps.person_id = p.id AND ps.ended_on IS NULL) AS positions
    FROM memberships m
    JOIN people p ON p.id = m.person_id
    JOIN members mb ON mb.person_id = p.id
    JOIN orgs o ON o.id = m.org_id`;

type ListRow = {
  id: string; full_name: string; birth_date: string | null; gender: string | null; ethnicity: string | null; phone: string | null;
  card_no: string | null; admission_date: string | null; official_date: string | null; standing: string; state: string;
  theory_level: string | null; dues_category: string; org_id: string; org_name: string; org_path: string; positions: string[];
};

/** A list row. Without member.read on the unit (an ordinary member) only the name and standing show. */
export function presentListRow(r: ListRow, full: boolean) {
  return {
    personId: r.id,
    fullName: r.full_name,
    standing: r.standing,
    state: r.state,
    orgId: r.org_id,
    orgName: r.org_name,
    positions: r.positions ?? [],
    ...(full
      ? {
          birthDate: r.birth_date, gender: r.gender, ethnicity: r.ethnicity, phone: r.phone, cardNo: r.card_no,
          admissionDate: r.admission_date, officialDate: r.official_date, theoryLevel: r.theory_level, duesCategory: r.dues_category,
        }
      : {}),
  };
}

function searchClause(q: string | undefined, params: unknown[]): string {
  const folded = q ? foldVietnamese(q) : '';
  if (!folded) return '';
  params.push(`%${folded.replace(/[%_\\]/g, (c) => '\\' + c)}%`);
  return ` AND p.name_search LIKE $${params.length}`;
}

/** Members of a unit (and its subtree), current by default. */
export async function listOrgMembers(
  db: Queryable, who: Principal, orgId: string,
  opts: { q?: string; includeFormer?: boolean; page?: number; pageSize?: number } = {},
) {
  const org = await getOrg(db, orgId);
  const params: unknown[] = [org.path + '%'];
  const current = opts.includeFormer ? '' : ` AND m.ended_on IS NULL AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')`;
  const where = ` WHERE o.path LIKE $1 AND m.kind = 'official'${current}${searchClause(opts.q, params)}`;
  const total = await db.one<{ n: number }>(
    `SELECT count(*) AS n FROM memberships m JOIN people p ON p.id = m.person_id JOIN members mb ON mb.person_id = p.id
       JOIN orgs o ON o.id = m.org_id ${where}`,
    params,
  );
  const pageSize = opts.pageSize ?? 50;
  const page = opts.page ?? 1;
  const rows = await db.query<ListRow>(
    `${LIST_SELECT} ${where} ORDER BY o.name, (SELECT min(CASE ps.title WHEN 'cell_secretary' THEN 1 WHEN 'cell_deputy' THEN 2
        WHEN 'cell_committee' THEN 3 ELSE 9 END) FROM positions ps WHERE ps.person_id = p.id AND ps.ended_on IS NULL) NULLS LAST,
        p.name_search LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    params,
  );
  const full = can(who, 'member.read', { orgPath: org.path });
  return {
    total: total!.n,
    page,
    pageSize,
    items: rows.map((r) => presentListRow(r, full || r.id === who.personId)),
  };
}

/** Search across every unit the caller may see; "truong" finds "Lường Văn Trường". */
export async function searchMembers(db: Db, who: Principal, q: string, limit = 30) {
  const scopes = scopesFor(who, 'org.read');
  if (scopes && scopes.length === 0) return [];
  const params: unknown[] = [];
  let scope = '';
  if (scopes) {
    params.push(scopes.map((s) => s + '%'));
    scope = ` AND o.path LIKE ANY ($1::text[])`;
  }
  const rows = await db.query<ListRow>(
    `${LIST_SELECT} WHERE m.ended_on IS NULL AND m.kind = 'official'${scope}${searchClause(q, params)}
      ORDER BY p.name_search LIMIT ${limit}`,
    params,
  );
  return rows.map((r) => presentListRow(r, can(who, 'member.read', { orgPath: r.org_path }) || r.id === who.personId));
}

function checkDates(input: Partial<MemberInput>) {
  for (const key of ['birthDate', 'admissionDate', 'officialDate'] as const) {
    const v = input[key];
    if (v && !isIsoDate(v)) throw Invalid('date_invalid', { value: v });
  }
  if (input.admissionDate && input.officialDate && input.officialDate < input.admissionDate) {
    throw Invalid('date_order', { from: 'Ngày vào Đảng', to: 'Ngày chính thức' });
  }
}

/** Inserts a person, their party record and their membership of a cell. Used by the form and by import. */
export async function insertMember(q: Queryable, orgId: string, input: MemberInput, joinedOn: string): Promise<string> {
  checkDates(input);
  rule(() => checkDuesBase(input.duesCategory ?? 'working_age', input.duesBase));
  const org = await getOrg(q, orgId);
  if (org.kind !== 'cell') throw Invalid('member_target_not_cell');
  if (org.status !== 'active') throw Conflict('org_inactive');
  if (input.cardNo) {
    const taken = await q.one('SELECT 1 FROM members WHERE card_no = $1', [input.cardNo]);
    if (taken) throw Conflict('card_taken', { card: input.cardNo });
  }
  const id = crypto.randomUUID();
  const fullName = cleanName(input.fullName);
  await q.query(
    `INSERT INTO people (id, full_name, name_search, birth_date, gender, ethnicity, religion, phone, email, citizen_id, address, education)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [id, fullName, foldVietnamese(fullName), input.birthDate ?? null, input.gender ?? null, input.ethnicity ?? null,
      input.religion ?? null, input.phone ?? null, input.email ?? null, input.citizenId ?? null, input.address ?? null,
      input.education ?? null],
  );
  await q.query(
    `INSERT INTO members (person_id, card_no, admission_date, official_date, standing, theory_level, dues_category, dues_base)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, input.cardNo || null, input.admissionDate ?? null, input.officialDate ?? null, input.standing,
      input.theoryLevel ?? null, input.duesCategory ?? 'working_age', input.duesBase ?? null],
  );
  await q.query(`INSERT INTO memberships (person_id, org_id, kind, started_on) VALUES ($1, $2, 'official', $3)`, [id, orgId, joinedOn]);
  return id;
}

export async function createMember(db: Db, who: Principal, orgId: string, input: MemberInput, joinedOn: string) {
  return db.tx(async (q) => {
    const id = await insertMember(q, orgId, input, joinedOn);
    const org = await getOrg(q, orgId);
    await audit(q, who, { action: 'member.create', entity: 'member', entityId: id, orgPath: org.path, summary: input.fullName, after: input });
    return memberProfile(q, who, id);
  });
}

export async function memberProfile(q: Queryable, who: Principal, personId: string) {
  const p = await q.one<Record<string, unknown> & { id: string; full_name: string }>(
    `SELECT p.*, mb.card_no, mb.admission_date, mb.official_date, mb.standing, mb.state, mb.theory_level, mb.dues_category, mb.dues_base
       FROM people p LEFT JOIN members mb ON mb.person_id = p.id WHERE p.id = $1`,
    [personId],
  );
  if (!p) throw NotFound('person_not_found');
  const [memberships, events, positions, account] = await Promise.all([
    // Each past unit under the name it had when the member left it (or today's name if still there).
    q.query<{ id: string; org_id: string; kind: string; started_on: string; ended_on: string | null; end_reason: string | null;
      org_name_then: string; org_name_now: string; org_status: string }>(
      `SELECT m.id, m.org_id, m.kind, m.started_on, m.ended_on, m.end_reason, o.name AS org_name_now, o.status AS org_status,
              coalesce((SELECT n.name FROM org_names n WHERE n.org_id = m.org_id
                         AND n.valid_from <= coalesce(m.ended_on, CURRENT_DATE) ORDER BY n.valid_from DESC LIMIT 1), o.name)
                AS org_name_then
         FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.person_id = $1
        ORDER BY m.started_on DESC, m.ended_on DESC NULLS FIRST`,
      [personId],
    ),
    q.query<{ id: string; kind: string; effective_on: string; reason: string | null; decision_ref: string | null;
      from_name: string | null; to_name: string | null }>(
      `SELECT e.id, e.kind, e.effective_on, e.reason, e.decision_ref,
              (SELECT n.name FROM org_names n WHERE n.org_id = e.from_org_id AND n.valid_from <= e.effective_on
                ORDER BY n.valid_from DESC LIMIT 1) AS from_name,
              (SELECT n.name FROM org_names n WHERE n.org_id = e.to_org_id AND n.valid_from <= e.effective_on
                ORDER BY n.valid_from DESC LIMIT 1) AS to_name
         FROM member_events e WHERE e.person_id = $1 ORDER BY e.effective_on DESC, e.created_at DESC`,
      [personId],
    ),
    q.query<{ id: string; org_id: string; org_name: string; title: string; term_label: string | null; started_on: string;
      ended_on: string | null }>(
      `SELECT ps.id, ps.org_id, o.name AS org_name, ps.title, ps.term_label, ps.started_on, ps.ended_on
         FROM positions ps JOIN orgs o ON o.id = ps.org_id WHERE ps.person_id = $1 ORDER BY ps.ended_on IS NULL DESC, ps.started_on DESC`,
      [personId],
    ),
    q.one<{ id: string; username: string; disabled_at: Date | null; grants: { role: Role; orgPath: string | null }[] }>(
      `SELECT a.id, a.username, a.disabled_at,
              coalesce((SELECT json_agg(json_build_object('role', g.role, 'orgPath', o.path)) FROM grants g
                          LEFT JOIN orgs o ON o.id = g.org_id WHERE g.account_id = a.id), '[]') AS grants
         FROM accounts a WHERE a.person_id = $1`,
      [personId],
    ),
  ]);
  const current = memberships.find((m) => m.ended_on === null && m.kind === 'official') ?? null;
  const orgPath = current
    ? (await q.one<{ path: string }>('SELECT path FROM orgs WHERE id = $1', [current.org_id]))?.path ?? null
    : null;
  return {
    personId: p.id,
    fullName: p.full_name,
    birthDate: p.birth_date as string | null,
    gender: p.gender as string | null,
    ethnicity: p.ethnicity as string | null,
    religion: p.religion as string | null,
    phone: p.phone as string | null,
    email: p.email as string | null,
    citizenId: p.citizen_id as string | null,
    address: p.address as string | null,
    education: p.education as string | null,
    cardNo: p.card_no as string | null,
    admissionDate: p.admission_date as string | null,
    officialDate: p.official_date as string | null,
    standing: p.standing as string | null,
    state: p.state as string | null,
    theoryLevel: p.theory_level as string | null,
    duesCategory: p.dues_category as string | null,
    duesBase: p.dues_base as number | null,
    currentOrgId: current?.org_id ?? null,
    currentOrgName: current?.org_name_now ?? null,
    memberships: memberships.map((m) => ({
      id: m.id, orgId: m.org_id, orgName: m.org_name_then, orgNameNow: m.org_name_now, orgStatus: m.org_status, kind: m.kind,
      startedOn: m.started_on, endedOn: m.ended_on, endReason: m.end_reason,
    })),
    events: events.map((e) => ({
      id: e.id, kind: e.kind, effectiveOn: e.effective_on, reason: e.reason, decisionRef: e.decision_ref,
      fromOrgName: e.from_name, toOrgName: e.to_name,
    })),
    positions: positions.map((x) => ({
      positionId: x.id, orgId: x.org_id, orgName: x.org_name, title: x.title, termLabel: x.term_label, startedOn: x.started_on,
      endedOn: x.ended_on,
    })),
    account: account ? { accountId: account.id, username: account.username, disabled: account.disabled_at !== null } : null,
    can: {
      manage: orgPath !== null && can(who, 'member.manage', { orgPath }),
      manageAccount: orgPath !== null && can(who, 'account.manage', { orgPath, accountGrants: account?.grants ?? [] }),
    },
  };
}

const PERSON_FIELDS: Record<string, string> = {
  fullName: 'full_name', birthDate: 'birth_date', gender: 'gender', ethnicity: 'ethnicity', religion: 'religion', phone: 'phone',
  email: 'email', citizenId: 'citizen_id', address: 'address', education: 'education',
};
const MEMBER_FIELDS: Record<string, string> = {
  cardNo: 'card_no', admissionDate: 'admission_date', officialDate: 'official_date', theoryLevel: 'theory_level',
  duesCategory: 'dues_category', duesBase: 'dues_base',
};

export async function updateMember(db: Db, who: Principal, personId: string, input: Partial<MemberInput>) {
  checkDates(input);
  return db.tx(async (q) => {
    const before = await memberProfile(q, who, personId);
    // The declared base belongs to salaried members and pensioners only (QĐ 342-QĐ/TW; domain rule checkDuesBase);
    // a member moved to a fixed-amount category loses the base.
    const category = input.duesCategory ?? before.duesCategory ?? 'working_age';
    if ('duesBase' in input) rule(() => checkDuesBase(category, input.duesBase));
    else if (input.duesCategory && !duesBaseApplies(category) && before.duesBase !== null) input = { ...input, duesBase: null };
    if (input.cardNo) {
      const taken = await q.one('SELECT 1 FROM members WHERE card_no = $1 AND person_id <> $2', [input.cardNo, personId]);
      if (taken) throw Conflict('card_taken', { card: input.cardNo });
    }
    for (const [fields, table, key] of [[PERSON_FIELDS, 'people', 'id'], [MEMBER_FIELDS, 'members', 'person_id']] as const) {
      const sets: string[] = [];
      const params: unknown[] = [personId];
      for (const [k, col] of Object.entries(fields)) {
        if (!(k in input)) continue;
        let v = (input as Record<string, unknown>)[k];
        if (k === 'fullName') {
          v = cleanName(String(v));
          params.push(foldVietnamese(String(v)));
          sets.push(`name_search = $${params.length}`);
        }
        params.push(v === '' ? null : v);
        sets.push(`${col} = $${params.length}`);
      }
      if (sets.length) await q.query(`UPDATE ${table} SET ${sets.join(', ')}, updated_at = now() WHERE ${key} = $1`, params);
    }
    const after = await memberProfile(q, who, personId);
    await audit(q, who, {
      action: 'member.update', entity: 'member', entityId: personId, orgPath: await personOrgPath(q, personId),
      summary: after.fullName, before: pickChanged(before, input), after: pickChanged(after, input),
    });
    return after;
  });
}

function pickChanged(profile: Record<string, unknown>, input: object) {
  return Object.fromEntries(Object.keys(input).map((k) => [k, profile[k]]));
}

export async function personOrgPath(q: Queryable, personId: string): Promise<string | null> {
  const r = await q.one<{ path: string }>(
    `SELECT o.path FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.person_id = $1
      ORDER BY m.ended_on IS NULL DESC, m.started_on DESC LIMIT 1`,
    [personId],
  );
  return r?.path ?? null;
}
