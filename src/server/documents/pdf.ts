/**
 * Layout → PDF with pdfmake 0.3 (server side), fonts embedded from @expo-google-fonts/noto-serif.
 *
 * pdfmake's default export is a process-wide singleton (fonts, URL and file access policies are
 * global), so we drive its Printer directly with our own fonts and resolvers: the fonts are read
 * once into memory and served through a private virtual file system, every URL is refused (nothing
 * is fetched from the network) and every local file access is refused.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isFigureTable, type Block, type FigureTable, type Layout, type Para, type TextSize } from './layout';
import { metadataDate } from './format';
import { renderInWorker } from './render-pool';

const require = createRequire(import.meta.url);

// Points. A4, margins HD 36: top/bottom 20 mm, left 30 mm, right 15 mm.
const MM = 72 / 25.4;
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
/**
 * Noto Serif is wider than Times New Roman (the font of party documents), so the PDF uses a point
 * less than the DOCX for the same visual weight: body 13 pt (HD 36 allows 13–14).
 */
const SIZE: Record<TextSize, number> = { small: 11, body: 13, party: 14, docType: 15 };
const LINE_HEIGHT = 1.12;
/** Characters: paragraphs shorter than this are never split across pages. */
const SHORT_PARAGRAPH = 450;
const FONT = 'NotoSerif';

const FONT_FILES = {
  normal: '400Regular/NotoSerif_400Regular.ttf',
  bold: '700Bold/NotoSerif_700Bold.ttf',
  italics: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  bolditalics: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
} as const;

type FontStyle = keyof typeof FONT_FILES;

let fontCache: Map<string, Buffer> | undefined;
/** Virtual file names → font bytes, read once from node_modules. */
function fonts(): Map<string, Buffer> {
  if (!fontCache) {
    const dir = path.dirname(require.resolve('@expo-google-fonts/noto-serif/package.json'));
    fontCache = new Map(
      (Object.keys(FONT_FILES) as FontStyle[]).map((k) => [
        `chibo-fonts/${path.basename(FONT_FILES[k])}`,
        readFileSync(path.join(dir, FONT_FILES[k])),
      ]),
    );
  }
  return fontCache;
}

// pdfmake 0.3 ships no types; the few internals we use, typed loosely.
type PdfKitDoc = NodeJS.ReadableStream & { end(): void };
type PrinterCtor = new (
  fonts: Record<string, Record<FontStyle, string>>,
  virtualfs: { existsSync(p: string): boolean; readFileSync(p: string): Buffer },
  urlResolver: { resolve(url: string): Promise<void> | undefined; resolved(): Promise<unknown> },
  localAccessPolicy: (p: string) => boolean,
) => { createPdfKitDocument(def: object, options?: object): Promise<PdfKitDoc> };
type UrlResolverCtor = new (fs: object) => {
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  resolve(url: string): Promise<void> | undefined;
  resolved(): Promise<unknown>;
};
const Printer: PrinterCtor = require('pdfmake/js/Printer.js').default;
const URLResolver: UrlResolverCtor = require('pdfmake/js/URLResolver.js').default;

type Node = Record<string, unknown>;

function paraNode(para: Para, base: Node = {}): Node {
  const size = SIZE[para.size ?? 'body'];
  return {
    text: para.runs.map((r) => ({
      text: r.text,
      bold: !!r.bold,
      italics: !!r.italics,
      ...(r.underline ? { decoration: 'underline' } : {}),
    })),
    fontSize: size,
    alignment: para.align ?? 'left',
    ...(para.indent ? { leadingIndent: 10 * MM } : {}),
    margin: [0, para.spaceBefore ?? 0, 0, 3],
    ...base,
  };
}

const textLength = (paras: Block[]) =>
  paras.reduce((n, para) => n + (isFigureTable(para) ? 10_000 : para.runs.reduce((m, r) => m + r.text.length, 0)), 0);

/**
 * Marks for pageBreakBefore (pdfmake's only hook for keeping things together): 1 a heading kept with the paragraph
 * after it, 2 the title of a table of figures, 3 the first cell of a table's first row.
 */
const HEADING = { headlineLevel: 1 };
const TABLE_TITLE = { headlineLevel: 2 };
const FIRST_ROW = { headlineLevel: 3 };

