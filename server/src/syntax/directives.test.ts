import * as assert from 'assert';
import { gooseEnvsubRegions, readDirectives, SectionMarker } from './directives';
import { splitStatements } from './split';

const markers = (text: string): SectionMarker[] => readDirectives(splitStatements(text).comments).markers;
const brief = (text: string): string[] => markers(text).map((m) => `${m.tool}:${m.type}${m.noTransaction ? '!' : ''}`);

describe('readDirectives: migration-tool markers', () => {
  it('keeps goose and dbmate markers as they were', () => {
    assert.deepStrictEqual(brief('-- +goose NO TRANSACTION\n-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n'), [
      'goose:no-transaction',
      'goose:up',
      'goose:down',
    ]);
    assert.deepStrictEqual(brief('-- migrate:up transaction:false\nSELECT 1;\n-- migrate:down\nSELECT 2;\n'), [
      'dbmate:up!',
      'dbmate:down',
    ]);
    assert.deepStrictEqual(
      brief('-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose statementend\n-- +goose ENVSUB ON\n'),
      ['goose:up', 'goose:statement-begin', 'goose:statement-end', 'goose:other'],
    );
  });

  it('reads sql-migrate markers as sql-migrate does: `-- +migrate ` exactly, case-sensitive commands', () => {
    assert.deepStrictEqual(
      brief(
        '-- +migrate Up notransaction\n-- +migrate StatementBegin\nSELECT 1;\n-- +migrate StatementEnd\n' +
          '-- +migrate Down\nSELECT 2;\n-- +migrate Up\n',
      ),
      [
        'sql-migrate:up!',
        'sql-migrate:statement-begin',
        'sql-migrate:statement-end',
        'sql-migrate:down',
        'sql-migrate:up',
      ],
    );
    assert.deepStrictEqual(brief('-- +migrate Down  notransaction\n'), ['sql-migrate:down!']);
    // `--+migrate`, two spaces after `--`, lower case: not commands sql-migrate knows
    assert.deepStrictEqual(brief('--+migrate Up\n--  +migrate Up\n'), []);
    assert.deepStrictEqual(brief('-- +migrate up\n-- +migrate Upgrade\n'), ['sql-migrate:other', 'sql-migrate:other']);
    // neither goose's nor dbmate's markers
    assert.deepStrictEqual(brief('-- +goose Up\n-- migrate:up\n'), ['goose:up', 'dbmate:up']);
  });

  it('reads goose, dbmate and sql-migrate markers only at the start of a line, as the tools do', () => {
    const indented = '  -- +goose Down\n\t-- migrate:down\n    -- +migrate Down\nSELECT 1; -- +goose Down\n';
    assert.deepStrictEqual(brief(indented), []);
    assert.deepStrictEqual(brief('-- migrate:up\nSELECT 1;\n-- migrate:down\r\nSELECT 2;\r\n-- +migrate Down\n'), [
      'dbmate:up',
      'dbmate:down',
      'sql-migrate:down',
    ]);
    // a byte-order mark does not move the first line's marker
    assert.deepStrictEqual(brief('\uFEFF-- +goose Up\nSELECT 1;\n'), ['goose:up']);
  });

  it('reads Liquibase changesets, their attributes and rollbacks', () => {
    const text = [
      '--liquibase formatted sql',
      '--changeset alice:1',
      'CREATE TABLE t (id int);',
      '--rollback DROP TABLE t;',
      '-- changeset "Bob Smith":idx-2 runInTransaction:false splitStatements:false endDelimiter:GO',
      'CREATE INDEX CONCURRENTLY t_id ON t (id);',
      '/* liquibase rollback',
      'DROP INDEX CONCURRENTLY t_id;',
      '*/',
      '--ChangeSet carol:3 RUNINTRANSACTION:FALSE',
      'SELECT 1;',
    ].join('\n');
    const found = markers(text);
    assert.deepStrictEqual(
      found.map((m) => m.type),
      ['changeset', 'rollback', 'changeset', 'rollback', 'changeset'],
    );
    assert.deepStrictEqual(found[0].changeset, {
      author: 'alice',
      id: '1',
      runInTransaction: true,
      splitStatements: true,
      endDelimiter: undefined,
      runsOnPostgres: true,
    });
    assert.deepStrictEqual(found[2].changeset, {
      author: 'Bob Smith',
      id: 'idx-2',
      runInTransaction: false,
      splitStatements: false,
      endDelimiter: 'GO',
      runsOnPostgres: true,
    });
    assert.strictEqual(found[2].noTransaction, true);
    assert.strictEqual(found[4].changeset?.runInTransaction, false);
  });

  it('reads sqlx `-- no-transaction` only as the very first bytes', () => {
    assert.deepStrictEqual(brief('-- no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\n'), [
      'sqlx:no-transaction!',
    ]);
    assert.deepStrictEqual(brief('\n-- no-transaction\nSELECT 1;\n'), []);
    assert.deepStrictEqual(brief('-- create an index\n-- no-transaction\nSELECT 1;\n'), []);
  });

  it('reads Flyway inline script configuration', () => {
    assert.deepStrictEqual(brief('-- flyway:executeInTransaction=false\nVACUUM t;\n'), ['flyway:no-transaction!']);
    assert.deepStrictEqual(brief('--flyway:executeInTransaction = true\nSELECT 1;\n'), ['flyway:transaction']);
  });

  it('ignores markers inside statements', () => {
    assert.deepStrictEqual(brief('SELECT 1\n--changeset a:1\n, 2;\n'), []);
  });
});

describe('gooseEnvsubRegions', () => {
  it('spans the lines between ENVSUB ON and OFF (or the end), as goose reads them', () => {
    const text = [
      '-- +goose Up', // 0..12
      '-- +goose ENVSUB ON', // 13..32
      'SELECT ${A};', // 33..45
      '-- +goose envsub off', // 46..
      'SELECT ${B};',
      '-- +goose ENVSUB ON\r',
      'SELECT ${C};',
    ].join('\n');
    const regions = gooseEnvsubRegions(text);
    assert.deepStrictEqual(
      regions.map(([from, to]) => text.slice(from, to)),
      ['SELECT ${A};\n', 'SELECT ${C};'],
    );
    // goose ignores an annotation with leading whitespace, and one that is not alone on its line.
    assert.deepStrictEqual(gooseEnvsubRegions('  -- +goose ENVSUB ON\nSELECT 1; -- +goose ENVSUB ON\n'), []);
    assert.deepStrictEqual(gooseEnvsubRegions('SELECT 1;'), []);
  });
});
