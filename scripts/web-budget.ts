// What each first screen of the web app costs over the wire: the entry (index.html's script, its static
// imports and CSS) plus the screen's own lazily loaded page and its static imports, counted as the
// brotli files the server sends. Read from the build's manifest (dist/web/.vite/manifest.json).
import fs from 'node:fs';
import path from 'node:path';

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** The screens a member meets first, by the page modules each loads (keys of the manifest). */
/** The navigation around every screen after the login page: plain HTML, like a member's first screens. */
const SHELL = ['components/Shell.tsx'];
export const FIRST_SCREENS: Record<string, string[]> = {
  login: ['pages/LoginPage.tsx'],
  /** A plain member's home is her meetings (plain HTML: no antd). */
  memberHome: [...SHELL, 'pages/meetings/MyMeetingsPage.tsx'],
  /** A member's meeting: read only, no steps, no antd. */
  meeting: [...SHELL, 'pages/meetings/MeetingPage.tsx'],
  /** The secretary's meeting: antd's theme, the seven steps' forms and the offline outbox come on top. */
  secretaryMeeting: [...SHELL, 'pages/meetings/MeetingPage.tsx', 'components/AntdRoot.tsx', 'pages/meetings/MeetingSteps.tsx', 'pages/meetings/MeetingActions.tsx'],
};

/** The budget of each first screen: JavaScript and CSS, brotli-compressed, in bytes. */
export const FIRST_SCREEN_BUDGET: Record<string, number> = {
  // The login page is plain HTML and CSS: antd loads with the screens that use it (136.0 KB, down from 260).
  login: 138 * 1024,
  // A member's home: the shell and her meetings, plain HTML (156.6 KB; 252 with antd).
  memberHome: 158 * 1024,
  // A member reads her meeting without antd and the seven steps' forms (154.5 KB; 252 with antd, 350 with the steps).
  meeting: 156 * 1024,
  // The secretary's steps carry antd and the offline outbox (recording with no signal, syncing, conflicts): 356.7 KB.
  secretaryMeeting: 358 * 1024,
};

function closure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const i of chunk.imports ?? []) visit(i);
  };
  keys.forEach(visit);
  return files;
}

export type ScreenCost = { screen: string; files: number; brotliBytes: number; rawBytes: number };

export function firstScreenCosts(distDir: string): ScreenCost[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  // The app's entry is index.html's script (boot.ts, the other entry, only starts it on a page drawn on the server).
  const entry = manifest['index.html'] ? 'index.html' : Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('the build manifest has no entry');
  return Object.entries(FIRST_SCREENS).map(([screen, pages]) => {
    const files = [...closure(manifest, [entry, ...pages])];
    let brotliBytes = 0;
    let rawBytes = 0;
    for (const f of files) {
      const p = path.join(distDir, f);
      rawBytes += fs.statSync(p).size;
      brotliBytes += fs.statSync(`${p}.br`).size;
    }
    return { screen, files: files.length, brotliBytes, rawBytes };
  });
}
