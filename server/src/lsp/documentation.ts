// Where a rule's documentation page lives: docs/rules/<id>.md shipped beside the server bundle.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

let root: string | undefined;

function docsRoot(): string {
  if (root) return root;
  // dist/sluice.js → ../docs/rules; compiled tests run from out/server/src/lsp → ../../../../docs/rules
  const candidates = [
    path.resolve(__dirname, '..', 'docs', 'rules'),
    path.resolve(__dirname, '..', '..', '..', '..', 'docs', 'rules'),
  ];
  root = candidates.find((c) => fs.existsSync(c)) ?? candidates[0];
  return root;
}

export function ruleDocsUri(rule: string): string {
  return pathToFileURL(path.join(docsRoot(), `${rule}.md`)).toString();
}
