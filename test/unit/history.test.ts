// The schema a migration runs against comes from the migrations before it, in the tool's order.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Project } from '../../server/src/project';
import { loadParser } from '../../server/src/syntax/parse';

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-history-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function rules(project: Project, file: string, text?: string): string[] {
  const content = text ?? fs.readFileSync(file, 'utf8');
  // These folders have no down scripts; missing-rollback is not what these tests are about.
  return (project.lint(file, content).analysis?.findings ?? [])
    .map((f) => f.rule)
    .filter((r) => r !== 'missing-rollback');
}

describe('history replay', () => {
  before(() => loadParser());

  const recipe = {
    'db/migrations/1_add_check.up.sql':
      "SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;\n",
    'db/migrations/2_validate.up.sql': 'ALTER TABLE orders VALIDATE CONSTRAINT orders_status_nn;\n',
    'db/migrations/10_set_not_null.up.sql':
      "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;\n",
  };

  it('drizzle-kit: its migrator runs every pending migration in one transaction', () => {
    const dir = folder({
      'drizzle/meta/_journal.json': '{"version":"7","dialect":"postgresql","entries":[]}',
      'drizzle/0000_init.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);\n',
      'drizzle/0001_index.sql': 'CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);\n',
      'drizzle/0002_begin.sql': "SET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN done boolean;\n",
    });
    const project = new Project();
    assert.deepStrictEqual(rules(project, path.join(dir, 'drizzle/0001_index.sql')), ['concurrently-in-transaction']);
    // SET LOCAL takes effect inside that transaction.
    assert.deepStrictEqual(rules(project, path.join(dir, 'drizzle/0002_begin.sql')), []);
  });

  it('Atlas: a transaction per file (its atlas.sum beside the scripts), unless the file says `-- atlas:txmode none`', () => {
    const dir = folder({
      'migrations/atlas.sum': 'h1:abc=\n20240101000000_init.sql h1:def=\n',
      'migrations/20240101000000_init.sql': 'CREATE TABLE "public"."orders" ("id" bigint NOT NULL, "note" text);\n',
      'migrations/20240102000000_index.sql':
        'CREATE INDEX CONCURRENTLY "orders_note_idx" ON "public"."orders" ("note");\n',
      'migrations/20240103000000_index_no_tx.sql':
        '-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY "orders_id_idx" ON "public"."orders" ("id");\n',
      'migrations/20240104000000_column.sql':
        'SET LOCAL lock_timeout = \'2s\';\nALTER TABLE "public"."orders" ADD COLUMN "region" text;\nCREATE INDEX "orders_region_idx" ON "public"."orders" ("region");\n',
    });
    const project = new Project();
    const lint = (name: string) => rules(project, path.join(dir, 'migrations', name));
    assert.deepStrictEqual(lint('20240102000000_index.sql'), ['concurrently-in-transaction']);
    assert.deepStrictEqual(lint('20240103000000_index_no_tx.sql'), []);
    // SET LOCAL holds in the file's transaction, which also keeps the ADD COLUMN's lock through the index build.
    assert.deepStrictEqual(lint('20240104000000_column.sql'), [
      'lock-held-during-slow-operation',
      'require-concurrent-index',
    ]);
  });

  it('Hasura: each database folder replays its own earlier migrations, by version; the down.sql those of its up.sql', () => {
    const m = 'hasura/migrations';
    const dir = folder({
      'hasura/config.yaml': 'version: 3\nendpoint: http://localhost:8080\nmetadata_directory: metadata\n',
      'hasura/metadata/version.yaml': 'version: 3\n',
      [`${m}/default/1681234567890_init/up.sql`]:
        'CREATE TABLE public.orders (id bigint PRIMARY KEY, status text);\n' +
        "SET lock_timeout = '2s';\nALTER TABLE public.orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;\n",
      [`${m}/default/1681234600000_validate/up.sql`]:
        'ALTER TABLE public.orders VALIDATE CONSTRAINT orders_status_nn;\n',
      [`${m}/default/1681234600000_validate/up.yaml`]:
        '- type: pg_track_table\n  args: {source: default, table: orders}\n',
      [`${m}/default/1681234700000_status_required/up.sql`]:
        "SET lock_timeout = '2s';\nALTER TABLE public.orders ALTER COLUMN status SET NOT NULL;\n",
      [`${m}/default/1681234700000_status_required/down.sql`]:
        "SET lock_timeout = '2s';\nALTER TABLE public.orders ALTER COLUMN status DROP NOT NULL;\n",
      [`${m}/default/1681234800000_index_status/up.sql`]:
        "SET lock_timeout = '2s';\nCREATE INDEX orders_status_idx ON public.orders (status);\n",
      [`${m}/analytics/1681234567891_init/up.sql`]:
        'CREATE TABLE public.orders (id bigint PRIMARY KEY, status text);\n',
      [`${m}/analytics/1681234700000_status_required/up.sql`]:
        "SET lock_timeout = '2s';\nALTER TABLE public.orders ALTER COLUMN status SET NOT NULL;\n",
    });
    const project = new Project();
    const lint = (name: string) => rules(project, path.join(dir, m, name));
    // The check two migrations back (validated in between) proves the column has no NULLs.
    assert.deepStrictEqual(lint('default/1681234700000_status_required/up.sql'), []);
    assert.deepStrictEqual(lint('default/1681234700000_status_required/down.sql'), []);
    // The table comes from an earlier migration: it is in use, and a plain CREATE INDEX blocks its writes.
    assert.deepStrictEqual(lint('default/1681234800000_index_status/up.sql'), ['require-concurrent-index']);
    // The other database's history has no such check.
    assert.deepStrictEqual(lint('analytics/1681234700000_status_required/up.sql'), ['set-not-null']);
  });

  it("a down script's drop of what its up script only said to create (IF NOT EXISTS, OR REPLACE of what the history has) is flagged", () => {
    const dir = folder({
      'db/migrations/000001_init.up.sql':
        'CREATE TABLE sessions (id uuid PRIMARY KEY, user_id bigint);\nCREATE TABLE users (id bigint PRIMARY KEY, locale text);\nCREATE VIEW recent_users AS SELECT id FROM users;\n',
      'db/migrations/000001_init.down.sql': 'DROP VIEW recent_users;\nDROP TABLE users;\nDROP TABLE sessions;\n',
      'db/migrations/000002_ensure.up.sql':
        "SET lock_timeout = '2s';\nCREATE TABLE IF NOT EXISTS sessions (id uuid PRIMARY KEY, user_id bigint);\nALTER TABLE users ADD COLUMN IF NOT EXISTS locale text;\nCREATE OR REPLACE VIEW recent_users AS SELECT id FROM users;\nCREATE TABLE IF NOT EXISTS audit (id bigint);\n",
      'db/migrations/000002_ensure.down.sql':
        "SET lock_timeout = '2s';\nDROP TABLE audit;\nDROP VIEW recent_users;\nALTER TABLE users DROP COLUMN locale;\nDROP TABLE sessions;\n",
    });
    const findings = new Project().lint(
      path.join(dir, 'db/migrations/000002_ensure.down.sql'),
      fs.readFileSync(path.join(dir, 'db/migrations/000002_ensure.down.sql'), 'utf8'),
    ).analysis?.findings;
    // audit is the up script's own; the view, the column and sessions were there before it.
    assert.deepStrictEqual(
      findings?.map((f) => `${f.rule}@${f.statement}`),
      ['drop-column@3', 'drop-table@4'],
    );
  });

  it('a down script undoes what its up script did under that script’s search_path', () => {
    const dir = folder({
      'db/migrations/000001_billing.up.sql':
        'CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id bigint, total int);\n',
      'db/migrations/000001_billing.down.sql': 'DROP SCHEMA billing CASCADE;\n',
      'db/migrations/000002_due.up.sql':
        "SET lock_timeout = '2s';\nSET search_path TO billing;\nALTER TABLE invoices ADD COLUMN due_on date;\nALTER TABLE invoices RENAME COLUMN total TO amount;\n",
      'db/migrations/000002_due.down.sql':
        "SET lock_timeout = '2s';\nALTER TABLE billing.invoices RENAME COLUMN amount TO total;\nALTER TABLE billing.invoices DROP COLUMN due_on;\n",
    });
    assert.deepStrictEqual(rules(new Project(), path.join(dir, 'db/migrations/000002_due.down.sql')), []);
  });

  it('a check validated in an earlier migration makes SET NOT NULL safe (numeric order: 2 before 10)', () => {
    const dir = folder(recipe);
    assert.deepStrictEqual(rules(new Project(), path.join(dir, 'db/migrations/10_set_not_null.up.sql')), []);
  });

  it('without the VALIDATE migration, SET NOT NULL is flagged', () => {
    const { ['db/migrations/2_validate.up.sql']: _validate, ...rest } = recipe;
    void _validate;
    const dir = folder(rest);
    assert.deepStrictEqual(rules(new Project(), path.join(dir, 'db/migrations/10_set_not_null.up.sql')), [
      'set-not-null',
    ]);
  });

  it('later migrations do not count, and unsaved editor text of an earlier one does', () => {
    const dir = folder(recipe);
    const project = new Project();
    const second = path.join(dir, 'db/migrations/2_validate.up.sql');
    const last = path.join(dir, 'db/migrations/10_set_not_null.up.sql');
    // Linting migration 1 sees nothing of 2 or 10.
    assert.deepStrictEqual(rules(project, path.join(dir, 'db/migrations/1_add_check.up.sql')), []);
    project.setOverlay(second, '-- validation moved to a later release\nSELECT 1;\n');
    assert.deepStrictEqual(rules(project, last), ['set-not-null']);
    project.setOverlay(second, undefined);
    assert.deepStrictEqual(rules(project, last), []);
  });

  it('Supabase: a seed.sql kept in supabase/migrations is no migration (the CLI skips it): not linted', () => {
    const dir = folder({
      'supabase/migrations/20240101000000_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);\n',
      'supabase/migrations/20240102000000_note_idx.sql': 'CREATE INDEX orders_note_idx ON orders (note);\n',
      'supabase/migrations/seed.sql':
        "CREATE INDEX orders_id_note_idx ON orders (id, note);\nINSERT INTO orders VALUES (1, 'a');\n",
    });
    const project = new Project();
    const seed = path.join(dir, 'supabase/migrations/seed.sql');
    const linted = project.lint(seed, fs.readFileSync(seed, 'utf8'));
    assert.strictEqual(linted.migration.isMigration, false);
    assert.strictEqual(linted.analysis, undefined);
    // The migrations beside it are still linted (orders exists before the index migration runs).
    assert.deepStrictEqual(rules(project, path.join(dir, 'supabase/migrations/20240102000000_note_idx.sql')), [
      'require-concurrent-index',
      'require-lock-timeout',
    ]);
  });

  it('a domain with constraints created in an earlier migration makes ADD COLUMN rewrite', () => {
    const dir = folder({
      'migrations/0001_domain.sql': 'CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);\n',
      'migrations/0002_qty.sql': "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN qty positive_int;\n",
    });
    assert.deepStrictEqual(rules(new Project(), path.join(dir, 'migrations/0002_qty.sql')), ['add-column-rewrite']);
  });
});
