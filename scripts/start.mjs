// npm start: build the web app if needed, then run the server (TypeScript through tsx, in this process).
import { buildWebIfStale } from './web-build.mjs';

buildWebIfStale();
const { register } = await import('tsx/esm/api');
register();
await import('../src/server/main.ts');
