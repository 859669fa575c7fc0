// Before the first document arrives, the server analyses the rules' documented examples once, then a few times
// more as if they were being edited, and builds the publish of their findings each time (sent nowhere). V8
// compiles what runs hot, and the walk, the replay of remembered steps and the parser otherwise run slowly for
// their first few thousand statements: on a 5,000-statement migration this took the first analysis from ~560 to
// ~450 ms and its first edit from ~100 to ~60 ms (in process). It costs ~200–300 ms once, while the editor waits
// for `initialize`.
import * as fs from 'fs';
import * as path from 'path';
import type { NotificationMessage } from 'vscode-languageserver/node';
import { analyze, forgetFile } from '../analysis';
import { DEFAULT_CONFIG } from '../config/config';
import type { MigrationInfo } from '../migrations/tools';
import { reusedDiagnostic } from './diagnostics';
import { encodeMessage } from './encoder';

const EDITS = 24;
const WARM_UP_FILE = '<warm-up>';
const WARM_UP_URI = 'sluice:warm-up';
const BUDGET_MS = 400;

/** Every ```sql block of the rules' pages, as one migration. */
export function documentedExamples(docsDir: string): string {
  let sql = '';
  for (const page of fs
    .readdirSync(docsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = fs.readFileSync(path.join(docsDir, page), 'utf8');
    for (const block of text.matchAll(/```sql\n([\s\S]*?)```/g)) sql += `${block[1].trim()}\n`;
  }
  return sql;
}

/** Analyses the examples (a golang-migrate file: one implicit transaction), then edits a statement in the middle. */
export function warmUp(docsDir: string): void {
  let examples: string;
  try {
    examples = documentedExamples(docsDir);
  } catch {
    return; // no docs beside the server: it only starts a little slower
  }
  if (!examples) return;
  const migration: MigrationInfo = { isMigration: true, tool: 'golang-migrate', direction: 'up' };
  const settings = { pgVersion: DEFAULT_CONFIG.pgVersion, assumeInTransaction: false, rules: {} };
  const middle = examples.indexOf('\n', examples.length / 2) + 1;
  const started = Date.now();
  for (let edit = 0; edit <= EDITS && Date.now() - started < BUDGET_MS; edit++) {
    const edited = `;\nALTER TABLE warm_up_${edit % 2} ADD COLUMN note_${edit} text;\n`;
    const text = `${examples.slice(0, middle)}${edited}${examples.slice(middle)}`;
    const analysis = analyze(text, migration, settings, { file: WARM_UP_FILE, incremental: true });
    // And what a publish does with the findings (sent nowhere).
    const diagnostics = analysis.findings.map((finding) => reusedDiagnostic(analysis, finding));
    encodeMessage({
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: { uri: WARM_UP_URI, diagnostics },
    } as NotificationMessage);
  }
  forgetFile(WARM_UP_FILE);
}
