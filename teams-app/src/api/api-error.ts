import type { Problem } from '@northstar/shared';

/**
 * A failed API call, carrying the server's problem+json so screens can show its words and put
 * each field's message next to that field (`fieldErrors` is keyed without the `body.` prefix).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(status: number, problem: Partial<Problem> | undefined) {
    super(readableMessage(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? 'network' : `http_${String(status)}`);
    const fields: Record<string, string> = {};
    for (const { field, message } of problem?.errors ?? []) {
      fields[field.replace(/^(body|query|params)\./, '')] ??= message;
    }
    this.fieldErrors = fields;
  }
}

function readableMessage(status: number, problem: Partial<Problem> | undefined): string {
  if (status === 0) return 'Northstar could not be reached. Check your connection and retry.';
  if (problem?.detail) return problem.detail;
  if (problem?.title) return problem.title;
  return `Northstar answered with an error (${String(status)}). Please retry.`;
}

/** The message to show for any thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
