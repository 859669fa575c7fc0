// The injection grammar (syntaxes/sluice-directives.injection.json) tokenised by the engine VS Code uses
// (vscode-textmate + the Oniguruma WASM), injected into a small `source.sql` base grammar that scopes comments
// the way VS Code's SQL grammar does: `--` opens `comment.line.double-dash.sql` through a begin/end rule, `/*`
// opens `comment.block`. The real SQL grammar ships with VS Code, not with the npm packages, so the unit suite
// carries this stand-in; the injection selector and its `\G` anchors are exercised exactly as in the editor.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// Compiled to out-*/test/unit: the sources are three levels up.
const ROOT = path.resolve(__dirname, '../../..');
const INJECTION_FILE = path.join(ROOT, 'syntaxes/sluice-directives.injection.json');
const INJECTION_SCOPE = 'sluice.directives.injection';

/** Comments, strings and a few keywords, shaped like VS Code's sql.tmLanguage.json. */
const BASE_SQL_GRAMMAR = {
  scopeName: 'source.sql',
  patterns: [
    {
      begin: '(^[ \\t]+)?(?=--)',
      beginCaptures: { 1: { name: 'punctuation.whitespace.comment.leading.sql' } },
      end: '(?!\\G)',
      patterns: [
        {
          begin: '--',
          beginCaptures: { 0: { name: 'punctuation.definition.comment.sql' } },
          end: '\\n',
          name: 'comment.line.double-dash.sql',
        },
      ],
    },
    {
      begin: '/\\*',
      captures: { 0: { name: 'punctuation.definition.comment.sql' } },
      end: '\\*/',
      name: 'comment.block',
    },
    { begin: "'", end: "'", name: 'string.quoted.single.sql' },
    { match: '(?i)\\b(select|from|where|update|set|drop|table|alter)\\b', name: 'keyword.other.DML.sql' },
  ],
};

interface Token {
  text: string;
  scopes: string[];
}

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scope) => {
      if (scope === 'source.sql') return textmate.parseRawGrammar(JSON.stringify(BASE_SQL_GRAMMAR), 'sql.json');
      if (scope === INJECTION_SCOPE)
        return textmate.parseRawGrammar(fs.readFileSync(INJECTION_FILE, 'utf8'), INJECTION_FILE);
      return null;
    },
    // What package.json's contributes.grammars[].injectTo tells VS Code.
    getInjections: (scope) => (scope === 'source.sql' ? [INJECTION_SCOPE] : undefined),
  });
  const loaded = await registry.loadGrammar('source.sql');
  assert.ok(loaded, 'the base SQL grammar did not load');
  grammar = loaded;
});

