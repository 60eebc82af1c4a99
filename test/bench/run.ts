import { benchTab } from './tab-bench.js';

/** `npm run bench`: every benchmark; exits non-zero when a budget is missed. */
async function main(): Promise<void> {
  const results = [await benchTab()];
  if (results.some((ok) => !ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
