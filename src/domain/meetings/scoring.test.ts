import { describe, expect, it } from 'vitest';
import { RuleError } from './errors';
import { scoreMeeting, schemeFor, validateScheme, yearRating, type ScoringScheme } from './scoring';
import { ruleText } from './rule-messages';
import { BUILTIN_SCHEMES, DEFAULT_SCHEME, THEMATIC_SCHEME } from './scoring-schemes';

const criteria = (s: ScoringScheme) => s.groups.flatMap((g) => g.criteria);
const full = (s: ScoringScheme): Record<string, number> => Object.fromEntries(criteria(s).map((c) => [c.key, c.maxPoints]));

/** Full marks, then remove `loss` points from the non-rule criteria (or from `from`). */
const withLoss = (loss: number, from = 'con_review'): Record<string, number> => {
  const p = full(DEFAULT_SCHEME);
  p[from] -= loss;
  return p;
};

const thrown = (fn: () => unknown): RuleError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
};

describe('built-in schemes', () => {
  it('are consistent', () => {
    for (const s of BUILTIN_SCHEMES) expect(validateScheme(s)).toEqual([]);
  });
  it('follow the Phú Thọ weights: 15 / 20 / 45 / 20', () => {
    expect(DEFAULT_SCHEME.groups.map((g) => [g.key, g.maxPoints])).toEqual([
      ['preparation', 15],
      ['attendance', 20],
      ['conduct', 45],
      ['closing', 20],
    ]);
    expect(DEFAULT_SCHEME.bands.map((b) => [b.label, b.min])).toEqual([
      ['Tốt', 90],
      ['Khá', 70],
      ['Trung bình', 50],
      ['Kém', 0],
    ]);
  });
  it('mark the Bình Thuận criteria: attendance, duration, members speaking, minutes', () => {
    const marked = criteria(DEFAULT_SCHEME).filter((c) => c.fullMarksForTop).map((c) => c.key);
    expect(marked).toEqual(['att_rate', 'att_no_unexcused', 'con_duration', 'con_speaking', 'clo_minutes']);
  });
  it('are frozen', () => {
    expect(() => {
      (DEFAULT_SCHEME.groups[0].criteria[0] as { maxPoints: number }).maxPoints = 99;
    }).toThrow(TypeError);
    expect(DEFAULT_SCHEME.groups[0].criteria[0].maxPoints).toBe(5);
  });
  it('pick a scheme per meeting type', () => {
    expect(schemeFor('regular', BUILTIN_SCHEMES)?.id).toBe(DEFAULT_SCHEME.id);
    expect(schemeFor('combined', BUILTIN_SCHEMES)?.id).toBe(DEFAULT_SCHEME.id);
    expect(schemeFor('thematic', BUILTIN_SCHEMES)?.id).toBe(THEMATIC_SCHEME.id);
    expect(schemeFor('extraordinary', BUILTIN_SCHEMES)).toBeUndefined();
  });
});

describe('scoreMeeting bands', () => {
  it('puts the edges in the right band', () => {
    expect(scoreMeeting(DEFAULT_SCHEME, full(DEFAULT_SCHEME))).toEqual({ total: 100, maxPoints: 100, level: 'tot', label: 'Tốt' });
    expect(scoreMeeting(DEFAULT_SCHEME, withLoss(10))).toMatchObject({ total: 90, level: 'tot' });
    expect(scoreMeeting(DEFAULT_SCHEME, { ...withLoss(10), prep_content: 4.5 })).toMatchObject({ total: 89.5, level: 'kha', label: 'Khá' });
    expect(scoreMeeting(DEFAULT_SCHEME, { ...withLoss(10), prep_content: 0 })).toMatchObject({ total: 85, level: 'kha' });
    const p70 = { ...withLoss(10), prep_content: 0, prep_committee: 0, prep_notice: 0, clo_previous: 0 };
    expect(scoreMeeting(DEFAULT_SCHEME, p70)).toMatchObject({ total: 70, level: 'kha' });
    expect(scoreMeeting(DEFAULT_SCHEME, { ...p70, clo_resolution: 0.5 })).toMatchObject({ total: 65.5, level: 'trung_binh' });
    const p50 = { ...p70, con_ho_chi_minh: 0, con_dissemination: 0, con_chairing: 0, con_on_time: 0 };
    expect(scoreMeeting(DEFAULT_SCHEME, p50)).toMatchObject({ total: 50, level: 'trung_binh', label: 'Trung bình' });
    expect(scoreMeeting(DEFAULT_SCHEME, { ...p50, att_punctual: 2.5 })).toMatchObject({ total: 49.5, level: 'kem', label: 'Kém' });
  });
  it('adds decimals without floating-point drift', () => {
    const p = full(DEFAULT_SCHEME);
    p.prep_content = 4.1;
    p.prep_committee = 4.2;
    p.prep_notice = 4.7; // loses 2 points in all
    expect(scoreMeeting(DEFAULT_SCHEME, p).total).toBe(98);
  });
});

describe('Bình Thuận full-marks rule', () => {
  it('drops Tốt to Khá when a marked criterion is short, and says which', () => {
    const p = full(DEFAULT_SCHEME);
    p.con_speaking = 9;
    p.clo_minutes = 4;
    expect(scoreMeeting(DEFAULT_SCHEME, p)).toEqual({
      total: 98,
      maxPoints: 100,
      level: 'kha',
      label: 'Khá',
      droppedByRule: ['con_speaking', 'clo_minutes'],
    });
  });
  it('does not apply below the top band or to unmarked criteria', () => {
    expect(scoreMeeting(DEFAULT_SCHEME, withLoss(5, 'prep_content'))).toMatchObject({ level: 'tot' });
    const below = { ...withLoss(10), con_duration: 0 };
    expect(scoreMeeting(DEFAULT_SCHEME, below)).toEqual({ total: 85, maxPoints: 100, level: 'kha', label: 'Khá' });
  });
});

