// Training of members (bồi dưỡng, học tập) and what a member still owes. Sources:
// - HD 61-HD/BTGTW 2022: candidates attend the party-awareness course before admission.
// - HD 60-HD/BTGTW 2022: a new member attends the new-member course during probation; its certificate is part of
//   the file for becoming official (probation: 12 months from the admission ceremony, Charter art. 5).
// - QĐ 57-QĐ/TW 2022: political theory levels sơ cấp, trung cấp, cao cấp.
// - Every year members study the new resolutions in sessions organised by the committee.
import type { Labels } from '../labels';

export const TRAINING_KINDS = [
  'party_awareness', 'new_member', 'theory_basic', 'theory_intermediate', 'theory_advanced', 'resolution_study', 'refresher', 'other',
] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export const TRAINING_KIND_LABELS: Labels<TrainingKind> = {
  party_awareness: { vi: 'Lớp bồi dưỡng nhận thức về Đảng', en: 'Party-awareness course' },
  new_member: { vi: 'Lớp bồi dưỡng lý luận chính trị cho đảng viên mới', en: 'New-member course' },
  theory_basic: { vi: 'Sơ cấp lý luận chính trị', en: 'Political theory, basic level' },
  theory_intermediate: { vi: 'Trung cấp lý luận chính trị', en: 'Political theory, intermediate level' },
  theory_advanced: { vi: 'Cao cấp lý luận chính trị', en: 'Political theory, advanced level' },
  resolution_study: { vi: 'Học tập, quán triệt nghị quyết', en: 'Study of resolutions' },
  refresher: { vi: 'Bồi dưỡng, cập nhật kiến thức', en: 'Refresher course' },
  other: { vi: 'Lớp khác', en: 'Other course' },
};

export const TRAINING_STATUSES = ['enrolled', 'attended', 'completed', 'not_completed', 'absent'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];
export const TRAINING_STATUS_LABELS: Labels<TrainingStatus> = {
  enrolled: { vi: 'Được cử đi học', en: 'Enrolled' },
  attended: { vi: 'Đã tham dự', en: 'Attended' },
  completed: { vi: 'Hoàn thành', en: 'Completed' },
  not_completed: { vi: 'Không hoàn thành', en: 'Not completed' },
  absent: { vi: 'Vắng', en: 'Absent' },
};

/** A political theory course, completed, gives the member at least that level (QĐ 57-QĐ/TW). */
export const THEORY_OF_KIND: Partial<Record<TrainingKind, 'so_cap' | 'trung_cap' | 'cao_cap'>> = {
  theory_basic: 'so_cap', theory_intermediate: 'trung_cap', theory_advanced: 'cao_cap',
};
const THEORY_RANK = { none: 0, so_cap: 1, trung_cap: 2, cao_cap: 3, cu_nhan: 4 } as const;
export const raisesTheory = (current: keyof typeof THEORY_RANK | null, kind: TrainingKind): boolean => {
  const to = THEORY_OF_KIND[kind];
  return !!to && THEORY_RANK[to] > THEORY_RANK[current ?? 'none'];
};

/** Probation lasts 12 months from admission (Charter art. 5); the new-member course must be finished before its end. */
export function probationEnds(admissionDate: string): string {
  const [y, m, d] = admissionDate.split('-').map(Number);
  const end = new Date(Date.UTC(y + 1, m - 1, d));
  if (end.getUTCMonth() !== m - 1) end.setUTCDate(0); // 29 Feb → 28 Feb
  return end.toISOString().slice(0, 10);
}

export type OwedCourse = { kind: 'new_member' | 'resolution_study'; dueOn: string | null; reason: 'probation' | 'missed_study' };

/**
 * What a member still owes: a probationary member without the new-member course completed (due when probation
 * ends); a member summoned to this year's study of resolutions who did not attend and completed no other session.
 */
export function owedCourses(m: {
  standing: 'probationary' | 'official'; admissionDate: string | null; completedKinds: readonly TrainingKind[];
  missedStudy: { endsOn: string } | null; attendedStudy: boolean;
}): OwedCourse[] {
  const out: OwedCourse[] = [];
  if (m.standing === 'probationary' && !m.completedKinds.includes('new_member')) {
    out.push({ kind: 'new_member', dueOn: m.admissionDate ? probationEnds(m.admissionDate) : null, reason: 'probation' });
  }
  if (m.missedStudy && !m.attendedStudy) out.push({ kind: 'resolution_study', dueOn: null, reason: 'missed_study' });
  return out;
}

/** A completed course (from a course of the commune, or entered from a certificate) and the day it ended. */
export type CompletedCourse = { kind: TrainingKind; endsOn: string };

/**
 * Whether a probationary member may be made official on `effectiveOn` as far as training goes: the new-member course
 * must be completed, and finished by that day (HD 60-HD/BTGTW 2022; the guidance on the Party Charter puts its
 * certificate in the file for becoming official). Null: nothing stands in the way; otherwise the reason, with the day
 * the course ended when it ended too late.
 */
export function officialTrainingGap(completed: readonly CompletedCourse[], effectiveOn: string):
  null | { code: 'official_needs_new_member_course' } | { code: 'official_course_after_date'; endsOn: string } {
  const done = completed.filter((c) => c.kind === 'new_member').map((c) => c.endsOn).sort();
  if (!done.length) return { code: 'official_needs_new_member_course' };
  if (done[0] > effectiveOn) return { code: 'official_course_after_date', endsOn: done[0] };
  return null;
}
