// Quality scores: schemes are data (table scoring_schemes, versioned, one per meeting type); the built-in
// ones (src/domain/meetings/scoring-schemes.ts) are inserted on first use. The cell proposes; the committee
// member in charge confirms.
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { AppError, Conflict, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { BUILTIN_SCHEMES, scoreMeeting, validateScheme, type MeetingType, type ScoringScheme } from '../../../domain/meetings/index';
import { loadEditable, loadMeeting, rule, type MeetingRow } from './common';
import { positionInDocuments } from '../../../domain/members';
import { toVnDate } from '../../../domain/dates';
import type { ScoreConfirmation } from '../../documents/index';
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
 * The committee member in charge of the cell (org_overseers), or a leader of a committee above it, or an
 * administrator confirms the cell's own score; allowed after approval too. Someone in charge who did not
 * attend may still confirm: part VI of the minutes then says who confirmed, when, and that they were absent.
 */
export async function confirmScore(db: Db, who: Principal, id: string, input: { comment?: string | null }) {
  return db.tx(async (q) => {
    const m = await loadMeeting(q, id);
    const leader = who.grants.some((g) => g.role === 'admin' || (g.role === 'leader' && g.orgPath !== null && m.org_path.startsWith(g.orgPath)));
    const inCharge = !!who.personId && (await oversees(q, m.org_id, who.personId, m.date));
    if (!leader && !inCharge) throw new AppError(403, 'score_confirm_not_in_charge', 'score_confirm_not_in_charge', { unit: m.org_name });
    const s = await q.one<{ total: number; level: string; confirmed_by: string | null; confirmed_at: Date | null; comment: string | null }>(
      'SELECT total, level, confirmed_by, confirmed_at, comment FROM meeting_scores WHERE meeting_id = $1',
      [id],
    );
    if (!s) throw Conflict('score_not_proposed');
    const inv = who.personId
      ? await q.one<{ status: string | null }>(
          `SELECT a.status FROM invitations i LEFT JOIN attendance a ON a.invitation_id = i.id WHERE i.meeting_id = $1 AND i.person_id = $2`,
          [id, who.personId],
        )
      : undefined;
    await q.query(
      `UPDATE meeting_scores SET confirmed_by = $2, confirmed_at = now(), comment = coalesce($3, comment) WHERE meeting_id = $1`,
      [id, who.accountId, input.comment?.trim() || null],
    );
    await audit(q, who, {
      action: 'meeting.score_confirm', entity: 'meeting', entityId: id, orgPath: m.org_path, summary: `${Number(s.total)} — ${s.level}`,
      before: { confirmedBy: s.confirmed_by, confirmedAt: s.confirmed_at, comment: s.comment },
      after: { ...input, as: inCharge ? 'overseer' : 'leader', attended: attended(inv?.status) },
    });
    return meetingDetail(q, who, id);
  });
}

/**
 * The confirmation of the meeting's score as the minutes print it (part VI), or undefined while it is not
 * confirmed. The confirmer's title: in charge of the cell, else their position in the committee.
 */
export async function scoreConfirmation(q: Queryable, m: Pick<MeetingRow, 'id' | 'org_id' | 'date'>): Promise<ScoreConfirmation | undefined> {
  const c = await q.one<{ confirmed_at: Date; person_id: string | null; username: string; full_name: string | null }>(
    `SELECT s.confirmed_at, a.person_id, a.username, p.full_name
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
  return { name: c.full_name ?? c.username, title, date: toVnDate(new Date(c.confirmed_at)), attended: present };
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
