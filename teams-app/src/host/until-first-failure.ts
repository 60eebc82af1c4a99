/**
 * `attempt` as long as it succeeds; once it has failed, null at once without asking again. For
 * the hosts' single sign-on asked without prompts: where the app has none it fails every time,
 * so later tokens go straight to Nested App Authentication.
 */
export function untilFirstFailure<T>(attempt: () => Promise<T>): () => Promise<T | null> {
  let failed = false;
  return async () => {
    if (failed) return null;
    try {
      return await attempt();
    } catch {
      failed = true;
      return null;
    }
  };
}
