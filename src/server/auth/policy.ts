/**
 * Who may do what, and where. A grant is (role, organization) and covers the organization's whole
 * subtree; a system admin's grant covers everything. Every API route names one action (or says it is
 * public / needs only a login); tests/integration/permissions.test.ts walks every route with every role.
 */
import { ROLES, type Role } from '../../domain/roles';
export { ROLES, type Role };

export const ACTIONS = [
  'org.read', // see a unit and its member list
  'org.manage', // create, rename, move, merge, dissolve units; settings
  'member.read', // a member's full record
  'member.manage', // add, edit, transfer members; status changes; positions
  'partner.read',
  'partner.manage',
  'account.manage', // login accounts and grants for people in the subtree
  'audit.read',
  'system.manage', // whole-system settings; admin grants
  'meeting.read', // a unit's meetings: schedule, agenda, attendance, minutes, documents
  'meeting.manage', // plan, move, cancel, prepare, roll call, minutes, votes, dues, score, approve
  'meeting.observe', // the committee member in charge confirms a meeting's score
  'oversight.read', // the committee's year: who attends and observes which cells, inspection and supervision, plans, reviews
  'oversight.manage', // the committee runs its year: inspection and supervision programme and steps, verification, approvals
  'oversight.respond', // the subject of an inspection answers: its own report, remedies reported done
  'report.read', // dashboards of a unit's subtree (figures, members under warning) and its reports to the upper level
  'report.manage', // write a report's narrative and issue it (numbered)
  'task.read', // tasks given in or owned by a unit, and their progress
  'task.manage', // give tasks, record progress, drop with a reason
] as const;
export type Action = (typeof ACTIONS)[number];

export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: ACTIONS,
  // Committee leaders and the committee office manage their subtree.
  leader: ['org.read', 'org.manage', 'member.read', 'member.manage', 'partner.read', 'partner.manage',
    'account.manage', 'audit.read', 'meeting.read', 'meeting.manage', 'meeting.observe', 'oversight.read', 'oversight.manage',
    'oversight.respond', 'report.read', 'report.manage', 'task.read', 'task.manage'],
  // A cell secretary or deputy manages their own cell's members and partners, not the unit itself.
  secretary: ['org.read', 'member.read', 'member.manage', 'partner.read', 'partner.manage', 'meeting.read', 'meeting.manage',
    'oversight.read', 'oversight.respond', 'report.read', 'report.manage', 'task.read', 'task.manage'],
  // A committee member in charge of a cell reads and observes it.
  overseer: ['org.read', 'member.read', 'partner.read', 'meeting.read', 'meeting.observe', 'oversight.read', 'report.read', 'task.read'],
  // A member sees their own cell (its member list) and, through selfAllowed, their own record.
  member: ['org.read', 'partner.read', 'meeting.read', 'task.read'],
};

/** Actions a person may always take on their own record, whatever their grants. */
const SELF_ACTIONS: readonly Action[] = ['member.read'];

export type Grant = { role: Role; orgId: string | null; orgPath: string | null };
export type Principal = {
  accountId: string;
  personId: string | null;
  username: string;
  fullName: string | null;
  locale: 'vi' | 'en';
  mustChangePassword: boolean;
  grants: Grant[];
  sessionId: string;
};

/**
 * What an action is aimed at: a place in the tree, and for a person's record, the person. An account
 * (account.manage) also carries every grant it holds: see canManageAccount.
 */
export type Target = {
  orgPath: string | null;
  personId?: string;
  invitees?: string[];
  accountGrants?: { role: Role; orgPath: string | null }[];
};

/** How strong a role is, for "no stronger than the manager's own role". */
const STRENGTH: Record<Role, number> = { member: 1, overseer: 2, secretary: 3, leader: 4, admin: 5 };

/** Actions an invitee of a meeting may take on it (a guest from a partner unit, an overseer, a member). */
const INVITEE_ACTIONS: readonly string[] = ['meeting.read'];

export function isAdmin(p: Principal): boolean {
  return p.grants.some((g) => g.role === 'admin');
}

export function can(p: Principal, action: Action, target: Target): boolean {
  if (action === 'account.manage' && target.accountGrants) return canManageAccount(p, target.orgPath, target.accountGrants);
  if (target.personId && target.personId === p.personId && SELF_ACTIONS.includes(action)) return true;
  // HD 42-HD/BTCTW: everyone invited receives the notice, the agenda and the documents.
  if (p.personId && target.invitees?.includes(p.personId) && INVITEE_ACTIONS.includes(action)) return true;
  return p.grants.some((g) => {
    if (!ROLE_ACTIONS[g.role].includes(action)) return false;
    if (g.role === 'admin') return true;
    return target.orgPath !== null && g.orgPath !== null && target.orgPath.startsWith(g.orgPath);
  });
}

/** The subtrees (path prefixes) where the principal may take an action; null means everywhere. */
export function scopesFor(p: Principal, action: Action): string[] | null {
  if (p.grants.some((g) => g.role === 'admin')) return null;
  const paths = p.grants
    .filter((g) => ROLE_ACTIONS[g.role].includes(action) && g.orgPath)
    .map((g) => g.orgPath as string);
  // Drop paths already covered by a shorter one.
  return paths.filter((x) => !paths.some((y) => y !== x && x.startsWith(y)));
}

/** Roles a principal may grant at an organization: never more than they hold there; admin only by admin. */
export function canGrant(p: Principal, role: Role, orgPath: string | null): boolean {
  if (isAdmin(p)) return true;
  if (role === 'admin' || orgPath === null) return false;
  return can(p, 'account.manage', { orgPath });
}

/**
 * The one rule for acting on an existing account (reset its password, disable it, change its grants):
 * the manager's scope covers the account's person, and every grant the account holds lies inside a
 * subtree where the manager manages accounts with a role at least as strong. An account holding an admin
 * grant, or one with no person, is handled by admins only. Without this, a leader could reset the
 * password of an account that also holds a stronger grant and log in as it.
 */
export function canManageAccount(
  p: Principal,
  personOrgPath: string | null,
  grants: readonly { role: Role; orgPath: string | null }[],
): boolean {
  if (isAdmin(p)) return true;
  if (personOrgPath === null) return false;
  const managing = p.grants.filter((g) => ROLE_ACTIONS[g.role].includes('account.manage') && g.orgPath !== null);
  const covers = (path: string, role: Role) =>
    managing.some((m) => path.startsWith(m.orgPath as string) && STRENGTH[role] <= STRENGTH[m.role]);
  if (!managing.some((m) => personOrgPath.startsWith(m.orgPath as string))) return false;
  return grants.every((g) => g.role !== 'admin' && g.orgPath !== null && covers(g.orgPath, g.role));
}
