import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File name of the dev token secret inside the data directory. */
export const DEV_SECRET_FILE = 'dev-token-secret';

const SECRET_BYTES = 32;

// Duck-typed: Node's fs errors are not `instanceof Error` inside jest's sandbox.
function isAlreadyExists(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST';
}

/**
 * Returns the dev-mode signing secret kept in `<dataDir>/dev-token-secret` (32 random bytes,
 * file mode 0600), creating it on first use, so dev tokens survive restarts of the local host.
 * Throws when the file exists but does not hold exactly 32 bytes.
 */
export function loadOrCreateDevSecret(dataDir: string): Uint8Array {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DEV_SECRET_FILE);
  try {
    // 'wx' creates exclusively, so two hosts starting at once never overwrite each other's secret.
    writeFileSync(file, randomBytes(SECRET_BYTES), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
  }
  const secret = readFileSync(file);
  if (secret.length !== SECRET_BYTES) {
    throw new Error(
      `${file} holds ${secret.length} bytes instead of ${SECRET_BYTES}; delete it to create a new dev secret`,
    );
  }
  return new Uint8Array(secret);
}
