/** The domain error codes; `http/problem.ts` maps each to one HTTP status. */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'throttled'
  | 'upstream_unavailable';

export interface FieldError {
  field: string;
  message: string;
}

/** The one error type services and adapters throw for an expected failure. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[];
  /** Seconds, for `throttled`. */
  readonly retryAfter: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fieldErrors?: FieldError[]; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? [];
    this.retryAfter = options.retryAfter;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
