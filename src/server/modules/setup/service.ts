import type { Db } from '../../db/index';
import { Conflict } from '../../errors';
import { hashPassword } from '../../auth/password';
import { checkPasswordStrength } from '../auth/service';
import { createSession } from '../../auth/sessions';
import { insertOrg } from '../orgs/service';
import { audit } from '../../audit';
import { cleanName, foldVietnamese } from '../../../domain/text';
import { todayVn } from '../../../domain/dates';
import { insertFirstAdmin, normalizeUsername } from '../accounts/service';
import * as sql from './queries';
import { presentDemo } from './presenters';
import type { DemoResult, SetupBody } from './schemas';

/**
 * The demo commune as the app hands it to setup: src/server/demo stands above the modules (it uses them),
 * so a module never imports it; app.ts passes this in.
 */
export type DemoSource = {
  load: (db: Db) => Promise<{ orgs: number; members: number; accounts: number }>;
  password: string;
  accounts: readonly { username: string; description: string }[];
};

/** chibo needs setting up while it has no unit and no account. */
export async function isSetupNeeded(db: Db): Promise<boolean> {
  return (await sql.countUnitsAndAccounts(db)) === 0;
}

export async function setupDemo(db: Db, demo: DemoSource): Promise<DemoResult> {
  if (!(await isSetupNeeded(db))) throw Conflict('setup_done');
  const counts = await demo.load(db);
  return presentDemo(counts, demo);
}

/** A new committee and its first administrator, who is logged in at once. */
export async function setupCommittee(db: Db, input: SetupBody, meta: { ip?: string; userAgent?: string }) {
  const username = normalizeUsername(input.username);
  checkPasswordStrength(input.password);
  const hashed = await hashPassword(input.password);
  return db.tx(async (q) => {
    // Checked inside the transaction: two people pressing "create" at once get one committee.
    if ((await sql.countUnitsAndAccounts(q)) > 0) throw Conflict('setup_done');
    const org = await insertOrg(q, {
      parentId: null, kind: 'committee', name: input.committeeName, place: input.place, foundedOn: todayVn(),
    });
    const fullName = cleanName(input.fullName);
    const personId = await sql.insertPerson(q, { fullName, nameSearch: foldVietnamese(fullName) });
    const accountId = await insertFirstAdmin(q, { personId, username, passwordHash: hashed, orgId: org.id });
    await audit(q, null, { action: 'setup.committee', entity: 'org', entityId: org.id, orgPath: org.path, summary: org.name });
    const token = await createSession(q, accountId, meta);
    return { token, accountId, orgId: org.id };
  });
}
