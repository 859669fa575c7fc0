import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { earlierMigrations, parseSqitchPlan } from '../../migrations/history';
import { downScriptOf, rollbackStatus } from '../../migrations/rollback';
import { pairedUpScript } from '../../migrations/pairs';
import { detectMigration, FileSystemView, MigrationTool } from '../../migrations/tools';
import { toolTransactionSettings } from '../../migrations/transactions';
import { splitUnits } from '../../migrations/units';
import { Project } from '../../project';
import { readDirectives } from '../../syntax/directives';
import { loadParser } from '../../syntax/parse';
import { splitStatements } from '../../syntax/split';
import type { ScaffoldPlan, ScaffoldStep } from '../scaffold/plan';
import { detectFolderTool } from './folderTool';
import { layoutPlan, LayoutResult, LayoutTarget, PlannedFile } from './layout';

const ROOT = path.resolve('/project');
const NOW = new Date(Date.UTC(2025, 2, 14, 9, 26, 53));

/** A file system in memory: absolute path → content. Folders are whatever lies above a file. */
function memoryView(files: Map<string, string>): FileSystemView {
  return {
    list(dir) {
      const abs = path.resolve(dir);
      const names = new Set<string>();
      for (const file of files.keys()) {
        if (file.startsWith(abs + path.sep)) names.add(file.slice(abs.length + 1).split(path.sep)[0]);
      }
      return names.size > 0 ? [...names] : undefined;
    },
    read: (file) => files.get(path.resolve(file)),
  };
}

function step(overrides: Partial<ScaffoldStep>): ScaffoldStep {
  return {
    phase: 'expand',
    deploy: 1,
    name: 'add_orders_total_cents',
    summary: 'orders.total_cents exists and is kept in sync with orders.total',
    up: 'ALTER TABLE orders ADD COLUMN total_cents bigint;\n',
    down: 'ALTER TABLE orders DROP COLUMN total_cents;\n',
    transactional: true,
    ...overrides,
  };
}

/** Three deployments: a transactional expand with a function body, a non-transactional index, a contract. */
const PLAN: ScaffoldPlan = {
  request: { kind: 'rename-column', table: 'orders', column: 'total', to: 'total_cents' },
  title: 'rename orders.total → orders.total_cents',
  steps: [
    step({
      up:
        'ALTER TABLE orders ADD COLUMN total_cents bigint;\n' +
        'CREATE FUNCTION orders_sync() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.total_cents := NEW.total;\n  RETURN NEW;\nEND;\n$$;\n',
      down: 'DROP FUNCTION orders_sync();\nALTER TABLE orders DROP COLUMN total_cents;\n',
    }),
    step({
      phase: 'migrate',
      deploy: 2,
      name: 'index_orders_total_cents',
      summary: 'reads use orders.total_cents',
      up: 'CREATE INDEX CONCURRENTLY orders_total_cents_idx ON orders (total_cents);\n',
      down: 'DROP INDEX CONCURRENTLY orders_total_cents_idx;\n',
      transactional: false,
    }),
    step({
      phase: 'contract',
      deploy: 3,
      name: 'drop_orders_total',
      summary: 'only orders.total_cents remains',
      up: 'ALTER TABLE orders DROP COLUMN total;\n',
      down: 'ALTER TABLE orders ADD COLUMN total bigint;\n',
    }),
  ],
};

