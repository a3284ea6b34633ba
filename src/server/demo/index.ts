// The deterministic demo commune: Đảng bộ xã Thanh Minh, 19 cells, 229 members (DOMAIN.md's story).
export { generateDemo, DEFAULT_SEED } from './generate';
export { loadDemo, countCurrentMembers } from './load';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts';
export { DEMO_TODAY } from './story';
export type * from './types';

import type { Db } from '../db/index';
import type { DemoSource } from '../modules/setup/service';
import { todayVn } from '../../domain/dates';
import { generateDemo } from './generate';
import { loadDemo } from './load';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';

/** The demo as setup loads it (POST /api/setup/demo, `npm start -- --demo`): the story told from today. */
export const todaysDemo: DemoSource = {
  load: (db: Db) => loadDemo(db, generateDemo(undefined, todayVn())),
  password: DEMO_PASSWORD,
  accounts: DEMO_ACCOUNTS,
};
