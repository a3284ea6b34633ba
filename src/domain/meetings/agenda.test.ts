import { describe, expect, it } from 'vitest';
import { agendaTemplate } from './agenda';

const keys = (type: Parameters<typeof agendaTemplate>[0]) => agendaTemplate(type).map((i) => i.key);

describe('agendaTemplate', () => {
  it('follows the DOMAIN.md order of business for a regular meeting', () => {
    expect(keys('regular')).toEqual([
      'opening',
      'minute_taker',
      'roll_call',
      'dues',
      'approve_agenda',
      'ho_chi_minh',
      'monthly_review',
      'upper_documents',
      'upper_member',
      'discussion',
      'sum_up',
      'vote',
      'admissions',
      'self_scoring',
      'minutes',
      'close',
    ]);
  });
  it('gives a thematic meeting the topic instead of the monthly review', () => {
    const t = keys('thematic');
    expect(t).toContain('topic');
    expect(t).not.toContain('monthly_review');
    expect(t.indexOf('topic')).toBe(keys('regular').indexOf('monthly_review'));
  });
  it('has both in a combined meeting, review first', () => {
    const c = keys('combined');
    expect(c.indexOf('monthly_review')).toBeGreaterThan(-1);
    expect(c.indexOf('topic')).toBe(c.indexOf('monthly_review') + 1);
  });
  it('keeps an extraordinary meeting to its business', () => {
    expect(keys('extraordinary')).toEqual(expect.arrayContaining(['roll_call', 'matter', 'vote', 'minutes']));
    expect(keys('extraordinary')).not.toContain('dues');
  });
  it('has Vietnamese and English titles and returns fresh copies', () => {
    const a = agendaTemplate('regular');
    expect(a[0]).toEqual({ key: 'opening', title: 'Tuyên bố lý do, giới thiệu đại biểu', titleEn: 'Reason for the meeting; guests' });
    expect(a.find((i) => i.key === 'self_scoring')?.title).toBe('Chi bộ tự đánh giá, chấm điểm chất lượng buổi sinh hoạt');
    a[0].title = 'changed';
    a.pop();
    expect(agendaTemplate('regular')[0].title).toBe('Tuyên bố lý do, giới thiệu đại biểu');
    expect(agendaTemplate('regular')).toHaveLength(16);
    for (const item of agendaTemplate('combined')) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.titleEn.length).toBeGreaterThan(0);
    }
  });
});
