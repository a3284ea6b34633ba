// What each first screen of the web app costs over the wire: the entry (index.html's script, its static
// imports and CSS) plus the screen's own lazily loaded page and its static imports, counted as the
// brotli files the server sends. Read from the build's manifest (dist/web/.vite/manifest.json).
import fs from 'node:fs';
import path from 'node:path';

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** The screens a member meets first, by the page module each loads (keys of the manifest). */
/** Every screen after the login page: antd's theme and context, then the navigation. */
const SHELL = ['components/AntdRoot.tsx', 'components/Shell.tsx'];
export const FIRST_SCREENS: Record<string, string[]> = {
  login: ['pages/LoginPage.tsx'],
  /** A plain member's home is her meetings. */
  memberHome: [...SHELL, 'pages/meetings/MyMeetingsPage.tsx'],
  /** A member's meeting: read only, no steps. */
  meeting: [...SHELL, 'pages/meetings/MeetingPage.tsx'],
  /** The secretary's meeting: the seven steps' forms and the offline outbox come on top. */
  secretaryMeeting: [...SHELL, 'pages/meetings/MeetingPage.tsx', 'pages/meetings/MeetingSteps.tsx'],
};

/** The budget of each first screen: JavaScript and CSS, brotli-compressed, in bytes. */
export const FIRST_SCREEN_BUDGET: Record<string, number> = {
  // The login page is plain HTML and CSS: antd loads with the screen after it (134.3 KB, down from 260).
  login: 140 * 1024,
  // A member's home: antd, the shell and her meetings (252.1 KB).
  memberHome: 255 * 1024,
  // A member reads her meeting without the seven steps' forms (252.3 KB): down from 350.
  meeting: 255 * 1024,
  // The secretary's steps carry the offline outbox (recording with no signal, syncing, conflicts): 351.9 KB.
  secretaryMeeting: 355 * 1024,
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
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
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
