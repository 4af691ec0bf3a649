/** Stable error codes: the CLI and the API translate these once, users never see a stack trace. */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'BAD_FILE'
  | 'BAD_CONFIG'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_ERROR'
  | 'QUERY_TIMEOUT'
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'PORT_TAKEN'
  | 'START_TIMEOUT'
  | 'NOT_FOUND';

/** The project's error: a code, a message a user can act on, and the cause kept for debugging. */
export class GovkgError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GovkgError';
  }
}

/** A file that cannot be read as a report: names the file and what is wrong with it. */
export class BadFileError extends GovkgError {
  constructor(
    readonly file: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super('BAD_FILE', `${file}: ${problem}`, options);
    this.name = 'BadFileError';
  }
}

export const isGovkgError = (e: unknown): e is GovkgError => e instanceof GovkgError;
