// Messages between the dry-run page (webview) and its host. The page is not trusted more than any input: every
// message is checked here before the host acts on it. Pure.

/** What the page saw after rendering, read back from its DOM: the test hook shows what the user sees. */
export interface RenderedView {
  runId: number;
  state: string;
  file: string;
  engine: string;
  message: string;
  stages: { id: string; label: string; status: string }[];
  rows: {
    index: number;
    status: string;
    time: string;
    sql: string;
    locks: { mode: string; relation: string; blocks: string[] }[];
    rewrite: boolean;
    error: string | null;
  }[];
  differences: string[];
  rerunEnabled: boolean;
}

export type PageMessage =
  | { type: 'ready' }
  | { type: 'reveal'; index: number }
  | { type: 'rerun' }
  | { type: 'rendered'; view: RenderedView };

const MAX_ROWS = 100_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function isRenderedView(v: unknown): v is RenderedView {
  if (!isObject(v)) return false;
  if (!Number.isInteger(v.runId) || !isString(v.state) || !isString(v.file)) return false;
  if (!isString(v.engine) || !isString(v.message) || typeof v.rerunEnabled !== 'boolean') return false;
  if (!isStringArray(v.differences)) return false;
  if (
    !Array.isArray(v.stages) ||
    !v.stages.every((s) => isObject(s) && isString(s.id) && isString(s.label) && isString(s.status))
  ) {
    return false;
  }
  if (!Array.isArray(v.rows) || v.rows.length > MAX_ROWS) return false;
  return v.rows.every(
    (r) =>
      isObject(r) &&
      Number.isInteger(r.index) &&
      isString(r.status) &&
      isString(r.time) &&
      isString(r.sql) &&
      typeof r.rewrite === 'boolean' &&
      (r.error === null || isString(r.error)) &&
      Array.isArray(r.locks) &&
      r.locks.every((l) => isObject(l) && isString(l.mode) && isString(l.relation) && isStringArray(l.blocks)),
  );
}

/** The message if it is one the page may send, else undefined (the host ignores it). */
export function parsePageMessage(value: unknown): PageMessage | undefined {
  if (!isObject(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rerun':
      return { type: 'rerun' };
    case 'reveal':
      return Number.isInteger(value.index) && (value.index as number) >= 1
        ? { type: 'reveal', index: value.index as number }
        : undefined;
    case 'rendered':
      return isRenderedView(value.view) ? { type: 'rendered', view: value.view } : undefined;
    default:
      return undefined;
  }
}
