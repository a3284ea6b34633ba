// The year-end review (QĐ 366-QĐ/TW, HD 43-HD/BTCTW): the commune opens it for its cells, their committees and
// members (each pre-filled with the year's facts); the subject's self-review; the cell's comments and proposed
// level; the committee's decision. Steps go in order, once; a decided review is archived as it stands.
import type { AuditAction } from '../../../domain/audit';
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { can } from '../../auth/policy';
import { Conflict, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { excellentWarnings, levelAllowed, quotaCheck, REVIEW_LEVEL_LABELS, type ReviewLevel } from '../../../domain/year/review';
import { getOrg } from '../orgs/service';
import * as Q from './queries';
import { factsOf, yearFacts } from './facts';
import { presentSummary } from './presenters';
import type { DecisionBody, ProposalBody, ReviewDetail, ReviewList, SelfBody, Settings, StartBody } from './schemas';

export const STATUS_VI = { open: 'Chờ tự kiểm điểm', self_done: 'Đã tự kiểm điểm', proposed: 'Chi bộ đã đề xuất', decided: 'Đã quyết định' } as const;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);


function counts(levels: (ReviewLevel | null)[]) {
  const c = { excellent: 0, good: 0, completed: 0, not_completed: 0, pending: 0 };
  for (const l of levels) c[l ?? 'pending'] += 1;
  return c;
}

/** The quota as it stands: decided levels, else proposed ones (what the committee is about to decide). */
async function quotaWith(q: Queryable, r: Pick<Q.ReviewRow, 'org_id' | 'year' | 'subject_kind'>, except: string | null, extra: ReviewLevel | null) {
  const percent = await Q.quotaPercent(q, r.org_id);
  const rows = await Q.levelsOf(q, r.org_id, r.year, r.subject_kind === 'member', except);
  return { percent, ...quotaCheck([...rows.map((x) => x.decided_level ?? x.proposed_level), ...(except ? [extra] : [])], percent) };
}

export async function listReviews(db: Db, who: Principal, orgId: string, year: number): Promise<ReviewList> {
  const org = await getOrg(db, orgId);
  const rows = (await Q.reviewsUnder(db, org.path, year)).filter((r) => can(who, 'oversight.read', { orgPath: r.subject_org_path }));
  const grassroots = rows[0]?.org_id ?? org.id;
  const percent = await Q.quotaPercent(db, grassroots);
  const part = (members: boolean) => {
    const mine = rows.filter((r) => (r.subject_kind === 'member') === members);
    return {
      proposed: counts(mine.map((r) => r.proposed_level)), decided: counts(mine.map((r) => r.decided_level)),
      quota: quotaCheck(mine.map((r) => r.decided_level ?? r.proposed_level), percent),
    };
  };
  return { year, orgId, quotaPercent: percent, items: rows.map(presentSummary), summary: { members: part(true), organisations: part(false) } };
}

async function readReview(q: Queryable, id: string): Promise<ReviewDetail> {
  const r = await Q.reviewById(q, id);
  if (!r) throw NotFound('review_not_found');
  const facts = await factsOf(q, r);
  const level = r.decided_level ?? r.proposed_level;
  const quota = await quotaWith(q, r, null, null);
  const warnings = [
    ...(quota.exceeded && level === 'excellent' ? ['quota_exceeded'] : []),
    ...(level === 'excellent' || r.self_level === 'excellent'
      ? excellentWarnings({ tasksOverdue: facts.tasks?.overdue ?? 0, openRemedies: facts.remediesOpen ?? 0, absencesUnexcused: facts.meetings?.unexcused ?? 0 })
      : []),
  ];
  return {
    ...presentSummary(r), facts,
    selfText: r.self_text, selfScore: r.self_score, selfAt: iso(r.self_at), comments: r.comments, proposalReason: r.proposal_reason,
    proposedAt: iso(r.proposed_at), decisionNote: r.decision_note, decisionReason: r.decision_reason, decidedBy: r.decider,
    decidedAt: iso(r.decided_at), warnings, quota: { allowed: quota.allowed, used: quota.used, exceeded: quota.exceeded },
  };
}
export const getReview = (db: Db, id: string) => readReview(db, id);

