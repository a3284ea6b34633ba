import type { Account } from './schemas';
import type { AccountRow, GrantRow } from './queries';

/** An account on the wire, with its grants (the grant rows may hold other accounts' grants too). */
export const presentAccount = (a: AccountRow, grants: GrantRow[]): Account => ({
  accountId: a.id, personId: a.person_id, username: a.username, fullName: a.full_name, orgName: a.org_name,
  locale: a.locale, disabled: a.disabled_at !== null, mustChangePassword: a.must_change_password,
  lastLoginAt: a.last_login_at ? new Date(a.last_login_at).toISOString() : null,
  grants: grants.filter((g) => g.account_id === a.id).map((g) => ({ grantId: g.id, role: g.role, orgId: g.org_id, orgName: g.org_name })),
});
