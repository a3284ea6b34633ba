import { foldVietnamese } from '../../../domain/text';

/**
 * The member spreadsheet, gathered: columns and headers (xlsx-columns.ts), reading an upload
 * (xlsx-read.ts), the template (xlsx-template.ts) and the export (xlsx-export.ts); and the file naming
 * helpers the routes use.
 */
export * from './xlsx-columns';
export * from './xlsx-read';
export { buildTemplate } from './xlsx-template';
export * from './xlsx-export';

/** "Chi bộ Bản Phiêng Lơi" → "chi-bo-ban-phieng-loi". */
export function slugify(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'danh-sach';
}

/** Content-Disposition with an ASCII filename and, when given, the Unicode name (RFC 6266 / 5987). */
export function contentDisposition(asciiName: string, unicodeName?: string): string {
  const safe = asciiName.replace(/["\\\r\n]/g, '');
  if (!unicodeName) return `attachment; filename="${safe}"`;
  const encoded = encodeURIComponent(unicodeName.normalize('NFC')).replace(
    /['()*!]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
  return `attachment; filename="${safe}"; filename*=UTF-8''${encoded}`;
}
