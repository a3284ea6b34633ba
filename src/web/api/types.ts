/** Wire shapes of the chibo API: taken from the route schemas through contract.ts; the few below are still written here. */
import type { OrgDetail } from './contract';
export type { Org, OrgDetail, OrgKind, MemberRow, MemberPage, Profile, ImportReport as ImportResult } from './contract';
export type Officer = OrgDetail['officers'][number];
export type Locale = 'vi' | 'en';
export type Role = 'admin' | 'leader' | 'secretary' | 'overseer' | 'member';

export type Me = {
  accountId: string;
  personId: string | null;
  username: string;
  fullName: string | null;
  locale: Locale;
  mustChangePassword: boolean;
  /** Large-text mode, remembered with the account. */
  largeText: boolean;
  grants: { role: Role; orgId: string | null; orgName: string | null }[];
  homeOrgId: string | null;
};

export type Account = {
  accountId: string;
  personId: string | null;
  username: string;
  fullName: string | null;
  orgName: string | null;
  locale: string;
  disabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  grants: { grantId: string; role: string; orgId: string | null; orgName: string | null }[];
};

export type Session = { id: string; createdAt: string; lastSeenAt: string; ip: string | null; userAgent: string | null; current: boolean };

export type DemoResult = {
  orgs: number;
  members: number;
  accounts: number;
  password: string;
  usernames: { username: string; description: string }[];
};
