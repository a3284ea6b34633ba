// npm run backup | npm run restore FILE | npm run verify-minutes (TypeScript through tsx, in this process).
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../src/server/ops/cli.ts');
process.exit(await main(process.argv.slice(2)));
