// Where a rule's documentation page lives: docs/rules/<id>.md shipped beside the server bundle.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

let root: string | undefined;

/** The folder of the rules' documentation pages. */

export function docsRoot(): string {
  if (root) return root;
  // dist/sluice.js → ../docs/rules; compiled tests run from out/server/src/lsp → ../../../../docs/rules
  const candidates = [
    path.resolve(__dirname, '..', 'docs', 'rules'),
    path.resolve(__dirname, '..', '..', '..', '..', 'docs', 'rules'),
  ];
  root = candidates.find((c) => fs.existsSync(c)) ?? candidates[0];
  return root;
}

const uris = new Map<string, string>();

/** Asked once per diagnostic: built once per rule. */
export function ruleDocsUri(rule: string): string {
  let uri = uris.get(rule);
  if (!uri) {
    uri = pathToFileURL(path.join(docsRoot(), `${rule}.md`)).toString();
    uris.set(rule, uri);
  }
  return uri;
}
