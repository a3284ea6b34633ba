import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditText } from './audit';

describe('the audit log in words', () => {
  it('reads an entry as who did what, to whom, where — in either language', () => {
    const e = { action: 'meeting.attendance', actor: 'Lường Văn Trường', summary: 'Lò Văn Pọm: absent_excused', unit: 'Chi bộ bản Phiêng Lơi' };
    expect(auditText(e, 'vi')).toBe('Lường Văn Trường điểm danh: Lò Văn Pọm — Vắng có lý do (Chi bộ bản Phiêng Lơi)');
    expect(auditText(e, 'en')).toBe('Lường Văn Trường took the roll call: Lò Văn Pọm — Absent with reason (Chi bộ bản Phiêng Lơi)');
  });

  it('words roles, positions and the system', () => {
    expect(auditText({ action: 'grant.add', actor: 'admin', summary: 'secretary', unit: null, after: { role: 'secretary', username: 'lvtruong' } }, 'vi'))
      .toBe('admin cấp vai trò: Bí thư, phó bí thư chi bộ cho tài khoản lvtruong');
    expect(auditText({ action: 'position.add', actor: null, summary: 'cell_deputy', unit: null }, 'en')).toBe('The system gave a position: Cell deputy secretary');
    expect(auditText({ action: 'member.made_official', actor: 'Phạm Quang Đôn', summary: null, unit: null }, 'vi'))
      .toBe('Phạm Quang Đôn công nhận đảng viên chính thức');
  });

  it('has words in both languages for every action', () => {
    for (const [code, w] of Object.entries(AUDIT_ACTIONS)) {
      expect(w.vi, code).toMatch(/\S/);
      expect(w.en, code).toMatch(/\S/);
      expect(w.vi, code).not.toMatch(/[a-z]+\.[a-z_]+/);
    }
    expect(Object.keys(AUDIT_ACTIONS)).toContain('member.deceased');
  });
});
