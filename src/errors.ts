/** One error type for everything the application means to say to a client. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number = STATUS[code],
    /** When false the client sees only a generic message. */
    readonly expose: boolean = status < 500,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_SIGNATURE: 401,
  FORBIDDEN: 403,
  TICKET_READ_ONLY: 403,
  NOT_FOUND: 404,
  TICKET_NOT_FOUND: 404,
  REPORT_NOT_FOUND: 404,
  UNIT_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  CONFLICT: 409,
  USERNAME_TAKEN: 409,
  INVALID_TRANSITION: 409,
  REPORT_REPEATED: 409,
  REPORT_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  PERSONAL_DATA_IN_PUBLIC_REPLY: 422,
  NO_RECIPIENTS: 422,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  CHANNEL_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof STATUS;

/**
 * What a log may say about an unexpected error: its code (a PostgreSQL SQLSTATE, a Node or SQLite code)
 * or else its class name, never its message, which can quote the data that failed (a citizen's text).
 */
export function errorCodeOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && (typeof err.code === 'string' || typeof err.code === 'number')) {
    return String(err.code);
  }
  return err instanceof Error ? err.name : typeof err;
}

/** The body every error answer has. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
