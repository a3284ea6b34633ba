// Review and ranking (đánh giá, xếp loại chất lượng) of party organisations and members, QĐ 366-QĐ/TW (30 Aug 2025)
// and HD 43-HD/BTCTW (31 Oct 2025): a 100-point scale, four levels. The quota of "xuất sắc" comes from the earlier
// rule (HD 21-HD/BTCTW 2019), not confirmed for QĐ 366: a setting, default 20%.
import type { Labels } from '../labels';

export const REVIEW_LEVELS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];
export const REVIEW_LEVEL_LABELS: Labels<ReviewLevel> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Tasks completed with excellence' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Tasks completed well' },
  completed: { vi: 'Hoàn thành nhiệm vụ', en: 'Tasks completed' },
  not_completed: { vi: 'Không hoàn thành nhiệm vụ', en: 'Tasks not completed' },
};
export const REVIEW_SUBJECT_KINDS = ['member', 'cell', 'cell_committee'] as const;
export type ReviewSubjectKind = (typeof REVIEW_SUBJECT_KINDS)[number];
export const REVIEW_SUBJECT_LABELS: Labels<ReviewSubjectKind> = {
  member: { vi: 'Đảng viên', en: 'Member' }, cell: { vi: 'Chi bộ', en: 'Cell' }, cell_committee: { vi: 'Chi ủy', en: 'Cell committee' },
};
export const REVIEW_STATUSES = ['open', 'self_done', 'proposed', 'decided'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** HD 43-HD/BTCTW: ≥ 90 excellent, 70–<90 good, 50–<70 completed, < 50 not completed. */
export function levelForScore(score: number): ReviewLevel {
  if (score >= 90) return 'excellent';
  if (score >= 70) return 'good';
  if (score >= 50) return 'completed';
  return 'not_completed';
}
const RANK: Record<ReviewLevel, number> = { excellent: 3, good: 2, completed: 1, not_completed: 0 };
/** A level is never above what the score allows (it may be lower: "xuất sắc" also needs conditions beyond points). */
export const levelAllowed = (level: ReviewLevel, score: number | null | undefined) => score == null || RANK[level] <= RANK[levelForScore(score)];

/**
 * The quota (HD 21-HD/BTCTW 2019, kept as a setting): within the grassroots organisation, members rated "xuất sắc"
 * are at most `percent`% of those rated at least "hoàn thành tốt" (xuất sắc is chosen among them); party
 * organisations are counted apart from members. Returns how many "xuất sắc" the levels allow and use.
 */
export function quotaCheck(levels: readonly (ReviewLevel | null)[], percent: number): { allowed: number; used: number; exceeded: boolean } {
  const used = levels.filter((l) => l === 'excellent').length;
  const atLeastGood = levels.filter((l) => l === 'excellent' || l === 'good').length;
  const allowed = Math.floor((atLeastGood * percent) / 100);
  return { allowed, used, exceeded: used > allowed };
}

/** Conditions of "xuất sắc" beyond the points (HD 43-HD/BTCTW) that the records can show: warnings, not refusals. */
export function excellentWarnings(f: { tasksOverdue: number; openRemedies: number; absencesUnexcused: number }): string[] {
  const out: string[] = [];
  if (f.tasksOverdue > 0) out.push('tasks_overdue');
  if (f.openRemedies > 0) out.push('remedies_open');
  if (f.absencesUnexcused > 0) out.push('absences_unexcused');
  return out;
}
