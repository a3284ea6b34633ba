import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirLockedError, lockDataDir } from './index';

describe('lockDataDir', () => {
  it('refuses a data dir held by a live process, with a clear message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-lock-'));
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(path.join(dir, 'chibo.lock'), String(holder.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(/đang được một tiến trình chibo khác/);
    } finally {
      holder.kill();
    }
  });
  it('takes over a stale lock whose process is gone, and releases it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-lock-'));
    fs.writeFileSync(path.join(dir, 'chibo.lock'), '999999');
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'chibo.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'chibo.lock'))).toBe(false);
  });
});
