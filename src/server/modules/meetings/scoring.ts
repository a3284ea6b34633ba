// Quality scores: schemes are data (table scoring_schemes, versioned, one per meeting type); the built-in
// ones (src/domain/meetings/scoring-schemes.ts) are inserted on first use. The cell proposes; the committee
// member in charge confirms.
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Conflict, NotFound, RuleRefusal } from '../../errors';
import { audit } from '../../audit';
import {
  BUILTIN_SCHEMES, isRuleError, scoreConfirmedAs, scoreMeeting, type ConfirmedAs, type MeetingType, type ScoringScheme,
} from '../../../domain/meetings/index';
import { loadEditable, loadMeeting, rule, type MeetingRow } from './common';
import { positionInDocuments } from '../../../domain/members';
import { toVnDate } from '../../../domain/dates';
import type { ScoreConfirmation } from '../../documents/index';
import { meetingDetail } from './presenters';
import { refuseInvalidScheme, unitSchemeFor } from './scoring-units';

export async function ensureBuiltinSchemes(q: Queryable): Promise<void> {
  for (const s of BUILTIN_SCHEMES) {
    await q.query(
      `INSERT INTO scoring_schemes (id, version, name, meeting_types, body) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id, version) DO NOTHING`,
      [s.id, s.version, s.name, s.meetingTypes, JSON.stringify(s)],
    );
  }
}

export async function listSchemes(db: Db) {
  await db.tx(ensureBuiltinSchemes);
  const rows = await db.query<{ body: ScoringScheme; active: boolean }>(
    'SELECT body, active FROM scoring_schemes ORDER BY id, version DESC',
  );
  return rows.map((r) => ({ ...r.body, active: r.active }));
}

/** The newest active scheme for a meeting type, or the one asked for by id (newest version). */
async function schemeFor(q: Queryable, type: MeetingType, schemeId?: string): Promise<ScoringScheme> {
  await ensureBuiltinSchemes(q);
  const row = schemeId
    ? await q.one<{ body: ScoringScheme }>('SELECT body FROM scoring_schemes WHERE id = $1 ORDER BY version DESC LIMIT 1', [schemeId])
    : await q.one<{ body: ScoringScheme }>(
        'SELECT body FROM scoring_schemes WHERE active AND $1 = ANY (meeting_types) ORDER BY created_at DESC, version DESC LIMIT 1',
        [type],
      );
  if (!row) throw NotFound('scheme_not_found');
  return row.body;
}

export async function proposeScore(
  db: Db, who: Principal, id: string, input: { points: Record<string, number>; schemeId?: string; comment?: string | null },
) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    // A meeting keeps the scheme version it was first scored with; otherwise the unit's chosen scheme (inherited).
    const scored = await q.one<{ body: ScoringScheme }>(
      `SELECT sc.body FROM meeting_scores s JOIN scoring_schemes sc ON sc.id = s.scheme_id AND sc.version = s.scheme_version
        WHERE s.meeting_id = $1`, [id],
    );
    const scheme = input.schemeId
      ? (scored?.body.id === input.schemeId ? scored.body : await schemeFor(q, m.type, input.schemeId))
      : scored?.body ?? (await unitSchemeFor(q, m.org_path, m.type)) ?? (await schemeFor(q, m.type));
    const result = rule(() => scoreMeeting(scheme, input.points));
    await q.query(
      `INSERT INTO meeting_scores (meeting_id, scheme_id, scheme_version, points, total, level, proposed_by, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (meeting_id) DO UPDATE SET scheme_id = $2, scheme_version = $3, points = $4, total = $5, level = $6, proposed_by = $7,
         proposed_at = now(), comment = $8, confirmed_by = NULL, confirmed_at = NULL`,
      [id, scheme.id, scheme.version, JSON.stringify(input.points), result.total, result.level, who.accountId, input.comment?.trim() || null],
    );
    await audit(q, who, {
      action: 'meeting.score', entity: 'meeting', entityId: id, orgPath: m.org_path, summary: `${result.total} — ${result.label}`,
      after: { schemeId: scheme.id, schemeVersion: scheme.version, points: input.points, total: result.total, level: result.level },
    });
    return { ...(await meetingDetail(q, who, id)), scoreResult: result };
  });
}

/** Present at the meeting, as the roll call recorded it. */
const attended = (status: string | null | undefined) => status === 'present' || status === 'late' || status === 'left_early';

