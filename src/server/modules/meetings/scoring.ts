// Quality scores: schemes are data (table scoring_schemes, versioned, one per meeting type); the built-in
// ones (src/domain/meetings/scoring-schemes.ts) are inserted on first use. The cell proposes; the committee
// member in charge confirms.
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Conflict, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { BUILTIN_SCHEMES, scoreMeeting, validateScheme, type MeetingType, type ScoringScheme } from '../../../domain/meetings/index';
import { loadEditable, loadMeeting, rule } from './common';
import { meetingDetail } from './presenters';

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
    const scheme = await schemeFor(q, m.type, input.schemeId);
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

/** The committee member in charge (or a leader) confirms the cell's own score; allowed after approval too. */
export async function confirmScore(db: Db, who: Principal, id: string, input: { comment?: string | null }) {
  return db.tx(async (q) => {
    const m = await loadMeeting(q, id);
    const s = await q.one<{ total: number; level: string }>('SELECT total, level FROM meeting_scores WHERE meeting_id = $1', [id]);
    if (!s) throw Conflict('score_not_proposed');
    await q.query(
      `UPDATE meeting_scores SET confirmed_by = $2, confirmed_at = now(), comment = coalesce($3, comment) WHERE meeting_id = $1`,
      [id, who.accountId, input.comment?.trim() || null],
    );
    await audit(q, who, {
      action: 'meeting.score_confirm', entity: 'meeting', entityId: id, orgPath: m.org_path, summary: `${Number(s.total)} — ${s.level}`,
      after: input,
    });
    return meetingDetail(q, who, id);
  });
}

/** A new scheme, or a new version of one (same id): earlier versions stay, so past scores keep their scheme. */
export async function createScheme(db: Db, who: Principal, input: Omit<ScoringScheme, 'version'>) {
  const problems = validateScheme({ ...input, version: 1 });
  if (problems.length) throw Invalid('meeting_rule', { message: problems.map((p) => p.message).join(' ') }, problems);
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