/** Where each tool's migrations live in a project, and one existing migration in its convention. */
const SETUPS: Record<MigrationTool, { dir: string; existing: Record<string, string> }> = {
  'golang-migrate': {
    dir: 'db/migrations',
    existing: { '000003_orders.up.sql': 'SELECT 1;\n', '000003_orders.down.sql': 'SELECT 1;\n' },
  },
  sqlx: {
    dir: 'migrations',
    existing: {
      '../Cargo.toml': '',
      '20240101000000_orders.up.sql': 'SELECT 1;\n',
      '20240101000000_orders.down.sql': 'SELECT 1;\n',
    },
  },
  plain: { dir: 'migrations', existing: { '0007_orders.sql': 'SELECT 1;\n', '0007_orders.down.sql': 'SELECT 1;\n' } },
  flyway: { dir: 'db/migration', existing: { 'V1_2__orders.sql': 'SELECT 1;\n', 'U1_2__orders.sql': 'SELECT 1;\n' } },
  diesel: {
    dir: 'migrations',
    existing: { '2024-01-01-000000_orders/up.sql': 'SELECT 1;\n', '2024-01-01-000000_orders/down.sql': 'SELECT 1;\n' },
  },
  hasura: {
    dir: 'hasura/migrations/default',
    existing: {
      '../../config.yaml': 'version: 3\nendpoint: http://localhost:8080\nmetadata_directory: metadata\n',
      '1681234567890_orders/up.sql': 'SELECT 1;\n',
      '1681234567890_orders/down.sql': 'SELECT 1;\n',
    },
  },
  prisma: { dir: 'prisma/migrations', existing: { '20240101000000_orders/migration.sql': 'SELECT 1;\n' } },
  supabase: { dir: 'supabase/migrations', existing: { '20240101000000_orders.sql': 'SELECT 1;\n' } },
  dbmate: {
    dir: 'db/migrations',
    existing: { '20240101000000_orders.sql': '-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 1;\n' },
  },
  goose: {
    dir: 'db/migrations',
    existing: { '00005_orders.sql': '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n' },
  },
  'sql-migrate': {
    dir: 'sql',
    existing: { '1677078479.sql': '-- +migrate Up\nSELECT 1;\n-- +migrate Down\nSELECT 1;\n' },
  },
  liquibase: {
    dir: 'db/changelog',
    existing: { '001_orders.sql': '--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n--rollback SELECT 1;\n' },
  },
  sqitch: {
    dir: 'db',
    existing: {
      'sqitch.plan':
        '%syntax-version=1.0.0\n%project=shop\n\norders 2024-01-01T00:00:00Z Ann Example <ann@example.com> # orders\n',
      'deploy/orders.sql': 'SELECT 1;\n',
      'revert/orders.sql': 'SELECT 1;\n',
      'verify/orders.sql': 'SELECT 1;\n',
    },
  },
};

interface Laid {
  result: LayoutResult;
  files: Map<string, string>;
  view: FileSystemView;
  dir: string;
}

/** Lays PLAN (or `plan`) out in the tool's folder and returns the file system after writing it. */
function layOut(tool: MigrationTool, plan: ScaffoldPlan = PLAN, root = ROOT): Laid {
  const setup = SETUPS[tool];
  const dir = path.join(root, setup.dir);
  const files = new Map<string, string>();
  for (const [name, content] of Object.entries(setup.existing)) files.set(path.resolve(dir, name), content);
  const before = memoryView(files);
  const target: LayoutTarget = { tool, dir, listing: before.list(dir) ?? [], read: before.read, now: NOW };
  const result = layoutPlan(plan, target);
  for (const file of result.files) {
    assert.ok(!files.has(file.path), `${file.path} must not overwrite an existing file`);
    files.set(file.path, file.content);
  }
  for (const append of result.appends) files.set(append.path, (files.get(append.path) ?? '') + append.text);
  return { result, files, view: memoryView(files), dir };
}

function names(laid: Laid): string[] {
  return laid.result.files.map((f) => path.relative(laid.dir, f.path).split(path.sep).join('/'));
}

