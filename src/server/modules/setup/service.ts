import type { Db } from '../../db/index';
import { Conflict } from '../../errors';
import { hashPassword } from '../../auth/password';
import { checkPasswordStrength } from '../auth/service';
import { createSession } from '../../auth/sessions';
import { insertOrg } from '../orgs/service';
import { audit } from '../../audit';
import { generateDemo, loadDemo } from '../../demo/index';
import { cleanName, foldVietnamese } from '../../../domain/text';
import { todayVn } from '../../../domain/dates';
import { normalizeUsername } from '../accounts/service';

/** chibo needs setting up while it has no unit and no account. */
export async function isSetupNeeded(db: Db): Promise<boolean> {
  const r = await db.one<{ n: number }>('SELECT (SELECT count(*) FROM orgs) + (SELECT count(*) FROM accounts) AS n');
  return r!.n === 0;
}

export async function setupDemo(db: Db) {
  if (!(await isSetupNeeded(db))) throw Conflict('setup_done');
  return loadDemo(db, generateDemo(undefined, todayVn()));
}

/** A new committee and its first administrator, who is logged in at once. */
export async function setupCommittee(
  db: Db,
  input: { committeeName: string; place: string; fullName: string; username: string; password: string },
  meta: { ip?: string; userAgent?: string },
) {
  const username = normalizeUsername(input.username);
  checkPasswordStrength(input.password);
  const hashed = await hashPassword(input.password);
  return db.tx(async (q) => {
    // Checked inside the transaction: two people pressing "create" at once get one committee.
    const r = await q.one<{ n: number }>('SELECT (SELECT count(*) FROM orgs) + (SELECT count(*) FROM accounts) AS n');
    if (r!.n > 0) throw Conflict('setup_done');
    const org = await insertOrg(q, {
      parentId: null, kind: 'committee', name: input.committeeName, place: input.place, foundedOn: todayVn(),
    });
    const fullName = cleanName(input.fullName);
    const person = await q.one<{ id: string }>(
      'INSERT INTO people (full_name, name_search) VALUES ($1, $2) RETURNING id',
      [fullName, foldVietnamese(fullName)],
    );
    const account = await q.one<{ id: string }>(
      'INSERT INTO accounts (person_id, username, password_hash) VALUES ($1, $2, $3) RETURNING id',
      [person!.id, username, hashed],
    );
    await q.query(`INSERT INTO grants (account_id, role, org_id) VALUES ($1, 'admin', NULL)`, [account!.id]);
    await q.query(`INSERT INTO grants (account_id, role, org_id) VALUES ($1, 'leader', $2)`, [account!.id, org.id]);
    await audit(q, null, { action: 'setup.committee', entity: 'org', entityId: org.id, orgPath: org.path, summary: org.name });
    const token = await createSession(q, account!.id, meta);
    return { token, accountId: account!.id, orgId: org.id };
  });
}
