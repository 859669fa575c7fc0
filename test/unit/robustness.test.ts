// Bad input is data, not an exception: whatever the text, the engine returns findings with sane ranges.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/analysis';
import type { MigrationTool } from '../../server/src/migrations/tools';
import { loadParser } from '../../server/src/syntax/parse';
import { prng } from '../support/prng';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'statements');
const SETTINGS = { pgVersion: 15, assumeInTransaction: false, rules: {} };

function lint(text: string, tool: MigrationTool = 'plain') {
  const analysis = analyze(text, { isMigration: true, tool, direction: 'up' }, SETTINGS);
  for (const f of analysis.findings) {
    assert.ok(
      f.start >= 0 && f.start <= f.end && f.end <= text.length,
      `range ${f.start}-${f.end} within ${text.length}`,
    );
    assert.ok(f.message.length > 0);
  }
  return analysis;
}

const FRAGMENTS = [
  "'",
  '"',
  '$$',
  '$a$',
  ';',
  '(',
  ')',
  '/*',
  '*/',
  '--',
  '\n',
  '\r\n',
  "E'\\",
  'BEGIN',
  'END',
  'COMMIT;',
  'CONCURRENTLY',
  ' NOT VALID',
  '\u0000',
  '\ud83d',
  '😀',
  'é',
  '-- sluice-ignore ',
  '-- +goose Down\n',
  'ATOMIC',
  // What later statements depend on: DO blocks (their bodies are parsed by PL/pgSQL), COPY data, psql commands,
  // search paths, continued E strings.
  'DO $$ BEGIN ALTER TABLE orders ADD COLUMN c int; EXECUTE x; END $$;',
  'DO $$ BEGIN IF true THEN CREATE INDEX i ON orders (a); END IF; END $$',
  'COPY t FROM stdin;\n',
  '\\.\n',
  '\\set x 1\n',
  'SET search_path TO app, public;',
  "E'a'\n 'b",
];

function mutate(text: string, random: () => number): string {
  let out = text;
  const steps = 1 + Math.floor(random() * 4);
  for (let k = 0; k < steps; k++) {
    const at = Math.floor(random() * (out.length + 1));
    const len = Math.floor(random() * 40);
    switch (Math.floor(random() * 5)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + len);
        break;
      case 1:
        out = out.slice(0, at) + FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] + out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at, at + len).repeat(2) + out.slice(at + len);
        break;
      case 3:
        out = out.slice(0, at);
        break;
      default:
        out = out.slice(0, at) + String.fromCharCode(Math.floor(random() * 0xffff)) + out.slice(at);
    }
  }
  return out;
}

describe('robustness', function () {
  this.timeout(120000);
  before(() => loadParser());

  it('survives thousands of mutated migrations, each yielding a result', () => {
    const sources = fs.readdirSync(CORPUS).map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'));
    const random = prng(20261122);
    const tools: MigrationTool[] = ['plain', 'goose', 'dbmate'];
    let analysed = 0;
    for (let i = 0; i < 3000; i++) {
      const source = sources[i % sources.length];
      // Mutate a window of the file so each run stays small and varied.
      const from = Math.floor(random() * source.length);
      const text = mutate(source.slice(from, from + 1500), random);
      lint(text, tools[i % tools.length]);
      analysed++;
    }
    assert.strictEqual(analysed, 3000);
  });

  it('reports 10,000 nested parentheses as a syntax error and goes on', () => {
    const deep = 'SELECT ' + '('.repeat(10000) + '1' + ')'.repeat(10000) + ';\nCREATE INDEX i ON orders (a);';
    assert.deepStrictEqual(
      lint(deep).findings.map((f) => f.rule),
      ['syntax-error', 'require-concurrent-index', 'require-lock-timeout'],
    );
  });

  it('reports a statement nested deeper than the stack holds as a syntax error that says so, and goes on', () => {
    const chain = 'SELECT ' + '1+'.repeat(200000) + '1;\nCREATE INDEX i ON orders (a);';
    const findings = lint(chain).findings;
    assert.deepStrictEqual(
      findings.map((f) => f.rule),
      ['syntax-error', 'require-concurrent-index', 'require-lock-timeout'],
    );
    assert.match(findings[0].message, /nested too deeply for Sluice to analyse/);
  });

  it('lints binary garbage, invalid UTF-8 (decoded with replacement characters) and a file of only comments', () => {
    const bytes = Buffer.alloc(100000);
    const random = prng(7);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
    assert.ok(lint(bytes.toString('utf8')).findings.length > 0);
    // c3 28 is an invalid sequence, 3b a `;`, ff fe never valid: two statements, each a syntax error.
    assert.deepStrictEqual(
      lint(Buffer.from([0xc3, 0x28, 0x3b, 0xff, 0xfe]).toString('utf8')).findings.map((f) => f.rule),
      ['syntax-error', 'syntax-error'],
    );
    assert.deepStrictEqual(lint('-- nothing\n/* at all */\n').findings, []);
  });

  it('lints a 10 MB migration', () => {
    const text = "INSERT INTO audit_log (payload) VALUES ('" + 'x'.repeat(1000) + "');\n";
    const big = text.repeat(Math.ceil(10_000_000 / text.length)) + 'CREATE INDEX audit_at_idx ON audit_log (at);\n';
    const analysis = lint(big);
    assert.strictEqual(analysis.statements.length, Math.ceil(10_000_000 / text.length) + 1);
    assert.deepStrictEqual(
      analysis.findings.map((f) => f.rule),
      ['require-concurrent-index', 'require-lock-timeout'],
    );
  });
});
