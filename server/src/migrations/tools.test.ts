import * as assert from 'assert';
import { detectMigration, FileSystemView, isInsideGlob } from './tools';

/** A fake folder tree: folder → entries. */
function view(tree: Record<string, string[]> = {}): FileSystemView {
  return { list: (dir) => tree[dir] };
}

const detect = (file: string, text = 'SELECT 1;', tree?: Record<string, string[]>, migrationDirs?: string[]) =>
  detectMigration(file, text, view(tree), { migrationDirs });

describe('detectMigration', () => {
  it('recognises each tool layout', () => {
    const cases: [string, string, string | null, ('up' | 'down')?][] = [
      ['/p/db/migrations/000001_init.up.sql', 'SELECT 1;', 'golang-migrate', 'up'],
      ['/p/db/migrations/000001_init.down.sql', 'SELECT 1;', 'golang-migrate', 'down'],
      ['/p/sql/V2_1__add_orders.sql', 'SELECT 1;', 'flyway', 'up'],
      ['/p/sql/U2_1__add_orders.sql', 'SELECT 1;', 'flyway', 'down'],
      ['/p/sql/R__views.sql', 'SELECT 1;', 'flyway', 'up'],
      ['/p/db/20240101_x.sql', '-- migrate:up\nSELECT 1;\n-- migrate:down\n', 'dbmate'],
      ['/p/sql/20240101_x.sql', '-- +goose Up\nSELECT 1;', 'goose'],
      ['/p/changes/x.sql', '--liquibase formatted sql\n--changeset a:1\nSELECT 1;', 'liquibase'],
      ['/p/prisma/migrations/20240101_init/migration.sql', 'SELECT 1;', 'prisma'],
      ['/p/supabase/migrations/20240101000000_init.sql', 'SELECT 1;', 'supabase'],
      ['/p/migrations/2024-01-01-000000_init/up.sql', 'SELECT 1;', 'diesel', 'up'],
      ['/p/migrations/2024-01-01-000000_init/down.sql', 'SELECT 1;', 'diesel', 'down'],
      ['/p/migrations/2025-03-02-101010-0000_create_users/up.sql', 'SELECT 1;', 'diesel', 'up'],
      ['/p/migrations/0003_add_index.sql', 'SELECT 1;', 'plain'],
      ['/p/db/migrate/20240101120000_add.sql', 'SELECT 1;', 'plain'],
      ['/p/Data/Migrations/20240101000000_Initial.sql', 'SELECT 1;', 'plain'],
      ['/p/queries/report.sql', 'CREATE INDEX x ON t (a);', null],
      ['/p/migrations/notes.sql', 'SELECT 1;', null],
      ['/p/db/migrations/000001_init.up.txt', 'SELECT 1;', null],
    ];
    for (const [file, text, tool, direction] of cases) {
      const info = detect(file, text);
      assert.strictEqual(info.tool, tool, file);
      assert.strictEqual(info.isMigration, tool !== null, file);
      if (direction) assert.strictEqual(info.direction, direction, file);
    }
  });

  it('recognises sqitch by its plan file', () => {
    const tree = { '/p/db': ['sqitch.plan', 'deploy', 'revert', 'verify'] };
    assert.strictEqual(detect('/p/db/deploy/orders.sql', 'SELECT 1;', tree).tool, 'sqitch');
    assert.strictEqual(detect('/p/db/revert/orders.sql', 'SELECT 1;', tree).direction, 'down');
    assert.strictEqual(detect('/p/other/deploy/orders.sql', 'SELECT 1;', tree).isMigration, false);
  });

  it('recognises sqitch change names with `/` (deploy/users/email_idx.sql) when the plan names the change', () => {
    const tree = {
      '/p': ['sqitch.plan', 'deploy', 'revert', 'verify'],
      '/p/deploy': ['users'],
      '/p/deploy/users': ['email_idx.sql', 'email_idx@v1.0.sql', 'notes.sql'],
    };
    const plan =
      '%project=app\n\nusers/email_idx 2024-01-01T00:00:00Z A <a@x> # index\n@v1.0 2024-01-02T00:00:00Z A <a@x> # tag\n' +
      'users/email_idx [users/email_idx@v1.0] 2024-01-03T00:00:00Z A <a@x> # again\n';
    const fs: FileSystemView = { list: (dir) => tree[dir as keyof typeof tree], read: () => plan };
    const at = (file: string) => detectMigration(file, 'SELECT 1;', fs);
    assert.strictEqual(at('/p/deploy/users/email_idx.sql').tool, 'sqitch');
    assert.strictEqual(at('/p/deploy/users/email_idx@v1.0.sql').tool, 'sqitch');
    assert.deepStrictEqual(at('/p/revert/users/email_idx.sql'), {
      isMigration: true,
      tool: 'sqitch',
      direction: 'down',
    });
    assert.strictEqual(at('/p/verify/users/email_idx.sql').tool, 'sqitch');
    // a file the plan does not name, a prefix of a name, or no plan to read: not a sqitch script
    assert.strictEqual(at('/p/deploy/users/notes.sql').isMigration, false);
    assert.strictEqual(at('/p/deploy/users/email.sql').isMigration, false);
    assert.strictEqual(at('/p/deploy/users/email_idx/x.sql').isMigration, false);
    assert.strictEqual(detect('/p/deploy/users/email_idx.sql', 'SELECT 1;', tree).isMigration, false);
  });

  it('recognises a plain SQL file a Liquibase changelog above it runs, and only then', () => {
    const tree = {
      '/p/db': ['db.changelog-master.yaml', 'sql', 'migrations'],
      '/p/db/sql': ['001_users.sql', 'notes.sql'],
      '/p/db/migrations': ['001_orders.sql'],
    };
    const master =
      'databaseChangeLog:\n  - include:\n      file: sql/001_users.sql\n  - includeAll:\n      path: migrations/\n';
    const fs: FileSystemView = {
      list: (dir) => tree[dir as keyof typeof tree],
      read: (f) => (f === '/p/db/db.changelog-master.yaml' ? master : undefined),
    };
    assert.strictEqual(detectMigration('/p/db/sql/001_users.sql', 'SELECT 1;', fs).tool, 'liquibase');
    assert.strictEqual(detectMigration('/p/db/migrations/001_orders.sql', 'SELECT 1;', fs).tool, 'liquibase');
    assert.strictEqual(detectMigration('/p/db/sql/notes.sql', 'SELECT 1;', fs).isMigration, false);
    // Without read(), or with a master that does not parse, what it was before.
    assert.strictEqual(detectMigration('/p/db/sql/001_users.sql', 'SELECT 1;', { list: fs.list }).isMigration, false);
    assert.strictEqual(
      detectMigration('/p/db/migrations/001_orders.sql', 'SELECT 1;', { list: fs.list }).tool,
      'plain',
    );
    const broken: FileSystemView = { list: fs.list, read: () => 'databaseChangeLog:\n  - include: [' };
    assert.strictEqual(detectMigration('/p/db/migrations/001_orders.sql', 'SELECT 1;', broken).tool, 'plain');
  });

  it('tells sqlx from golang-migrate and plain folders by the Rust project around it', () => {
    const tree = { '/p': ['Cargo.toml', 'migrations', 'src'] };
    assert.strictEqual(detect('/p/migrations/20240101000000_init.sql', 'SELECT 1;', tree).tool, 'sqlx');
    assert.strictEqual(detect('/p/migrations/20240101000000_init.up.sql', 'SELECT 1;', tree).tool, 'sqlx');
    // A Go (or Node, ...) project inside a Cargo workspace keeps its own tool: its root is nearer.
    const mono = {
      '/r': ['Cargo.toml', 'crates', 'go-svc', 'web'],
      '/r/go-svc': ['go.mod', 'migrations'],
      '/r/web': ['package.json', 'db'],
      '/r/web/db': ['migrations'],
      '/r/crates/api': ['Cargo.toml', 'package.json', 'migrations'],
    };
    assert.strictEqual(detect('/r/go-svc/migrations/000001_init.up.sql', 'SELECT 1;', mono).tool, 'golang-migrate');
    assert.strictEqual(detect('/r/web/db/migrations/0001_init.sql', 'SELECT 1;', mono).tool, 'plain');
    assert.strictEqual(detect('/r/crates/api/migrations/20240101000000_init.sql', 'SELECT 1;', mono).tool, 'sqlx');
    assert.strictEqual(detect('/r/migrations/20240101000000_init.up.sql', 'SELECT 1;', mono).tool, 'sqlx');
  });

  it('leaves out scripts written for another database beside the PostgreSQL ones (Spring Boot {vendor} folders)', () => {
    const r = '/p/src/main/resources/db/migration';
    const tree = {
      [r]: ['mysql', 'postgresql'],
      [`${r}/mysql`]: ['V1__init.sql'],
      [`${r}/postgresql`]: ['V1__init.sql'],
    };
    assert.strictEqual(detect(`${r}/postgresql/V1__init.sql`, 'SELECT 1;', tree).tool, 'flyway');
    assert.strictEqual(detect(`${r}/mysql/V1__init.sql`, 'SELECT 1;', tree).isMigration, false);
    // Without a PostgreSQL folder beside it, nothing says the folder's name is about the database: linted.
    const alone = { [r]: ['mysql'], [`${r}/mysql`]: ['V1__init.sql'] };
    assert.strictEqual(detect(`${r}/mysql/V1__init.sql`, 'SELECT 1;', alone).tool, 'flyway');
  });

  it('leaves out ory/popx files named for another database (.mysql., .sqlite3., ...), even in migrationDirs', () => {
    const dir = '/p/db/migrations';
    for (const dialect of ['mysql', 'sqlite3', 'sqlite', 'cockroach', 'crdb', 'mssql', 'mariadb']) {
      for (const direction of ['up', 'down']) {
        const file = `${dir}/20191100000001000000_members.${dialect}.${direction}.sql`;
        assert.strictEqual(detect(file).isMigration, false, file);
        assert.strictEqual(detect(file, 'SELECT 1;', {}, ['/p/persistence/**']).isMigration, false, file);
      }
    }
    assert.strictEqual(detect(`${dir}/20191100000001000000_members.mysql.autocommit.up.sql`).isMigration, false);
    // PostgreSQL's own files and those naming no database run on PostgreSQL
    assert.strictEqual(detect(`${dir}/20191100000001000000_members.postgres.up.sql`).tool, 'golang-migrate');
    assert.strictEqual(detect(`${dir}/20191100000001000000_members.up.sql`).tool, 'golang-migrate');
    // a golang-migrate title with a dot in it is no dialect
    assert.strictEqual(detect(`${dir}/000003_add.users.up.sql`).tool, 'golang-migrate');
  });

  it('recognises sql-migrate by its `-- +migrate Up`/`Down` marker in any folder, never goose or dbmate files', () => {
    const sql = '-- +migrate Up\nCREATE TABLE t (a int);\n\n-- +migrate Down\nDROP TABLE t;\n';
    assert.deepStrictEqual(detect('/p/sql/1677078479.sql', sql), {
      isMigration: true,
      tool: 'sql-migrate',
      direction: 'up',
    });
    assert.strictEqual(detect('/p/migrations/20240101-init.sql', '\n-- +migrate Down\n').tool, 'sql-migrate');
    assert.strictEqual(detect('/p/db/x.sql', '-- +migrate Up notransaction\nSELECT 1;').tool, 'sql-migrate');
    // what sql-migrate itself does not read as a marker
    for (const text of ['  -- +migrate Up\nSELECT 1;', '-- +migrate up\nSELECT 1;', '--+migrate Up\nSELECT 1;'])
      assert.strictEqual(detect('/p/sql/1.sql', text).isMigration, false, text);
    // goose and dbmate files stay theirs
    assert.strictEqual(detect('/p/sql/1_x.sql', '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;').tool, 'goose');
    assert.strictEqual(detect('/p/sql/1_x.sql', '-- migrate:up\nSELECT 1;\n-- migrate:down\n').tool, 'dbmate');
    assert.strictEqual(detect('/p/sql/1_x.sql', '-- +goose Up\n-- +migrate Up\nSELECT 1;').tool, 'goose');
  });

  it("leaves out Prisma and drizzle-kit migrations whose tool's own files name another database", () => {
    const files: Record<string, string> = {
      '/p/prisma/migrations/migration_lock.toml': '# Please do not edit this file manually\nprovider = "sqlite"\n',
      '/q/prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
      '/d/drizzle/meta/_journal.json': '{"version":"7","dialect":"mysql","entries":[]}',
      '/e/drizzle/meta/_journal.json': '{"version":"7","dialect":"postgresql","entries":[]}',
      '/f/drizzle/meta/_journal.json': '{"version":"7","dial',
    };
    const tree: Record<string, string[]> = {
      '/d/drizzle/meta': ['_journal.json'],
      '/e/drizzle/meta': ['_journal.json'],
      '/f/drizzle/meta': ['_journal.json'],
    };
    const fs: FileSystemView = { list: (dir) => tree[dir], read: (file) => files[file] };
    const info = (file: string) => detectMigration(file, 'SELECT 1;', fs);
    assert.strictEqual(info('/p/prisma/migrations/20240101000000_init/migration.sql').isMigration, false);
    assert.strictEqual(info('/q/prisma/migrations/20240101000000_init/migration.sql').tool, 'prisma');
    assert.strictEqual(info('/d/drizzle/0000_init.sql').isMigration, false);
    assert.strictEqual(info('/e/drizzle/0000_init.sql').tool, 'plain');
    // A journal cut short (being written) or no lock file: nothing says another database.
    assert.strictEqual(info('/f/drizzle/0000_init.sql').tool, 'plain');
    assert.strictEqual(info('/r/prisma/migrations/20240101000000_init/migration.sql').tool, 'prisma');
  });

  it("leaves out sqlx and Diesel migrations of a crate whose Cargo.toml builds only SQLite's or MySQL's driver", () => {
    const manifests: Record<string, string> = {
      // sqlx for SQLite only (a desktop client's local store)
      '/a': '[dependencies]\nsqlx = { version = "0.8", features = ["sqlite", "runtime-tokio", "macros"] }\n',
      // Diesel for SQLite only, as a table
      '/b': '[dependencies.diesel]\nversion = "2.2"\nfeatures = [\n  "sqlite",\n  "returning_clauses_for_sqlite_3_35",\n]\n\n[dependencies]\nserde = "1"\n',
      '/c': '[dependencies]\ndiesel = { version = "2", features = ["mysql"] }\n',
      // both databases: linted
      '/d': '[dependencies]\nsqlx = { version = "0.8", features = ["sqlite", "postgres"] }\n',
      // no backend feature here: the workspace root or another crate may enable postgres
      '/e': '[dependencies]\nsqlx = { workspace = true }\n',
      '/f': '[dependencies]\nsqlx = { workspace = true, features = ["sqlite"] }\n',
      '/g': '[dependencies]\nsqlx = "0.8"\n',
      // PostgreSQL behind a feature of the crate itself
      '/h': '[features]\npg = ["sqlx/postgres"]\n\n[dependencies]\nsqlx = { version = "0.8", features = ["sqlite"] }\n',
      '/i': '[dependencies]\ndiesel = { version = "2", features = ["postgres"] }\n',
    };
    const files: Record<string, string> = {};
    const tree: Record<string, string[]> = {};
    for (const [root, text] of Object.entries(manifests)) {
      files[`${root}/Cargo.toml`] = text;
      tree[root] = ['Cargo.toml', 'migrations'];
    }
    const fs: FileSystemView = { list: (dir) => tree[dir], read: (file) => files[file] };
    const sqlx = (root: string) => detectMigration(`${root}/migrations/20240105120000_create.sql`, 'SELECT 1;', fs);
    const diesel = (root: string) =>
      detectMigration(`${root}/migrations/2024-01-05-120000_create/up.sql`, 'SELECT 1;', fs);
    assert.strictEqual(sqlx('/a').isMigration, false);
    assert.strictEqual(diesel('/b').isMigration, false);
    assert.strictEqual(
      detectMigration('/b/migrations/2024-01-05-120000_create/down.sql', 'SELECT 1;', fs).isMigration,
      false,
    );
    assert.strictEqual(diesel('/c').isMigration, false);
    for (const root of ['/d', '/e', '/f', '/g', '/h']) assert.strictEqual(sqlx(root).tool, 'sqlx', root);
    assert.strictEqual(diesel('/i').tool, 'diesel');
    // A Cargo.toml that cannot be read (or a view without read): no claim, linted as before.
    assert.strictEqual(diesel('/z').tool, 'diesel');
  });

  it('recognises a Prisma migrations folder outside prisma/ by its migration_lock.toml or the schema beside it', () => {
    const m = '/p/packages/database/migrations';
    const file = `${m}/20240101000000_init/migration.sql`;
    const lock = { [m]: ['20240101000000_init', 'migration_lock.toml'] };
    const schema = { '/p/packages/database': ['migrations', 'schema.prisma'], [m]: ['20240101000000_init'] };
    assert.strictEqual(detect(file, 'SELECT 1;', lock).tool, 'prisma');
    assert.strictEqual(detect(file, 'SELECT 1;', schema).tool, 'prisma');
    // Neither: a folder of migration.sql files says nothing of the tool.
    assert.strictEqual(detect(file, 'SELECT 1;', { [m]: ['20240101000000_init'] }).isMigration, false);
  });

  it('takes from supabase/migrations only the files the Supabase CLI applies (`<digits>_name.sql`)', () => {
    const m = '/p/supabase/migrations';
    const tree = { [m]: ['20240101000000_orders.sql', '20240102.sql', '20240103000000_x.SQL', 'seed.sql'] };
    assert.strictEqual(detect(`${m}/20240101000000_orders.sql`, 'CREATE INDEX i ON t (a);', tree).tool, 'supabase');
    // The CLI skips these, saying the name must match "<timestamp>_name.sql" (its pattern is case-sensitive).
    for (const name of ['seed.sql', '20240102.sql', '20240103000000_x.SQL'])
      assert.deepStrictEqual(detect(`${m}/${name}`, 'CREATE INDEX i ON t (a);', tree), {
        isMigration: false,
        tool: null,
        direction: 'up',
      });
  });

  it('skips a first `<14 digits>_init.sql` dated before 2021-12-09 in supabase/migrations, as the Supabase CLI does', () => {
    const m = '/p/supabase/migrations';
    const old = { [m]: ['20211101000000_init.sql', '20211201000000_orders.sql'] };
    assert.strictEqual(detect(`${m}/20211101000000_init.sql`, 'SELECT 1;', old).isMigration, false);
    assert.strictEqual(detect(`${m}/20211201000000_orders.sql`, 'SELECT 1;', old).tool, 'supabase');
    // Not the folder's first entry, or dated later: applied like any other.
    const second = { [m]: ['.gitkeep', '20211101000000_init.sql'] };
    assert.strictEqual(detect(`${m}/20211101000000_init.sql`, 'SELECT 1;', second).tool, 'supabase');
    const later = { [m]: ['20220101000000_init.sql'] };
    assert.strictEqual(detect(`${m}/20220101000000_init.sql`, 'SELECT 1;', later).tool, 'supabase');
  });

  it('recognises drizzle-kit’s folder by its meta/_journal.json, and only with it', () => {
    const tree = { '/p/drizzle': ['0000_wild_hulk.sql', 'meta'], '/p/drizzle/meta': ['_journal.json'] };
    assert.strictEqual(detect('/p/drizzle/0000_wild_hulk.sql', 'SELECT 1;', tree).tool, 'plain');
    assert.strictEqual(
      detect('/p/sql/0000_report.sql', 'SELECT 1;', { '/p/sql': ['0000_report.sql'] }).isMigration,
      false,
    );
  });

  it("recognises Hasura's migration folders by the project's config.yaml above them, and only by it", () => {
    const v3 = 'version: 3\nendpoint: http://localhost:8080\nmetadata_directory: metadata\n';
    const project = (config: string | undefined, extra: Record<string, string[]> = {}): FileSystemView => {
      const tree: Record<string, string[]> = {
        '/p/hasura': [...(config === undefined ? [] : ['config.yaml']), 'migrations'],
        ...extra,
      };
      return { list: (dir) => tree[dir], read: (file) => (file === '/p/hasura/config.yaml' ? config : undefined) };
    };
    const at = (file: string, fs: FileSystemView) => detectMigration(file, 'SELECT 1;', fs);
    const v3File = '/p/hasura/migrations/default/1681234567890_create_table_public_users/up.sql';
    assert.deepStrictEqual(at(v3File, project(v3)), { isMigration: true, tool: 'hasura', direction: 'up' });
    assert.deepStrictEqual(at(v3File.replace(/up\.sql$/, 'down.sql'), project(v3)), {
      isMigration: true,
      tool: 'hasura',
      direction: 'down',
    });
    // Config v2 keeps the migration folders right in migrations/.
    const v2 = v3.replace('version: 3', 'version: 2');
    const v2File = '/p/hasura/migrations/1681234567890_create_table_public_users/up.sql';
    assert.strictEqual(at(v2File, project(v2)).tool, 'hasura');
    // Each version reads only its own shape.
    assert.strictEqual(at(v2File, project(v3)).isMigration, false);
    assert.strictEqual(at(v3File, project(v2)).isMigration, false);
    // A 14-digit version in a Hasura project is still Hasura's, not Diesel's.
    assert.strictEqual(at('/p/hasura/migrations/default/20240101000000_x/up.sql', project(v3)).tool, 'hasura');
    // The metadata folder beside a bare `version: 3`, CRLF lines, a quoted version: still Hasura's config.
    const bare = project('version: 3\n', { '/p/hasura': ['config.yaml', 'metadata', 'migrations'] });
    assert.strictEqual(at(v3File, bare).tool, 'hasura');
    assert.strictEqual(at(v3File, project(v3.replace(/\n/g, '\r\n'))).tool, 'hasura');
    assert.strictEqual(at(v3File, project(v3.replace('version: 3', 'version: "3"'))).tool, 'hasura');
    // `migrations_directory` moves the history.
    const moved = `${v3}migrations_directory: db/migrations\n`;
    assert.strictEqual(at('/p/hasura/db/migrations/default/1681234567890_x/up.sql', project(moved)).tool, 'hasura');
    assert.strictEqual(at(v3File, project(moved)).isMigration, false);
    // Not Hasura's: no config.yaml, another tool's config.yaml, Hasura's config v1, a metadata step, another file.
    assert.strictEqual(at(v3File, project(undefined)).isMigration, false);
    assert.strictEqual(at(v3File, project('version: 3\nservices:\n  web:\n    image: app\n')).isMigration, false);
    assert.strictEqual(at(v3File, project(v3.replace('version: 3', 'version: 1'))).isMigration, false);
    assert.strictEqual(at(v3File.replace(/up\.sql$/, 'up.yaml'), project(v3)).isMigration, false);
    assert.strictEqual(at(v3File.replace(/up\.sql$/, 'seed.sql'), project(v3)).isMigration, false);
    assert.strictEqual(at('/p/hasura/migrations/default/init/up.sql', project(v3)).isMigration, false);
    // Without a way to read config.yaml, nothing says Hasura (and a 13-digit folder is not Diesel's).
    assert.strictEqual(at(v3File, { list: project(v3).list }).isMigration, false);
    // Diesel stays Diesel.
    assert.strictEqual(at('/p/migrations/2024-01-01-000000_init/up.sql', project(v3)).tool, 'diesel');
  });

  it('lets configured migrationDirs decide alone', () => {
    assert.deepStrictEqual(detect('/p/queries/report.sql', 'SELECT 1;', {}, ['/p/queries']), {
      isMigration: true,
      tool: 'plain',
      direction: 'up',
    });
    assert.strictEqual(
      detect('/p/db/migrations/000001_init.up.sql', 'SELECT 1;', {}, ['/p/queries']).isMigration,
      false,
    );
    assert.strictEqual(
      detect('/p/db/migrations/000001_init.up.sql', 'SELECT 1;', {}, ['/p/**/migrations']).tool,
      'golang-migrate',
    );
  });
});

describe('isInsideGlob', () => {
  it('matches folders with *, ** and ?', () => {
    assert.ok(isInsideGlob('/p/db/migrations/a.sql', '/p/db/migrations'));
    assert.ok(isInsideGlob('/p/db/migrations/sub/a.sql', '/p/db/migrations'));
    assert.ok(isInsideGlob('/p/services/billing/migrations/a.sql', '/p/services/*/migrations'));
    assert.ok(isInsideGlob('/p/a/b/c/migrations/a.sql', '/p/**/migrations'));
    assert.ok(isInsideGlob('/p/migrations/a.sql', '/p/**/migrations'));
    assert.ok(!isInsideGlob('/p/db/migrationsX/a.sql', '/p/db/migrations'));
    assert.ok(!isInsideGlob('/q/db/migrations/a.sql', '/p/**/migrations'));
  });
});
