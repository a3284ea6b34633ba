/** Builds the web app into dist/web when it is missing or older than its sources. */
export function buildWebIfStale(): void;
