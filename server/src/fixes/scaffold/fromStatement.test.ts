import * as assert from 'assert';
import { loadParser } from '../../syntax/parse';
import { changeRequestOf } from './fromStatement';
import type { ChangeRequest } from './plan';

const CASES: [string, ChangeRequest | undefined][] = [
  [
    'ALTER TABLE orders RENAME COLUMN total TO total_cents;',
    { kind: 'rename-column', table: 'orders', column: 'total', to: 'total_cents' },
  ],
  [
    'alter table billing."Order" rename "Total" to "user"',
    { kind: 'rename-column', table: 'billing."Order"', column: '"Total"', to: '"user"' },
  ],
  [
    'ALTER TABLE orders ALTER COLUMN total TYPE bigint;',
    { kind: 'change-type', table: 'orders', column: 'total', type: 'bigint' },
  ],
  [
    'ALTER TABLE orders ALTER total SET DATA TYPE numeric(12, 2) USING round(total::numeric / 100, 2) ;',
    {
      kind: 'change-type',
      table: 'orders',
      column: 'total',
      type: 'numeric(12, 2)',
      using: 'round(total::numeric / 100, 2)',
    },
  ],
  ['ALTER TABLE orders ALTER COLUMN note TYPE text COLLATE "C"', undefined],
  [
    'ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL',
    { kind: 'set-not-null', table: 'orders', column: 'customer_id' },
  ],
  ['ALTER TABLE orders DROP COLUMN note', { kind: 'drop-column', table: 'orders', column: 'note' }],
  [
    'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES crm.customers (id)',
    {
      kind: 'add-foreign-key',
      table: 'orders',
      column: 'customer_id',
      references: { table: 'crm.customers', column: 'id' },
      name: 'orders_customer_fk',
    },
  ],
  [
    'ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id)',
    {
      kind: 'add-foreign-key',
      table: 'orders',
      column: 'customer_id',
      references: { table: 'customers', column: 'id' },
    },
  ],
  [
    'alter table orders add constraint "Fk" foreign key (customer_id) references customers (id) match full on update restrict on delete set null (customer_id) deferrable initially deferred',
    {
      kind: 'add-foreign-key',
      table: 'orders',
      column: 'customer_id',
      references: { table: 'customers', column: 'id' },
      name: '"Fk"',
      options: 'MATCH FULL ON UPDATE RESTRICT ON DELETE SET NULL (customer_id) DEFERRABLE INITIALLY DEFERRED',
    },
  ],
  ['ALTER TABLE orders ADD FOREIGN KEY (a, b) REFERENCES t (a, b)', undefined],
  ['ALTER TABLE orders ADD FOREIGN KEY (a) REFERENCES t', undefined],
  [
    'ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE (tenant_id, ref)',
    { kind: 'add-unique', table: 'orders', columns: ['tenant_id', 'ref'], name: 'orders_ref_key' },
  ],
  ['ALTER TABLE orders ADD UNIQUE (ref)', { kind: 'add-unique', table: 'orders', columns: ['ref'] }],
  ['ALTER TABLE orders ADD UNIQUE NULLS NOT DISTINCT (ref)', undefined],
  ['ALTER TABLE orders ADD UNIQUE (ref) DEFERRABLE', undefined],
  ['ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE USING INDEX orders_ref_idx', undefined],
  [
    'CREATE INDEX "Orders_created" ON orders (created_at, "Kind")',
    { kind: 'add-index', table: 'orders', columns: ['created_at', '"Kind"'], name: '"Orders_created"' },
  ],
  ['CREATE INDEX ON orders (created_at)', { kind: 'add-index', table: 'orders', columns: ['created_at'] }],
  ['CREATE INDEX i ON orders (created_at) WITH (fillfactor = 70)', undefined],
  ['CREATE INDEX i ON orders (created_at) TABLESPACE fast', undefined],
  ['CREATE INDEX CONCURRENTLY i ON orders (created_at)', undefined],
  ['CREATE INDEX i ON orders (lower(email))', undefined],
  ['CREATE INDEX i ON orders (created_at) WHERE deleted_at IS NULL', undefined],
  ['CREATE INDEX i ON orders USING gin (tags)', undefined],
  ['CREATE INDEX i ON orders (created_at DESC)', undefined],
  [
    "UPDATE orders SET status = 'new', kind = coalesce(kind, (SELECT 'x')) WHERE status IS NULL;",
    {
      kind: 'backfill',
      table: 'orders',
      set: "status = 'new', kind = coalesce(kind, (SELECT 'x'))",
      where: 'status IS NULL',
    },
  ],
  [
    'UPDATE orders SET total_cents = total * 100',
    { kind: 'backfill', table: 'orders', set: 'total_cents = total * 100' },
  ],
  ['UPDATE orders o SET a = 1', undefined],
  ['UPDATE orders SET a = c.a FROM customers c WHERE c.id = orders.customer_id', undefined],
  ['ALTER TABLE orders ADD COLUMN a int, DROP COLUMN b', undefined],
  ['ALTER TABLE orders ADD COLUMN a int', undefined],
  ['SELECT 1', undefined],
  ['ALTER TABLE orders RENAME COLUMN', undefined],
];

describe('scaffold requests from statements', () => {
  before(loadParser);
  for (const [sql, expected] of CASES) {
    it(`${sql} → ${expected ? expected.kind : 'nothing'}`, () => {
      assert.deepStrictEqual(changeRequestOf(sql), expected);
    });
  }
});
