import { describe, expect, it } from 'vitest';
import { scoreConfirmedAs } from './score-confirmation';

const unit = 'Chi bộ bản Phiêng Lơi';
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'ok';
};

describe('who confirms a score', () => {
  it('is the committee member in charge who attended', () => {
    expect(scoreConfirmedAs({ who: { inCharge: true, attended: true, leader: false }, attendingOverseers: ['Tòng Văn Khay'], unit })).toBe('overseer');
  });
  it('is not the one in charge who did not attend', () => {
    expect(code(() => scoreConfirmedAs({ who: { inCharge: true, attended: false, leader: false }, attendingOverseers: [], unit })))
      .toBe('score_confirm_overseer_absent');
  });
  it('is a leader only when nobody in charge attended, and with a reason', () => {
    const leader = { inCharge: false, attended: false, leader: true };
    expect(code(() => scoreConfirmedAs({ who: leader, attendingOverseers: ['Tòng Văn Khay'], reason: 'Đồng chí Khay đi công tác', unit })))
      .toBe('score_confirm_by_attending_overseer');
    expect(code(() => scoreConfirmedAs({ who: leader, attendingOverseers: [], reason: '  ', unit }))).toBe('score_confirm_reason_required');
    expect(scoreConfirmedAs({ who: leader, attendingOverseers: [], reason: 'Đồng chí phụ trách nằm viện', unit })).toBe('leader');
  });
  it('is nobody else', () => {
    expect(code(() => scoreConfirmedAs({ who: { inCharge: false, attended: true, leader: false }, attendingOverseers: [], unit })))
      .toBe('score_confirm_not_allowed');
  });
});
