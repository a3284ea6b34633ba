// How long loadDemo takes on the embedded database (PGlite in memory, migrated), the way setup and the
// tests load it:
//
//   npx tsx bench/demo-load.ts [--rounds 3] [--against <dir>]
//
// Prints each round and the median, in seconds. With --against, each round also loads the demo with the
// loader of another checkout (e.g. an earlier commit extracted with `git archive`), alternating the two so
// that both see the same machine load; the ratio of the medians is printed.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openPglite } from '../src/server/db/index';
import { migrate } from '../src/server/db/migrate';
import { generateDemo, loadDemo } from '../src/server/demo/index';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const rounds = Number(arg('--rounds')) || 3;
const against = arg('--against');

type Loader = { name: string; run: () => Promise<number> };
async function loaderOf(name: string, root: string | null): Promise<Loader> {
  const mod = async (p: string) => (root ? import(pathToFileURL(path.resolve(root, p)).href) : import(`../${p}`));
  const dbm = root ? await mod('src/server/db/index.ts') : { openPglite };
  const mig = root ? await mod('src/server/db/migrate.ts') : { migrate };
  const demo = root ? await mod('src/server/demo/index.ts') : { generateDemo, loadDemo };
  const data = demo.generateDemo();
  return {
    name,
    async run() {
      const db = await dbm.openPglite('memory');
      await mig.migrate(db);
      const t = performance.now();
      await demo.loadDemo(db, data);
      const s = (performance.now() - t) / 1000;
      await db.close();
      return s;
    },
  };
}

const loaders = [await loaderOf('this checkout', null), ...(against ? [await loaderOf(against, against)] : [])];
const times = new Map<string, number[]>(loaders.map((l) => [l.name, []]));
for (let i = 0; i < rounds; i++) {
  for (const l of loaders) {
    const s = await l.run();
    times.get(l.name)!.push(s);
    console.log(`round ${i + 1}, ${l.name}: ${s.toFixed(2)} s`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const l of loaders) console.log(`loadDemo on PGlite, ${l.name}, median of ${rounds}: ${median(times.get(l.name)!).toFixed(2)} s`);
if (against) console.log(`ratio: ${(median(times.get(loaders[0].name)!) / median(times.get(against)!)).toFixed(2)}×`);
