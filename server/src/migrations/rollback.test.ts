import * as assert from 'assert';
import { downScriptOf, rollbackStatus } from './rollback';
import { FileSystemView } from './tools';

const NONE: FileSystemView = { list: () => [] };

describe('downScriptOf: down sections', () => {
  it('finds goose, dbmate and sql-migrate down markers at the start of a line', () => {
    const cases = [
      ['goose', '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n'],
      ['goose', '-- +goose Up\nSELECT 1;\n--+goose down\n'],
      ['dbmate', '-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n'],
      ['sql-migrate', '-- +migrate Up\nSELECT 1;\n\n-- +migrate Down\nSELECT 2;\n'],
      ['sql-migrate', '-- +migrate Up\nSELECT 1;\n-- +migrate Down notransaction\n'],
    ] as const;
    for (const [tool, text] of cases)
      assert.strictEqual(downScriptOf('/p/m/1_x.sql', tool, NONE, text), 'section', text);
  });

  it('an indented marker is no down section: the tools read markers only at column 0', () => {
    // UPchieve's `    -- migrate:down`: dbmate 2 refuses the file ("dbmate requires each migration to define a
    // down block")
    const dbmate =
      '-- migrate:up\nALTER TABLE t\n    ADD CONSTRAINT c CHECK (a > 0)\n    -- migrate:down\nALTER TABLE t DROP CONSTRAINT c;\n';
    assert.strictEqual(downScriptOf('/p/m/1_x.sql', 'dbmate', NONE, dbmate), undefined);
    assert.deepStrictEqual(rollbackStatus('/p/m/1_x.sql', 'dbmate', NONE, dbmate), {
      expected: true,
      down: undefined,
      missing: true,
    });
    assert.strictEqual(
      downScriptOf('/p/m/1_x.sql', 'goose', NONE, '-- +goose Up\nSELECT 1;\n  -- +goose Down\n'),
      undefined,
    );
    const sqlMigrate = '-- +migrate Up\nSELECT 1;\n\t-- +migrate Down\n-- +migrate down\n';
    assert.strictEqual(downScriptOf('/p/m/1_x.sql', 'sql-migrate', NONE, sqlMigrate), undefined);
  });
});
