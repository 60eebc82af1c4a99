/** Thrown when the app package cannot be built; `problems` lists every reason found. */
export class AppPackageError extends Error {
  readonly problems: readonly string[];

  constructor(summary: string, problems: readonly string[]) {
    super(problems.length > 0 ? `${summary}:\n- ${problems.join('\n- ')}` : summary);
    this.name = 'AppPackageError';
    this.problems = problems;
  }
}
