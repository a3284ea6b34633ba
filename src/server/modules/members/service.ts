import crypto from 'node:crypto';
import type { Db, Made, Queryable } from '../../db/index';
import { can, scopesFor, type Principal } from '../../auth/policy';
import { Conflict, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { cleanName, foldVietnamese } from '../../../domain/text';
import { isIsoDate } from '../../../domain/dates';
import { getOrg } from '../orgs/service';
import { checkDuesBase, duesBaseApplies } from '../../../domain/meetings/dues';
import { rule } from '../meetings/common';
import * as sql from './queries';
import { presentListRow, presentProfile } from './presenters';

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
  /** The numbers of the admission decision and of the recognition as official, where the member's file gives them. */
  admissionDecisionRef?: string | null;
  officialDecisionRef?: string | null;
};

/** Members of a unit (and its subtree), current by default. */
export async function listOrgMembers(
  db: Queryable, who: Principal, orgId: string,
  opts: { q?: string; includeFormer?: boolean; page?: number; pageSize?: number } = {},
) {
  const org = await getOrg(db, orgId);
  const pageSize = opts.pageSize ?? 50;
  const page = opts.page ?? 1;
  const { total, rows } = await sql.selectOrgMembersPage(db, org.path, opts, page, pageSize);
  const full = can(who, 'member.read', { orgPath: org.path });
  return {
    total,
    page,
    pageSize,
    items: rows.map((r) => presentListRow(r, full || r.id === who.personId)),
  };
}

/** Search across every unit the caller may see; "truong" finds "Lường Văn Trường". */
export async function searchMembers(db: Db, who: Principal, q: string, limit = 30) {
  const scopes = scopesFor(who, 'org.read');
  if (scopes && scopes.length === 0) return [];
  const rows = await sql.selectSearch(db, scopes, q, limit);
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
export async function insertMember(
  q: Queryable, orgId: string, input: MemberInput, joinedOn: string, made: Made = {}, createdBy: string | null = null,
): Promise<string> {
  checkDates(input);
  rule(() => checkDuesBase(input.duesCategory ?? 'working_age', input.duesBase));
  const org = await getOrg(q, orgId);
  if (org.kind !== 'cell') throw Invalid('member_target_not_cell');
  if (org.status !== 'active') throw Conflict('org_inactive');
  if (input.cardNo) {
    if (await sql.cardTaken(q, input.cardNo)) throw Conflict('card_taken', { card: input.cardNo });
  }
  const id = made.id ?? crypto.randomUUID();
  const fullName = cleanName(input.fullName);
  await sql.insertPerson(q, {
    id, fullName, nameSearch: foldVietnamese(fullName), birthDate: input.birthDate ?? null, gender: input.gender ?? null,
    ethnicity: input.ethnicity ?? null, religion: input.religion ?? null, phone: input.phone ?? null, email: input.email ?? null,
    citizenId: input.citizenId ?? null, address: input.address ?? null, education: input.education ?? null,
  });
  await sql.insertMemberRecord(q, {
    personId: id, cardNo: input.cardNo || null, admissionDate: input.admissionDate ?? null, officialDate: input.officialDate ?? null,
    standing: input.standing, theoryLevel: input.theoryLevel ?? null, duesCategory: input.duesCategory ?? 'working_age', duesBase: input.duesBase ?? null,
  });
  await sql.insertOfficialMembership(q, id, orgId, joinedOn);
  // The history starts as the record does: the admission (in this cell when it came after the member joined it) and,
  // for an official member, the recognition as official — as the events recorded later (events.ts) follow them.
  if (input.admissionDate) {
    await sql.insertRecordEvent(q, {
      personId: id, kind: 'admitted', effectiveOn: input.admissionDate, decisionRef: input.admissionDecisionRef?.trim() || null,
      toOrgId: input.admissionDate >= joinedOn ? orgId : null, createdBy,
    });
  }
  if (input.standing === 'official' && input.officialDate) {
    await sql.insertRecordEvent(q, {
      personId: id, kind: 'made_official', effectiveOn: input.officialDate, decisionRef: input.officialDecisionRef?.trim() || null,
      toOrgId: null, createdBy,
    });
  }
  return id;
}

export async function createMember(db: Db, who: Principal, orgId: string, input: MemberInput, joinedOn: string, made: Made = {}) {
  return db.tx(async (q) => memberProfile(q, who, await writeMember(q, who, orgId, input, joinedOn, made)));
}

/** createMember's write, in the caller's transaction (a batch writes many without presenting each): returns the person's id. */
export async function writeMember(q: Queryable, who: Principal, orgId: string, input: MemberInput, joinedOn: string, made: Made = {}) {
  const id = await insertMember(q, orgId, input, joinedOn, made, who.accountId);
  const org = await getOrg(q, orgId);
  await audit(q, who, { action: 'member.create', entity: 'member', entityId: id, orgPath: org.path, summary: input.fullName, after: input });
  return id;
}

export async function memberProfile(q: Queryable, who: Principal, personId: string) {
  const p = await sql.selectProfile(q, personId);
  if (!p) throw NotFound('person_not_found');
  const [memberships, events, positions, account] = await Promise.all([
    sql.selectMembershipHistory(q, personId),
    sql.selectEvents(q, personId),
    sql.selectPositions(q, personId),
    sql.selectAccountOf(q, personId),
  ]);
  const current = memberships.find((m) => m.ended_on === null && m.kind === 'official') ?? null;
  const orgPath = current ? await sql.selectOrgPath(q, current.org_id) : null;
  return presentProfile(p, { memberships, events, positions }, account, current, {
    manage: orgPath !== null && can(who, 'member.manage', { orgPath }),
    manageAccount: orgPath !== null && can(who, 'account.manage', { orgPath, accountGrants: account?.grants ?? [] }),
  });
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
      if (await sql.cardTaken(q, input.cardNo, personId)) throw Conflict('card_taken', { card: input.cardNo });
    }
    for (const [fields, table] of [[PERSON_FIELDS, 'people'], [MEMBER_FIELDS, 'members']] as const) {
      const values: [string, unknown][] = [];
      for (const [k, col] of Object.entries(fields)) {
        if (!(k in input)) continue;
        let v = (input as Record<string, unknown>)[k];
        if (k === 'fullName') {
          v = cleanName(String(v));
          values.push(['name_search', foldVietnamese(String(v))]);
        }
        values.push([col, v === '' ? null : v]);
      }
      await sql.updateColumns(q, table, personId, values);
    }
    // The record's events follow its dates (a date added where there was none adds the event).
    for (const [field, kind] of [['admissionDate', 'admitted'], ['officialDate', 'made_official']] as const) {
      if (!(field in input)) continue;
      const on = input[field] || null;
      const moved = await sql.moveRecordEvent(q, personId, kind, on);
      if (on && !moved && (kind === 'admitted' || before.standing === 'official')) {
        await sql.insertRecordEvent(q, { personId, kind, effectiveOn: on, decisionRef: null, toOrgId: null, createdBy: who.accountId });
      }
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

/** Where a person's entries belong in the audit log: the unit of their current membership, else their latest. */
export function personOrgPath(q: Queryable, personId: string): Promise<string | null> {
  return sql.selectPersonOrgPath(q, personId);
}
