// `CREATE SCHEMA billing CREATE TABLE invoices (...) CREATE INDEX ... ON invoices (...)`: the statements inside,
// each as if written on its own, with its relation in the new schema (where PostgreSQL creates an unqualified one).
import type { AstNode } from '../syntax/parse';

export interface SchemaElement {
  kind: string;
  ast: AstNode;
}

/** The field of each element kind that names the relation it creates or works on. */
const RELATION_FIELDS: Record<string, string> = {
  CreateStmt: 'relation',
  IndexStmt: 'relation',
  ViewStmt: 'view',
  CreateSeqStmt: 'sequence',
  CreateTrigStmt: 'relation',
};

export function schemaElements(ast: AstNode): SchemaElement[] {
  // CREATE SCHEMA AUTHORIZATION joe names the schema after the role.
  const schema: string | undefined = ast.schemaname ?? ast.authrole?.rolename;
  return (ast.schemaElts ?? []).map((node: AstNode): SchemaElement => {
    const kind = Object.keys(node)[0];
    const element = node[kind] as AstNode;
    const field = RELATION_FIELDS[kind];
    const rangeVar = field ? (element?.[field] as AstNode | undefined) : undefined;
    if (!schema || !rangeVar || rangeVar.schemaname) return { kind, ast: element };
    return { kind, ast: { ...element, [field]: { ...rangeVar, schemaname: schema } } };
  });
}