/** A table of figures: small type, header repeated on each page, numbers right-aligned, the total row bold. */
function figureTableNode({ table: t }: FigureTable): Node {
  // pdfmake's widths leave out each cell's padding (2 + 2 here) and the rules between cells.
  const width = 595.28 - MARGIN.left - MARGIN.right - t.widths.length * 4.5 - 1;
  const sum = t.widths.reduce((s, w) => s + w, 0);
  const cell = (text: string, extra: Node = {}): Node => ({ text, fontSize: 8, lineHeight: 1.05, margin: [1, 1.5, 1, 1.5], ...extra });
  const num = (i: number) => (i === 0 ? {} : { alignment: 'right' });
  return {
    margin: [0, 4, 0, 8],
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: t.widths.map((w) => Math.floor((width * w) / sum)),
      body: [
        t.header.map((h, i) => cell(h, { bold: true, alignment: 'center', ...(i === 0 && !t.rows.length ? FIRST_ROW : {}) })),
        ...t.rows.map((r, ri) => r.map((c, i) => cell(c, { ...num(i), ...(ri === 0 && i === 0 ? FIRST_ROW : {}) }))),
        ...(t.total ? [t.total.map((c, i) => cell(c, { bold: true, ...num(i) }))] : []),
      ],
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingLeft: () => 2, paddingRight: () => 2 },
  };
}

const blockNode = (b: Block, base: Node = {}): Node => (isFigureTable(b) ? figureTableNode(b) : paraNode(b, base));

/**
 * Keeps headings with what follows and short paragraphs whole. pdfmake has no keep-with-next or
 * widow control, and it silently DROPS an unbreakable block taller than a page, so only short
 * groups (a heading and a paragraph of up to ~6 lines) become unbreakable stacks; a heading before
 * a long paragraph is marked headlineLevel 1 and moved to the next page by pageBreakBefore() when
 * it would end a page.
 */
function keepTogether(blocks: Block[]): Node[] {
  const out: Node[] = [];
  let group: Para[] = [];
  for (const para of blocks) {
    if (isFigureTable(para)) {
      // A table's title goes to the next page when the table's first row would not follow it on its page
      // (pageBreakBefore); a header row or nothing under the title is not enough.
      out.push(...group.map((x) => paraNode(x, x.keepWithNext ? TABLE_TITLE : {})), figureTableNode(para));
      group = [];
      continue;
    }
    group.push(para);
    if (para.keepWithNext) continue;
    if (textLength(group) < SHORT_PARAGRAPH) {
      out.push({ stack: group.map((x) => paraNode(x)), unbreakable: true });
    } else {
      out.push(...group.map((x) => paraNode(x, x.keepWithNext ? HEADING : {})));
    }
    group = [];
  }
  out.push(...group.map((x) => paraNode(x)));
  return out;
}

type NodeInfo = { headlineLevel?: number };
/**
 * A heading followed on its page only by other headings goes to the next page; so does a table's title whose table
 * does not reach its first row on that page.
 */
function pageBreakBefore(node: NodeInfo, nodes: { getFollowingNodesOnPage(): NodeInfo[] }): boolean {
  if (node.headlineLevel === HEADING.headlineLevel) return nodes.getFollowingNodesOnPage().every((n) => n.headlineLevel === HEADING.headlineLevel);
  if (node.headlineLevel === TABLE_TITLE.headlineLevel) return !nodes.getFollowingNodesOnPage().some((n) => n.headlineLevel === FIRST_ROW.headlineLevel);
  return false;
}

function headerNode(layout: Layout): Node {
  const h = layout.header;
  const centred = (text: string, extra: Node = {}): Node => ({ text, alignment: 'center', ...extra });
  // "ĐẢNG CỘNG SẢN VIỆT NAM" in a one-cell table as wide as the text, whose bottom border is the
  // solid rule HD 36 asks for ("đường kẻ ngang, nét liền, có độ dài bằng độ dài dòng chữ").
  const party: Node = {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: { body: [[{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, fontSize: SIZE.party }]] },
        layout: {
          hLineWidth: (i: number) => (i === 1 ? 0.7 : 0),
          vLineWidth: () => 0,
          paddingLeft: () => 0,
          paddingRight: () => 0,
          paddingTop: () => 0,
          paddingBottom: () => 1,
        },
      },
      { width: '*', text: '' },
    ],
  };
  return {
    columns: [
      {
        width: 205,
        stack: [
          centred(h.parentName),
          centred(h.unitName, { bold: true }),
          centred('*'),
          centred(h.number, { margin: [0, 1, 0, 0] }),
        ],
      },
      {
        width: '*',
        stack: [party, centred(h.placeDate, { italics: true, margin: [0, 13, 0, 0] })],
      },
    ],
    columnGap: 6,
  };
}

