import { RuleError } from './errors';
import { ruleText, type RuleCode } from './rule-messages';
import type { MeetingType } from './types';

// Quality scoring of a meeting. Provinces publish their own forms, so schemes are data, versioned (DOMAIN.md).

export type ScoreLevel = 'tot' | 'kha' | 'trung_binh' | 'kem';

export const SCORE_LEVEL_LABELS: Readonly<Record<ScoreLevel, string>> = {
  tot: 'Tốt',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  kem: 'Kém',
};

export type Criterion = {
  key: string;
  label: string;
  maxPoints: number;
  /** Bình Thuận rule: "Tốt" also needs full marks here, otherwise the meeting drops one band. */
  fullMarksForTop?: boolean;
};

export type CriteriaGroup = { key: string; label: string; maxPoints: number; criteria: Criterion[] };

export type ScoreBand = { level: ScoreLevel; label: string; min: number };

export type ScoringScheme = {
  id: string;
  name: string;
  version: number;
  /** Total points of the scheme; the groups must add up to it. */
  maxPoints: number;
  meetingTypes: MeetingType[];
  source: string;
  groups: CriteriaGroup[];
  /** Highest band first; a score gets the first band whose `min` it reaches. */
  bands: ScoreBand[];
};

export type MeetingScore = {
  total: number;
  maxPoints: number;
  level: ScoreLevel;
  label: string;
  /** Keys of the full-marks criteria that kept the meeting out of the top band. */
  droppedByRule?: string[];
};

/** A problem of a scheme: a stable code and its params; `message` is the Vietnamese wording (ruleText gives either language). */
export type SchemeProblem = { code: SchemeProblemCode; params: Record<string, unknown>; message: string };
export type SchemeProblemCode = Extract<RuleCode,
  | 'scheme_empty' | 'scheme_name_missing' | 'scheme_types_missing' | 'scheme_total_mismatch' | 'duplicate_key'
  | 'group_label_missing' | 'criterion_label_missing'
  | 'group_empty' | 'group_total_mismatch' | 'invalid_max_points' | 'bands_empty' | 'bands_not_descending' | 'band_out_of_range'
  | 'bands_floor' | 'top_rule_without_lower_band'>;

const EPS = 1e-9;
const round2 = (n: number): number => Math.round(n * 100) / 100;
const allCriteria = (s: ScoringScheme): Criterion[] => s.groups.flatMap((g) => g.criteria);

/** What keeps a scheme from being used; empty when it is sound. Every score from 0 to the total must land in a band. */
export function validateScheme(scheme: ScoringScheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const add = (code: SchemeProblemCode, params: Record<string, unknown> = {}): void => {
    problems.push({ code, params, message: ruleText('vi', code, params) });
  };
  if (!scheme.name?.trim()) add('scheme_name_missing');
  if (!scheme.meetingTypes?.length) add('scheme_types_missing');
  if (scheme.groups.length === 0) add('scheme_empty');
  const groupSum = scheme.groups.reduce((s, g) => s + g.maxPoints, 0);
  if (Math.abs(groupSum - scheme.maxPoints) > EPS) add('scheme_total_mismatch', { sum: round2(groupSum), max: scheme.maxPoints });
  const keys = new Set<string>();
  // A group or criterion without a name is named by its place (never by its key, which users do not see).
  for (const [gi, g] of scheme.groups.entries()) {
    if (keys.has(g.key)) add('duplicate_key', { key: g.key });
    keys.add(g.key);
    const groupName = g.label?.trim() || null;
    if (!groupName) add('group_label_missing', { n: gi + 1 });
    if (g.criteria.length === 0) add('group_empty', { label: g.label });
    const sum = g.criteria.reduce((s, c) => s + c.maxPoints, 0);
    if (Math.abs(sum - g.maxPoints) > EPS) add('group_total_mismatch', { label: g.label, sum: round2(sum), max: g.maxPoints });
    for (const [ci, c] of g.criteria.entries()) {
      if (keys.has(c.key)) add('duplicate_key', { key: c.key });
      keys.add(c.key);
      if (!c.label?.trim()) add('criterion_label_missing', { n: ci + 1, group: groupName, groupN: gi + 1 });
      if (!Number.isFinite(c.maxPoints) || c.maxPoints <= 0) add('invalid_max_points', { label: c.label });
    }
  }
  const { bands } = scheme;
  if (bands.length === 0) add('bands_empty');
  for (let i = 1; i < bands.length; i++) {
    if (!(bands[i].min < bands[i - 1].min)) add('bands_not_descending', { label: bands[i].label, above: bands[i - 1].label });
  }
  if (bands.length > 0 && bands[0].min > scheme.maxPoints) add('band_out_of_range', { label: bands[0].label });
  // Every score, down to 0, must land in a band.
  if (bands.length > 0 && bands[bands.length - 1].min !== 0) add('bands_floor', { label: bands[bands.length - 1].label });
  if (bands.length < 2 && allCriteria(scheme).some((c) => c.fullMarksForTop)) add('top_rule_without_lower_band');
  return problems;
}

