import * as assert from 'assert';
import { envsubAsIdentifiers, parserTextFor, placeholdersAsIdentifiers, psqlVariablesReplaced } from './placeholders';

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

  it("reads goose's ENVSUB references as names of the same length, only between ENVSUB ON and OFF", () => {
    const file = [
      '-- +goose Up',
      'GRANT SELECT ON orders TO ${APP_ROLE};',
      '-- +goose ENVSUB ON',
      'GRANT SELECT ON ${SCHEMA:-public}.orders TO $APP_ROLE;',
      "CREATE FUNCTION f() RETURNS text AS $body$ SELECT '${REGION}'::text || $1 $body$ LANGUAGE sql;",
      'SELECT a$b, $$x$$, ${ not_one };',
      '-- +goose envsub off',
      'GRANT SELECT ON orders TO ${APP_ROLE};',
    ].join('\n');
    const forParser = parserTextFor('goose', file)!;
    const lines = file.split('\n');
    const startOf = (line: number): number => lines.slice(0, line).join('\n').length + 1;
    const read = (line: number): string => forParser(lines[line], startOf(line));
    assert.strictEqual(read(1), lines[1]); // before ON: sent as written, PostgreSQL's syntax error
    // An unset variable with a default reads as its default (goose's interpolate), padded to the same length.
    assert.strictEqual(read(3), 'GRANT SELECT ON public           .orders TO _APP_ROLE;');
    assert.strictEqual(read(4), lines[4]); // dollar-quote tags, a string and $1 stay
    assert.strictEqual(read(5), lines[5]);
    assert.strictEqual(read(7), lines[7]); // after OFF
    assert.strictEqual(forParser(lines[3]), lines[3]); // no position: as written
    // Without an ENVSUB annotation (or for another tool), nothing to do.
    assert.strictEqual(parserTextFor('goose', '-- +goose Up\nSELECT ${X};'), undefined);
    assert.strictEqual(parserTextFor('goose'), undefined);
    assert.strictEqual(parserTextFor('dbmate', file), undefined);
    // A statement that spans the annotation: only its lines inside the region.
    const text = 'SELECT ${A},\n${B}';
    assert.strictEqual(envsubAsIdentifiers(text, [[10, 100]], 0), 'SELECT ${A},\n"$B"');
  });
});
