// The CLI's `--progress` lines (one JSON object per line on stderr, see server/src/cli/dryRun.ts) → a short
// sentence for the progress notification. Pure; anything that is not a progress event (a note, a warning) is
// returned as undefined so the caller can keep it as text.

export type ProgressEvent =
  | { event: 'engine'; state: 'starting' | 'ready'; engine: string; serverVersion?: string }
  | { event: 'history'; files: number; cache?: string; setupMs?: number }
  | { event: 'statement'; state: 'started' | 'finished'; index: number; status?: string; durationMs?: number | null }
  | { event: 'cancel' }
  | { event: 'done' };

export function parseProgressLine(line: string): ProgressEvent | undefined {
  if (!line.startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  switch (e.event) {
    case 'engine':
      return e.state === 'starting' || e.state === 'ready' ? (e as ProgressEvent) : undefined;
    case 'history':
      return Number.isInteger(e.files) ? (e as ProgressEvent) : undefined;
    case 'statement':
      return (e.state === 'started' || e.state === 'finished') && Number.isInteger(e.index)
        ? (e as ProgressEvent)
        : undefined;
    case 'cancel':
    case 'done':
      return e as ProgressEvent;
    default:
      return undefined;
  }
}

/** What the notification says while the event is the latest one. */
export function progressMessage(event: ProgressEvent): string {
  switch (event.event) {
    case 'engine':
      if (event.state === 'ready') {
        return `${event.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'} ${event.serverVersion ?? ''} ready`.trim();
      }
      return event.engine === 'pglite' ? 'starting the embedded database (PGlite)…' : 'connecting to PostgreSQL…';
    case 'history':
      return `applied ${event.files} earlier migration${event.files === 1 ? '' : 's'}${
        event.cache === 'hit' ? ' (cached)' : ''
      }`;
    case 'statement':
      return event.state === 'started'
        ? `running statement ${event.index}…`
        : `statement ${event.index}: ${event.status ?? 'finished'}`;
    case 'cancel':
      return 'cancelling; rolling back…';
    case 'done':
      return 'rolled back';
  }
}