/**
 * Scores one meeting. Every criterion must be scored within [0, max]; half points are allowed.
 * A score reaching the top band with any `fullMarksForTop` criterion short of its maximum drops to the
 * next band (Bình Thuận: "Tốt" also needs full marks on attendance, duration, members speaking, minutes).
 */
export function scoreMeeting(scheme: ScoringScheme, points: Readonly<Record<string, number>>): MeetingScore {
  const criteria = allCriteria(scheme);
  const known = new Set(criteria.map((c) => c.key));
  for (const key of Object.keys(points)) {
    if (!known.has(key)) {
      throw new RuleError('score_unknown_criterion', { key, scheme: scheme.name });
    }
  }
  let total = 0;
  const short: string[] = [];
  for (const c of criteria) {
    const v = points[c.key];
    if (v === undefined) {
      throw new RuleError('score_missing', { key: c.key, label: c.label });
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > c.maxPoints) {
      throw new RuleError('score_out_of_range', { key: c.key, label: c.label, value: v, max: c.maxPoints });
    }
    total += v;
    if (c.fullMarksForTop && v < c.maxPoints) short.push(c.key);
  }
  total = round2(total);
  const bands = scheme.bands;
  let index = bands.findIndex((b) => total >= b.min);
  if (index < 0) index = bands.length - 1;
  let droppedByRule: string[] | undefined;
  if (index === 0 && short.length > 0 && bands.length > 1) {
    index = 1;
    droppedByRule = short;
  }
  const band = bands[index];
  return {
    total,
    maxPoints: scheme.maxPoints,
    level: band.level,
    label: band.label,
    ...(droppedByRule ? { droppedByRule } : {}),
  };
}

export function schemeFor(type: MeetingType, schemes: readonly ScoringScheme[]): ScoringScheme | undefined {
  return schemes.find((s) => s.meetingTypes.includes(type));
}

// A cell's year is "Tốt" when every regular meeting is at least Khá and at least 7 are Tốt (DOMAIN.md).
export const YEAR_TOT_MIN_MEETINGS = 7;

export type YearRating = {
  good: boolean;
  label: string;
  meetings: number;
  totCount: number;
  belowKhaCount: number;
  reasons: string[];
};

/**
 * `levels`: one per regular meeting of the year. With `expectedMeetings`, meetings not scored
 * (or not held) also keep the year from "Tốt".
 */
export function yearRating(
  levels: readonly ScoreLevel[],
  opts: { minTot?: number; expectedMeetings?: number } = {},
): YearRating {
  const minTot = opts.minTot ?? YEAR_TOT_MIN_MEETINGS;
  const totCount = levels.filter((l) => l === 'tot').length;
  const belowKhaCount = levels.filter((l) => l !== 'tot' && l !== 'kha').length;
  const reasons: string[] = [];
  if (belowKhaCount > 0) reasons.push(`Có ${belowKhaCount} buổi sinh hoạt xếp loại dưới Khá.`);
  if (totCount < minTot) reasons.push(`Mới có ${totCount} buổi xếp loại Tốt (cần ít nhất ${minTot}).`);
  if (opts.expectedMeetings !== undefined && levels.length < opts.expectedMeetings) {
    reasons.push(`Mới có ${levels.length}/${opts.expectedMeetings} buổi sinh hoạt thường kỳ được chấm điểm.`);
  }
  const good = reasons.length === 0;
  return {
    good,
    label: good ? 'Năm sinh hoạt đạt loại Tốt' : 'Năm sinh hoạt chưa đạt loại Tốt',
    meetings: levels.length,
    totCount,
    belowKhaCount,
    reasons,
  };
}
