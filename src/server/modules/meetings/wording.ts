// Small rules of Vietnamese wording for the meeting documents: a partner contact's full title, and the
// "về …" title of a thematic resolution.

const words = (s: string) => s.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
const same = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
const isLower = (w: string) => w.charAt(0) !== w.charAt(0).toLocaleUpperCase('vi');

/**
 * The title of a partner unit's contact with the unit it belongs to, so that the minutes say which
 * association: ('Chi hội trưởng', 'Chi hội Phụ nữ bản Phiêng Lơi') → 'Chi hội trưởng Chi hội Phụ nữ bản Phiêng Lơi'.
 * Words the two share are not repeated:
 * - 'Bí thư Chi đoàn' + 'Chi đoàn Thanh niên bản X' → 'Bí thư Chi đoàn Thanh niên bản X' (the title ends as the unit begins);
 * - 'Công an viên' + 'Công an viên bản X' → 'Công an viên bản X';
 * - 'Thôn đội trưởng' + 'Thôn đội bản X' → 'Thôn đội trưởng bản X' (the unit is the title's own words and a place,
 *   which starts with a lower-case word: bản, thôn, xóm, tổ …);
 * - a title that already names the unit is kept as it is.
 */
export function partnerTitle(title: string, unitName: string): string {
  const t = words(title);
  const u = words(unitName);
  if (!u.length) return t.join(' ');
  if (!t.length) return u.join(' ');
  const joined = t.join(' ');
  if (joined.toLocaleLowerCase('vi').includes(u.join(' ').toLocaleLowerCase('vi'))) return joined;
  // The title ends with the words the unit's name begins with.
  for (let k = Math.min(t.length, u.length); k >= 1; k--) {
    if (t.slice(-k).every((w, i) => same(w, u[i]))) return [...t, ...u.slice(k)].join(' ');
  }
  // The unit's name is the title's first words followed by a place.
  let k = 0;
  while (k < t.length && k < u.length - 1 && same(t[k], u[k])) k++;
  if (k >= 1 && isLower(u[k])) return [...t, ...u.slice(k)].join(' ');
  return `${joined} ${u.join(' ')}`;
}

/**
 * Names that keep their capital letter after "về" (proper nouns of the Party and the State). A name
 * matches at the start of the topic, followed by a space, punctuation or the end.
 */
const PROPER_STARTS = [
  'Hồ Chí Minh', 'Bác Hồ', 'Chủ tịch Hồ Chí Minh', 'Đảng', 'Nhà nước', 'Quốc hội', 'Chính phủ', 'Mặt trận Tổ quốc',
  'Tổ quốc', 'Việt Nam', 'Trung ương', 'Bộ Chính trị', 'Ban Bí thư', 'Hiến pháp', 'Điều lệ Đảng', 'Đại hội Đảng',
  'Đại hội đại biểu toàn quốc', 'Nghị quyết số',
  'Nghị quyết Đại hội', 'Nghị quyết Trung ương', 'Chỉ thị số', 'Quy định số', 'Kết luận số',
];
/** Common nouns that begin like a proper name: "Đảng viên …" → "về đảng viên …". */
const COMMON_STARTS = ['Đảng viên', 'Đảng phí'];

const startsWithName = (text: string, name: string) =>
  text.startsWith(name) && (text.length === name.length || /^[\s,.;:–-]/u.test(text.slice(name.length)));

/**
 * A topic as it reads after "về" in a resolution's title (sentence case): the first letter is lower-cased
 * ("Phát triển kinh tế hộ" → "phát triển kinh tế hộ") unless the topic starts with a proper noun —
 * a known name ("Hồ Chí Minh", "Đảng", "Nhà nước" …), a word in capitals of two letters or more
 * ("COVID-19", "ĐẢNG"), or a name of two or more capitalised syllables ("Điện Biên Phủ", "Thanh Minh").
 */
export function topicAfterVe(topic: string): string {
  const t = topic.normalize('NFC').trim().replace(/^["“”']+|["“”']+$/gu, '').trim();
  if (!t) return t;
  const first = t.charAt(0);
  const lowered = first.toLocaleLowerCase('vi') + t.slice(1);
  if (first === first.toLocaleLowerCase('vi')) return t;
  if (COMMON_STARTS.some((n) => startsWithName(t, n))) return lowered;
  if (PROPER_STARTS.some((n) => startsWithName(t, n))) return t;
  const [w1, w2] = words(t);
  const letters = w1.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toLocaleUpperCase('vi')) return t;
  if (w2 && /^\p{Lu}/u.test(w2) && /^\p{L}/u.test(w2)) return t;
  return lowered;
}
