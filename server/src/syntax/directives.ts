// Comments that mean something: Sluice suppressions and migration-tool markers (goose, dbmate).
import type { Comment } from './split';

export interface IgnoreDirective {
  type: 'ignore' | 'ignore-file';
  /** Rule ids as written. */
  rules: string[];
  reason?: string;
  start: number;
  end: number;
  /** Offset of each rule token within the file, for precise diagnostics on unknown ids. */
  ruleOffsets: number[];
}

export interface SectionMarker {
  tool: 'goose' | 'dbmate';
  /** up/down start a section; no-transaction applies to the whole file (goose) or its section (dbmate). */
  type: 'up' | 'down' | 'no-transaction' | 'other';
  /** dbmate `transaction:false` on the section marker. */
  noTransaction: boolean;
  start: number;
  end: number;
}

export interface Directives {
  ignores: IgnoreDirective[];
  markers: SectionMarker[];
}

const IGNORE = /^--\s*sluice-ignore(-file)?(?=[\s:]|$)(.*)$/;
const GOOSE = /^--\s*\+goose\s+(\w+)(?:\s+(\w+))?/i;
const DBMATE = /^--\s*migrate:(up|down)\b(.*)$/;

export function readDirectives(comments: readonly Comment[]): Directives {
  const ignores: IgnoreDirective[] = [];
  const markers: SectionMarker[] = [];
  for (const c of comments) {
    if (c.inStatement || !c.text.startsWith('--')) continue;
    const ignore = IGNORE.exec(c.text);
    if (ignore) {
      ignores.push(parseIgnore(c, ignore[1] ? 'ignore-file' : 'ignore', ignore[2]));
      continue;
    }
    const goose = GOOSE.exec(c.text);
    if (goose) {
      const word = goose[1].toLowerCase();
      const type =
        word === 'up'
          ? 'up'
          : word === 'down'
            ? 'down'
            : word === 'no' && /transaction/i.test(goose[2] ?? '')
              ? 'no-transaction'
              : 'other';
      markers.push({ tool: 'goose', type, noTransaction: false, start: c.start, end: c.end });
      continue;
    }
    const dbmate = DBMATE.exec(c.text);
    if (dbmate) {
      markers.push({
        tool: 'dbmate',
        type: dbmate[1] as 'up' | 'down',
        noTransaction: /\btransaction:\s*false\b/.test(dbmate[2]),
        start: c.start,
        end: c.end,
      });
    }
  }
  return { ignores, markers };
}

function parseIgnore(c: Comment, type: IgnoreDirective['type'], rest: string): IgnoreDirective {
  const colon = rest.indexOf(':');
  const list = colon >= 0 ? rest.slice(0, colon) : rest;
  const reason = colon >= 0 ? rest.slice(colon + 1).trim() || undefined : undefined;
  const restOffset = c.start + (c.text.length - rest.length);
  const rules: string[] = [];
  const ruleOffsets: number[] = [];
  const token = /[^\s,]+/g;
  for (let m = token.exec(list); m; m = token.exec(list)) {
    rules.push(m[0]);
    ruleOffsets.push(restOffset + m.index);
  }
  return { type, rules, reason, start: c.start, end: c.end, ruleOffsets };
}
