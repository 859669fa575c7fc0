// The panel model from the CLI's JSON: every fixture document is first checked against the published schema, so
// the panel is tested against the contract the CLI is tested against.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { findings, OutputError, panelModel, readDryRunDocument, readVerifyRollbackDocument } from './model';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const ajv = new Ajv2020({ strict: false });
ajv.addSchema(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'schemas', 'lint-output.schema.json'), 'utf8')),
  'lint-output.schema.json',
);
const schema = ajv.compile(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'schemas', 'dry-run-output.schema.json'), 'utf8')),
);

function contractJson(document: object): string {
  assert.ok(schema(document), `fixture breaks the dry-run schema: ${JSON.stringify(schema.errors)}`);
  return JSON.stringify(document);
}

const range = (line: number, from: number, to: number) => ({
  start: { line, column: from },
  end: { line, column: to },
});

const INDEX_RUN = {
  version: 1,
  engine: 'pglite',
  serverVersion: '18.6',
  file: 'db/migrations/000002_index_orders.up.sql',
  statements: [
    {
      index: 1,
      range: range(1, 1, 24),
      sql: "SET lock_timeout = '2s'",
      status: 'ok',
      durationMs: 1.8,
      rowsAffected: null,
      locks: [],
      rewrites: [],
      error: null,
    },
    {
      index: 2,
      range: range(3, 1, 58),
      sql: 'CREATE INDEX orders_created_at_idx ON orders (created_at)',
      status: 'ok',
      durationMs: 1234.5,
      rowsAffected: null,
      locks: [{ relation: 'public.orders', mode: 'ShareLock', blocks: ['INSERT', 'UPDATE', 'DELETE'] }],
      rewrites: [],
      error: null,
    },
  ],
  committed: false,
};

const FAILED_RUN = {
  ...INDEX_RUN,
  engine: 'postgres',
  serverVersion: '15.8',
  statements: [
    {
      index: 1,
      range: range(1, 1, 40),
      sql: 'ALTER TABLE orders ALTER total TYPE bigint',
      status: 'ok',
      durationMs: 12,
      rowsAffected: null,
      locks: [
        { relation: 'public.orders', mode: 'AccessExclusiveLock', blocks: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] },
      ],
      rewrites: ['public.orders'],
      error: null,
    },
    {
      index: 2,
      range: range(2, 1, 30),
      sql: 'ALTER TABLE nope ADD x int',
      status: 'error',
      durationMs: 0.4,
      rowsAffected: null,
      locks: [],
      rewrites: [],
      error: { message: 'relation "nope" does not exist', code: '42P01', range: range(2, 13, 17) },
    },
    {
      index: 3,
      range: range(3, 1, 20),
      sql: 'UPDATE orders SET total = 0',
      status: 'skipped',
      reason: "statement 2 failed: the migration's transaction is aborted",
      durationMs: null,
      rowsAffected: null,
      locks: [],
      rewrites: [],
      error: null,
    },
  ],
};

