// Replaced by the PostgreSQL cluster bootstrap (see tests/support/postgres.ts) once integration tests exist.
export default async function setup(): Promise<void> {}
