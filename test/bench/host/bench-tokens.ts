import type { Person } from '@northstar/shared';
import { loadOrCreateDevSecret } from '../../../functions/src/http/auth/dev-secret.js';
import { DevTokenIssuer } from '../../../functions/src/http/auth/dev-token-issuer.js';
import { BENCH_TENANT_ID } from '../tenant/tenant-bench.js';

/** Signs FAKE dev tokens for generated people, with the bench host's own dev secret. */
export type BenchTokens = (person: Person) => Promise<string>;

/** Tokens the host in `dataDir` accepts (it reads the same secret file), valid for a day. */
export function benchTokens(dataDir: string): BenchTokens {
  const issuer = new DevTokenIssuer(loadOrCreateDevSecret(dataDir), { ttlSeconds: 86_400 });
  return (person) =>
    issuer.issue({
      tenantId: BENCH_TENANT_ID,
      userId: person.id,
      name: person.displayName,
      appRoles: [],
    });
}
