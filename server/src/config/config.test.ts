import * as assert from 'assert';
import { RULE_IDS } from '../rules';
import { configJsonSchema, DEFAULT_CONFIG, mergeConfig, parseConfig } from './config';

describe('config', () => {
  it('reads every documented key', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({
        pgVersion: 13,
        assumeInTransaction: true,
        migrationDirs: ['db/migrations'],
        rules: { 'require-lock-timeout': 'off' },
      }),
    );
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(config, {
      pgVersion: 13,
      assumeInTransaction: true,
      migrationDirs: ['db/migrations'],
      rules: { 'require-lock-timeout': 'off' },
    });
  });

  it('reports bad JSON with its line', () => {
    const { problems } = parseConfig('{\n  "pgVersion": 15,\n  oops\n}');
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /not valid JSON/);
    assert.strictEqual(problems[0].line, 3);
  });

  it('says on one line where and what the usual JSON slips are, and accepts a byte order mark', () => {
    const cases: [string, number, RegExp][] = [
      ['{\n  "rules": {\n    "prefer-jsonb": off\n  }\n}\n', 3, /text values take double quotes/],
      ["{\n  'pgVersion': 15\n}", 2, /double quotes, not single/],
      ['{\n  "pgVersion": 15,\n}', 2, /a "," before "}": remove it/],
      ['{\n  "migrationDirs": ["db/migrations",\n  ]\n}', 2, /a "," before "]": remove it/],
      ['{\n  "pgVersion" 15\n}', 2, /expected ":"/],
      ['{\n  "rules": {}\n', 3, /ends where|expected "," or "}"/],
    ];
    for (const [text, line, message] of cases) {
      const { problems } = parseConfig(text);
      assert.strictEqual(problems.length, 1, text);
      assert.strictEqual(problems[0].line, line, text);
      assert.match(problems[0].message, message, text);
      assert.doesNotMatch(problems[0].message, /\n/);
    }
    assert.deepStrictEqual(parseConfig('\uFEFF{"pgVersion": 14}'), { config: { pgVersion: 14 }, problems: [] });
  });

  it('reports unknown keys, unknown rules and bad values, and keeps what is valid', () => {
    const text =
      '{\n "pgVersion": "fifteen",\n "colour": 1,\n "rules": {\n  "no-such-rule": "error",\n  "set-not-null": "loud",\n  "require-lock-timeout": "info"\n }\n}';
    const { config, problems } = parseConfig(text);
    assert.deepStrictEqual(
      problems.map((p) => [p.line, p.message.split(' ').slice(0, 2).join(' ')]),
      [
        [2, '"pgVersion" must'],
        [3, 'unknown key'],
        [5, 'unknown rule'],
        [6, 'rule "set-not-null"'],
      ],
    );
    assert.deepStrictEqual(config.rules, { 'require-lock-timeout': 'info' });
    assert.strictEqual(config.pgVersion, undefined);
  });

  it('places each problem on the key JSON.parse kept, not on the first place its name appears', () => {
    const text = [
      '{',
      '  "$schema": "./node_modules/sluice/rules.schema.json",',
      '  "migrationDirs": ["db/rules"],',
      '  "pgVersion": 15,',
      '  "pgVersion": "15",',
      '  "rules": {',
      '    "set-not-null": "off",',
      '    "set-not-null": "loud",',
      '    "drop-table": { "rules": 1 }',
      '  }',
      '}',
    ].join('\n');
    const { problems } = parseConfig(text);
    assert.deepStrictEqual(
      problems.map((p) => [p.line, p.message.split(' ').slice(0, 2).join(' ')]),
      [
        [5, '"pgVersion" must'],
        [8, 'rule "set-not-null"'],
        [9, 'rule "drop-table"'],
      ],
    );
  });

  it('places a bad "rules" value on its own line', () => {
    const { problems } = parseConfig('{\n  "migrationDirs": ["rules"],\n  "rules": ["drop-table"]\n}');
    assert.deepStrictEqual(
      problems.map((p) => p.line),
      [3],
    );
  });

  it('merges layers, later ones winning, rules per rule', () => {
    const merged = mergeConfig(
      { pgVersion: 12, rules: { 'set-not-null': 'warning', 'syntax-error': 'error' } },
      { rules: { 'set-not-null': 'off' } },
    );
    assert.strictEqual(merged.pgVersion, 12);
    assert.strictEqual(merged.assumeInTransaction, DEFAULT_CONFIG.assumeInTransaction);
    assert.deepStrictEqual(merged.rules, { 'set-not-null': 'off', 'syntax-error': 'error' });
  });

  it('publishes a JSON schema listing exactly the rule ids', () => {
    const schema = configJsonSchema() as { properties: { rules: { properties: Record<string, unknown> } } };
    assert.deepStrictEqual(Object.keys(schema.properties.rules.properties).sort(), [...RULE_IDS].sort());
  });
});
