import type { DemoResult } from './schemas';
import type { DemoSource } from './service';

/** What the demo loaded, and the accounts to try it with (their shared password shown once, on this screen). */
export const presentDemo = (counts: { orgs: number; members: number; accounts: number }, demo: DemoSource): DemoResult => ({
  ...counts, password: demo.password, usernames: demo.accounts.map((a) => ({ username: a.username, description: a.description })),
});
