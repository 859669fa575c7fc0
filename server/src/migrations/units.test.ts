import * as assert from 'assert';
import { readDirectives } from '../syntax/directives';
import { splitStatements } from '../syntax/split';
import { MigrationTool } from './tools';
import { ToolTransactionSettings } from './transactions';
import { segmentAt, splitUnits, toolTransactionAt, transactionReasonAt, Unit, UnitOptions } from './units';

function units(text: string, tool: MigrationTool | null, extra: Partial<UnitOptions> = {}): Unit[] {
  const split = splitStatements(text);
  return splitUnits(split.statements, readDirectives(split.comments), {
    tool,
    fileDirection: 'up',
    assumeInTransaction: false,
    text,
    ...extra,
  });
}

const at = (unit: Unit): string[] => unit.statements.map((i) => toolTransactionAt(unit, i));

describe('splitUnits: transactions per tool', () => {
  it('Flyway: a detected non-transactional statement beside others is refused, unless mixed=true', () => {
    const text = 'ALTER TABLE t ADD a int;\nCREATE INDEX CONCURRENTLY i ON t (a);\n';
    const [refused] = units(text, 'flyway');
    assert.deepStrictEqual(at(refused), ['tool', 'tool']);
    assert.match(refused.transactionReason!, /refuses/);
    const mixed: ToolTransactionSettings = { mixed: true };
    assert.deepStrictEqual(at(units(text, 'flyway', { settings: mixed })[0]), ['none', 'none']);
    // an explicit executeInTransaction wins over detection, as in Flyway
    const forced: ToolTransactionSettings = { runInTransaction: true, source: 'V1__x.sql.conf' };
    const [explicit] = units('CREATE INDEX CONCURRENTLY i ON t (a);', 'flyway', { settings: forced });
    assert.deepStrictEqual(at(explicit), ['tool']);
    assert.match(explicit.transactionReason!, /V1__x\.sql\.conf/);
  });

  it('one-query tools: an implicit transaction only with more than one statement', () => {
    for (const tool of ['golang-migrate', 'prisma'] as const) {
      assert.deepStrictEqual(at(units('CREATE INDEX CONCURRENTLY i ON t (a);', tool)[0]), ['none'], tool);
      assert.deepStrictEqual(at(units('SELECT 1;\nCREATE INDEX CONCURRENTLY i ON t (a);', tool)[0]), [
        'implicit',
        'implicit',
      ]);
    }
    // dbmate transaction:false sends the section in one Exec too
    const [up] = units(
      '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY a ON t (a);\nCREATE INDEX CONCURRENTLY b ON t (b);\n',
      'dbmate',
    );
    assert.deepStrictEqual(at(up), ['implicit', 'implicit']);
    // goose NO TRANSACTION runs statement by statement
    const [gooseUp] = units(
      '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY a ON t (a);\nCREATE INDEX CONCURRENTLY b ON t (b);\n',
      'goose',
    );
    assert.deepStrictEqual(at(gooseUp), ['none', 'none']);
  });

  it('goose NO TRANSACTION: a StatementBegin/End block of several statements is one query (one Exec)', () => {
    const text = [
      '-- +goose NO TRANSACTION',
      '-- +goose Up',
      'SET lock_timeout = 2000;',
      '-- +goose StatementBegin',
      'UPDATE t SET a = 1 WHERE id = 1;',
      'CREATE INDEX CONCURRENTLY a ON t (a);',
      '-- +goose StatementEnd',
      '-- +goose StatementBegin',
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;',
      '-- +goose StatementEnd',
      'CREATE INDEX CONCURRENTLY b ON t (b);',
      '-- +goose Down',
      '-- +goose StatementBegin',
      'DROP INDEX CONCURRENTLY a;',
      'DROP INDEX CONCURRENTLY b;',
      '-- +goose StatementEnd',
      '',
    ].join('\n');
    const [up, down] = units(text, 'goose');
    // a block of one statement (a function body) runs like any other statement
    assert.deepStrictEqual(at(up), ['none', 'implicit', 'implicit', 'none', 'none']);
    assert.deepStrictEqual(
      up.segments!.map((s) => s.statements),
      [[0], [1, 2], [3, 4]],
    );
    assert.match(transactionReasonAt(up, 1)!, /StatementBegin/);
    assert.match(transactionReasonAt(up, 4)!, /NO TRANSACTION/);
    assert.deepStrictEqual(at(down), ['implicit', 'implicit']);
    // in goose's transaction the block changes nothing: one transaction, one segment
    const [wrapped] = units(text.replace('-- +goose NO TRANSACTION\n', ''), 'goose');
    assert.deepStrictEqual(at(wrapped), ['tool', 'tool', 'tool', 'tool', 'tool']);
    assert.strictEqual(wrapped.segments!.length, 1);
    // a StatementBegin never closed is not a block
    const [open] = units(
      '-- +goose NO TRANSACTION\n-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\nSELECT 2;\n',
      'goose',
    );
    assert.deepStrictEqual(at(open), ['none', 'none']);
  });

  it('goose NO TRANSACTION: statements goose reads as one query (no line between them ends with `;`) are one Exec', () => {
    const head = '-- +goose NO TRANSACTION\n-- +goose Up\n';
    const cases: [string, string[]][] = [
      // two statements on one line (goose cuts at a line whose last word ends with `;`)
      ["SET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY a ON t (a);\n", ['implicit', 'implicit']],
      // a block comment after the `;` is the line's last word
      ["SET lock_timeout = '2s'; /* then */\nCREATE INDEX CONCURRENTLY a ON t (a);\n", ['implicit', 'implicit']],
      // the `;` starts the next line
      ["SET lock_timeout = '2s'\n; CREATE INDEX CONCURRENTLY a ON t (a);\n", ['implicit', 'implicit']],
      // goose drops a `--` comment word and what follows it before looking at the last word
      ["SET lock_timeout = '2s'; -- 2s;\nCREATE INDEX CONCURRENTLY a ON t (a);\n", ['none', 'none']],
      ["SET lock_timeout = '2s';\r\nCREATE INDEX CONCURRENTLY a ON t (a);\r\n", ['none', 'none']],
      // a statement over several lines is one query
      ['CREATE INDEX CONCURRENTLY a\n  ON t (a);\nCREATE INDEX CONCURRENTLY b ON t (b);\n', ['none', 'none']],
      // a `--` word glued to the `;` is not a comment word for goose: the line does not end with `;`
      ["SET lock_timeout = '2s';--x\nCREATE INDEX CONCURRENTLY a ON t (a);\n", ['implicit', 'implicit']],
      // three on a line, then one of its own
      [
        'SELECT 1; SELECT 2; SELECT 3;\nCREATE INDEX CONCURRENTLY a ON t (a);\n',
        ['implicit', 'implicit', 'implicit', 'none'],
      ],
    ];
    for (const [body, expected] of cases) {
      const [up] = units(head + body, 'goose');
      assert.deepStrictEqual(at(up), expected, body);
      if (expected[0] === 'implicit') assert.match(transactionReasonAt(up, 0)!, /line ends with `;`/, body);
    }
    // beside a StatementBegin/End block, and in the down section
    const text = [
      head + "SET lock_timeout = '2s'; SELECT 1;",
      '-- +goose StatementBegin',
      'SELECT 2; SELECT 3;',
      '-- +goose StatementEnd',
      'SELECT 4;',
      '-- +goose Down',
      'DROP INDEX CONCURRENTLY a; DROP INDEX CONCURRENTLY b;',
      '',
    ].join('\n');
    const [up, down] = units(text, 'goose');
    assert.deepStrictEqual(
      up.segments!.map((s) => [s.statements, s.singleQuery]),
      [
        [[0, 1], true],
        [[2, 3], true],
        [[4], false],
      ],
    );
    assert.match(transactionReasonAt(up, 2)!, /StatementBegin/);
    assert.deepStrictEqual(at(down), ['implicit', 'implicit']);
    // in goose's transaction it changes nothing; without the text each statement counts as its own query
    assert.deepStrictEqual(at(units(text.replace(head, '-- +goose Up\n'), 'goose')[0]), Array(5).fill('tool'));
    assert.deepStrictEqual(at(units(text, 'goose', { text: undefined })[0]), [
      'none',
      'none',
      'implicit',
      'implicit',
      'none',
    ]);
  });

  it('Liquibase: changesets are segments of one unit, so created relations carry over', () => {
    const text =
      '--liquibase formatted sql\n--changeset a:1\nCREATE TABLE t (a int);\n--changeset a:2 runInTransaction:false\nCREATE INDEX CONCURRENTLY i ON t (a);\n';
    const all = units(text, 'liquibase');
    assert.strictEqual(all.length, 1);
    assert.deepStrictEqual(at(all[0]), ['tool', 'none']);
    assert.strictEqual(all[0].toolTransaction, false);
    assert.strictEqual(segmentAt(all[0], 1)?.changeset, 'a:2');
    assert.match(transactionReasonAt(all[0], 1)!, /runInTransaction:false/);
    // the same markers mean nothing to another tool
    assert.deepStrictEqual(at(units(text, 'plain')[0]), ['none', 'none']);
  });

  it('Liquibase: a changeset that does not run on PostgreSQL (dbms:, ignore:true) is left out', () => {
    const text = [
      '--liquibase formatted sql',
      '--changeset a:1 dbms:oracle',
      'ALTER TABLE t MODIFY (a ONLINE);',
      '--changeset a:2 dbms:postgresql,h2',
      'CREATE TABLE u (a int);',
      '--changeset a:3 ignore:true',
      'DROP TABLE t;',
      '--changeset a:4 dbms:!h2',
      'SELECT 1;',
      '--changeset a:5 dbms:!postgresql',
      'SELECT 2;',
    ].join('\n');
    const [unit] = units(text, 'liquibase');
    assert.deepStrictEqual(
      unit.segments!.map((s) => s.changeset),
      ['a:2', 'a:4'],
    );
    assert.deepStrictEqual(unit.statements, [1, 3]);
    const none = units('--liquibase formatted sql\n--changeset a:1 dbms:h2\nSELECT 1;', 'liquibase');
    assert.deepStrictEqual(
      none.map((u) => u.statements),
      [[]],
    );
  });

  it('node-pg-migrate SQL in a plain folder: -- Up Migration and -- Down Migration sections, each in a transaction', () => {
    const node = { settings: { nodePgMigrate: true } };
    const all = units(
      '-- Up Migration\nCREATE TABLE t (a int);\nCREATE INDEX i ON t (a);\n-- Down Migration\nDROP TABLE t;\n',
      'plain',
      node,
    );
    assert.deepStrictEqual(
      all.map((u) => [u.direction, u.statements]),
      [
        ['up', [0, 1]],
        ['down', [2]],
      ],
    );
    assert.deepStrictEqual(at(all[0]), ['tool', 'tool']);
    assert.match(all[0].transactionReason!, /node-pg-migrate/);
    // Its markers are matched as loosely as node-pg-migrate matches them.
    const lower = units(
      '-- up migration\nCREATE INDEX i ON t (a);\n--- down migration\nDROP INDEX i;\n',
      'plain',
      node,
    );
    assert.deepStrictEqual(
      lower.map((u) => [u.direction, u.statements]),
      [
        ['up', [0]],
        ['down', [1]],
      ],
    );
    // node-pg-migrate reads a marker only at the start of a line: one after a statement is a comment.
    const trailing = units('CREATE INDEX i ON t (a); -- down migration: drop it\nSELECT 1;\n', 'plain', node);
    assert.deepStrictEqual(
      trailing.map((u) => [u.direction, u.statements]),
      [['up', [0, 1]]],
    );
    assert.deepStrictEqual(at(trailing[0]), ['none', 'none']);
  });

  it('a prose "-- Up migration: ..." comment without node-pg-migrate in package.json opens no transaction', () => {
    const text =
      '-- Up migration: index parcels by owner\nCREATE INDEX CONCURRENTLY i ON parcels (owner_id);\nSELECT 1;\n';
    const [plain] = units(text, 'plain');
    assert.deepStrictEqual(at(plain), ['none', 'none']);
    assert.match(plain.transactionReason!, /no package\.json above it depends on node-pg-migrate/);
    // assumeInTransaction still applies to it, as to any plain file
    assert.deepStrictEqual(at(units(text, 'plain', { assumeInTransaction: true })[0]), ['tool', 'tool']);
    assert.deepStrictEqual(at(units(text, 'plain', { settings: { nodePgMigrate: true } })[0]), ['tool', 'tool']);
  });

  it('sql-migrate: all Up sections are one migration in one transaction, all Down sections another', () => {
    // convoy repeats `-- +migrate Up` before each statement; sql-migrate appends them to one list per direction
    // (and skips what comes before the first marker: checked with sql-migrate on PostgreSQL 15)
    const text = [
      'SELECT 1/0;',
      '-- +migrate Up',
      'ALTER TABLE t ADD a int;',
      '-- +migrate Up',
      'UPDATE t SET a = 1;',
      '-- +migrate Down',
      'ALTER TABLE t DROP a;',
      '-- +migrate Up',
      'CREATE INDEX i ON t (a);',
      '-- +migrate Down',
      'DROP INDEX i;',
    ].join('\n');
    const all = units(text, 'sql-migrate');
    assert.deepStrictEqual(
      all.map((u) => [u.direction, u.statements]),
      [
        ['up', [1, 2, 4]],
        ['down', [3, 5]],
      ],
    );
    assert.deepStrictEqual(at(all[0]), ['tool', 'tool', 'tool']);
    assert.deepStrictEqual(at(all[1]), ['tool', 'tool']);
    assert.match(all[0].transactionReason!, /sql-migrate runs this migration's Up statements in one transaction/);
    assert.match(all[1].transactionReason!, /`-- \+migrate Down`/);
    // goose's and dbmate's markers mean nothing to sql-migrate
    assert.deepStrictEqual(
      units('-- +migrate Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n', 'sql-migrate').map((u) => u.statements),
      [[0, 1]],
    );
    assert.deepStrictEqual(
      units('-- +goose Up\nSELECT 1;\n-- +migrate Down\nSELECT 2;\n', 'goose').map((u) => u.statements),
      [[0, 1]],
    );
  });

  it('sql-migrate notransaction: per direction, statement by statement, split as goose splits', () => {
    const text = [
      '-- +migrate Up notransaction',
      'CREATE INDEX CONCURRENTLY a ON t (a);',
      '-- +migrate StatementBegin',
      'SELECT 1;',
      'CREATE INDEX CONCURRENTLY b ON t (b);',
      '-- +migrate StatementEnd',
      'SELECT 2; CREATE INDEX CONCURRENTLY c ON t (c);',
      '-- +migrate Down',
      'DROP INDEX CONCURRENTLY a;',
    ].join('\n');
    const [up, down] = units(text, 'sql-migrate');
    assert.strictEqual(up.toolTransaction, false);
    assert.deepStrictEqual(at(up), ['none', 'implicit', 'implicit', 'implicit', 'implicit']);
    assert.match(transactionReasonAt(up, 0)!, /Up statements outside a transaction \(`notransaction`\)/);
    assert.match(transactionReasonAt(up, 1)!, /StatementBegin/);
    assert.match(transactionReasonAt(up, 3)!, /until a line ends with `;`/);
    // the Down marker has no notransaction: its direction runs in a transaction
    assert.deepStrictEqual(at(down), ['tool']);
  });

  it('Supabase: statements the CLI runs on their own split the batch', () => {
    const [unit] = units('SELECT 1;\nCREATE INDEX CONCURRENTLY i ON t (a);\nSELECT 2;\nSELECT 3;\n', 'supabase');
    // Each batch is one implicit transaction when it holds more than one statement.
    assert.deepStrictEqual(at(unit), ['none', 'none', 'implicit', 'implicit']);
    assert.deepStrictEqual(
      unit.segments!.map((s) => s.statements),
      [[0], [1], [2, 3]],
    );
  });

  it('keeps a hand-built unit without segments working', () => {
    const unit: Unit = { tool: 'goose', direction: 'up', statements: [0, 1], toolTransaction: true };
    assert.deepStrictEqual(at(unit), ['tool', 'tool']);
    assert.strictEqual(transactionReasonAt(unit, 0), undefined);
  });

  it('an empty file is one unit with one segment', () => {
    for (const tool of ['goose', 'sqlx', 'supabase', 'liquibase', 'flyway', null] as const) {
      const all = units('', tool);
      assert.strictEqual(all.length, 1, String(tool));
      assert.strictEqual(all[0].segments!.length, 1, String(tool));
    }
  });
});
