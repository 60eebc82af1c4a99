import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_SECRET_FILE, loadOrCreateDevSecret } from './dev-secret.js';

describe('loadOrCreateDevSecret', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'northstar-dev-secret-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates a random 32-byte secret readable only by its owner', () => {
    const secret = loadOrCreateDevSecret(dataDir);
    expect(secret).toHaveLength(32);
    expect(statSync(join(dataDir, DEV_SECRET_FILE)).mode & 0o777).toBe(0o600);
  });

  it('returns the same secret after a restart', () => {
    const first = loadOrCreateDevSecret(dataDir);
    expect(loadOrCreateDevSecret(dataDir)).toEqual(first);
  });

  it('creates the data directory when it does not exist yet', () => {
    const nested = join(dataDir, 'a', 'b');
    expect(loadOrCreateDevSecret(nested)).toHaveLength(32);
    expect(statSync(join(nested, DEV_SECRET_FILE)).isFile()).toBe(true);
  });

  it('gives different directories different secrets', () => {
    const other = join(dataDir, 'other');
    expect(loadOrCreateDevSecret(other)).not.toEqual(loadOrCreateDevSecret(dataDir));
  });

  it('refuses a secret file of the wrong size, saying how to recover', () => {
    writeFileSync(join(dataDir, DEV_SECRET_FILE), 'short');
    expect(() => loadOrCreateDevSecret(dataDir)).toThrow(/delete it/);
  });
});
