import * as assert from 'assert';
import { placeholdersAsIdentifiers, psqlVariablesReplaced } from './placeholders';

describe('tool placeholders (syntax/placeholders.ts)', () => {
  it('reads Flyway/Liquibase ${name} as a quoted name of the same length, except inside quotes', () => {
    const text = `CREATE TABLE \${flyway:defaultSchema}.audit (note text DEFAULT '\${env}'); GRANT SELECT ON "\${schema}".t TO \${role}; \${ not}`;
    const read = placeholdersAsIdentifiers(text);
    assert.strictEqual(read.length, text.length);
    assert.strictEqual(
      read,
      `CREATE TABLE "$flyway:defaultSchema".audit (note text DEFAULT '\${env}'); GRANT SELECT ON "\${schema}".t TO "$role"; \${ not}`,
    );
    assert.strictEqual(placeholdersAsIdentifiers('SELECT 1'), 'SELECT 1');
  });

  it('replaces every one of many placeholders', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `(\${v${i}})`).join(',');
    const read = placeholdersAsIdentifiers(text);
    assert.strictEqual(read.length, text.length);
    assert.ok(!read.includes('${'));
  });

  it("reads psql's variables (sqitch) as a name, a literal or a word of the same length; not ::casts", () => {
    const text = `ALTER TABLE :"schema".orders ADD COLUMN note text DEFAULT :'note'; SELECT x::int FROM :tbl;`;
    const read = psqlVariablesReplaced(text);
    assert.strictEqual(read.length, text.length);
    assert.strictEqual(
      read,
      `ALTER TABLE "$schema".orders ADD COLUMN note text DEFAULT '$note'; SELECT x::int FROM _tbl;`,
    );
  });
});
