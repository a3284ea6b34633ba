import { describe, expect, it } from 'vitest';
import { RULE_MESSAGES, ruleText, type RuleCode } from './rule-messages';
import { RuleError } from './errors';
import { validateVote } from './attendance';
import { absenceStatus } from './absence';

// Letters only Vietnamese uses (đ and the vowels with diacritics): none may reach an English reader.
const VIETNAMESE = /[đĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const sample = { key: 'k', scheme: 'S', label: 'L', value: 5, max: 3, dayOfMonth: 40, time: '25:00', start: '08:00', end: '07:00', field: 'for',
  kind: 'moved', originalDate: '2026-01-03', from: '2026-02-01', to: '2026-01-01', typeCode: 'XX', by: 'x', date: '2020-01-01',
  termStart: '2021-01-01', num: 3, den: 2, total: 12, eligible: 10, category: 'salaried', baseAmount: -1, area: 'x', minimum: 90,
  actual: 60, count: 2, year: 2026, months: [1, 5], name: 'Nguyễn Văn A', subject: 'S', official: 2,
  unit: 'U', sum: 99, above: 'A', problemsVi: 'P', problemsEn: 'P', n: 2, group: 'G', groupN: 1 };

describe('rule messages', () => {
  it('word every rule in Vietnamese and in English, and the English has no Vietnamese words', () => {
    for (const code of Object.keys(RULE_MESSAGES) as RuleCode[]) {
      const en = ruleText('en', code, { ...sample, name: 'A' });
      expect(ruleText('vi', code, sample), code).not.toBe('');
      expect(en, code).not.toMatch(VIETNAMESE);
      expect(en, code).not.toMatch(/undefined|\[object/);
    }
  });

  it('keep the Vietnamese wording on the error and give the English from the code and parameters', () => {
    let e: RuleError | undefined;
    try {
      validateVote({ for: 1, against: -2, other: 0 }, 10);
    } catch (err) {
      e = err as RuleError;
    }
    expect(e?.message).toBe('Số phiếu không tán thành (-2) không được âm.');
    expect(ruleText('en', e!.code, e!.params)).toBe('The number of votes against (-2) cannot be negative.');
    const absence = absenceStatus([1, 5].map((m) => ({ date: `2026-0${m}-10`, status: 'absent_unexcused' as const, type: 'regular' as const })), 2026);
    expect(ruleText('en', `absence_${absence.level}`, absence)).toBe(
      'Absent without a valid reason in 2 months of 2026 (January, May); one more month and the member is considered for removal.',
    );
  });
});
