// Quality scores: schemes are data (table scoring_schemes, versioned, one per meeting type); the built-in
// ones (src/domain/meetings/scoring-schemes.ts) are inserted on first use. The cell proposes; the committee
// member in charge confirms.
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Conflict, NotFound, RuleRefusal } from '../../errors';
import { audit } from '../../audit';
import {
  BUILTIN_SCHEMES, isRuleError, scoreConfirmedAs, scoreMeeting, type ConfirmedAs, type MeetingType, type ScoringScheme, isPresentStatus, OVERSEER_TITLE
} from '../../../domain/meetings/index';
import { loadEditable, loadMeeting, rule, type MeetingRow } from './common';
import { positionInDocuments } from '../../../domain/members';
import { toVnDate } from '../../../domain/dates';
import type { ScoreConfirmation } from '../../documents/index';
import { meetingDetail } from './presenters';
import { refuseInvalidScheme, unitSchemeFor } from './scoring-units';
import { lastVersion } from './queries-minutes';
import * as sql from './queries-scoring';

export async function ensureBuiltinSchemes(q: Queryable): Promise<void> {
  for (const s of BUILTIN_SCHEMES) {
    await sql.insertScheme(q, s, { ifAbsent: true });
  }
}

export async function listSchemes(db: Db) {
  await db.tx(ensureBuiltinSchemes);
  const rows = await sql.allSchemes(db);
  return rows.map((r) => ({ ...r.body, active: r.active }));
}

/** The newest active scheme for a meeting type, or the one asked for by id (newest version). */
async function schemeFor(q: Queryable, type: MeetingType, schemeId?: string): Promise<ScoringScheme> {
  await ensureBuiltinSchemes(q);
  const row = schemeId
    ? await sql.schemeById(q, schemeId)
    : await sql.activeSchemeFor(q, type);
  if (!row) throw NotFound('scheme_not_found');
  return row.body;
}

export async function proposeScore(
  db: Db, who: Principal, id: string, input: { points: Record<string, number>; schemeId?: string; comment?: string | null },
) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    // A meeting keeps the scheme version it was first scored with; otherwise the unit's chosen scheme (inherited).
    const scored = await sql.schemeOfScore(q, id);
    const scheme = input.schemeId
      ? (scored?.body.id === input.schemeId ? scored.body : await schemeFor(q, m.type, input.schemeId))
      : scored?.body ?? (await unitSchemeFor(q, m.org_path, m.type)) ?? (await schemeFor(q, m.type));
    const result = rule(() => scoreMeeting(scheme, input.points));
    await sql.upsertScore(q, {
      meetingId: id, schemeId: scheme.id, schemeVersion: scheme.version, points: input.points, total: result.total, level: result.level,
      proposedBy: who.accountId, comment: input.comment?.trim() || null,
    });
    await audit(q, who, {
      action: 'meeting.score', entity: 'meeting', entityId: id, orgPath: m.org_path, summary: `${result.total} — ${result.label}`,
      after: { schemeId: scheme.id, schemeVersion: scheme.version, points: input.points, total: result.total, level: result.level },
    });
    return { ...(await meetingDetail(q, who, id)), scoreResult: result };
  });
}

/** Present at the meeting, as the roll call recorded it. */

/** Whether a person is a committee member in charge of the cell: on the meeting's date, or now. */
async function oversees(q: Queryable, orgId: string, personId: string, date: string): Promise<boolean> {
  return sql.isOverseer(q, orgId, personId, date);
}

/**
 * Confirms the cell's own score (scoreConfirmedAs: the committee member in charge who attended; when none attended,
 * a leader of a committee above the cell, with the reason recorded). Before approval the confirmation becomes part VI
 * of the minutes when they are approved; after approval the approved minutes stay as they were and the confirmation
 * is an addendum (minutes_addenda) with its own time and author, shown in the version history.
 */
