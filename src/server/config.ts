import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  /** Secure cookies need HTTPS; set CHIBO_SECURE_COOKIES=1 behind a TLS proxy. */
  secureCookies: boolean;
  /**
   * Believe X-Forwarded-For (client addresses for the login limit) only behind proxies that set it:
   * CHIBO_TRUST_PROXY is the number of proxy hops in front of chibo (1 for one reverse proxy), or a comma
   * list of the proxies' addresses or ranges (10.0.0.1, 192.168.0.0/16). Never "every hop": a client
   * could then name any address it likes.
   */
  trustProxy: TrustProxy;
  logLevel: string;
  /** Where backups go (`npm run backup`, and the embedded database's daily backups). */
  backupDir: string;
  /** How many daily automatic backups of the embedded database to keep; 0 turns them off. */
  backupKeep: number;
};

/** false: no proxy; a number: that many proxy hops; a list: the proxies' addresses or CIDR ranges. */
export type TrustProxy = false | number | string[];

export class ConfigError extends Error {}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-f:]+(\.[0-9.]+)?$/i;

/** CHIBO_TRUST_PROXY: empty or 0 (no proxy), a hop count 1–10, or a comma list of addresses / ranges. */
export function parseTrustProxy(value: string | undefined, problems: string[]): TrustProxy {
  const v = value?.trim() ?? '';
  if (v === '' || v === '0' || v.toLowerCase() === 'false' || v.toLowerCase() === 'no') return false;
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    if (n >= 1 && n <= 10) return n;
  } else if (!['true', 'yes'].includes(v.toLowerCase())) {
    const items = v.split(',').map((x) => x.trim()).filter(Boolean);
    const ok = items.every((x) => {
      const [addr, bits, extra] = x.split('/');
      if (extra !== undefined) return false;
      const v4 = IPV4.test(addr);
      if (!v4 && !(addr.includes(':') && IPV6.test(addr))) return false;
      return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (v4 ? 32 : 128));
    });
    if (items.length && ok) return items;
  }
  problems.push(
    `CHIBO_TRUST_PROXY="${v}" phải là số proxy đứng trước chibo (1–10) hoặc danh sách địa chỉ của proxy (10.0.0.1, 192.168.0.0/16) / ` +
      'must be the number of proxy hops in front of chibo (1–10) or a comma list of the proxies’ addresses or ranges',
  );
  return false;
}

/** Reads and validates the environment once at start, with a message that says what to fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    problems.push(`PORT="${portText}" phải là số cổng từ 1 đến 65535 / must be a port number 1–65535`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL phải bắt đầu bằng postgres:// / must start with postgres://');
  }
  const flag = (name: string) => {
    const v = env[name];
    if (v === undefined || v === '') return false;
    if (['1', 'true', 'yes'].includes(v.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(v.toLowerCase())) return false;
    problems.push(`${name}="${v}" phải là 1 hoặc 0 / must be 1 or 0`);
    return false;
  };
  const keepText = env.CHIBO_BACKUP_KEEP?.trim() || '14';
  const backupKeep = Number(keepText);
  if (!/^\d+$/.test(keepText) || backupKeep > 3650) {
    problems.push(`CHIBO_BACKUP_KEEP="${keepText}" phải là số bản sao lưu hằng ngày giữ lại, từ 0 (tắt) đến 3650 / must be the number of daily backups to keep, 0 (off) to 3650`);
  }
  const smtp = env.CHIBO_SMTP_URL?.trim();
  if (smtp && !/^smtps?:\/\/[^\s]+$/.test(smtp)) {
    problems.push('CHIBO_SMTP_URL phải có dạng smtp://user:pass@host:587 hoặc smtps://… / must look like smtp://user:pass@host:587 or smtps://…');
  }
  const dataDir = path.resolve(env.CHIBO_DATA_DIR || './data');
  const config: Config = {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl,
    demo: flag('CHIBO_DEMO'),
    secureCookies: flag('CHIBO_SECURE_COOKIES'),
    trustProxy: parseTrustProxy(env.CHIBO_TRUST_PROXY, problems),
    logLevel: env.LOG_LEVEL ?? 'info',
    backupDir: path.resolve(env.CHIBO_BACKUP_DIR?.trim() || path.join(dataDir, 'backups')),
    backupKeep,
  };
  if (problems.length) throw new ConfigError('Cấu hình không hợp lệ / Invalid configuration:\n- ' + problems.join('\n- '));
  return config;
}
