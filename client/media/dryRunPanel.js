// The dry-run panel's page. It renders the model the extension sends (client/src/panel/model.ts decides every
// word), builds the DOM with textContent only (no HTML from data), and reports back what it rendered, read from
// the DOM, so tests check what the user sees. Rows are focusable buttons: Enter or Space reveals the statement,
// the arrow keys move between rows.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));

  /** @param {string} tag @param {string} [className] @param {string} [text] */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function reveal(index) {
    vscode.postMessage({ type: 'reveal', index });
  }

  function renderStages(stages) {
    const section = el('section', 'stages');
    section.setAttribute('aria-label', 'Pipeline stages');
    const list = el('ol', 'stage-list');
    for (const stage of stages) {
      const item = el('li', `stage stage-${stage.status}`);
      item.dataset.stage = stage.id;
      item.append(el('span', 'stage-label', stage.label), el('span', `badge status-${stage.status}`, stage.statusText));
      if (stage.detail) item.append(el('span', 'stage-detail', stage.detail));
      list.append(item);
    }
    section.append(list);
    return section;
  }

  function renderLock(lock) {
    const item = el('li', 'lock');
    const mode = el('span', 'lock-mode', lock.mode);
    mode.title = `${lock.sqlMode} lock`;
    item.append(mode, ' on ', el('span', 'lock-relation', lock.relation), ' — ');
    if (lock.blocks.length === 0) {
      item.append(el('span', 'lock-blocks-none', 'blocks only other schema changes'));
    } else {
      item.append('blocks ');
      const blocks = el('span', 'lock-blocks');
      lock.blocks.forEach((b, i) => {
        if (i > 0) blocks.append(', ');
        blocks.append(el('span', 'lock-block', b));
      });
      item.append(blocks);
    }
    return item;
  }

  function renderRow(row) {
    const item = el('li', `row row-status-${row.status}`);
    item.tabIndex = 0;
    item.setAttribute('role', 'button');
    item.dataset.index = String(row.index);
    item.setAttribute(
      'aria-label',
      `Statement ${row.index} at line ${row.at}, ${row.statusText}, ${row.time}. Press Enter to show it in the editor.`,
    );
    const head = el('div', 'row-head');
    head.append(
      el('span', 'row-index', `#${row.index}`),
      el('span', `badge status-${row.status}`, row.statusText),
      el('span', 'row-time', row.time),
      el('span', 'row-at', row.at),
    );
    if (row.rows) head.append(el('span', 'row-count', row.rows));
    for (const relation of row.rewrites) {
      const badge = el('span', 'badge rewrite', `rewrite ${relation}`);
      badge.title = 'The table was rewritten: its storage changed (relfilenode), so the lock lasted the whole copy.';
      head.append(badge);
    }
    item.append(head, el('code', 'row-sql', row.sql));
    if (row.locks.length > 0) {
      const locks = el('ul', 'locks');
      locks.setAttribute('aria-label', 'Locks taken on existing tables');
      for (const lock of row.locks) locks.append(renderLock(lock));
      item.append(locks);
    }
    if (row.error) item.append(el('div', 'row-error-text', row.error));
    if (row.reason) item.append(el('div', 'row-reason', row.reason));
    item.addEventListener('click', () => reveal(row.index));
    item.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        reveal(row.index);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = event.key === 'ArrowDown' ? item.nextElementSibling : item.previousElementSibling;
        if (next instanceof HTMLElement) next.focus();
      }
    });
    return item;
  }

  function renderRollback(model) {
    const section = el('section', 'rollback');
    section.append(el('h2', undefined, 'Rollback test'));
    if (model.steps.length > 0) {
      const steps = el('ol', 'steps');
      for (const step of model.steps) {
        const item = el('li', 'step', step.label);
        if (step.status) item.append(' ', el('span', `badge status-${step.status}`, step.status));
        steps.append(item);
      }
      section.append(steps);
    }
    if (model.differences.length > 0) {
      const list = el('ul', 'differences');
      for (const d of model.differences) {
        const item = el('li', 'difference');
        item.append(
          el('span', 'difference-object', d.object),
          el('span', 'difference-before', `before: ${d.before}`),
          el('span', 'difference-after', `after: ${d.after}`),
        );
        list.append(item);
      }
      section.append(list);
    }
    return section;
  }

  function render(model) {
    const header = el('header');
    const title = el('h1', undefined, model.kind === 'verify-rollback' ? 'Verify rollback · ' : 'Dry-run · ');
    title.append(el('span', 'file', model.file));
    const rerun = /** @type {HTMLButtonElement} */ (el('button', 'rerun', 'Rerun'));
    rerun.type = 'button';
    rerun.disabled = model.state === 'running';
    rerun.title = 'Run it again on the file as saved';
    rerun.addEventListener('click', () => vscode.postMessage({ type: 'rerun' }));
    header.append(title, rerun);
    const engine = el('p', 'engine');
    engine.append('Engine: ', el('span', 'engine-name', model.engine));
    const message = el('p', `message state-${model.state}`, model.message);
    const children = [header, engine, message, renderStages(model.stages)];
    if (model.rows.length > 0) {
      const section = el('section', 'statements');
      section.append(el('h2', undefined, 'Statements'));
      const rows = el('ol', 'rows');
      for (const row of model.rows) rows.append(renderRow(row));
      section.append(rows);
      children.push(section);
    }
    if (model.steps.length > 0 || model.differences.length > 0) children.push(renderRollback(model));
    app.replaceChildren(...children);
    app.dataset.runId = String(model.runId);
    app.setAttribute('aria-busy', model.state === 'running' ? 'true' : 'false');
  }

  const text = (root, selector) => root.querySelector(selector)?.textContent ?? '';

  /** What is on screen now, read from the DOM, not from the model. */
  function renderedView(model) {
    return {
      runId: model.runId,
      state: model.state,
      file: text(app, 'h1 .file'),
      engine: text(app, '.engine-name'),
      message: text(app, '.message'),
      stages: [...app.querySelectorAll('.stage')].map((s) => ({
        id: /** @type {HTMLElement} */ (s).dataset.stage ?? '',
        label: text(s, '.stage-label'),
        status: text(s, '.badge'),
      })),
      rows: [...app.querySelectorAll('.row')].map((r) => ({
        index: Number(/** @type {HTMLElement} */ (r).dataset.index),
        status: text(r, '.row-head .badge'),
        time: text(r, '.row-time'),
        sql: text(r, '.row-sql'),
        locks: [...r.querySelectorAll('.lock')].map((l) => ({
          mode: text(l, '.lock-mode'),
          relation: text(l, '.lock-relation'),
          blocks: [...l.querySelectorAll('.lock-block')].map((b) => b.textContent ?? ''),
        })),
        rewrite: r.querySelector('.rewrite') !== null,
        error: r.querySelector('.row-error-text')?.textContent ?? null,
      })),
      differences: [...app.querySelectorAll('.difference')].map((d) => d.textContent ?? ''),
      rerunEnabled: !(/** @type {HTMLButtonElement | null} */ ((app.querySelector('.rerun'))?.disabled ?? true)),
    };
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'render' || typeof message.model !== 'object') return;
    render(message.model);
    vscode.setState(message.model);
    vscode.postMessage({ type: 'rendered', view: renderedView(message.model) });
  });

  const saved = vscode.getState();
  if (saved && typeof saved === 'object') render(saved);
  vscode.postMessage({ type: 'ready' });
})();
