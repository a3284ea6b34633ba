import { describe, expect, it } from 'vitest';
import { partnerTitle, topicAfterVe } from './wording';

describe('partnerTitle', () => {
  it('adds the partner unit to a contact’s bare title, without repeating shared words', () => {
    expect(partnerTitle('Chi hội trưởng', 'Chi hội Phụ nữ bản Phiêng Lơi')).toBe('Chi hội trưởng Chi hội Phụ nữ bản Phiêng Lơi');
    expect(partnerTitle('Chi hội trưởng', 'Chi hội Cựu chiến binh bản Tâu')).toBe('Chi hội trưởng Chi hội Cựu chiến binh bản Tâu');
    expect(partnerTitle('Bí thư Chi đoàn', 'Chi đoàn Thanh niên bản Phiêng Lơi')).toBe('Bí thư Chi đoàn Thanh niên bản Phiêng Lơi');
    expect(partnerTitle('Trưởng ban công tác Mặt trận', 'Ban công tác Mặt trận bản Phiêng Lơi'))
      .toBe('Trưởng ban công tác Mặt trận bản Phiêng Lơi');
    expect(partnerTitle('Công an viên', 'Công an viên bản Phiêng Lơi')).toBe('Công an viên bản Phiêng Lơi');
    expect(partnerTitle('Thôn đội trưởng', 'Thôn đội bản Phiêng Lơi')).toBe('Thôn đội trưởng bản Phiêng Lơi');
  });
  it('keeps a title that already names the unit, and copes with empty parts', () => {
    expect(partnerTitle('Chi hội trưởng Chi hội Phụ nữ bản Phiêng Lơi', 'Chi hội Phụ nữ bản Phiêng Lơi'))
      .toBe('Chi hội trưởng Chi hội Phụ nữ bản Phiêng Lơi');
    expect(partnerTitle('  Chi hội trưởng ', '')).toBe('Chi hội trưởng');
    expect(partnerTitle('', 'Chi hội Nông dân bản Tâu')).toBe('Chi hội Nông dân bản Tâu');
  });
});

describe('topicAfterVe', () => {
  it('lower-cases the first letter of a common topic', () => {
    expect(topicAfterVe('Phát triển kinh tế hộ gia đình')).toBe('phát triển kinh tế hộ gia đình');
    expect(topicAfterVe('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh')).toBe(
      'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    );
    expect(topicAfterVe('Đảng viên gương mẫu nơi cư trú')).toBe('đảng viên gương mẫu nơi cư trú');
    expect(topicAfterVe('Ý thức trách nhiệm của đảng viên')).toBe('ý thức trách nhiệm của đảng viên');
    expect(topicAfterVe('“Xây dựng Đảng trong sạch, vững mạnh”')).toBe('xây dựng Đảng trong sạch, vững mạnh');
    expect(topicAfterVe('an ninh trật tự')).toBe('an ninh trật tự');
  });
  it('keeps proper nouns: known names, words in capitals, capitalised names', () => {
    expect(topicAfterVe('Hồ Chí Minh với công tác dân vận')).toBe('Hồ Chí Minh với công tác dân vận');
    expect(topicAfterVe('Đảng lãnh đạo xây dựng nông thôn mới')).toBe('Đảng lãnh đạo xây dựng nông thôn mới');
    expect(topicAfterVe('Nhà nước pháp quyền xã hội chủ nghĩa')).toBe('Nhà nước pháp quyền xã hội chủ nghĩa');
    expect(topicAfterVe('Nghị quyết số 57-NQ/TW về chuyển đổi số')).toBe('Nghị quyết số 57-NQ/TW về chuyển đổi số');
    expect(topicAfterVe('COVID-19 và phòng chống dịch')).toBe('COVID-19 và phòng chống dịch');
    expect(topicAfterVe('Điện Biên Phủ trong lịch sử dân tộc')).toBe('Điện Biên Phủ trong lịch sử dân tộc');
  });
});
