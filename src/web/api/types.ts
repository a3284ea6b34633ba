/** Wire shapes of the chibo API (see the route schemas in src/server/modules). */
export type Locale = 'vi' | 'en';
export type Role = 'admin' | 'leader' | 'secretary' | 'overseer' | 'member';
export type OrgKind = 'committee' | 'sub_committee' | 'cell';

export type Me = {
  accountId: string;
  personId: string | null;
  username: string;
  fullName: string | null;
  locale: Locale;
  mustChangePassword: boolean;
  grants: { role: Role; orgId: string | null; orgName: string | null }[];
  homeOrgId: string | null;
};

export type Org = {
  id: string;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  place: string | null;
  status: 'active' | 'merged' | 'dissolved';
  mergedIntoId: string | null;
  endedOn: string | null;
  endedReason: string | null;
  memberCount: number;
  contextOnly: boolean;
};

export type Officer = { positionId: string; personId: string; fullName: string; title: string; termLabel: string | null; startedOn: string };

export type OrgDetail = Org & {
  ancestors: { id: string; name: string; kind: OrgKind }[];
  children: Org[];
  nameHistory: { name: string; validFrom: string; validTo: string | null }[];
  officers: Officer[];
  overseers: { personId: string; fullName: string; startedOn: string }[];
  counts: { total: number; official: number; probationary: number; exempt: number };
  can: { manage: boolean; manageMembers: boolean; managePartners: boolean; manageMeetings: boolean; readMembers: boolean; manageAccounts: boolean; readAudit: boolean };
};

export type MemberRow = {
  personId: string;
  fullName: string;
  standing: string;
  state: string;
  orgId: string;
  orgName: string;
  positions: string[];
  birthDate?: string | null;
  gender?: string | null;
  ethnicity?: string | null;
  phone?: string | null;
  cardNo?: string | null;
  admissionDate?: string | null;
  officialDate?: string | null;
  theoryLevel?: string | null;
  duesCategory?: string | null;
};

export type MemberPage = { total: number; page: number; pageSize: number; items: MemberRow[] };

export type Profile = {
  personId: string;
  fullName: string;
  birthDate: string | null;
  gender: string | null;
  ethnicity: string | null;
  religion: string | null;
  phone: string | null;
  email: string | null;
  citizenId: string | null;
  address: string | null;
  education: string | null;
  cardNo: string | null;
  admissionDate: string | null;
  officialDate: string | null;
  standing: string | null;
  state: string | null;
  theoryLevel: string | null;
  duesCategory: string | null;
  currentOrgId: string | null;
  currentOrgName: string | null;
  memberships: {
    orgId: string; orgName: string; orgNameNow: string; orgStatus: string; kind: string;
    startedOn: string; endedOn: string | null; endReason: string | null;
  }[];
  events: {
    id: string; kind: string; effectiveOn: string; reason: string | null; decisionRef: string | null;
    fromOrgName: string | null; toOrgName: string | null;
  }[];
  positions: {
    positionId: string; orgId: string; orgName: string; title: string; termLabel: string | null; startedOn: string; endedOn: string | null;
  }[];
  account: { accountId: string; username: string; disabled: boolean } | null;
  can: { manage: boolean; manageAccount: boolean };
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

export type ImportResult = {
  ok: boolean;
  rows: { row: number; fullName: string | null; errors: { column: string; message: string }[] }[];
  created: number;
};

export type DemoResult = {
  orgs: number;
  members: number;
  accounts: number;
  password: string;
  usernames: { username: string; description: string }[];
};
