/** Wire shapes of the chibo API: taken from the route schemas through contract.ts. */
import type { OrgDetail } from './contract';
export type { Org, OrgDetail, OrgKind, MemberRow, MemberPage, Profile, ImportReport as ImportResult } from './contract';
export type { Me, Account, Session, DemoResult, Locale, Role } from './contract';
export type Officer = OrgDetail['officers'][number];