describe('layout: a plan in each tool convention', () => {
  before(() => loadParser());

  it('golang-migrate: .up/.down pairs numbered after the last version with its width', () => {
    const laid = layOut('golang-migrate');
    assert.deepStrictEqual(names(laid), [
      '000004_add_orders_total_cents.up.sql',
      '000004_add_orders_total_cents.down.sql',
      '000005_index_orders_total_cents.up.sql',
      '000005_index_orders_total_cents.down.sql',
      '000006_drop_orders_total.up.sql',
      '000006_drop_orders_total.down.sql',
    ]);
    const [up, down] = laid.result.files;
    assert.ok(
      up.content.startsWith(
        '-- expand — deploy 1 of 3: old and new code both work after this\n' +
          '-- orders.total_cents exists and is kept in sync with orders.total\n' +
          '-- Part of: rename orders.total → orders.total_cents',
      ),
      up.content,
    );
    assert.ok(up.content.endsWith('RETURN NEW;\nEND;\n$$;\n'));
    assert.ok(down.content.startsWith('-- Undoes 000004_add_orders_total_cents.up.sql (expand — deploy 1 of 3)'));
    assert.ok(down.content.endsWith('DROP FUNCTION orders_sync();\nALTER TABLE orders DROP COLUMN total_cents;\n'));
    assert.deepStrictEqual(
      laid.result.files.map((f) => [f.phase, f.kind, f.deploy]),
      [
        ['expand', 'up', 1],
        ['expand', 'down', 1],
        ['migrate', 'up', 2],
        ['migrate', 'down', 2],
        ['contract', 'up', 3],
        ['contract', 'down', 3],
      ],
    );
    for (const f of laid.result.files) assert.ok(!f.content.includes('\r'));
  });

  it('sqlx: timestamps after the last one; a non-transactional step starts with -- no-transaction', () => {
    const laid = layOut('sqlx');
    assert.deepStrictEqual(names(laid).slice(0, 3), [
      '20250314092653_add_orders_total_cents.up.sql',
      '20250314092653_add_orders_total_cents.down.sql',
      '20250314092654_index_orders_total_cents.up.sql',
    ]);
    const index = laid.result.files[2];
    assert.ok(index.content.startsWith('-- no-transaction\n-- migrate — deploy 2 of 3'));
    assert.ok(laid.result.files[3].content.startsWith('-- no-transaction\n'));
    assert.ok(!laid.result.files[0].content.startsWith('-- no-transaction'));
  });

  it('plain folders: N_name.sql with N_name.down.sql beside it', () => {
    assert.deepStrictEqual(names(layOut('plain')).slice(0, 2), [
      '0008_add_orders_total_cents.sql',
      '0008_add_orders_total_cents.down.sql',
    ]);
  });

  it('a plain, sqlx or Flyway folder whose migrations have no down/undo scripts gets none either', () => {
    const kinds = (tool: MigrationTool, listing: string[]): string[] =>
      layoutPlan(PLAN, { tool, dir: ROOT, listing, now: NOW }).files.map(
        (f) => `${f.kind} ${path.relative(ROOT, f.path).split(path.sep).join('/')}`,
      );
    assert.deepStrictEqual(kinds('plain', ['001_base.sql', '002_change.sql']), [
      'up 003_add_orders_total_cents.sql',
      'up 004_index_orders_total_cents.sql',
      'up 005_drop_orders_total.sql',
    ]);
    assert.deepStrictEqual(kinds('sqlx', ['20240101000000_orders.sql']), [
      'up 20250314092653_add_orders_total_cents.sql',
      'up 20250314092654_index_orders_total_cents.sql',
      'up 20250314092655_drop_orders_total.sql',
    ]);
    assert.deepStrictEqual(kinds('flyway', ['V1__orders.sql', 'R__views.sql']), [
      'up V2__add_orders_total_cents.sql',
      'up V3__index_orders_total_cents.sql',
      'up V4__drop_orders_total.sql',
    ]);
    // With one down script in the folder, or none yet to follow, the downs are written.
    assert.strictEqual(kinds('plain', ['001_base.sql', '001_base.down.sql']).length, 6);
    assert.strictEqual(kinds('plain', []).length, 6);
    assert.strictEqual(kinds('flyway', ['V1__orders.sql', 'sub/U1__orders.sql']).length, 6);
    // golang-migrate always pairs.
    assert.strictEqual(kinds('golang-migrate', ['1_a.up.sql']).length, 6);
  });

  it('Flyway: V/U pairs following the version style (1_2 → 1_3), executeInTransaction=false when needed', () => {
    const laid = layOut('flyway');
    assert.deepStrictEqual(names(laid), [
      'V1_3__add_orders_total_cents.sql',
      'U1_3__add_orders_total_cents.sql',
      'V1_4__index_orders_total_cents.sql',
      'U1_4__index_orders_total_cents.sql',
      'V1_5__drop_orders_total.sql',
      'U1_5__drop_orders_total.sql',
    ]);
    assert.ok(laid.result.files[2].content.startsWith('-- flyway:executeInTransaction=false\n'));
    assert.ok(!laid.result.files[0].content.includes('executeInTransaction'));
  });

  it('Diesel: a folder per migration with up.sql/down.sql, metadata.toml for a non-transactional step', () => {
    const laid = layOut('diesel');
    assert.deepStrictEqual(names(laid), [
      '2025-03-14-092653_add_orders_total_cents/up.sql',
      '2025-03-14-092653_add_orders_total_cents/down.sql',
      '2025-03-14-092654_index_orders_total_cents/up.sql',
      '2025-03-14-092654_index_orders_total_cents/down.sql',
      '2025-03-14-092654_index_orders_total_cents/metadata.toml',
      '2025-03-14-092655_drop_orders_total/up.sql',
      '2025-03-14-092655_drop_orders_total/down.sql',
    ]);
    const up = path.join(laid.dir, '2025-03-14-092654_index_orders_total_cents', 'up.sql');
    assert.strictEqual(toolTransactionSettings(up, 'diesel', laid.view).runInTransaction, false);
  });

  it('Hasura: millisecond versions in the database folder, -- hasura:no-transaction first for a non-transactional step', () => {
    const laid = layOut('hasura');
    // 2025-03-14T09:26:53Z in milliseconds, one more per step
    assert.deepStrictEqual(names(laid), [
      '1741944413000_add_orders_total_cents/up.sql',
      '1741944413000_add_orders_total_cents/down.sql',
      '1741944413001_index_orders_total_cents/up.sql',
      '1741944413001_index_orders_total_cents/down.sql',
      '1741944413002_drop_orders_total/up.sql',
      '1741944413002_drop_orders_total/down.sql',
    ]);
    const [expand, , index, indexDown] = laid.result.files;
    assert.ok(index.content.startsWith('-- hasura:no-transaction\n-- migrate — deploy 2 of 3'), index.content);
    assert.ok(indexDown.content.startsWith('-- hasura:no-transaction\n'), indexDown.content);
    assert.ok(!expand.content.includes('hasura:no-transaction'));
    // Each new migration is Hasura's, after the existing one in the database's history.
    const up = path.join(laid.dir, '1741944413001_index_orders_total_cents', 'up.sql');
    assert.strictEqual(detectMigration(up, index.content, laid.view).tool, 'hasura');
    assert.deepStrictEqual(
      earlierMigrations(up, 'hasura', laid.view).map((f) => path.relative(laid.dir, f).split(path.sep).join('/')),
      ['1681234567890_orders/up.sql', '1741944413000_add_orders_total_cents/up.sql'],
    );
    // A folder whose last version is ahead of the clock: one millisecond after it.
    const ahead = layoutPlan(PLAN, { tool: 'hasura', dir: ROOT, listing: ['9999999999999_x'], now: NOW });
    assert.match(path.basename(path.dirname(ahead.files[0].path)), /^10000000000000_add_orders_total_cents$/);
  });

  it('Prisma: migration.sql with down.sql beside it; Supabase: the down script in down/', () => {
    assert.deepStrictEqual(names(layOut('prisma')).slice(0, 2), [
      '20250314092653_add_orders_total_cents/migration.sql',
      '20250314092653_add_orders_total_cents/down.sql',
    ]);
    assert.deepStrictEqual(names(layOut('supabase')).slice(0, 2), [
      '20250314092653_add_orders_total_cents.sql',
      'down/20250314092653_add_orders_total_cents.sql',
    ]);
  });

  it('Supabase: a step that must run outside a transaction but that the CLI would batch says how to apply it', () => {
    const backfill = step({
      phase: 'migrate',
      name: 'backfill_orders',
      up: 'DO $$ BEGIN UPDATE orders SET total_cents = total; COMMIT; END $$;\n',
      down: 'SELECT 1;\n',
      transactional: false,
    });
    const laid = layOut('supabase', { ...PLAN, steps: [PLAN.steps[1], backfill] });
    assert.ok(!laid.result.files[0].content.includes('psql'), 'CREATE INDEX CONCURRENTLY runs on its own anyway');
    assert.match(
      laid.result.files[2].content,
      /\n-- apply it with psql \(psql -f\) and record it with `supabase migration repair/,
    );
  });

  it('dbmate: one file with up and down sections; transaction:false on both markers when needed', () => {
    const laid = layOut('dbmate');
    assert.deepStrictEqual(names(laid), [
      '20250314092653_add_orders_total_cents.sql',
      '20250314092654_index_orders_total_cents.sql',
      '20250314092655_drop_orders_total.sql',
    ]);
    assert.ok(laid.result.files.every((f) => f.kind === 'up'));
    const index = laid.result.files[1].content;
    assert.ok(index.startsWith('-- migrate:up transaction:false\n-- migrate — deploy 2 of 3'));
    assert.match(
      index,
      /\n-- migrate:down transaction:false\n-- Undoes the up section of 20250314092654_index_orders_total_cents\.sql/,
    );
    assert.ok(index.endsWith('DROP INDEX CONCURRENTLY orders_total_cents_idx;\n'));
    assert.ok(laid.result.files[0].content.startsWith('-- migrate:up\n'));
  });

  it('goose: Up/Down sections, NO TRANSACTION, and StatementBegin/End around a body with semicolons', () => {
    const laid = layOut('goose');
    assert.deepStrictEqual(names(laid)[0], '00006_add_orders_total_cents.sql');
    const expand = laid.result.files[0].content;
    assert.ok(expand.startsWith('-- +goose Up\n-- expand — deploy 1 of 3'));
    assert.ok(
      expand.includes(
        'ALTER TABLE orders ADD COLUMN total_cents bigint;\n-- +goose StatementBegin\nCREATE FUNCTION orders_sync()',
      ),
      expand,
    );
    assert.ok(expand.includes('END;\n$$;\n-- +goose StatementEnd\n\n-- +goose Down\n'), expand);
    // The one-line down statements need no wrapping.
    assert.ok(expand.endsWith('\nDROP FUNCTION orders_sync();\nALTER TABLE orders DROP COLUMN total_cents;\n'));
    assert.ok(laid.result.files[1].content.startsWith('-- +goose NO TRANSACTION\n-- +goose Up\n'));
  });

  it('sql-migrate: <version>-name.sql after the last number, Up/Down sections, notransaction, StatementBegin/End', () => {
    const laid = layOut('sql-migrate');
    // convoy-style unix-time names are a counter: the next numbers, so sql-migrate runs them after the last one
    assert.deepStrictEqual(names(laid), [
      '1677078480-add_orders_total_cents.sql',
      '1677078481-index_orders_total_cents.sql',
      '1677078482-drop_orders_total.sql',
    ]);
    const [expand, index] = laid.result.files.map((f) => f.content);
    assert.ok(expand.startsWith('-- +migrate Up\n-- expand — deploy 1 of 3'), expand);
    assert.ok(
      expand.includes(
        'ALTER TABLE orders ADD COLUMN total_cents bigint;\n-- +migrate StatementBegin\nCREATE FUNCTION orders_sync()',
      ),
      expand,
    );
    assert.ok(expand.includes('END;\n$$;\n-- +migrate StatementEnd\n\n-- +migrate Down\n'), expand);
    assert.ok(index.startsWith('-- +migrate Up notransaction\n'), index);
    assert.ok(index.includes('\n-- +migrate Down notransaction\n'), index);
    assert.strictEqual(
      path.relative(ROOT, layoutPlan(PLAN, { tool: 'sql-migrate', dir: ROOT, listing: [], now: NOW }).files[0].path),
      '20250314092653-add_orders_total_cents.sql',
    );
  });

  it('Liquibase: one changeset per file with --rollback lines and runInTransaction:false when needed', () => {
    const laid = layOut('liquibase');
    assert.deepStrictEqual(names(laid), [
      '002_add_orders_total_cents.sql',
      '003_index_orders_total_cents.sql',
      '004_drop_orders_total.sql',
    ]);
    const [expand, index] = laid.result.files.map((f) => f.content);
    assert.ok(
      expand.startsWith(
        '--liquibase formatted sql\n\n--changeset sluice:002_add_orders_total_cents splitStatements:false\n',
      ),
    );
    assert.ok(
      expand.endsWith(
        '--rollback DROP FUNCTION orders_sync();\n--rollback ALTER TABLE orders DROP COLUMN total_cents;\n',
      ),
    );
    assert.ok(index.includes('--changeset sluice:003_index_orders_total_cents runInTransaction:false\n'));
    assert.ok(index.endsWith('--rollback DROP INDEX CONCURRENTLY orders_total_cents_idx;\n'));
  });

  it('sqitch: deploy/revert/verify scripts and plan lines chained by dependency, planner from the plan', () => {
    const laid = layOut('sqitch');
    assert.deepStrictEqual(names(laid).slice(0, 3), [
      'deploy/add_orders_total_cents.sql',
      'revert/add_orders_total_cents.sql',
      'verify/add_orders_total_cents.sql',
    ]);
    assert.deepStrictEqual(laid.result.appends, [
      {
        path: path.join(laid.dir, 'sqitch.plan'),
        text:
          'add_orders_total_cents 2025-03-14T09:26:53Z Ann Example <ann@example.com> # expand — deploy 1 of 3: orders.total_cents exists and is kept in sync with orders.total\n' +
          'index_orders_total_cents [add_orders_total_cents] 2025-03-14T09:26:53Z Ann Example <ann@example.com> # migrate — deploy 2 of 3: reads use orders.total_cents\n' +
          'drop_orders_total [index_orders_total_cents] 2025-03-14T09:26:53Z Ann Example <ann@example.com> # contract — deploy 3 of 3: only orders.total_cents remains\n',
      },
    ]);
    const plan = laid.files.get(path.join(laid.dir, 'sqitch.plan'))!;
    assert.deepStrictEqual(
      parseSqitchPlan(plan).map((c) => c.name),
      ['orders', 'add_orders_total_cents', 'index_orders_total_cents', 'drop_orders_total'],
    );
    const [deploy, , verify] = laid.result.files.map((f) => f.content);
    assert.match(deploy, /\nBEGIN;\n\nALTER TABLE orders ADD COLUMN total_cents bigint;\n[\s\S]*\nCOMMIT;\n$/);
    assert.ok(
      verify.includes(
        'BEGIN;\n\nSELECT total_cents FROM orders WHERE false;\n' +
          "SELECT 1 / count(*) FROM pg_proc WHERE proname = 'orders_sync';\n\nROLLBACK;\n",
      ),
      verify,
    );
    const indexVerify = laid.result.files[5].content;
    assert.ok(indexVerify.includes("SELECT 'orders_total_cents_idx'::regclass;\n"), indexVerify);
    // The non-transactional step is not wrapped (CREATE INDEX CONCURRENTLY cannot run in BEGIN/COMMIT).
    assert.ok(!laid.result.files[3].content.includes('BEGIN;'));
  });

  it('sqitch: a change name already in the plan is not reused', () => {
    const laid = layOut('sqitch', { ...PLAN, steps: [step({ name: 'orders' })] });
    assert.deepStrictEqual(names(laid)[0], 'deploy/orders_2.sql');
  });

  it('never collides: timestamps after a last version that lies in the future, consecutive steps increase', () => {
    const dir = path.join(ROOT, 'db', 'migrations');
    const result = layoutPlan(PLAN, {
      tool: 'dbmate',
      dir,
      listing: ['20990101000000_future.sql'],
      now: NOW,
    });
    assert.deepStrictEqual(
      result.files.map((f) => path.basename(f.path).slice(0, 14)),
      ['20990101000001', '20990101000002', '20990101000003'],
    );
    const seq = layoutPlan(PLAN, { tool: 'golang-migrate', dir, listing: ['9_a.up.sql', '10_b.up.sql'], now: NOW });
    assert.deepStrictEqual(
      seq.files.filter((f) => f.kind === 'up').map((f) => path.basename(f.path).split('_')[0]),
      ['11', '12', '13'],
    );
    const flyway = layoutPlan(PLAN, { tool: 'flyway', dir, listing: ['v1/V2.9__a.sql', 'V2.10__b.sql'], now: NOW });
    assert.deepStrictEqual(
      flyway.files.filter((f) => f.kind === 'up').map((f) => path.basename(f.path).split('__')[0]),
      ['V2.11', 'V2.12', 'V2.13'],
    );
  });

  it('an empty folder gets each tool’s own default numbering', () => {
    const first = (tool: MigrationTool): string =>
      path.relative(ROOT, layoutPlan(PLAN, { tool, dir: ROOT, listing: [], now: NOW }).files[0].path);
    assert.strictEqual(first('golang-migrate'), '000001_add_orders_total_cents.up.sql');
    assert.strictEqual(first('flyway'), 'V1__add_orders_total_cents.sql');
    assert.strictEqual(first('plain'), '0001_add_orders_total_cents.sql');
    assert.strictEqual(first('goose'), '20250314092653_add_orders_total_cents.sql');
    assert.strictEqual(first('liquibase'), '001_add_orders_total_cents.sql');
  });

  for (const tool of Object.keys(SETUPS) as MigrationTool[]) {
    it(`${tool}: Sluice recognises every written file, its direction, and pairs up with down`, () => {
      const laid = layOut(tool);
      for (const file of laid.result.files) {
        if (!file.path.endsWith('.sql')) continue;
        const info = detectMigration(file.path, file.content, laid.view);
        assert.strictEqual(info.tool, tool, file.path);
        assert.ok(info.isMigration, file.path);
        const expected = file.kind === 'down' ? 'down' : 'up';
        assert.strictEqual(info.direction, expected, file.path);
      }
      const ups = laid.result.files.filter(
        (f) => f.kind === 'up' && !/[\\/]verify[\\/]/.test(f.path) && f.path.endsWith('.sql'),
      );
      const downs = laid.result.files.filter((f) => f.kind === 'down');
      for (const up of ups) {
        const down = downScriptOf(up.path, tool, laid.view, up.content);
        if (tool === 'goose' || tool === 'dbmate' || tool === 'sql-migrate' || tool === 'liquibase')
          assert.strictEqual(down, 'section', up.path);
        else {
          assert.ok(typeof down === 'string' && downs.some((d) => d.path === down), `${up.path} → ${down}`);
          assert.strictEqual(pairedUpScript(down, tool, laid.view), up.path);
          assert.strictEqual(rollbackStatus(up.path, tool, laid.view, up.content).missing, false);
        }
      }
    });
  }

  it('runs a non-transactional step outside a transaction in every tool', () => {
    const single: ScaffoldPlan = { ...PLAN, steps: [PLAN.steps[1]] };
    for (const tool of Object.keys(SETUPS) as MigrationTool[]) {
      if (tool === 'plain' || tool === 'sqitch' || tool === 'golang-migrate' || tool === 'prisma') continue; // no wrapping
      const laid = layOut(tool, single);
      const up = laid.result.files[0] as PlannedFile;
      const split = splitStatements(up.content);
      const units = splitUnits(split.statements, readDirectives(split.comments), {
        tool,
        fileDirection: 'up',
        assumeInTransaction: false,
        settings: toolTransactionSettings(up.path, tool, laid.view),
        text: up.content,
      });
      for (const unit of units) {
        assert.ok(
          (unit.segments ?? []).every((s) => !s.toolTransaction),
          `${tool} ${unit.direction}: ${unit.transactionReason}`,
        );
      }
    }
  });
});

describe('layout: generated files lint clean in a real folder', function () {
  this.timeout(20000);
  before(() => loadParser());

  const simple: ScaffoldPlan = {
    request: { kind: 'add-index', table: 't', columns: ['c'] },
    title: 'add t.c',
    steps: [
      step({
        name: 'add_t_c',
        summary: 't.c exists',
        up: 'ALTER TABLE t ADD COLUMN c text;\n',
        down: 'ALTER TABLE t DROP COLUMN c;\n',
      }),
    ],
  };

  for (const tool of Object.keys(SETUPS) as MigrationTool[]) {
    it(`${tool}: no errors and no missing-rollback`, () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-layout-'));
      try {
        const laid = layOut(tool, simple, root);
        for (const [file, content] of laid.files) {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, content);
        }
        const project = new Project();
        for (const file of laid.result.files.filter((f) => f.path.endsWith('.sql'))) {
          const linted = project.lint(file.path, fs.readFileSync(file.path, 'utf8'));
          assert.ok(linted.migration.isMigration, file.path);
          const bad = (linted.analysis?.findings ?? []).filter(
            (f) => f.severity === 'error' || f.rule === 'missing-rollback',
          );
          assert.deepStrictEqual(
            bad.map((f) => `${f.rule}: ${f.message}`),
            [],
            `${path.relative(root, file.path)}\n${file.content}`,
          );
        }
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

describe('detectFolderTool', () => {
  const view = (entries: Record<string, string>): FileSystemView =>
    memoryView(new Map(Object.entries(entries).map(([k, v]) => [path.join(ROOT, k), v])));

  it('reads the folder layout, the files in it, then markers above an empty folder', () => {
    const at = (dir: string): string => path.join(ROOT, dir);
    assert.strictEqual(detectFolderTool(at('db'), view({ 'db/sqitch.plan': '' })), 'sqitch');
    assert.strictEqual(detectFolderTool(at('prisma/migrations'), view({ 'prisma/schema.prisma': '' })), 'prisma');
    assert.strictEqual(detectFolderTool(at('supabase/migrations'), view({ 'supabase/config.toml': '' })), 'supabase');
    assert.strictEqual(
      detectFolderTool(at('migrations'), view({ 'migrations/2024-01-01-000000_a/up.sql': '' })),
      'diesel',
    );
    assert.strictEqual(
      detectFolderTool(at('db/migrations'), view({ 'db/migrations/1_a.up.sql': '', 'db/migrations/1_a.down.sql': '' })),
      'golang-migrate',
    );
    assert.strictEqual(
      detectFolderTool(at('db/migrations'), view({ 'db/migrations/1_a.sql': '-- +goose Up\nSELECT 1;\n' })),
      'goose',
    );
    assert.strictEqual(
      detectFolderTool(at('db/migrations'), view({ 'db/migrations/1_a.sql': '-- migrate:up\nSELECT 1;\n' })),
      'dbmate',
    );
    assert.strictEqual(detectFolderTool(at('sql'), view({ 'sql/V1__a.sql': '' })), 'flyway');
    assert.strictEqual(detectFolderTool(at('migrations'), view({ 'Cargo.toml': '', 'migrations/.keep': '' })), 'sqlx');
    assert.strictEqual(detectFolderTool(at('migrations'), view({ 'migrations/0001_a.sql': '' })), 'plain');
    assert.strictEqual(
      detectFolderTool(at('db/changelog'), view({ 'db/changelog/db.changelog-master.yaml': '' })),
      'liquibase',
    );
    assert.strictEqual(detectFolderTool(at('empty'), view({})), 'plain');
  });

  it("takes a Hasura project's history folder for Hasura's, even before its first migration", () => {
    const at = (dir: string): string => path.join(ROOT, dir);
    const v3 = { 'hasura/config.yaml': 'version: 3\nendpoint: http://localhost:8080\n' };
    const migration = { 'hasura/migrations/default/1681234567890_init/up.sql': 'SELECT 1;\n' };
    assert.strictEqual(detectFolderTool(at('hasura/migrations/default'), view({ ...v3, ...migration })), 'hasura');
    assert.strictEqual(
      detectFolderTool(at('hasura/migrations/default'), view({ ...v3, 'hasura/migrations/default/.keep': '' })),
      'hasura',
    );
    // The folder of the database folders is no history; without Hasura's config.yaml the folder is not Hasura's.
    assert.notStrictEqual(detectFolderTool(at('hasura/migrations'), view({ ...v3, ...migration })), 'hasura');
    assert.notStrictEqual(detectFolderTool(at('hasura/migrations/default'), view(migration)), 'hasura');
  });
});
