// A year's reviews recorded at once, with the steps already taken (a commune entering the years before it used
// chibo; the demo's history): the same rules as the steps one by one (service.ts) — the subjects are those the
// year reviews, a step needs the one before it, a level never above what the score allows (HD 43-HD/BTCTW), "xuất
// sắc" beyond the quota only with a written reason — checked on the whole year, then written in a few statements.
// Each step carries its own time; the facts are read live (as for every review before its self-review is written).
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Conflict, Invalid } from '../../errors';
import { audit } from '../../audit';
import { quotaCheck, type ReviewLevel, type ReviewSubjectKind } from '../../../domain/year/review';
import { getOrg } from '../orgs/service';
import * as Q from './queries';
import { checkScore, STATUS_VI } from './service';

export type ReviewSubject = { kind: ReviewSubjectKind; orgId: string; personId: string | null };

/** The steps taken in one subject's review; a step without the one before it is refused. */
export type PastReview = ReviewSubject & {
  self?: { text: string; score?: number | null; level: ReviewLevel; at: Date };
  proposal?: { comments: string; score?: number | null; level: ReviewLevel; reason?: string | null; at: Date };
  decision?: { level: ReviewLevel; note?: string | null; reason?: string | null; at: Date };
};

const keyOf = (s: ReviewSubject) => `${s.kind}:${s.orgId}:${s.personId ?? ''}`;

/** Who the unit's review of the year covers, in the order the lists show them: each cell then its committee, members by name. */
export async function reviewSubjects(db: Queryable, orgId: string, year: number): Promise<ReviewSubject[]> {
  const org = await getOrg(db, orgId);
  const s = await Q.subjectsUnder(db, org.path, year);
  return [
    ...s.cells.flatMap((c) => [
      { kind: 'cell' as const, orgId: c.id, personId: null },
      ...(c.has_committee ? [{ kind: 'cell_committee' as const, orgId: c.id, personId: null }] : []),
    ]),
    ...s.members.map((m) => ({ kind: 'member' as const, orgId: m.org_id, personId: m.person_id })),
  ];
}

/**
 * Opens the unit's review of a year not yet opened, for every subject, and records the steps given for some of them.
 * `at`: when this is entered (now by default); no step may come after it. Returns how many reviews were written.
 */
export async function recordReviews(db: Db, who: Principal, orgId: string, year: number, past: PastReview[], at = new Date()) {
  return db.tx(async (q) => {
    const org = await getOrg(q, orgId);
    if (org.kind === 'cell') throw Invalid('review_not_grassroots');
    if (await Q.yearOpened(q, org.id, year)) throw Conflict('review_year_opened', { year });
    const subjects = await reviewSubjects(q, org.id, year);
    const given = new Map<string, PastReview>();
    for (const p of past) {
      if (!subjects.some((s) => keyOf(s) === keyOf(p))) throw Invalid('review_subject_not_reviewed', { year });
      given.set(keyOf(p), p);
    }
    for (const p of given.values()) {
      if (p.proposal && !p.self) throw Conflict('review_wrong_step', { status: STATUS_VI.open });
      if (p.decision && !p.proposal) throw Conflict('review_wrong_step', { status: STATUS_VI[p.self ? 'self_done' : 'open'] });
      const times = [p.self?.at, p.proposal?.at, p.decision?.at].filter((t): t is Date => !!t);
      if (times.some((t, i) => t > at || (i > 0 && t < times[i - 1]))) throw Invalid('review_steps_out_of_order');
      if (p.self) checkScore(p.self.level, p.self.score);
      if (p.proposal) checkScore(p.proposal.level, p.proposal.score);
      if (p.decision) checkScore(p.decision.level, p.proposal!.score);
    }
    // The quota, members apart from organisations, on the year's levels as decided (else as proposed).
    const percent = await Q.quotaPercent(q, org.id);
    const beyond = new Set<boolean>();
    for (const members of [true, false]) {
      const mine = [...given.values()].filter((p) => (p.kind === 'member') === members);
      const quota = quotaCheck(mine.map((p) => p.decision?.level ?? p.proposal?.level ?? null), percent);
      if (!quota.exceeded) continue;
      beyond.add(members);
      const unexplained = mine.some((p) => (p.proposal?.level === 'excellent' && !p.proposal.reason?.trim())
        || (p.decision?.level === 'excellent' && !p.decision.reason?.trim()));
      if (unexplained) throw Invalid('review_quota_exceeded', { allowed: quota.allowed, used: quota.used, percent });
    }
    const rows: Q.ReviewRecord[] = subjects.map((s) => {
      const p = given.get(keyOf(s));
      const over = beyond.has(s.kind === 'member');
      return {
        org_id: org.id, year, subject_kind: s.kind, subject_org_id: s.orgId, subject_person_id: s.personId,
        status: p?.decision ? 'decided' : p?.proposal ? 'proposed' : p?.self ? 'self_done' : 'open',
        self_text: p?.self?.text.trim() ?? null, self_score: p?.self?.score ?? null, self_level: p?.self?.level ?? null, self_at: p?.self?.at ?? null,
        comments: p?.proposal?.comments.trim() ?? null, proposed_score: p?.proposal?.score ?? null, proposed_level: p?.proposal?.level ?? null,
        proposal_reason: over && p?.proposal?.level === 'excellent' ? p.proposal.reason!.trim() : null, proposed_at: p?.proposal?.at ?? null,
        decided_level: p?.decision?.level ?? null, decision_note: p?.decision?.note?.trim() || null,
        decision_reason: over && p?.decision?.level === 'excellent' ? p.decision.reason!.trim() : null,
        decided_by: p?.decision ? who.accountId : null, decided_at: p?.decision?.at ?? null, created_by: who.accountId,
      };
    });
    const created = await Q.insertReviews(q, rows);
    const count = (f: (p: PastReview) => unknown) => [...given.values()].filter(f).length;
    await audit(q, who, {
      action: 'review.record', entity: 'org', entityId: org.id, orgPath: org.path, summary: `${year}`,
      after: { created, self: count((p) => p.self), proposed: count((p) => p.proposal), decided: count((p) => p.decision) },
    });
    return { created, total: subjects.length };
  });
}
