/**
 * The format-neutral layout of a party document: what is printed where, with which emphasis.
 * compose.ts builds it from MinutesDoc / ResolutionDoc; pdf.ts and docx.ts only translate it, so
 * the PDF and the DOCX always carry the same words.
 */

export type Run = { text: string; bold?: boolean; italics?: boolean; underline?: boolean };

/**
 * Relative sizes; each renderer maps them to points (HD 36: body 13–14, "ĐẢNG CỘNG SẢN VIỆT NAM"
 * 15, document type 15–16, recipients 12).
 */
export type TextSize = 'small' | 'body' | 'party' | 'docType';

export type Para = {
  runs: Run[];
  align?: 'left' | 'center' | 'right' | 'justify';
  size?: TextSize;
  /** First-line indent of body paragraphs. */
  indent?: boolean;
  /** Extra space before, in points. */
  spaceBefore?: number;
  /** Keep on the same page as the next paragraph (headings). */
  keepWithNext?: boolean;
};

export type Layout = {
  meta: { title: string; subject: string; author: string; date: string };
  /** Prints "DỰ THẢO" at the top of every page. */
  draft: boolean;
  header: {
    parentName: string;
    unitName: string;
    number: string;
    /** 'Thanh Minh, ngày 10 tháng 01 năm 2022' (printed in italics). */
    placeDate: string;
  };
  /** 'BIÊN BẢN' / 'NGHỊ QUYẾT'. */
  docType: string;
  /** Title line(s) under the document type, centred. */
  titleLines: Para[];
  /** Paragraphs, and tables of figures among them (reports). The last block is a paragraph. */
  body: Block[];
  /**
   * A table after the body's paragraphs and before its last one (lists to sign on paper). Rendered in the
   * PDF only: the documents that carry one are offered as PDF only.
   */
  table?: { widths: (number | '*')[]; header: string[]; rows: string[][] };
  /** Two columns side by side at the end (signatures; recipients + signature). Kept on one page. */
  footer: { left: Para[]; right: Para[] };
};

/**
 * A table of figures among the body's paragraphs (a report's figures by unit), in the PDF and the DOCX alike: the
 * header row repeats on every page, numbers are right-aligned, a last `total` row is bold. `widths` are relative.
 */
export type FigureTable = { table: { widths: number[]; header: string[]; rows: string[][]; total?: string[] } };
export type Block = Para | FigureTable;
export const isFigureTable = (b: Block): b is FigureTable => 'table' in b;

export const p = (text: string, opts: Omit<Para, 'runs'> & Omit<Run, 'text'> = {}): Para => {
  const { bold, italics, underline, ...para } = opts;
  return { runs: [{ text, bold, italics, underline }], ...para };
};
