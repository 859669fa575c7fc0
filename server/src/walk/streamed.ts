// How a one-off analysis (the CLI's; the editor's for a file too long to remember) holds a file's statements:
// each is parsed when first asked for (by the walk, as it reaches it) and its syntax tree let go once the walk has
// moved on. Holding every tree of a 50,000-statement migration at once costs more in garbage collection than the
// parsing itself; the editor keeps them instead, in the statement cache, because it analyses the same file again
// on the next keystroke.
import { statementFacts, StatementFacts } from '../facts/statementFacts';
import type { ParseOutcome } from '../syntax/parse';
import type { Statement } from '../syntax/split';
import type { AnalyzedStatement } from './walk';

/** Parses one statement of the file (by its index in the file's statements, for a parser that reads ahead). */
export type StatementParser = (text: string, index: number) => ParseOutcome;

/** A parser for one file's statements that holds something (a worker's attention) until the walk is done. */
export interface StatementParsing {
  parse: StatementParser;
  done(): void;
}

export class StreamedStatement implements AnalyzedStatement {
  private parsed: ParseOutcome | undefined;
  /** null: derived, and the statement does not parse. */
  private derived: StatementFacts | null | undefined;

  constructor(
    public text: string,
    readonly start: number,
    readonly end: number,
    private readonly index: number,
    private readonly parser: StatementParser,
  ) {}

  get parse(): ParseOutcome {
    return (this.parsed ??= this.parser(this.text, this.index));
  }

  get facts(): StatementFacts | undefined {
    if (this.derived === undefined) {
      const parse = this.parse;
      this.derived = parse.ok ? statementFacts(parse.kind, parse.ast) : null;
    }
    return this.derived ?? undefined;
  }

  /** The walk is done with it: asked again, it parses again (an equal tree, not the same object). */
  release(): void {
    this.parsed = undefined;
    this.derived = undefined;
  }
}

export function streamedStatements(split: readonly Statement[], parser: StatementParser): StreamedStatement[] {
  return split.map((s, i) => new StreamedStatement(s.text, s.start, s.end, i, parser));
}