export async function confirmScore(db: Db, who: Principal, id: string, input: { comment?: string | null; reason?: string | null }) {
  return db.tx(async (q) => {
    const m = await loadMeeting(q, id);
    const leader = who.grants.some((g) => g.role === 'admin' || (g.role === 'leader' && g.orgPath !== null && m.org_path.startsWith(g.orgPath)));
    const inCharge = !!who.personId && (await oversees(q, m.org_id, who.personId, m.date));
    const s = await sql.scoreState(q, id);
    const present = await attendingOverseers(q, m);
    const reason = input.reason?.trim() || null;
    let as: ConfirmedAs;
    try {
      as = scoreConfirmedAs({
        who: { inCharge, attended: !!who.personId && present.some((p) => p.personId === who.personId), leader },
        attendingOverseers: present.map((p) => p.name), reason, unit: m.org_name,
      });
    } catch (e) {
      if (!isRuleError(e)) throw e;
      // Not allowed at all: 403; allowed to confirm some meetings, not this one as it went: 409; a missing reason: 400.
      const status = e.code === 'score_confirm_reason_required' ? 400 : e.code === 'score_confirm_not_allowed' ? 403 : 409;
      throw new RuleRefusal(status, e.code, e.code, e.params);
    }
    if (!s) throw Conflict('score_not_proposed');
    const comment = input.comment?.trim() || null;
    await sql.confirmScore(q, id, { by: who.accountId, comment, reason: as === 'leader' ? reason : null });
    let addendum: { afterVersion: number } | null = null;
    if (m.status === 'approved') {
      // The approved text is not touched: the confirmation is added after it.
      const afterVersion = await lastVersion(q, id);
      const confirmation = await scoreConfirmation(q, m);
      await sql.insertAddendum(q, { meetingId: id, afterVersion, body: { ...confirmation, total: Number(s.total), level: s.level, comment }, createdBy: who.accountId });
      addendum = { afterVersion };
    }
    await audit(q, who, {
      action: 'meeting.score_confirm', entity: 'meeting', entityId: id, orgPath: m.org_path, summary: `${Number(s.total)} — ${s.level}`,
      before: { confirmedBy: s.confirmed_by, confirmedAt: s.confirmed_at, comment: s.comment },
      after: { comment, as, reason: as === 'leader' ? reason : null, addendum },
    });
    return meetingDetail(q, who, id);
  });
}

/** The committee members in charge of the cell on the meeting's date who attended it, as the roll call recorded. */
async function attendingOverseers(q: Queryable, m: Pick<MeetingRow, 'id' | 'org_id' | 'date'>): Promise<{ personId: string; name: string }[]> {
  const rows = await sql.overseersAtMeeting(q, m);
  const seen = new Set<string>();
  return rows.filter((r) => isPresentStatus(r.status) && !seen.has(r.person_id) && seen.add(r.person_id)).map((r) => ({ personId: r.person_id, name: r.full_name }));
}

/**
 * The confirmation of the meeting's score as the minutes print it (part VI), or undefined while it is not
 * confirmed. The confirmer's title: in charge of the cell, else their position in the committee.
 */
export async function scoreConfirmation(q: Queryable, m: Pick<MeetingRow, 'id' | 'org_id' | 'date'>): Promise<ScoreConfirmation | undefined> {
  const c = await sql.confirmationOf(q, m.id);
  if (!c) return undefined;
  let title = c.person_id ? '' : 'quản trị hệ thống';
  let present = false;
  if (c.person_id) {
    const inv = await sql.attendanceOfPerson(q, m.id, c.person_id);
    present = isPresentStatus(inv?.status);
    if (await oversees(q, m.org_id, c.person_id, m.date)) {
      title = OVERSEER_TITLE;
    } else {
      const pos = await sql.committeeTitle(q, c.person_id, toVnDate(new Date(c.confirmed_at)));
      title = pos ? positionInDocuments(pos.title) ?? '' : '';
    }
  }
  return {
    name: c.full_name ?? c.username, title, date: toVnDate(new Date(c.confirmed_at)), attended: present,
    ...(c.confirm_reason ? { reason: c.confirm_reason } : {}),
  };
}

/** A new scheme, or a new version of one (same id): earlier versions stay, so past scores keep their scheme. */
export async function createScheme(db: Db, who: Principal, input: Omit<ScoringScheme, 'version'>) {
  refuseInvalidScheme(input);
  return db.tx(async (q) => {
    await ensureBuiltinSchemes(q);
    const scheme: ScoringScheme = { ...input, version: (await sql.lastSchemeVersion(q, input.id)) + 1 };
    await sql.insertScheme(q, scheme, { ifAbsent: false });
    await audit(q, who, {
      action: 'scoring.create', entity: 'scoring_scheme', entityId: `${scheme.id}@${scheme.version}`, orgPath: null, summary: scheme.name,
      after: scheme,
    });
    return { ...scheme, active: true };
  });
}
