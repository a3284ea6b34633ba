import { describe, expect, it } from 'vitest';
import { fileNameOf } from './DocLink';

describe('the file name of a downloaded document', () => {
  it('takes the UTF-8 name the server gives, then the plain one, then the fallback', () => {
    expect(fileNameOf(`attachment; filename="bien-ban.pdf"; filename*=UTF-8''bi%C3%AAn%20b%E1%BA%A3n.pdf`, 'x')).toBe('biên bản.pdf');
    expect(fileNameOf('attachment; filename="bao-cao-xay-dung-dang-2026-11.pdf"', 'x')).toBe('bao-cao-xay-dung-dang-2026-11.pdf');
    expect(fileNameOf('attachment; filename=notice.docx', 'x')).toBe('notice.docx');
    expect(fileNameOf(null, 'minutes.pdf')).toBe('minutes.pdf');
    expect(fileNameOf(`attachment; filename*=UTF-8''%E0%A4%A`, 'fallback.pdf')).toBe('fallback.pdf');
  });
});
