import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has working defaults: port 3000, ./data, embedded database, no demo', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, dataDir: path.resolve('./data'), databaseUrl: undefined, demo: false });
  });
  it('reads PORT, CHIBO_DATA_DIR, DATABASE_URL and CHIBO_DEMO', () => {
    const c = loadConfig({ PORT: '8080', CHIBO_DATA_DIR: '/srv/chibo', DATABASE_URL: 'postgres://u@h/db', CHIBO_DEMO: '1' });
    expect(c).toMatchObject({ port: 8080, dataDir: '/srv/chibo', databaseUrl: 'postgres://u@h/db', demo: true });
  });
  it('trusts a configured number of proxy hops or the proxies’ addresses, never every hop', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ CHIBO_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ CHIBO_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ CHIBO_TRUST_PROXY: '10.0.0.2, 192.168.0.0/16,::1' }).trustProxy).toEqual(['10.0.0.2', '192.168.0.0/16', '::1']);
    for (const bad of ['true', 'yes', '11', '10.0.0.300', 'proxy.local', '10.0.0.0/40']) {
      expect(() => loadConfig({ CHIBO_TRUST_PROXY: bad }), bad).toThrow(/CHIBO_TRUST_PROXY/);
    }
  });
  it('refuses bad values with a message naming each of them', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', CHIBO_DEMO: 'maybe' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', CHIBO_DEMO: 'maybe' });
    } catch (e) {
      const m = (e as Error).message;
      expect(m).toContain('PORT="70000"');
      expect(m).toContain('DATABASE_URL');
      expect(m).toContain('CHIBO_DEMO="maybe"');
    }
  });
  it('keeps 14 daily backups in the data dir by default; CHIBO_BACKUP_DIR and CHIBO_BACKUP_KEEP change that', () => {
    expect(loadConfig({ CHIBO_DATA_DIR: '/srv/chibo' })).toMatchObject({ backupDir: '/srv/chibo/backups', backupKeep: 14 });
    expect(loadConfig({ CHIBO_BACKUP_DIR: '/mnt/usb/chibo', CHIBO_BACKUP_KEEP: '0' })).toMatchObject({ backupDir: '/mnt/usb/chibo', backupKeep: 0 });
    for (const bad of ['-1', 'abc', '7.5', '99999']) {
      expect(() => loadConfig({ CHIBO_BACKUP_KEEP: bad }), bad).toThrow(`CHIBO_BACKUP_KEEP="${bad}"`);
    }
  });
});
