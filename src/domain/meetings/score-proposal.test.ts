import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, THEMATIC_SCHEME } from './scoring-schemes';
import { proposeScore, type ScoreFacts } from './score-proposal';

const facts = (over: Partial<ScoreFacts> = {}): ScoreFacts => ({
  attendance: { expected: 21, presentExpected: 21, absentUnexcused: 0, late: 0, leftEarly: 0, notRecorded: 0 },
  duration: { minutes: 95, minimum: 90 },
  notice: { sent: true, late: false },
  documents: { ready: true, late: false },
  ...over,
});
const points = (p: ReturnType<typeof proposeScore>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.points]));

describe('score proposals from what chibo knows', () => {
  it('proposes full marks for a meeting everyone attended on time, long enough, announced in time', () => {
    expect(points(proposeScore(DEFAULT_SCHEME, facts()))).toEqual({
      att_rate: 12, att_no_unexcused: 5, att_punctual: 3, con_duration: 5, prep_notice: 5,
    });
  });

  it('leaves every other criterion to the cell', () => {
    const keys = Object.keys(proposeScore(DEFAULT_SCHEME, facts()));
    expect(keys).not.toContain('con_speaking');
    expect(keys).not.toContain('clo_minutes');
  });

  it('gives full attendance marks above 85% of the members expected, a share of them below, in half points', () => {
    // Phiêng Lơi: 21 expected, 19 present (90.5%): full.
    const p19 = proposeScore(DEFAULT_SCHEME, facts({ attendance: { expected: 21, presentExpected: 19, absentUnexcused: 1, late: 0, leftEarly: 0, notRecorded: 0 } }));
    expect(p19.att_rate).toEqual({ points: 12, basis: { code: 'attendance_rate', params: { present: 19, expected: 21, percent: 90.5, threshold: 85 } } });
    expect(p19.att_no_unexcused.points).toBe(0);
    // Exactly 85% is not "above 85%": 17/20 × 12 = 10.2 → 10.
    const p17 = proposeScore(DEFAULT_SCHEME, facts({ attendance: { expected: 20, presentExpected: 17, absentUnexcused: 0, late: 0, leftEarly: 0, notRecorded: 0 } }));
    expect(p17.att_rate.points).toBe(10);
    expect(p17.att_no_unexcused.points).toBe(5);
    // 14/20 × 12 = 8.4 → 8; the thematic scheme's 15 points: 10.5.
    const f14 = facts({ attendance: { expected: 20, presentExpected: 14, absentUnexcused: 2, late: 1, leftEarly: 0, notRecorded: 0 } });
    expect(proposeScore(DEFAULT_SCHEME, f14).att_rate.points).toBe(8);
    expect(proposeScore(THEMATIC_SCHEME, f14).th_att_rate.points).toBe(10.5);
    expect(proposeScore(DEFAULT_SCHEME, f14).att_punctual).toEqual({ points: 0, basis: { code: 'punctual', params: { late: 1, leftEarly: 0 } } });
  });

  it('proposes nothing from the roll call while someone is not yet recorded', () => {
    const p = proposeScore(DEFAULT_SCHEME, facts({ attendance: { expected: 21, presentExpected: 18, absentUnexcused: 0, late: 0, leftEarly: 0, notRecorded: 3 } }));
    expect(Object.keys(p).sort()).toEqual(['con_duration', 'prep_notice']);
  });

  it('proposes the duration marks from the minimum in force, and nothing before the end is recorded', () => {
    expect(proposeScore(DEFAULT_SCHEME, facts({ duration: { minutes: 80, minimum: 90 } })).con_duration).toEqual({
      points: 0, basis: { code: 'duration', params: { minutes: 80, minimum: 90 } },
    });
    // A small cell whose committee set 60 minutes.
    expect(proposeScore(DEFAULT_SCHEME, facts({ duration: { minutes: 70, minimum: 60 } })).con_duration.points).toBe(5);
    expect(proposeScore(DEFAULT_SCHEME, facts({ duration: { minutes: null, minimum: 90 } })).con_duration).toBeUndefined();
    expect(proposeScore(THEMATIC_SCHEME, facts({ duration: { minutes: 120, minimum: 90 } })).th_duration.points).toBe(5);
  });

  it('splits the notice marks: half for the notice on time, half for the documents on time', () => {
    const notice = (n: ScoreFacts['notice'], d: ScoreFacts['documents']) => proposeScore(DEFAULT_SCHEME, facts({ notice: n, documents: d })).prep_notice;
    expect(notice({ sent: true, late: false }, { ready: true, late: true })).toEqual({
      points: 2.5, basis: { code: 'notice', params: { notice: 'on_time', documents: 'late' } },
    });
    expect(notice({ sent: true, late: true }, { ready: true, late: false }).points).toBe(2.5);
    expect(notice({ sent: false, late: true }, { ready: false, late: true })).toEqual({
      points: 0, basis: { code: 'notice', params: { notice: 'not_sent', documents: 'not_ready' } },
    });
    expect(proposeScore(THEMATIC_SCHEME, facts()).th_notice.points).toBe(5);
  });

  it('never proposes more than a criterion’s points nor less than zero', () => {
    for (const scheme of [DEFAULT_SCHEME, THEMATIC_SCHEME]) {
      for (const present of [0, 5, 17, 18, 21]) {
        const p = proposeScore(scheme, facts({ attendance: { expected: 21, presentExpected: present, absentUnexcused: 21 - present, late: 2, leftEarly: 1, notRecorded: 0 } }));
        for (const c of scheme.groups.flatMap((g) => g.criteria)) {
          if (!p[c.key]) continue;
          expect(p[c.key].points).toBeGreaterThanOrEqual(0);
          expect(p[c.key].points).toBeLessThanOrEqual(c.maxPoints);
        }
      }
    }
  });
});
