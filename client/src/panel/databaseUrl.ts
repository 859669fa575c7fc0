// The `sluice.dryRun.databaseUrl` setting: a PostgreSQL URL without a password (that lives in SecretStorage),
// and whether its host is this machine. Pure.

export interface DatabaseTarget {
  /** The URL as given (no password), for the child's SLUICE_DATABASE_URL. */
  url: string;
  host: string;
  port: string;
  database: string;
  user: string;
  loopback: boolean;
  /** "user@host:port/db": what messages and the panel show, and the key the password is stored under. */
  display: string;
}

export type UrlCheck = { ok: true; target: DatabaseTarget } | { ok: false; error: string };

/** Host names and addresses that can only mean this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return h.split('.').every((p) => Number(p) <= 255);
  const mapped = /^::ffff:(127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(h);
  return mapped ? isLoopbackHost(mapped[1]) : false;
}

const FORMAT =
  'Expected postgres://USER@HOST[:PORT]/DATABASE (no password: use "Sluice: Set Dry-run Database Password").';

export function checkDatabaseUrl(raw: string): UrlCheck {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: `sluice.dryRun.databaseUrl is not a URL. ${FORMAT}` };
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return { ok: false, error: `sluice.dryRun.databaseUrl has the scheme "${url.protocol}", not postgres:. ${FORMAT}` };
  }
  if (url.password !== '' || url.searchParams.has('password')) {
    return {
      ok: false,
      error:
        'sluice.dryRun.databaseUrl contains a password. Settings are plain text (and often committed): remove it ' +
        'from the URL and store it with "Sluice: Set Dry-run Database Password", which keeps it in VS Code\'s ' +
        'secret storage.',
    };
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database === '') return { ok: false, error: `sluice.dryRun.databaseUrl names no database. ${FORMAT}` };
  const user = decodeURIComponent(url.username);
  const port = url.searchParams.get('port') ?? (url.port || '5432');
  // libpq and pg take ?host= over the authority (a socket folder when it starts with /): check what is used.
  const host = url.searchParams.get('host') ?? url.searchParams.get('hostaddr') ?? url.hostname;
  if (host === '') return { ok: false, error: `sluice.dryRun.databaseUrl names no host. ${FORMAT}` };
  return {
    ok: true,
    target: {
      url: text,
      host,
      port,
      database,
      user,
      // A Unix socket folder is on this machine by definition.
      loopback: host.startsWith('/') || isLoopbackHost(host),
      display: `${user ? `${user}@` : ''}${host}:${port}/${database}`,
    },
  };
}