/** Tokenises lines as an editor does (each line continues the previous line's state). */
function tokenize(text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The innermost scope of every token whose innermost scope comes from the injection, as `text → scope`. */
function directiveTokens(line: string): string[] {
  return tokenize(line)[0]
    .filter((t) => isDirectiveScope(t.scopes[t.scopes.length - 1]))
    .map((t) => `${t.text.trim()} → ${t.scopes[t.scopes.length - 1]}`);
}

const DIRECTIVE_SCOPE = /\.(sluice|goose|sql-migrate|dbmate|liquibase|flyway)$/;
function isDirectiveScope(scope: string): boolean {
  return DIRECTIVE_SCOPE.test(scope);
}

/** Every token of the line that got a directive scope must still sit inside a comment scope. */
function assertInsideComment(line: string): void {
  for (const lineTokens of tokenize(line)) {
    for (const t of lineTokens) {
      if (!t.scopes.some(isDirectiveScope)) continue;
      assert.ok(
        t.scopes.some((s) => s.startsWith('comment.')),
        `"${t.text}" has directive scopes outside a comment: ${t.scopes.join(' ')}`,
      );
    }
  }
}

describe('syntaxes/sluice-directives.injection.json', () => {
  it('is valid JSON with the scope name package.json injects into source.sql', () => {
    const raw = JSON.parse(fs.readFileSync(INJECTION_FILE, 'utf8')) as { scopeName: string };
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { grammars: { scopeName: string; path: string; injectTo?: string[] }[] };
    };
    const entry = manifest.contributes.grammars.find((g) => g.scopeName === raw.scopeName);
    assert.ok(entry, `package.json contributes no grammar with scopeName ${raw.scopeName}`);
    assert.strictEqual(path.resolve(ROOT, entry.path), INJECTION_FILE);
    assert.deepStrictEqual(entry.injectTo, ['source.sql']);
  });

  describe('sluice-ignore', () => {
    it('scopes the keyword, each rule id and the reason', () => {
      const line = '-- sluice-ignore drop-column, rename-column: nothing reads it since v42';
      assert.deepStrictEqual(directiveTokens(line), [
        'sluice-ignore → keyword.control.directive.sluice',
        'drop-column → entity.name.tag.rule.sluice',
        ', → punctuation.separator.comma.sluice',
        'rename-column → entity.name.tag.rule.sluice',
        ': → punctuation.separator.reason.sluice',
        'nothing reads it since v42 → string.unquoted.reason.sluice',
      ]);
      assertInsideComment(line);
    });

    it('scopes sluice-ignore-file, with no space after -- and no reason', () => {
      assert.deepStrictEqual(directiveTokens('--sluice-ignore-file prefer-text'), [
        'sluice-ignore-file → keyword.control.directive.sluice',
        'prefer-text → entity.name.tag.rule.sluice',
      ]);
    });

    it('scopes an indented directive and one after a statement on the same line', () => {
      assert.deepStrictEqual(directiveTokens('    -- sluice-ignore truncate: test data only'), [
        'sluice-ignore → keyword.control.directive.sluice',
        'truncate → entity.name.tag.rule.sluice',
        ': → punctuation.separator.reason.sluice',
        'test data only → string.unquoted.reason.sluice',
      ]);
      const after = tokenize("SELECT 'x'; -- sluice-ignore truncate: ok")[0];
      assert.deepStrictEqual(
        after.filter((t) => t.text === 'SELECT').map((t) => t.scopes),
        [['source.sql', 'keyword.other.DML.sql']],
      );
      assert.ok(after.some((t) => t.text === 'sluice-ignore' && t.scopes.includes('keyword.control.directive.sluice')));
    });

    it('does not scope what Sluice does not read as a directive', () => {
      // Not at the start of the comment, a longer word, inside a block comment, inside a string.
      assert.deepStrictEqual(directiveTokens('-- note -- sluice-ignore drop-column: x'), []);
      assert.deepStrictEqual(directiveTokens('-- sluice-ignored drop-column'), []);
      assert.deepStrictEqual(directiveTokens('/* sluice-ignore drop-column: x */'), []);
      assert.deepStrictEqual(directiveTokens("SELECT '-- sluice-ignore drop-column';"), []);
    });
  });

  describe('sluice-reconcile', () => {
    it('scopes the keyword and highlights the invariant query as embedded SQL', () => {
      const tokens = tokenize('-- sluice-reconcile: SELECT sum(amount_cents) FROM charges')[0];
      const scopesOf = (text: string): string[] | undefined => tokens.find((t) => t.text === text)?.scopes;
      assert.deepStrictEqual(scopesOf('sluice-reconcile'), [
        'source.sql',
        'comment.line.double-dash.sql',
        'keyword.control.directive.sluice',
      ]);
      assert.deepStrictEqual(scopesOf('SELECT'), [
        'source.sql',
        'comment.line.double-dash.sql',
        'meta.embedded.line.sql',
        'keyword.other.DML.sql',
      ]);
      assert.ok(scopesOf('FROM')?.includes('meta.embedded.line.sql'));
    });

    it('does not embed SQL in an ordinary comment that mentions it', () => {
      const tokens = tokenize('-- reconcile: SELECT count(*) FROM charges')[0];
      assert.ok(
        tokens.every((t) => t.scopes.join(' ') === 'source.sql comment.line.double-dash.sql' || t.text === '--'),
      );
    });
  });

  describe('goose', () => {
    for (const annotation of [
      'Up',
      'Down',
      'StatementBegin',
      'StatementEnd',
      'NO TRANSACTION',
      'ENVSUB ON',
      'ENVSUB OFF',
    ]) {
      it(`scopes -- +goose ${annotation}`, () => {
        const line = `-- +goose ${annotation}`;
        assert.deepStrictEqual(directiveTokens(line), [
          '+goose → keyword.control.directive.goose',
          `${annotation} → support.constant.annotation.goose`,
        ]);
        assertInsideComment(line);
      });
    }

    it('reads annotations case-insensitively, as Sluice does, and ignores unknown ones', () => {
      assert.deepStrictEqual(directiveTokens('-- +goose up'), [
        '+goose → keyword.control.directive.goose',
        'up → support.constant.annotation.goose',
      ]);
      assert.deepStrictEqual(directiveTokens('-- +goose Upgrade'), []);
      assert.deepStrictEqual(directiveTokens('-- goose Up'), []);
    });
  });

  describe('sql-migrate', () => {
    for (const command of ['Up', 'Down', 'StatementBegin', 'StatementEnd']) {
      it(`scopes -- +migrate ${command}`, () => {
        const line = `-- +migrate ${command}`;
        assert.deepStrictEqual(directiveTokens(line), [
          '+migrate → keyword.control.directive.sql-migrate',
          `${command} → support.constant.annotation.sql-migrate`,
        ]);
        assertInsideComment(line);
      });
    }

    it('scopes the notransaction option', () => {
      assert.deepStrictEqual(directiveTokens('-- +migrate Up notransaction'), [
        '+migrate → keyword.control.directive.sql-migrate',
        'Up → support.constant.annotation.sql-migrate',
        'notransaction → variable.parameter.option.sql-migrate',
      ]);
    });

    it('does not scope what sql-migrate does not read (its commands are case-sensitive, one space after --)', () => {
      assert.deepStrictEqual(directiveTokens('-- +migrate up'), []);
      assert.deepStrictEqual(directiveTokens('--+migrate Up'), []);
      assert.deepStrictEqual(directiveTokens('-- +migrate Upgrade'), []);
      assert.deepStrictEqual(directiveTokens('-- migrate Up'), []);
    });
  });

  describe('dbmate', () => {
    it('scopes migrate:up and migrate:down', () => {
      assert.deepStrictEqual(directiveTokens('-- migrate:up'), ['migrate:up → keyword.control.directive.dbmate']);
      assert.deepStrictEqual(directiveTokens('-- migrate:down'), ['migrate:down → keyword.control.directive.dbmate']);
    });

    it('scopes the transaction:false option', () => {
      const line = '-- migrate:up transaction:false';
      assert.deepStrictEqual(directiveTokens(line), [
        'migrate:up → keyword.control.directive.dbmate',
        'transaction → variable.parameter.option.sluice',
        ': → punctuation.separator.key-value.sluice',
        'false → support.constant.value.sluice',
      ]);
      assertInsideComment(line);
    });

    it('does not scope other migrate: words', () => {
      assert.deepStrictEqual(directiveTokens('-- migrate:sideways'), []);
      assert.deepStrictEqual(directiveTokens('-- we migrate:up later'), []);
    });
  });

  describe('Liquibase formatted SQL', () => {
    it('scopes the file header', () => {
      assert.deepStrictEqual(directiveTokens('--liquibase formatted sql'), [
        'liquibase formatted sql → keyword.control.directive.liquibase',
      ]);
    });

    it('scopes a changeset: author, id and attributes', () => {
      const line = '--changeset alice:add-orders-state runInTransaction:false splitStatements:false';
      assert.deepStrictEqual(directiveTokens(line), [
        'changeset → keyword.control.directive.liquibase',
        'alice → entity.name.tag.author.liquibase',
        ': → punctuation.separator.key-value.liquibase',
        'add-orders-state → entity.name.tag.id.liquibase',
        'runInTransaction → variable.parameter.option.sluice',
        ': → punctuation.separator.key-value.sluice',
        'false → support.constant.value.sluice',
        'splitStatements → variable.parameter.option.sluice',
        ': → punctuation.separator.key-value.sluice',
        'false → support.constant.value.sluice',
      ]);
      assertInsideComment(line);
    });

    it('scopes a quoted author', () => {
      assert.deepStrictEqual(directiveTokens('-- changeset "Jane Doe":42').slice(0, 4), [
        'changeset → keyword.control.directive.liquibase',
        '"Jane Doe" → entity.name.tag.author.liquibase',
        ': → punctuation.separator.key-value.liquibase',
        '42 → entity.name.tag.id.liquibase',
      ]);
    });

    it('scopes rollback in a line comment and in a /* liquibase rollback */ block', () => {
      assert.deepStrictEqual(directiveTokens('--rollback DROP TABLE orders;'), [
        'rollback → keyword.control.directive.liquibase',
      ]);
      const block = tokenize('/* liquibase rollback\nDROP TABLE orders;\n*/');
      const marker = block[0].find((t) => t.text === 'liquibase rollback');
      assert.deepStrictEqual(marker?.scopes, ['source.sql', 'comment.block', 'keyword.control.directive.liquibase']);
      // The rollback SQL itself stays comment text.
      assert.ok(block[1].every((t) => !t.scopes.some(isDirectiveScope)));
    });

    it('scopes preconditions with their attributes, precondition checks and comment:', () => {
      assert.deepStrictEqual(directiveTokens('--preconditions onFail:MARK_RAN onError:HALT'), [
        'preconditions → keyword.control.directive.liquibase',
        'onFail → variable.parameter.option.sluice',
        ': → punctuation.separator.key-value.sluice',
        'MARK_RAN → support.constant.value.sluice',
        'onError → variable.parameter.option.sluice',
        ': → punctuation.separator.key-value.sluice',
        'HALT → support.constant.value.sluice',
      ]);
      assert.deepStrictEqual(
        directiveTokens('--precondition-sql-check expectedResult:0 SELECT count(*) FROM t').slice(0, 4),
        [
          'precondition-sql-check → keyword.control.directive.liquibase',
          'expectedResult → variable.parameter.option.sluice',
          ': → punctuation.separator.key-value.sluice',
          '0 → support.constant.value.sluice',
        ],
      );
      assert.deepStrictEqual(directiveTokens('--comment: adds the state column'), [
        'comment → keyword.control.directive.liquibase',
        ': → punctuation.separator.key-value.liquibase',
      ]);
    });

    it('leaves prose that merely starts with those words alone', () => {
      assert.deepStrictEqual(directiveTokens('-- preconditions are checked by the deploy job'), []);
      assert.deepStrictEqual(directiveTokens('-- comment out the next line'), []);
      assert.deepStrictEqual(directiveTokens('-- changesets are numbered by date'), []);
    });
  });

  describe('Flyway', () => {
    it('scopes the inline executeInTransaction setting', () => {
      assert.deepStrictEqual(directiveTokens('-- flyway:executeInTransaction=false'), [
        'flyway: → keyword.control.directive.flyway',
        'executeInTransaction → variable.parameter.option.flyway',
        '= → punctuation.separator.key-value.flyway',
        'false → support.constant.value.flyway',
      ]);
    });
  });

  describe('ordinary SQL and comments', () => {
    it('get no directive scopes', () => {
      const text = [
        '-- Add the state column; backfilled in the next migration.',
        '-- +gooseUp is a typo, not a marker',
        'ALTER TABLE orders ADD COLUMN state int;',
        "UPDATE orders SET note = '-- +goose Down' WHERE id = 1;",
        '/* migrate:up in a block comment is not dbmate */',
      ].join('\n');
      for (const lineTokens of tokenize(text)) {
        for (const t of lineTokens) {
          assert.ok(!t.scopes.some(isDirectiveScope), `"${t.text}" got ${t.scopes.join(' ')}`);
        }
      }
    });

    it('keeps the comment scope on every token of a directive line', () => {
      for (const line of [
        '-- sluice-ignore drop-column: reason',
        '-- +goose StatementBegin',
        '-- migrate:down transaction:false',
        '--changeset a:b',
        '-- flyway:executeInTransaction=true',
      ]) {
        for (const t of tokenize(line)[0]) {
          assert.ok(t.scopes.includes('comment.line.double-dash.sql'), `${line}: "${t.text}" left the comment`);
        }
      }
    });
  });
});
