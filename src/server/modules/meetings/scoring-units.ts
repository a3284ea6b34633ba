// Scoring schemes per unit: a committee writes its own schemes (versioned: a new version never changes a meeting
// scored with an earlier one) and chooses, per meeting type, the scheme its cells use; a cell inherits the
// choice of the committee above it (DOMAIN.md: "scoring schemes are data, versioned"; provinces publish their own
// forms, Nghệ An QĐ 27-QĐ/TU 2023 one per meeting type). Unchosen types use the built-in scheme.
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { NotFound, RuleRefusal } from '../../errors';
import { audit } from '../../audit';
import { getOrg } from '../orgs/service';
import { BUILTIN_SCHEMES, MEETING_TYPES, ruleText, validateScheme, type MeetingType, type ScoringScheme } from '../../../domain/meetings/index';
import { orgChain } from './common';
import { ensureBuiltinSchemes } from './scoring';
import { saveOrgSettings } from './queries-schedule';
import * as sql from './queries-scoring';


/** The schemes a unit may use: built in, and those written by the unit or a committee above it. */
async function visibleSchemes(q: Queryable, orgIds: string[]): Promise<sql.SchemeRow[]> {
  await ensureBuiltinSchemes(q);
  return sql.schemesOfUnits(q, orgIds);
}

/** The scheme (newest version) a unit scores a meeting type with: its own choice or the nearest committee's, else built in. */
export async function unitSchemeFor(q: Queryable, orgPath: string, type: MeetingType): Promise<ScoringScheme | undefined> {
  const chain = await orgChain(q, orgPath);
  for (const o of chain) {
    const id = (o.settings?.scoringSchemes as Record<string, unknown> | undefined)?.[type];
    if (typeof id !== 'string') continue;
    const row = await sql.schemeById(q, id);
    if (row) return row.body;
  }
  await ensureBuiltinSchemes(q);
  const builtin = BUILTIN_SCHEMES.find((s) => s.meetingTypes.includes(type));
  if (!builtin) return undefined;
  const newest = await sql.schemeById(q, builtin.id);
  return newest?.body ?? builtin;
}

/** A unit's schemes (each with its versions) and which one each meeting type uses, with where the choice comes from. */
export async function unitSchemes(db: Db, who: Principal, orgId: string) {
  const org = await getOrg(db, orgId);
  const chain = await orgChain(db, org.path);
  const rows = await visibleSchemes(db, chain.map((o) => o.id));
  const byId = new Map<string, sql.SchemeRow[]>();
  for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const schemes = [...byId.values()].map((vs) => {
    const last = vs[vs.length - 1];
    return {
      ...last.body, version: last.version, orgId: last.org_id, orgName: last.org_name, own: last.org_id === orgId,
      versions: vs.map((v) => ({ version: v.version, createdAt: v.created_at.toISOString(), createdBy: v.author, note: v.note, name: v.body.name })),
    };
  });
  const choice = Object.fromEntries(MEETING_TYPES.filter((t) => t !== 'extraordinary').map((type) => {
    for (const o of chain) {
      const id = (o.settings?.scoringSchemes as Record<string, unknown> | undefined)?.[type];
      if (typeof id === 'string' && byId.has(id)) return [type, { schemeId: id, fromOrgId: o.id, fromOrgName: o.name }];
    }
    const builtin = BUILTIN_SCHEMES.find((s) => s.meetingTypes.includes(type));
    return [type, { schemeId: builtin?.id ?? null, fromOrgId: null, fromOrgName: null }];
  }));
  const canEdit = who.grants.some((g) => g.role === 'admin' || (g.role === 'leader' && g.orgPath !== null && org.path.startsWith(g.orgPath)));
  return { orgId, orgKind: org.kind, canEdit, choice, schemes };
}

/** Refuses a scheme that breaks the rules of a scheme (validateScheme), each problem worded in the request's language. */
export function refuseInvalidScheme(scheme: Omit<ScoringScheme, 'version'>): void {
  const problems = validateScheme({ ...scheme, version: 1 });
  if (!problems.length) return;
  throw new RuleRefusal(400, 'scheme_invalid', 'scheme_invalid', {
    problemsVi: problems.map((p) => ruleText('vi', p.code, p.params)).join(' '),
    problemsEn: problems.map((p) => ruleText('en', p.code, p.params)).join(' '),
  }, problems.map((p) => ({ code: p.code, params: p.params })));
}

export type SchemeInput = Omit<ScoringScheme, 'version'> & { note?: string | null };

/** A unit's new scheme, or a new version of its own (same id); a scheme of another unit or built in is never changed. */
export async function saveUnitScheme(db: Db, who: Principal, orgId: string, input: SchemeInput) {
  const { note, ...scheme } = input;
  refuseInvalidScheme(scheme);
  await db.tx(async (q) => {
    const org = await getOrg(q, orgId);
    await ensureBuiltinSchemes(q);
    const last = await sql.lastSchemeOf(q, scheme.id);
    if (last && last.org_id !== orgId) throw new RuleRefusal(409, 'scheme_not_own', 'scheme_not_own', { name: last.name });
    const saved: ScoringScheme = { ...scheme, version: (last?.version ?? 0) + 1 };
    await sql.insertUnitScheme(q, saved, { orgId, createdBy: who.accountId, note: note?.trim() || null });
    await audit(q, who, {
      action: 'scoring.save', entity: 'scoring_scheme', entityId: `${saved.id}@${saved.version}`, orgPath: org.path, summary: saved.name,
      after: { ...saved, note: note ?? null },
    });
  });
  return unitSchemes(db, who, orgId);
}

/** Which scheme each meeting type of the unit (and the cells below it) uses; null goes back to the inherited one. */
export async function chooseUnitSchemes(db: Db, who: Principal, orgId: string, input: Partial<Record<MeetingType, string | null>>) {
  await db.tx(async (q) => {
    const org = await getOrg(q, orgId);
    const chain = await orgChain(q, org.path);
    const rows = await visibleSchemes(q, chain.map((o) => o.id));
    const settings = { ...org.settings };
    const current = { ...((settings.scoringSchemes as Record<string, string> | undefined) ?? {}) };
    for (const [type, id] of Object.entries(input) as [MeetingType, string | null | undefined][]) {
      if (id === undefined) continue;
      if (id === null) {
        delete current[type];
        continue;
      }
      const newest = rows.filter((r) => r.id === id).pop();
      if (!newest) throw NotFound('scheme_not_found');
      if (!newest.body.meetingTypes.includes(type)) throw new RuleRefusal(400, 'scheme_type_mismatch', 'scheme_type_mismatch', { name: newest.body.name });
      current[type] = id;
    }
    if (Object.keys(current).length) settings.scoringSchemes = current;
    else delete settings.scoringSchemes;
    await saveOrgSettings(q, orgId, settings);
    await audit(q, who, {
      action: 'scoring.choose', entity: 'org', entityId: orgId, orgPath: org.path, summary: org.name,
      before: { scoringSchemes: org.settings.scoringSchemes ?? null }, after: { scoringSchemes: current },
    });
  });
  return unitSchemes(db, who, orgId);
}
