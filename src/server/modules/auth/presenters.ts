import type { Me, Session } from './schemas';
import type { MeAccountRow, MeGrantRow, SessionRow } from './queries';

export const presentMe = (a: MeAccountRow, grants: MeGrantRow[], homeOrgId: string | null): Me => ({
  accountId: a.id,
  personId: a.person_id,
  username: a.username,
  fullName: a.full_name,
  locale: a.locale,
  mustChangePassword: a.must_change_password,
  largeText: a.large_text,
  grants: grants.map((g) => ({ role: g.role, orgId: g.org_id, orgName: g.name })),
  homeOrgId,
});

export const presentSession = (r: SessionRow, currentSessionId: string): Session => ({
  id: r.id,
  createdAt: new Date(r.created_at).toISOString(),
  lastSeenAt: new Date(r.last_seen_at).toISOString(),
  ip: r.ip,
  userAgent: r.user_agent,
  current: r.id === currentSessionId,
});