/** Opens the year's review for every cell, cell committee and current member under the commune (once each). */
export async function startReviews(db: Db, who: Principal, b: StartBody) {
  return db.tx(async (q) => {
    const org = await getOrg(q, b.orgId);
    if (org.kind === 'cell') throw Invalid('review_not_grassroots');
    const s = await Q.subjectsUnder(q, org.path, b.year);
    let created = 0;
    // The facts are read live until the self-review freezes them (src/server/modules/reviews/facts.ts).
    const add = async (kind: 'member' | 'cell' | 'cell_committee', orgId: string, personId: string | null) => {
      if (await Q.insertReview(q, { orgId: org.id, year: b.year, kind, subjectOrgId: orgId, personId, facts: {}, by: who.accountId })) created += 1;
    };
    for (const c of s.cells) {
      await add('cell', c.id, null);
      if (c.has_committee) await add('cell_committee', c.id, null);
    }
    for (const m of s.members) await add('member', m.org_id, m.person_id);
    await audit(q, who, { action: 'review.start', entity: 'org', entityId: org.id, orgPath: org.path, summary: `${b.year}`, after: { created } });
    return { created, total: s.cells.length + s.cells.filter((c) => c.has_committee).length + s.members.length };
  });
}

async function step(db: Db, who: Principal, id: string, expected: Q.ReviewRow['status'], action: AuditAction,
  change: (q: Queryable, r: Q.ReviewRow) => Promise<Record<string, unknown>>): Promise<ReviewDetail> {
  return db.tx(async (q) => {
    const r = await Q.reviewById(q, id);
    if (!r) throw NotFound('review_not_found');
    if (r.status !== expected) throw Conflict('review_wrong_step', { status: STATUS_VI[r.status] });
    const set = await change(q, r);
    await Q.updateReview(q, id, set);
    await audit(q, who, { action, entity: 'review', entityId: id, orgPath: r.subject_org_path, summary: `${r.year}`, after: set });
    return readReview(q, id);
  });
}

export function checkScore(level: ReviewLevel, score: number | null | undefined) {
  if (!levelAllowed(level, score)) throw Invalid('review_level_above_score', { level: REVIEW_LEVEL_LABELS[level].vi, score: score! });
}

/** "Xuất sắc" beyond the quota goes forward only with a written reason (HD 21-HD/BTCTW 2019 rule, as a setting). */
async function checkQuota(q: Queryable, r: Q.ReviewRow, level: ReviewLevel, reason: string | null) {
  if (level !== 'excellent') return null;
  const quota = await quotaWith(q, r, r.id, level);
  if (quota.exceeded && !reason) throw Invalid('review_quota_exceeded', { allowed: quota.allowed, used: quota.used, percent: quota.percent });
  return quota.exceeded ? reason : null;
}

export const selfReview = (db: Db, who: Principal, id: string, b: SelfBody) =>
  step(db, who, id, 'open', 'review.self', async (q, r) => {
    checkScore(b.level, b.score);
    // The facts are taken again at the self-review: the year's last records count.
    const facts = await yearFacts(q, { kind: r.subject_kind, orgId: r.subject_org_id, personId: r.subject_person_id }, r.year);
    return { status: 'self_done', self_text: b.text.trim(), self_score: b.score ?? null, self_level: b.level, self_at: new Date(), facts };
  });

export const propose = (db: Db, who: Principal, id: string, b: ProposalBody) =>
  step(db, who, id, 'self_done', 'review.propose', async (q, r) => {
    checkScore(b.level, b.score);
    const reason = await checkQuota(q, r, b.level, b.quotaReason?.trim() || null);
    return { status: 'proposed', comments: b.comments.trim(), proposed_score: b.score ?? null, proposed_level: b.level, proposal_reason: reason, proposed_at: new Date() };
  });

export const decide = (db: Db, who: Principal, id: string, b: DecisionBody) =>
  step(db, who, id, 'proposed', 'review.decide', async (q, r) => {
    checkScore(b.level, r.proposed_score);
    const reason = await checkQuota(q, { ...r, proposed_level: null }, b.level, b.quotaReason?.trim() || null);
    return { status: 'decided', decided_level: b.level, decision_note: b.note?.trim() || null, decision_reason: reason, decided_by: who.accountId, decided_at: new Date() };
  });

export async function getSettings(db: Db, orgId: string): Promise<Settings> {
  const org = await getOrg(db, orgId);
  return { orgId: org.id, excellentQuotaPercent: await Q.quotaPercent(db, org.id) };
}
export async function saveSettings(db: Db, who: Principal, orgId: string, percent: number): Promise<Settings> {
  return db.tx(async (q) => {
    const org = await getOrg(q, orgId);
    await Q.saveQuota(q, org.id, percent, who.accountId);
    await audit(q, who, { action: 'review.settings', entity: 'org', entityId: org.id, orgPath: org.path, after: { excellentQuotaPercent: percent } });
    return { orgId: org.id, excellentQuotaPercent: percent };
  });
}


