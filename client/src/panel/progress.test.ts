import * as assert from 'assert';
import { parseProgressLine, progressMessage } from './progress';

describe('dry-run progress lines', () => {
  it("turns the CLI's --progress events into what the notification says", () => {
    const lines = [
      '{"event":"engine","state":"starting","engine":"pglite"}',
      '{"event":"history","files":1,"cache":"miss","setupMs":2872,"problems":[]}',
      '{"event":"engine","state":"ready","engine":"pglite","serverVersion":"18.6"}',
      '{"event":"statement","state":"started","index":2}',
      '{"event":"statement","state":"finished","index":2,"status":"ok","durationMs":20.1}',
      '{"event":"done"}',
    ];
    assert.deepStrictEqual(
      lines.map((l) => progressMessage(parseProgressLine(l)!)),
      [
        'starting the embedded database (PGlite)…',
        'applied 1 earlier migration',
        'PGlite 18.6 ready',
        'running statement 2…',
        'statement 2: ok',
        'rolled back',
      ],
    );
  });

  it('leaves other stderr lines (notes, errors) as text', () => {
    for (const line of [
      'sluice: note: an earlier migration failed',
      '{"event":"statement","state":"started"}',
      '{oops',
      '{"event":"x"}',
    ]) {
      assert.strictEqual(parseProgressLine(line), undefined, line);
    }
  });
});
