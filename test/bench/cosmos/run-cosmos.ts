import { benchCosmos } from './cosmos-bench.js';

/**
 * The Cosmos benchmark alone: `npx tsx test/bench/cosmos/run-cosmos.ts` (BENCH_COSMOS_PEOPLE,
 * BENCH_COSMOS_ENDPOINT and BENCH_COSMOS_KEY as for `npm run bench`). Prints the table.
 */
benchCosmos().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
