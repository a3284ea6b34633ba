// The deterministic demo commune: Đảng bộ xã Thanh Minh, 19 cells, 229 members (DOMAIN.md's story).
export { generateDemo, DEFAULT_SEED } from './generate';
export { loadDemo, countCurrentMembers } from './load';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts';
export { DEMO_TODAY } from './story';
export type * from './types';
