// The server analyses an edited document incrementally (server/src/walk/) and reuses what it built for the last
// publish (diagnostics, their JSON). Whatever the edits, each publish must equal what a server that opens the
// same text afresh publishes: two real servers, one edited, one opening every version from scratch.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { splitStatements } from '../../server/src/syntax/split';
import { prng } from '../support/prng';
import { copyFixture, withServer, Workspace } from './lspClient';

const CASES = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'cases');
const MIGRATION = 'db/migrations/000003_long_change.up.sql';

/**
 * One statement per line, from the corpus: a long migration on the fixture's tables. Statements that draw on the
 * workspace's application code (drops and renames) are left out: their related information arrives later, from a
 * background scan, at a moment that differs between the two servers.
 */
function corpusLines(): string[] {
  const lines: string[] = [];
  for (const group of ['locks', 'safe', 'transactions', 'types']) {
    const dir = path.join(CASES, group);
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      for (const s of splitStatements(fs.readFileSync(path.join(dir, file), 'utf8')).statements) {
        if (/\b(drop|rename)\b/i.test(s.text) || s.text.includes('\n')) continue;
        lines.push(`${s.text};`);
      }
    }
  }
  return lines;
}

/** A random edit of one line: the new text of the whole document. */
function edit(lines: string[], rand: () => number, k: number): void {
  const i = Math.floor(rand() * lines.length);
  const choice = Math.floor(rand() * 6);
  if (choice === 0) lines[i] = lines[i].replace(/\b(orders|users|accounts)\b/, 'orders');
  else if (choice === 1) lines[i] = lines[i].replace(/;$/, ' NOT NULL;');
  else if (choice === 2) lines.splice(i, 0, `ALTER TABLE orders ADD COLUMN note_${k} text;`);
  else if (choice === 3 && lines.length > 10) lines.splice(i, 1);
  // The same statements, the ones after it a line further down.
  else if (choice === 4) lines[i] = lines[i].replace(' ', '\n  ');
  else
    lines[i] = pick(
      ['BEGIN;', 'COMMIT;', "SET lock_timeout = '2s';", 'CREATE INDEX orders_total_idx ON orders (total);'],
      rand,
    );
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)];
}

describe('lsp: incremental analysis', function () {
  this.timeout(120_000);
  let ws: Workspace;
  before(() => {
    ws = copyFixture();
  });
  after(() => ws.remove());

  it('after each of 25 edits of a long migration, publishes what a server opening the same text afresh publishes', async () => {
    const rand = prng(7);
    const lines = corpusLines().slice(0, 150);
    assert.ok(lines.length >= 100, `the corpus gave only ${lines.length} one-line statements`);
    ws.write(MIGRATION, `${lines.join('\n')}\n`);
    const uri = ws.fileUri(MIGRATION);

    // The edited server: each version arrives as a whole-document change, as an editor may send it.
    const versions: { text: string; diagnostics: Diagnostic[] }[] = [];
    await withServer({ workspace: ws }, async (client) => {
      await client.open(uri, ws.read(MIGRATION), 1);
      versions.push({ text: ws.read(MIGRATION), diagnostics: (await client.nextDiagnostics(uri, 1)).diagnostics });
      for (let k = 0; k < 25; k++) {
        edit(lines, rand, k);
        const text = `${lines.join('\n')}\n`;
        const version = await client.change(uri, [{ text }]);
        versions.push({ text, diagnostics: (await client.nextDiagnostics(uri, version)).diagnostics });
      }
    });

    await withServer({ workspace: ws }, async (client) => {
      for (const [k, { text, diagnostics }] of versions.entries()) {
        await client.open(uri, text, 1);
        const fresh = (await client.nextDiagnostics(uri, 1)).diagnostics;
        await client.close(uri);
        assert.deepStrictEqual(diagnostics, fresh, `version ${k + 1} differs from a fresh analysis of:\n${text}`);
      }
    });
  });
});