describe('dry-run panel model', () => {
  it('shows each statement with its lock, what it blocks, time and where it is', () => {
    const document = readDryRunDocument(contractJson(INDEX_RUN));
    const model = panelModel({ runId: 3, kind: 'dry-run', state: 'done', file: INDEX_RUN.file, dryRun: document });
    assert.strictEqual(model.rows.length, 2);
    const index = model.rows[1];
    assert.deepStrictEqual(index.locks, [
      { relation: 'public.orders', mode: 'ShareLock', sqlMode: 'SHARE', blocks: ['INSERT', 'UPDATE', 'DELETE'] },
    ]);
    assert.strictEqual(index.time, '1.23 s');
    assert.strictEqual(index.statusText, 'ok');
    assert.strictEqual(index.at, '3:1');
    // 1-based line:column in the JSON → 0-based editor positions for the reveal.
    assert.deepStrictEqual(index.range, { startLine: 2, startCharacter: 0, endLine: 2, endCharacter: 57 });
    assert.strictEqual(model.rows[0].time, '1.8 ms');
    assert.match(model.engine, /^PGlite \(PostgreSQL 18\.6\)/);
    assert.match(model.message, /rolled back; nothing was committed/);
  });

  it('says honestly which stages ran: only the dry-run passed, the others are "not run"', () => {
    const document = readDryRunDocument(contractJson(INDEX_RUN));
    const model = panelModel({ runId: 1, kind: 'dry-run', state: 'done', file: 'x.sql', dryRun: document });
    assert.deepStrictEqual(
      model.stages.map((s) => [s.id, s.status, s.statusText]),
      [
        ['dry-run', 'passed', 'passed'],
        ['migrate', 'not-run', 'not run'],
        ['backfill', 'not-run', 'not run'],
        ['reconcile', 'not-run', 'not run'],
        ['rollback-test', 'not-run', 'not run'],
      ],
    );
    assert.strictEqual(model.stages[0].detail, '2 statements: 2 ok; rolled back');
  });

  it('shows a failed statement with its SQLSTATE at line:col, the rewrite badge, and the skipped rest', () => {
    const document = readDryRunDocument(contractJson(FAILED_RUN));
    const model = panelModel({
      runId: 2,
      kind: 'dry-run',
      state: 'done',
      file: 'x.sql',
      server: 'app@localhost:5432/app_test',
      dryRun: document,
    });
    assert.deepStrictEqual(model.rows[0].rewrites, ['public.orders']);
    assert.strictEqual(model.rows[1].error, 'ERROR 42P01 at 2:13: relation "nope" does not exist');
    assert.strictEqual(model.rows[1].statusText, 'failed');
    assert.strictEqual(model.rows[2].statusText, 'skipped');
    assert.match(model.rows[2].reason ?? '', /statement 2 failed/);
    assert.strictEqual(model.stages[0].status, 'failed');
    assert.strictEqual(model.stages[0].detail, '3 statements: 1 ok, 1 failed, 1 skipped; rolled back');
    assert.match(model.engine, /^PostgreSQL 15\.8 at app@localhost:5432\/app_test/);
    assert.match(model.message, /Statement 2 failed/);
  });

  it('while running, the dry-run stage is "running" and no old rows are shown', () => {
    const model = panelModel({
      runId: 4,
      kind: 'dry-run',
      state: 'running',
      file: 'x.sql',
      message: 'running statement 2…',
    });
    assert.strictEqual(model.stages[0].status, 'running');
    assert.strictEqual(model.rows.length, 0);
    assert.strictEqual(model.message, 'running statement 2…');
  });

  it('a dry-run that could not run says so in the stage and the message', () => {
    const model = panelModel({
      runId: 5,
      kind: 'dry-run',
      state: 'failed',
      file: 'x.sql',
      message: 'Cannot connect to PostgreSQL at postgres://u@db:5432/x',
    });
    assert.deepStrictEqual([model.stages[0].status, model.stages[0].statusText], ['failed', 'could not run']);
    assert.match(model.message, /Cannot connect/);
  });

  it('fills migrate, backfill, reconcile and rollback test from verify-rollback, and lists each difference', () => {
    const verify = readVerifyRollbackDocument(
      JSON.stringify({
        version: 1,
        engine: 'pglite',
        serverVersion: '18.6',
        target: 'db/migrations/000003_note.up.sql',
        ok: false,
        steps: [
          {
            migration: 'm',
            name: 'up',
            file: 'db/migrations/000003_note.up.sql',
            status: 'ok',
            durationMs: 40,
            statements: 2,
            error: null,
            batches: [
              { statement: 2, rows: 1000, durationMs: 12 },
              { statement: 2, rows: 200, durationMs: 3 },
            ],
          },
          {
            migration: 'm',
            name: 'down',
            file: 'db/migrations/000003_note.down.sql',
            status: 'ok',
            durationMs: 5,
            statements: 1,
            error: null,
          },
          {
            migration: 'm',
            name: 'up-again',
            file: 'db/migrations/000003_note.up.sql',
            status: 'ok',
            durationMs: 30,
            statements: 2,
            error: null,
          },
        ],
        differences: [{ migration: 'm', object: 'public.orders.note', before: 'varchar(50)', after: null }],
        reconciliation: [
          {
            migration: 'm',
            invariants: [
              {
                query: 'SELECT sum(total) FROM orders',
                range: range(1, 1, 40),
                before: '10',
                afterUp: '10',
                afterDown: '10',
                ok: true,
              },
            ],
            untouchedTables: { checked: 3, changed: [] },
          },
        ],
      }),
    );
    const model = panelModel({
      runId: 6,
      kind: 'verify-rollback',
      state: 'done',
      file: 'x.sql',
      verifyRollback: verify,
    });
    assert.deepStrictEqual(
      model.stages.map((s) => [s.id, s.status, s.detail]),
      [
        ['dry-run', 'not-run', 'run "Dry-run" for this file'],
        ['migrate', 'passed', 'up applied in 40.0 ms (then undone)'],
        ['backfill', 'passed', '2 batches, 1200 rows, 15.0 ms'],
        ['reconcile', 'passed', '1/1 invariants held; 3 untouched tables unchanged'],
        ['rollback-test', 'failed', '1 difference after up → down'],
      ],
    );
    assert.match(model.engine, /^PGlite \(PostgreSQL 18\.6\)/);
    assert.deepStrictEqual(model.differences, [
      { object: 'public.orders.note', before: 'varchar(50)', after: '(absent)' },
    ]);
    assert.deepStrictEqual(model.steps[1], {
      label: 'down · db/migrations/000003_note.down.sql · 5.0 ms',
      status: 'ok',
    });
  });

  it('a migration without a down script fails the rollback test with the reason, never "passed"', () => {
    const verify = readVerifyRollbackDocument(
      JSON.stringify({
        version: 1,
        ok: false,
        steps: [
          { name: 'up', status: 'ok', durationMs: 3, error: null },
          {
            name: 'down',
            status: 'not-run',
            reason: 'no down script: golang-migrate expects it in x.down.sql',
            durationMs: null,
            error: null,
          },
        ],
        differences: [],
        reconciliation: [],
      }),
    );
    const stage = panelModel({
      runId: 7,
      kind: 'verify-rollback',
      state: 'done',
      file: 'x.sql',
      verifyRollback: verify,
    }).stages[4];
    assert.deepStrictEqual([stage.status, stage.statusText], ['failed', 'no rollback']);
    assert.match(stage.detail, /expects it in x\.down\.sql/);
  });

  it('refuses output that is not the contract, with a message that says what is wrong', () => {
    assert.throws(
      () => readDryRunDocument('sluice: internal error'),
      (e: Error) => e instanceof OutputError && /no JSON/.test(e.message),
    );
    assert.throws(() => readDryRunDocument(JSON.stringify({ ...INDEX_RUN, version: 2 })), /"version": 1/);
    assert.throws(() => readDryRunDocument(JSON.stringify({ ...INDEX_RUN, committed: true })), /committed: false/);
    const badLock = { ...INDEX_RUN, statements: [{ ...INDEX_RUN.statements[1], locks: [{ relation: 1 }] }] };
    assert.throws(() => readDryRunDocument(JSON.stringify(badLock)), /statement 1 has bad locks/);
    assert.throws(() => readVerifyRollbackDocument('{"version":1}'), /"ok"/);
  });
});

describe('dry-run findings for the editor', () => {
  it('names the lock and what it blocks, the rewrite with its time, and the error at its token', () => {
    const list = findings(readDryRunDocument(contractJson(FAILED_RUN)));
    assert.deepStrictEqual(
      list.map((f) => [f.severity, f.message, f.range.startLine, f.range.startCharacter]),
      [
        ['warning', 'Dry-run: this statement rewrote public.orders: 12.0 ms', 0, 0],
        [
          'warning',
          'Dry-run: AccessExclusiveLock on public.orders blocks SELECT, INSERT, UPDATE, DELETE until the transaction ends (statement: 12.0 ms)',
          0,
          0,
        ],
        ['error', 'Dry-run: ERROR 42P01 at 2:13: relation "nope" does not exist', 1, 12],
      ],
    );
  });
});
