// The CLI parses long files on a second core (syntax/parseAhead.ts): the worker's replies must mean exactly what
// parsing on the walk's own thread means, and a file parsed ahead must get exactly the same findings.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, AnalysisContext } from '../../server/src/analysis';
import { loadParser, outcomeOf, parseStatement } from '../../server/src/syntax/parse';
import { ParseAhead } from '../../server/src/syntax/parseAhead';
import { loadParserModule, ParserModule, parseOne } from '../../server/src/syntax/rawParse';
import { splitStatements } from '../../server/src/syntax/split';
import { prng } from '../support/prng';

const STATEMENTS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'statements');
const SETTINGS = { pgVersion: 15, assumeInTransaction: false, rules: {} };
const UP = { isMigration: true, tool: 'plain' as const, direction: 'up' as const };

function corpusStatements(): string[] {
  return fs
    .readdirSync(STATEMENTS)
    .filter((f) => f.endsWith('.sql'))
    .flatMap((f) => splitStatements(fs.readFileSync(path.join(STATEMENTS, f), 'utf8')).statements.map((s) => s.text));
}

/** Statements cut, spliced and sprinkled with multi-byte characters: syntax errors with cursors past them. */
function mangled(statements: string[], count: number): string[] {
  const random = prng(7);
  const bits = ['é', '😀', '\ud83d', "'", '$$', '(', ')', ';', ' NOT VALID', '\u0000', 'ü('];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = statements[Math.floor(random() * statements.length)];
    const at = Math.floor(random() * (text.length + 1));
    const bit = bits[Math.floor(random() * bits.length)];
    text = random() < 0.5 ? text.slice(0, at) + bit + text.slice(at) : text.slice(0, at) + bit;
    if (text.trim().length > 0) out.push(text);
  }
  return out;
}

async function firstReply(ahead: ParseAhead): Promise<void> {
  for (let waited = 0; !ahead.received(0); waited += 20) {
    assert.ok(waited < 20_000, 'the parse-ahead worker replied');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('parsing ahead on a second core', function () {
  this.timeout(60_000);
  let parser: ParserModule;

  before(async () => {
    await loadParser();
    parser = await loadParserModule();
  });

  it("the worker's replies mean what libpg-query's parseSync says: trees, syntax errors and their positions", () => {
    const statements = corpusStatements();
    assert.ok(statements.length > 250, `${statements.length} corpus statements`);
    let errors = 0;
    for (const text of [...statements, ...mangled(statements, 1500)]) {
      const reply = parseOne(parser, text);
      if (reply === undefined) {
        assert.ok(text.includes('\u0000'), `only a NUL byte is left to the walk's thread: ${JSON.stringify(text)}`);
        continue;
      }
      if (typeof reply !== 'string') errors++;
      assert.deepStrictEqual(outcomeOf(text, reply), parseStatement(text), text);
    }
    assert.ok(errors > 300, `${errors} syntax errors compared`);
  });

  it('a long file parsed ahead gets the same findings as one parsed on the walk thread, and the worker parsed it', async () => {
    const statements = corpusStatements();
    const text = Array.from({ length: 8 }, () => statements.join(';\n')).join(';\n') + ';\n';
    const texts = splitStatements(text).statements.map((s) => s.text);
    const ahead = new ParseAhead(texts);
    await firstReply(ahead);
    let handedOver = false;
    const context: AnalysisContext = {
      parsing: (given) => {
        assert.deepStrictEqual(given, texts);
        handedOver = true;
        return ahead;
      },
    };
    const parsedAhead = analyze(text, UP, SETTINGS, context);
    const parsedHere = analyze(text, UP, SETTINGS);
    assert.ok(handedOver);
    // The worker is ahead from the start: the walk takes its replies (and parses here only if it catches up).
    const { worker, here } = ahead.counts;
    assert.ok(worker > 0 && worker + here === texts.length, JSON.stringify(ahead.counts));
    assert.ok(parsedHere.findings.length > 50, `${parsedHere.findings.length} findings`);
    const strip = (a: typeof parsedHere) => a.findings.map(({ source: _source, ...f }) => f);
    assert.deepStrictEqual(strip(parsedAhead), strip(parsedHere));
    // Once the walk is done, a statement asked for again (a finding's references) is parsed on this thread.
    const again = parsedAhead.statements[3].parse;
    assert.deepStrictEqual(again, parseStatement(texts[3]));
    assert.deepStrictEqual(ahead.counts, { worker, here: here + 1 });
  });
});
