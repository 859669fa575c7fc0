// The schema a few statements leave, replayed one by one as the engine does (schema tests).
import { parseStatement } from '../../server/src/syntax/parse';
import { splitStatements } from '../../server/src/syntax/split';
import { EMPTY_SCHEMA, SchemaModel } from '../../server/src/schema/model';
import { replay } from '../../server/src/schema/replay';

/** Replays `sql` onto `base`; a statement that does not parse fails the test. Needs loadParser() first. */
export function replayed(sql: string, base: SchemaModel = EMPTY_SCHEMA): SchemaModel {
  let model = base;
  for (const s of splitStatements(sql).statements) {
    const parsed = parseStatement(s.text);
    if (!parsed.ok) throw new Error(parsed.message);
    model = replay(model, parsed.kind, parsed.ast);
  }
  return model;
}
