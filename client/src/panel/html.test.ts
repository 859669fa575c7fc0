import * as assert from 'assert';
import { contentSecurityPolicy, newNonce, pageHtml } from './html';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

describe('dry-run page HTML', () => {
  it("allows only the extension's stylesheet and the one script with this page's nonce", () => {
    assert.strictEqual(
      contentSecurityPolicy(CSP_SOURCE, 'abc123'),
      `default-src 'none'; style-src ${CSP_SOURCE}; script-src 'nonce-abc123'; base-uri 'none'; form-action 'none'`,
    );
  });

  it('loads its script with the nonce, no inline code and nothing remote', () => {
    const nonce = newNonce();
    const html = pageHtml({
      cspSource: CSP_SOURCE,
      nonce,
      styleUri: `${CSP_SOURCE}/ext/client/media/dryRunPanel.css`,
      scriptUri: `${CSP_SOURCE}/ext/client/media/dryRunPanel.js`,
    });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(csp, 'no CSP meta tag');
    assert.match(csp[1], new RegExp(`script-src 'nonce-${nonce}'`));
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.strictEqual(scripts.length, 1);
    assert.match(scripts[0][1], new RegExp(`nonce="${nonce}"`));
    assert.strictEqual(scripts[0][2].trim(), '', 'inline script code');
    assert.doesNotMatch(html, /<style|\sstyle="|\son[a-z]+="/i);
    // Every URL in the page is the extension's own resource.
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]*)"/g)) assert.ok(url.startsWith(CSP_SOURCE), url);
  });

  it('makes a fresh, attribute-safe nonce of 128 bits each time', () => {
    const a = newNonce();
    const b = newNonce();
    assert.notStrictEqual(a, b);
    assert.match(a, /^[A-Za-z0-9_-]{22}$/);
  });
});