describe('scoreMeeting validation', () => {
  it('refuses points out of range, naming the criterion', () => {
    const e = thrown(() => scoreMeeting(DEFAULT_SCHEME, { ...full(DEFAULT_SCHEME), prep_notice: 6 }));
    expect(e.code).toBe('score_out_of_range');
    expect(e.message).toBe(
      'Điểm của tiêu chí "Thông báo thời gian, địa điểm, nội dung; tài liệu gửi trước ≥ 1 ngày" (6) phải từ 0 đến 5.',
    );
    expect(thrown(() => scoreMeeting(DEFAULT_SCHEME, { ...full(DEFAULT_SCHEME), att_rate: -1 })).code).toBe('score_out_of_range');
    expect(thrown(() => scoreMeeting(DEFAULT_SCHEME, { ...full(DEFAULT_SCHEME), att_rate: Number.NaN })).code).toBe(
      'score_out_of_range',
    );
  });
  it('requires every criterion and refuses unknown ones', () => {
    const { clo_minutes: _omit, ...missing } = full(DEFAULT_SCHEME);
    const e = thrown(() => scoreMeeting(DEFAULT_SCHEME, missing));
    expect(e.code).toBe('score_missing');
    expect(e.message).toContain('Biên bản đầy đủ');
    expect(thrown(() => scoreMeeting(DEFAULT_SCHEME, { ...full(DEFAULT_SCHEME), bogus: 1 })).code).toBe('score_unknown_criterion');
  });
});

describe('validateScheme', () => {
  it('reports inconsistent totals and bands', () => {
    const broken: ScoringScheme = structuredClone(DEFAULT_SCHEME);
    broken.groups[0].criteria[0].maxPoints = 6; // group now sums to 16, scheme to 101
    broken.bands[2].min = 75; // not descending
    broken.bands[3].min = 10; // no floor
    broken.groups[1].criteria[0].key = 'prep_content'; // duplicate
    const codes = validateScheme(broken).map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining(['group_total_mismatch', 'bands_not_descending', 'bands_floor', 'duplicate_key']),
    );
    broken.groups[0].maxPoints = 16;
    expect(validateScheme(broken).map((p) => p.code)).toContain('scheme_total_mismatch');
  });
});

describe('yearRating', () => {
  it('is Tốt with every meeting at least Khá and at least 7 Tốt', () => {
    const year = [...Array(7).fill('tot'), ...Array(5).fill('kha')];
    expect(yearRating(year)).toMatchObject({ good: true, totCount: 7, belowKhaCount: 0, reasons: [] });
  });
  it('is not Tốt with only 6 Tốt', () => {
    const r = yearRating([...Array(6).fill('tot'), ...Array(6).fill('kha')]);
    expect(r.good).toBe(false);
    expect(r.reasons).toEqual(['Mới có 6 buổi xếp loại Tốt (cần ít nhất 7).']);
  });
  it('is not Tốt with one meeting below Khá', () => {
    const r = yearRating([...Array(11).fill('tot'), 'trung_binh']);
    expect(r).toMatchObject({ good: false, belowKhaCount: 1 });
  });
  it('can require every expected meeting to be scored', () => {
    expect(yearRating(Array(8).fill('tot'), { expectedMeetings: 12 }).good).toBe(false);
    expect(yearRating(Array(12).fill('tot'), { expectedMeetings: 12 }).good).toBe(true);
  });
});

describe('validateScheme words each problem in both languages', () => {
  it('gives a code, its params and the Vietnamese and English wording', () => {
    const broken: ScoringScheme = structuredClone(DEFAULT_SCHEME);
    broken.groups[0].criteria[0].maxPoints = 6;
    const p = validateScheme(broken).find((x) => x.code === 'group_total_mismatch')!;
    expect(p.message).toBe(`Tổng điểm các tiêu chí của nhóm "${broken.groups[0].label}" (16) khác điểm của nhóm (15).`);
    expect(ruleText('en', p.code, p.params)).toBe(`The criteria of group "${broken.groups[0].label}" add up to 16 points, not the group’s 15.`);
    expect(validateScheme({ ...broken, name: ' ', meetingTypes: [] }).map((x) => x.code)).toEqual(
      expect.arrayContaining(['scheme_name_missing', 'scheme_types_missing']),
    );
  });
});

describe('validateScheme names a criterion or group without a name by its place, never by its internal key', () => {
  it('words a nameless criterion and group as "Tiêu chí 2 của nhóm …" / "Nhóm tiêu chí 3"', () => {
    const s: ScoringScheme = structuredClone(DEFAULT_SCHEME);
    const group = s.groups[0].label;
    s.groups[0].criteria[1] = { ...s.groups[0].criteria[1], key: 'tc_2', label: ' ' };
    s.groups[2] = { ...s.groups[2], key: 'nhom_3', label: '' };
    const problems = validateScheme(s);
    const vi = problems.map((p) => p.message);
    const en = problems.map((p) => ruleText('en', p.code, p.params));
    expect(vi).toContain(`Tiêu chí 2 của nhóm "${group}" chưa có tên.`);
    expect(en).toContain(`Criterion 2 of group "${group}" has no name.`);
    expect(vi).toContain('Nhóm tiêu chí 3 chưa có tên.');
    expect(en).toContain('Group 3 has no name.');
    for (const m of [...vi, ...en]) expect(m).not.toMatch(/tc_2|nhom_3/);
  });
});
