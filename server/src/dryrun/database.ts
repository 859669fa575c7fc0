// The one database interface the dry-run engine, verify-rollback and the tests use, whichever engine is
// behind it: embedded PGlite (no set-up) or a real PostgreSQL server named by a URL.

export interface QueryResult {
  rows: Record<string, unknown>[];
  /** Rows returned (SELECT) or changed (INSERT/UPDATE/DELETE/…); null for commands that report no count. */
  rowCount: number | null;
}

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  /**
   * One statement, optional $1.. parameters, always sent with the extended protocol (so a string holding two
   * statements fails with 42601 instead of running both). Cast in SQL (`::int`, `::text`) when a value must have
   * the same JavaScript type on both engines; bigint (int8) arrives as a string on both.
   */
  query(sql: string, params?: readonly unknown[]): Promise<QueryResult>;
  /**
   * A script sent as ONE simple-query message, as psql -c and golang-migrate send a migration file: several
   * statements run in one implicit transaction, so e.g. CREATE INDEX CONCURRENTLY among them fails with 25001.
   */
  exec(sql: string): Promise<void>;
  /**
   * `sql`, one `COPY ... FROM STDIN`, with `data` as its input, as psql sends the lines that follow the statement
   * in a file. `stdin` is where the STDIN keyword is in `sql` (UTF-16 offsets): PGlite, which has no COPY protocol,
   * reads the data from a file named there instead (an error's position still counts in `sql`).
   */
  copyFrom(sql: string, data: string, stdin: { start: number; end: number }): Promise<QueryResult>;
  /**
   * Calls `listener` with the text of each NOTICE/WARNING the server sends (RAISE NOTICE in a DO block, e.g. a
   * batched backfill's progress) until the returned function is called.
   */
  onNotice(listener: (message: string) => void): () => void;
  /** The server's version number, e.g. "15.14" or "18.6" (server_version without the distribution suffix). */
  serverVersion(): Promise<string>;
  /** Idempotent. */
  close(): Promise<void>;
}

/**
 * An error the server reported, the same shape on both engines. `position` is PostgreSQL's 1-based character
 * offset into the statement text when the server names one (e.g. the unknown column).
 */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  /** The server's CONTEXT, e.g. `COPY t, line 3, column a: "x"` (where in a COPY's data it failed). */
  readonly where: string | undefined;
  constructor(
    message: string,
    /** The SQLSTATE, e.g. "42703" (undefined column) or "25001" (active SQL transaction). */
    readonly code: string,
    readonly position: number | undefined,
    readonly detail: string | undefined,
    readonly hint: string | undefined,
    options?: { cause?: unknown; where?: string },
  ) {
    super(message, options);
    this.where = options?.where;
  }
}

/** What both drivers attach to an error the server sent (pg and PGlite both use these field names). */
interface ServerErrorFields {
  message: string;
  code: string;
  position?: unknown;
  detail?: unknown;
  hint?: unknown;
  where?: unknown;
}

function isServerError(error: unknown): error is ServerErrorFields {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  // SQLSTATEs are five characters; Node's own errors (ECONNREFUSED, ...) have other codes.
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/** A driver's error as a DatabaseError when the server sent it; anything else (network, bug) unchanged. */
export function asDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseError || !isServerError(error)) return error;
  const position = Number(error.position);
  return new DatabaseError(
    error.message,
    error.code,
    Number.isInteger(position) && position > 0 ? position : undefined,
    typeof error.detail === 'string' && error.detail !== '' ? error.detail : undefined,
    typeof error.hint === 'string' && error.hint !== '' ? error.hint : undefined,
    { cause: error, where: typeof error.where === 'string' && error.where !== '' ? error.where : undefined },
  );
}

/** "15.14 (Debian 15.14-0+deb12u1)" → "15.14". */
export function versionNumber(serverVersion: string): string {
  return serverVersion.trim().split(/\s+/)[0] ?? serverVersion;
}
