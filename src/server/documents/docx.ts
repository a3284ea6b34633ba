/**
 * Layout → DOCX with docx 9.
 *
 * Font: "Times New Roman", 14 pt body. Party offices edit these files in Word, where Times New Roman
 * is the font of party documents in practice (HD 36 asks for a Unicode Times-like serif, 13–14 pt)
 * and covers every Vietnamese letter; LibreOffice substitutes the metric-compatible Liberation
 * Serif, so line breaks stay the same. Embedding Noto Serif would make files larger and look foreign
 * in an office that retypes or copies from them.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { isFigureTable, type Block, type FigureTable, type Layout, type Para, type TextSize } from './layout';
import { metadataDate } from './format';
import { setZipTimestamps } from './zip';
import { renderInWorker } from './render-pool';

// Twips (1/20 pt). A4, margins HD 36: top/bottom 20 mm, left 30 mm, right 15 mm.
const mm = (x: number) => Math.round((x * 1440) / 25.4);
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Half-points. */
const SIZE: Record<TextSize, number> = { small: 24, body: 28, party: 30, docType: 32 };
const FONT = 'Times New Roman';
/** Line spacing 1.15 (auto rule, in 240ths of a line). */
const LINE = { line: 276, lineRule: LineRuleType.AUTO } as const;
const CELL_MARGIN = 108; // Word's default left/right cell margin
/**
 * Width of "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New Roman Bold 15 pt (13.78 em, measured on the
 * metric-compatible Liberation Serif Bold): the rule under it is as long as the words (HD 36).
 */
const PARTY_TEXT_WIDTH = Math.ceil(13.778 * 15 * 20);
const HEADER_COLUMNS = [3900, TEXT_WIDTH - 3900];

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function paragraph(para: Para, opts: { after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[para.align ?? 'left'],
    indent: para.indent ? { firstLine: mm(10) } : undefined,
    spacing: { ...LINE, before: Math.round((para.spaceBefore ?? 0) * 20), after: opts.after ?? 60 },
    keepNext: para.keepWithNext || undefined,
    children: para.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold || undefined,
          italics: r.italics || undefined,
          underline: r.underline ? {} : undefined,
          size: SIZE[para.size ?? 'body'],
        }),
    ),
  });
}

const centred = (text: string, run: { bold?: boolean; italics?: boolean; size?: number } = {}, spacing = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...LINE, after: 0, ...spacing },
    children: [new TextRun({ text, ...run })],
  });

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children });
}

function grid(widths: number[], cells: Paragraph[][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: cells.map((c, i) => cell(widths[i], c)) })],
  });
}

/** A table of figures: 9 pt, ruled, the header row repeated on each page, numbers right-aligned, the total row bold. */
function figureTable({ table: t }: FigureTable): Table {
  const sum = t.widths.reduce((s, w) => s + w, 0);
  const widths = t.widths.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const row = (cells: string[], opts: { header?: boolean; bold?: boolean } = {}) =>
    new TableRow({
      tableHeader: opts.header || undefined,
      cantSplit: true,
      children: cells.map((text, i) => new TableCell({
        width: { size: widths[i], type: WidthType.DXA },
        margins: { left: 40, right: 40, top: 10, bottom: 10 },
        children: [new Paragraph({
          alignment: opts.header ? AlignmentType.CENTER : i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
          spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 0 },
          children: [new TextRun({ text, bold: opts.header || opts.bold || undefined, size: 18 })],
        })],
      })),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [row(t.header, { header: true }), ...t.rows.map((r) => row(r)), ...(t.total ? [row(t.total, { bold: true })] : [])],
  });
}

const block = (b: Block) => (isFigureTable(b) ? [figureTable(b), new Paragraph({ spacing: { after: 60 }, children: [] })] : [paragraph(b)]);

function headerTable(layout: Layout): Table {
  const h = layout.header;
  const right = HEADER_COLUMNS[1];
  const ruleIndent = Math.max(0, Math.floor((right - 2 * CELL_MARGIN - PARTY_TEXT_WIDTH) / 2) - 60);
  return grid(HEADER_COLUMNS, [
    [
      centred(h.parentName),
      centred(h.unitName, { bold: true }),
      centred('*'),
      centred(h.number),
    ],
    [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: ruleIndent, right: ruleIndent },
        spacing: { ...LINE, after: 0 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [new TextRun({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, size: SIZE.party })],
      }),
      centred(h.placeDate, { italics: true }, { before: 260 }),
    ],
  ]);
}

/** Page header: page number (from page 2, centred) and "DỰ THẢO" (right) while not approved. */
function pageHeader(layout: Layout, withNumber: boolean): Header {
  const half = Math.round(TEXT_WIDTH / 2);
  return new Header({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: half },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH },
        ],
        children: [
          new TextRun({ children: [new Tab(), ...(withNumber ? [PageNumber.CURRENT] : []), new Tab()], size: SIZE.small }),
          new TextRun({ text: layout.draft ? 'DỰ THẢO' : '', bold: true, size: SIZE.small }),
        ],
      }),
    ],
  });
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml with the document date instead of "now", so the output depends only on the input. */
function coreProperties(layout: Layout): string {
  const when = metadataDate(layout.meta.date).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(layout.meta.title)}</dc:title>` +
    `<dc:subject>${xmlEscape(layout.meta.subject)}</dc:subject>` +
    `<dc:creator>${xmlEscape(layout.meta.author)}</dc:creator>` +
    '<cp:lastModifiedBy>chibo</cp:lastModifiedBy>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** Renders in a worker thread (render-pool.ts); `503 render_busy` when the pool is full. */
export function renderDocx(layout: Layout): Promise<Buffer> {
  return renderInWorker('docx', layout);
}

/** Renders in this thread: what the worker runs. */
export async function renderDocxHere(layout: Layout): Promise<Buffer> {
  const half = Math.floor(TEXT_WIDTH / 2);
  const last = layout.body[layout.body.length - 1];
  const body: (Paragraph | Table)[] = layout.body.slice(0, -1).flatMap(block);
  // Last body paragraph is kept with the signature table.
  if (last && isFigureTable(last)) body.push(...block(last));
  else if (last) body.push(paragraph({ ...last, keepWithNext: true }, { after: 200 }));

  const doc = new Document({
    creator: layout.meta.author,
    title: layout.meta.title,
    subject: layout.meta.subject,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body },
          paragraph: { spacing: { ...LINE, after: 60 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: mm(8), footer: mm(8) },
          },
        },
        headers: { first: pageHeader(layout, false), default: pageHeader(layout, true) },
        children: [
          headerTable(layout),
          centred(layout.docType, { bold: true, size: SIZE.docType }, { before: 440, after: 40 }),
          ...layout.titleLines.map((t) => paragraph(t, { after: 40 })),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          ...body,
          grid(
            [half, TEXT_WIDTH - half],
            [
              layout.footer.left.map((para) => paragraph(para, { after: 0 })),
              layout.footer.right.map((para) => paragraph(para, { after: 0 })),
            ],
          ),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(layout) }]);
  return setZipTimestamps(buffer, metadataDate(layout.meta.date));
}