/** Whether a person is a committee member in charge of the cell: on the meeting's date, or now. */
async function oversees(q: Queryable, orgId: string, personId: string, date: string): Promise<boolean> {
  const r = await q.one(
    `SELECT 1 FROM org_overseers WHERE org_id = $1 AND person_id = $2
        AND ((started_on <= $3 AND (ended_on IS NULL OR ended_on >= $3)) OR ended_on IS NULL)`,
    [orgId, personId, date],
  );
  return !!r;
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
    const s = await q.one<{ total: number; level: string; confirmed_by: string | null; confirmed_at: Date | null; comment: string | null }>(
      'SELECT total, level, confirmed_by, confirmed_at, comment FROM meeting_scores WHERE meeting_id = $1',
      [id],
    );
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
    await q.query(
      `UPDATE meeting_scores SET confirmed_by = $2, confirmed_at = now(), comment = coalesce($3, comment), confirm_reason = $4 WHERE meeting_id = $1`,
      [id, who.accountId, comment, as === 'leader' ? reason : null],
    );
    let addendum: { afterVersion: number } | null = null;
    if (m.status === 'approved') {
      // The approved text is not touched: the confirmation is added after it.
      const v = await q.one<{ max: number }>('SELECT max(version) AS max FROM minutes_versions WHERE meeting_id = $1', [id]);
      const confirmation = await scoreConfirmation(q, m);
      await q.query(
        'INSERT INTO minutes_addenda (meeting_id, after_version, kind, body, created_by) VALUES ($1, $2, $3, $4, $5)',
        [id, v!.max, 'score_confirmation', JSON.stringify({ ...confirmation, total: Number(s.total), level: s.level, comment }), who.accountId],
      );
      addendum = { afterVersion: v!.max };
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
  const rows = await q.query<{ person_id: string; full_name: string; status: string | null }>(
    `SELECT i.person_id, p.full_name, a.status FROM invitations i
       JOIN people p ON p.id = i.person_id
       JOIN org_overseers s ON s.person_id = i.person_id AND s.org_id = $2
        AND ((s.started_on <= $3 AND (s.ended_on IS NULL OR s.ended_on >= $3)) OR s.ended_on IS NULL)
       LEFT JOIN attendance a ON a.invitation_id = i.id
      WHERE i.meeting_id = $1`,
    [m.id, m.org_id, m.date],
  );
  const seen = new Set<string>();
  return rows.filter((r) => attended(r.status) && !seen.has(r.person_id) && seen.add(r.person_id)).map((r) => ({ personId: r.person_id, name: r.full_name }));
}

/**
 * The confirmation of the meeting's score as the minutes print it (part VI), or undefined while it is not
 * confirmed. The confirmer's title: in charge of the cell, else their position in the committee.
 */
export async function scoreConfirmation(q: Queryable, m: Pick<MeetingRow, 'id' | 'org_id' | 'date'>): Promise<ScoreConfirmation | undefined> {
  const c = await q.one<{ confirmed_at: Date; person_id: string | null; username: string; full_name: string | null; confirm_reason: string | null }>(
    `SELECT s.confirmed_at, s.confirm_reason, a.person_id, a.username, p.full_name
       FROM meeting_scores s JOIN accounts a ON a.id = s.confirmed_by LEFT JOIN people p ON p.id = a.person_id
      WHERE s.meeting_id = $1 AND s.confirmed_at IS NOT NULL`,
    [m.id],
  );
  if (!c) return undefined;
  let title = c.person_id ? '' : 'quản trị hệ thống';
  let present = false;
  if (c.person_id) {
    const inv = await q.one<{ status: string | null }>(
      'SELECT a.status FROM invitations i LEFT JOIN attendance a ON a.invitation_id = i.id WHERE i.meeting_id = $1 AND i.person_id = $2',
      [m.id, c.person_id],
    );
    present = attended(inv?.status);
    if (await oversees(q, m.org_id, c.person_id, m.date)) {
      title = 'Đảng ủy viên phụ trách chi bộ';
    } else {
      const pos = await q.one<{ title: string }>(
        `SELECT p.title FROM positions p JOIN orgs o ON o.id = p.org_id
          WHERE p.person_id = $1 AND o.kind <> 'cell' AND p.started_on <= $2 AND (p.ended_on IS NULL OR p.ended_on >= $2)
          ORDER BY array_position(ARRAY['commune_secretary', 'commune_deputy', 'standing_committee', 'committee_member'], p.title)
          LIMIT 1`,
        [c.person_id, toVnDate(new Date(c.confirmed_at))],
      );
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
    const last = await q.one<{ max: number | null }>('SELECT max(version) AS max FROM scoring_schemes WHERE id = $1', [input.id]);
    const scheme: ScoringScheme = { ...input, version: (last?.max ?? 0) + 1 };
    await q.query('INSERT INTO scoring_schemes (id, version, name, meeting_types, body) VALUES ($1, $2, $3, $4, $5)', [
      scheme.id, scheme.version, scheme.name, scheme.meetingTypes, JSON.stringify(scheme),
    ]);
    await audit(q, who, {
      action: 'scoring.create', entity: 'scoring_scheme', entityId: `${scheme.id}@${scheme.version}`, orgPath: null, summary: scheme.name,
      after: scheme,
    });
    return { ...scheme, active: true };
  });
}
