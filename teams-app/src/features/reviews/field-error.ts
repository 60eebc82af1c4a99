/**
 * The message for a field from a map keyed by path (`phases.release`), or the first one below
 * it (`answers.impact` also finds `answers.impact.rating`).
 */
export function fieldErrorAt(
  errors: Readonly<Record<string, string>>,
  path: string,
): string | undefined {
  const key = Object.keys(errors).find((k) => k === path || k.startsWith(`${path}.`));
  return key === undefined ? undefined : errors[key];
}
