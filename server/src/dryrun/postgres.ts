// A real PostgreSQL server behind the Database interface, through one `pg` connection.
import type { Client as PgClient, Query as PgQuery, QueryConfig, ResultBuilder } from 'pg';
import { sendCancelRequest, ServerAddress } from './cancelRequest';
import { asDatabaseError, Database, QueryResult, versionNumber } from './database';

/** A connection to a PostgreSQL server. */
export interface ServerDatabase extends Database {
  readonly engine: 'postgres';
  /**
   * Asks the server to cancel the statement this connection is running (PostgreSQL's cancel request, as psql's
   * Ctrl-C): it fails with 57014. Resolves false when the request could not be delivered. The server ignores it
   * while no statement runs.
   */
  cancel(): Promise<boolean>;
}

/** The URL with its password hidden, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // libpq's forms that WHATWG URLs refuse, such as a Unix socket folder in `?host=` with no host before the
    // path (`postgres://user@/db?host=/var/run/postgresql`): the driver reads them.
    if (/^postgres(ql)?:\/\//i.test(url)) return;
    throw new Error(
      `"${url.replace(/:[^:@/]*@/, ':***@')}" is not a PostgreSQL URL. ` +
        'Expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(
      `${redactedUrl(url)} is not a PostgreSQL URL (scheme "${parsed.protocol}"). ` +
        'Expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.',
    );
  }
}

export async function openPostgres(url: string): Promise<ServerDatabase> {
  checkUrl(url);
  // Loaded on first use so that `sluice lint` never pays for the driver.
  const pg = await import('pg');
  const Client = (pg.default ?? pg).Client;
  const client: PgClient = new Client({ connectionString: url, application_name: 'sluice' });
  // A connection lost between calls would otherwise be an unhandled 'error' event; the next call reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot connect to PostgreSQL at ${redactedUrl(url)}: ${reason}. ` +
        'Check that the server is running and the URL (host, port, user, password, database) is right.',
      { cause: error },
    );
  }
  return new PostgresDatabase(client, copyingQuery((pg.default ?? pg).Query));
}

/** What node-postgres' connection does for COPY ... FROM STDIN (its typings leave it out). */
interface CopyConnection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  sync(): void;
}

type Done = (error: Error | undefined, result: ResultBuilder) => void;

type CopyingQuery = new (
  config: QueryConfig & { queryMode: 'extended' },
  data: string | undefined,
  done: Done,
) => PgQuery;

/** CopyData messages of at most this many bytes (the server takes up to 1 GB, but not in one allocation). */
const COPY_CHUNK = 64 * 1024;

/**
 * node-postgres' query, answering the server's request for COPY data: with the data it was given, else with a
 * refusal. Either way a Sync follows: the one sent with the statement arrived while the server was reading copy
 * data, which ignores it, so without another the server never says it is ready and every later call waits.
 */
function copyingQuery(Query: typeof PgQuery): CopyingQuery {
  class Copying extends Query {
    constructor(
      config: QueryConfig & { queryMode: 'extended' },
      private readonly data: string | undefined,
      done: Done,
    ) {
      super(config, done);
    }

    handleCopyInResponse(connection: CopyConnection): void {
      if (this.data === undefined) {
        connection.sendCopyFail('the dry-run has no data for this COPY');
      } else {
        const bytes = Buffer.from(this.data, 'utf8');
        for (let at = 0; at < bytes.length; at += COPY_CHUNK) {
          connection.sendCopyFromChunk(bytes.subarray(at, at + COPY_CHUNK));
        }
        connection.endCopyFrom();
      }
      connection.sync();
    }
  }
  return Copying;
}

/** Where the connection went: the socket file (a host that is a folder), else the address the socket reached. */
function addressOf(client: PgClient): ServerAddress {
  if (client.host?.startsWith('/')) return { path: `${client.host}/.s.PGSQL.${client.port}` };
  const socket = client.connection.stream as { remoteAddress?: string; remotePort?: number };
  return { host: socket.remoteAddress ?? client.host, port: socket.remotePort ?? client.port };
}

class PostgresDatabase implements ServerDatabase {
  readonly engine = 'postgres' as const;
  private closed = false;
  /** Taken once connected: a closed socket no longer knows its peer. */
  private readonly address: ServerAddress;

  constructor(
    private readonly client: PgClient,
    private readonly Copying: CopyingQuery,
  ) {
    this.address = addressOf(client);
  }

  cancel(): Promise<boolean> {
    // Sent by the server at start-up (BackendKeyData); node-postgres keeps them without typing them.
    const { processID, secretKey } = this.client as unknown as { processID: number | null; secretKey: number | null };
    if (this.closed || processID === null || secretKey === null) return Promise.resolve(false);
    return sendCancelRequest(this.address, { processId: processID, secretKey });
  }

  onNotice(listener: (message: string) => void): () => void {
    const forward = (notice: { message?: string }): void => listener(notice.message ?? '');
    this.client.on('notice', forward);
    return () => this.client.off('notice', forward);
  }

  query(sql: string, params: readonly unknown[] = []): Promise<QueryResult> {
    return this.send(sql, params, undefined);
  }

  copyFrom(sql: string, data: string): Promise<QueryResult> {
    return this.send(sql, [], data);
  }

  private async send(sql: string, params: readonly unknown[], copyData: string | undefined): Promise<QueryResult> {
    // queryMode 'extended' even without parameters: pg would otherwise use the simple protocol, which runs a
    // string holding several statements; PGlite's query never does.
    const config: QueryConfig & { queryMode: 'extended' } = {
      text: sql,
      values: [...params],
      queryMode: 'extended',
    };
    try {
      const result = await new Promise<ResultBuilder>((resolve, reject) => {
        this.client.query(new this.Copying(config, copyData, (error, done) => (error ? reject(error) : resolve(done))));
      });
      return { rows: result.rows as Record<string, unknown>[], rowCount: result.rowCount ?? null };
    } catch (error) {
      throw asDatabaseError(error);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      // No values → pg sends one simple-query message, as psql -c does.
      await this.client.query(sql);
    } catch (error) {
      throw asDatabaseError(error);
    }
  }

  async serverVersion(): Promise<string> {
    const result = await this.query('SELECT current_setting($1) AS version', ['server_version']);
    return versionNumber(String(result.rows[0]?.version));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.end().catch(() => undefined);
  }
}
