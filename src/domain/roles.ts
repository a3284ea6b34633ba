/**
 * The roles a login account can be granted over a unit's subtree (an admin's grant covers everything).
 * What each may do is in src/server/auth/policy.ts; the web offers these in the grant forms.
 */
export const ROLES = ['admin', 'leader', 'secretary', 'overseer', 'member'] as const;
export type Role = (typeof ROLES)[number];