export function toPdfDefinition(layout: Layout): Node {
  const created = metadataDate(layout.meta.date);
  const footerLines = Math.max(layout.footer.left.length, layout.footer.right.length);
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: {
      title: layout.meta.title,
      subject: layout.meta.subject,
      author: layout.meta.author,
      creator: 'chibo',
      producer: 'chibo',
      creationDate: created,
    },
    language: 'vi-VN',
    defaultStyle: { font: FONT, fontSize: SIZE.body, lineHeight: LINE_HEIGHT },
    pageBreakBefore,
    // Top margin: page number from page 2 (centred), "DỰ THẢO" at the right while not approved.
    header: (currentPage: number) => ({
      margin: [MARGIN.left, 8 * MM, MARGIN.right, 0],
      columns: [
        { width: 80, text: '' },
        { width: '*', text: currentPage > 1 ? String(currentPage) : '', alignment: 'center', fontSize: SIZE.small },
        {
          width: 80,
          text: layout.draft ? 'DỰ THẢO' : '',
          alignment: 'right',
          bold: true,
          fontSize: SIZE.small,
        },
      ],
    }),
    content: [
      headerNode(layout),
      { text: layout.docType, bold: true, fontSize: SIZE.docType, alignment: 'center', margin: [0, 22, 0, 2] },
      ...layout.titleLines.map((t) => paraNode(t, { margin: [0, 0, 0, 2] })),
      { text: '', margin: [0, 0, 0, 10] },
      ...keepTogether(layout.body.slice(0, -1)),
      ...(layout.table ? [tableNode(layout.table)] : []),
      // The last paragraph (closing sentence / vote) stays on the page of the signatures, unless
      // the whole is too long to be sure it fits on one page (see keepTogether).
      {
        unbreakable: textLength(layout.body.slice(-1)) < SHORT_PARAGRAPH && footerLines < 30,
        stack: [
          ...layout.body.slice(-1).map((para) => blockNode(para)),
          {
            margin: [0, 10, 0, 0],
            columnGap: 10,
            columns: [
              { width: '*', stack: layout.footer.left.map((para) => paraNode(para, { margin: [0, para.spaceBefore ?? 0, 0, 0] })) },
              { width: '*', stack: layout.footer.right.map((para) => paraNode(para, { margin: [0, para.spaceBefore ?? 0, 0, 0] })) },
            ],
          },
        ],
      },
    ],
  };
}

/** A ruled table with a repeated header row; rows tall enough to sign in. */
function tableNode(t: NonNullable<Layout['table']>): Node {
  const cell = (text: string, extra: Node = {}): Node => ({ text, fontSize: SIZE.small, margin: [2, 6, 2, 6], ...extra });
  return {
    margin: [0, 6, 0, 8],
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: t.widths,
      body: [
        t.header.map((h) => cell(h, { bold: true, alignment: 'center' })),
        ...t.rows.map((r) => r.map((c, i) => cell(c, i === 0 ? { alignment: 'center' } : {}))),
      ],
    },
  };
}

/** Renders in a worker thread (render-pool.ts); `503 render_busy` when the pool is full. */
export function renderPdf(layout: Layout): Promise<Buffer> {
  return renderInWorker('pdf', layout);
}

/** Renders in this thread: what the worker runs. */
export async function renderPdfHere(layout: Layout): Promise<Buffer> {
  const definition = toPdfDefinition(layout);
  const files = fonts();
  const fontNames = Object.fromEntries(
    (Object.keys(FONT_FILES) as FontStyle[]).map((k) => [k, `chibo-fonts/${path.basename(FONT_FILES[k])}`]),
  ) as Record<FontStyle, string>;
  const vfs = {
    existsSync: (p: string) => files.has(p),
    readFileSync: (p: string) => {
      const f = files.get(p);
      if (!f) throw new Error(`No such font: ${p}`);
      return f;
    },
  };
  const urlResolver = new URLResolver(vfs);
  urlResolver.setUrlAccessPolicy(() => false);
  const printer = new Printer({ [FONT]: fontNames }, vfs, urlResolver, () => false);
  const pdf = await printer.createPdfKitDocument(definition);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
