// The demo's accounts as the services see a logged-in user (a Principal): who enters what in the demo's story.
import type { Queryable } from '../db/index';
import type { Principal } from '../auth/policy';
import { accountGrants } from '../auth/sessions';
import type { DemoData } from './types';

/** The principal of a demo account, by username ('admin', 'pqdon', 'tvkhay', 'lvtruong' …), with its grants as stored. */
export async function actorOf(q: Queryable, data: DemoData, username: string): Promise<Principal> {
  const a = data.accounts.find((x) => x.username === username);
  if (!a) throw new Error(`demo: no account ${username}`);
  return {
    accountId: a.id, personId: a.person_id, username: a.username,
    fullName: a.person_id ? data.people.find((p) => p.id === a.person_id)!.full_name : null,
    locale: a.locale, mustChangePassword: false, grants: await accountGrants(q, a.id), sessionId: '',
  };
}

/** The account of a person of the demo, if they have one. */
export const usernameOf = (data: DemoData, personId: string | undefined): string | undefined =>
  personId ? data.accounts.find((a) => a.person_id === personId)?.username : undefined;
