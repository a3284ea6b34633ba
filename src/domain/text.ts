/**
 * Vietnamese text folded for search: no diacritics, đ → d, lower case, single spaces.
 * "Lường Văn Trường" → "luong van truong", so "truong" finds it.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Trims and collapses spaces; names are stored in NFC so that equal names compare equal. */
export function cleanName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
