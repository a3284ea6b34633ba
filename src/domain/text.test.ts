import { describe, expect, it } from 'vitest';
import { cleanName, foldVietnamese } from './text';

describe('foldVietnamese', () => {
  it('drops diacritics and đ so that plain typing finds names', () => {
    expect(foldVietnamese('Lường Văn Trường')).toBe('luong van truong');
    expect(foldVietnamese('Phạm Quang Đôn')).toBe('pham quang don');
    expect(foldVietnamese('  Quàng   Thị  Ữ ')).toBe('quang thi u');
  });
  it('treats composed and decomposed input alike', () => {
    expect(foldVietnamese('Tr\u01b0\u1eddng')).toBe(foldVietnamese('Tru\u031bo\u031b\u0300ng'));
  });
});

describe('cleanName', () => {
  it('normalizes to NFC and collapses spaces', () => {
    expect(cleanName('  Lò  Văn\tA ')).toBe('Lò Văn A');
    expect(cleanName('Tru\u031bo\u031b\u0300ng')).toBe('Trường');
  });
});
