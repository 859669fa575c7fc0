// A real PostgreSQL server behind the Database interface, through one `pg` connection.
import type { Client as PgClient, QueryConfig } from 'pg';
import { asDatabaseError, Database, QueryResult, versionNumber } from './database';

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

export async function openPostgres(url: string): Promise<Database> {
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
  return new PostgresDatabase(client);
}

class PostgresDatabase implements Database {
  readonly engine = 'postgres' as const;
  private closed = false;

  constructor(private readonly client: PgClient) {}

  onNotice(listener: (message: string) => void): () => void {
    const forward = (notice: { message?: string }): void => listener(notice.message ?? '');
    this.client.on('notice', forward);
    return () => this.client.off('notice', forward);
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<QueryResult> {
    // queryMode 'extended' even without parameters: pg would otherwise use the simple protocol, which runs a
    // string holding several statements; PGlite's query never does.
    const config: QueryConfig & { queryMode: 'extended' } = {
      text: sql,
      values: [...params],
      queryMode: 'extended',
    };
    try {
      const result = await this.client.query(config);
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
