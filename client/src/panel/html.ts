// The dry-run page's HTML shell: a strict Content-Security-Policy (nothing but the extension's own stylesheet and
// the one script carrying this page's nonce), no inline code, no remote resources. Pure.
import { randomBytes } from 'crypto';

export interface PageResources {
  /** webview.cspSource: where the webview may load the extension's files from. */
  cspSource: string;
  /** webview.asWebviewUri of client/media/dryRunPanel.css and .js, as strings. */
  styleUri: string;
  scriptUri: string;
  nonce: string;
}

/** A fresh nonce per page: 128 random bits, base64 without characters that need escaping in an attribute. */
export function newNonce(): string {
  return randomBytes(16)
    .toString('base64')
    .replace(/[+/=]/g, (c) => ({ '+': '-', '/': '_', '=': '' })[c] ?? '');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function pageHtml(resources: PageResources): string {
  const csp = escapeAttribute(contentSecurityPolicy(resources.cspSource, resources.nonce));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(resources.styleUri)}">
<title>Sluice dry-run</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="message">Waiting for the dry-run…</p></main>
<script nonce="${escapeAttribute(resources.nonce)}" src="${escapeAttribute(resources.scriptUri)}"></script>
</body>
</html>
`;
}
