import * as assert from 'assert';
import { replayed } from '../../../test/support/replayed';
import { loadParser, parseStatement } from '../syntax/parse';
import { splitStatements } from '../syntax/split';
import { Store } from '../walk/tracked';
import { EMPTY_SCHEMA, SchemaModel } from './model';
import { SchemaBuilder } from './replay';

const HISTORY = `
CREATE FUNCTION public.nanoid() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN md5(random()::text); END $$;
CREATE FUNCTION public.slug(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN lower(t); END $$;
CREATE SCHEMA util;
CREATE FUNCTION util.token() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN md5(random()::text); END $$;`;

const CHANGES = `
CREATE OR REPLACE FUNCTION public.nanoid() RETURNS text LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN 'x'; END $$;
CREATE FUNCTION util.nanoid() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN md5(random()::text); END $$;
CREATE FUNCTION public.stamp() RETURNS timestamptz LANGUAGE sql AS $$ SELECT clock_timestamp() $$;
CREATE OR REPLACE FUNCTION public.slug(t text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN t; END $$;
DROP FUNCTION public.slug(text);
DROP SCHEMA util CASCADE;`;

const NAMES = ['nanoid', 'slug', 'token', 'stamp'];

/** The names of the model's volatile functions, found by scanning them all. */
function scanned(model: SchemaModel): string[] {
  return NAMES.filter((name) =>
    [...model.functions].some(([key, v]) => v === 'volatile' && key.slice(key.indexOf('.') + 1) === name),
  );
}

describe("the volatile functions' names", () => {
  before(() => loadParser());

  for (const remember of [false, true]) {
    it(`the replayed schema's lookup agrees with a scan of every function (${remember ? 'editor' : 'one-off'} walk)`, () => {
      const builder = remember
        ? new SchemaBuilder(replayed(HISTORY, EMPTY_SCHEMA), new Store(), true)
        : new SchemaBuilder(replayed(HISTORY, EMPTY_SCHEMA));
      const named = (model: SchemaModel) => NAMES.filter((n) => model.hasVolatileFunctionNamed?.(n));
      // Asked before the changes too, so the lookup has to follow them.
      assert.deepStrictEqual(named(builder.model), ['nanoid', 'token']);
      const seen: string[][] = [];
      for (const s of splitStatements(CHANGES).statements) {
        const parsed = parseStatement(s.text);
        if (!parsed.ok) throw new Error(parsed.message);
        builder.apply(parsed.kind, parsed.ast);
        assert.deepStrictEqual(named(builder.model), scanned(builder.model), `after: ${s.text}`);
        seen.push(named(builder.model));
      }
      assert.deepStrictEqual(seen, [
        ['token'], // public.nanoid is stable now
        ['nanoid', 'token'], // util.nanoid
        ['nanoid', 'token', 'stamp'], // a SQL function calling a volatile one
        ['nanoid', 'slug', 'token', 'stamp'],
        ['nanoid', 'token', 'stamp'],
        ['stamp'], // util's functions went with it
      ]);
    });
  }

  it('a snapshot has no live lookup', () => {
    const builder = new SchemaBuilder(replayed(HISTORY, EMPTY_SCHEMA));
    assert.strictEqual(builder.snapshot().hasVolatileFunctionNamed, undefined);
  });
});
