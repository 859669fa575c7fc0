import { fixTests } from '../../../../test/unit/fixTester';
import { constraintWithoutNotValid } from '../../rules/constraint-without-not-valid';

const HISTORY =
  'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint, account_id bigint, total int);\nINSERT INTO accounts VALUES (1);\nINSERT INTO orders VALUES (1, 1, 5);';
const lock = (sql: string) => `SET lock_timeout = '2s';\n${sql}RESET lock_timeout;\n`;
// The down puts the constraint back as the fixed file leaves it: NOT VALID (a constraint cannot be un-validated).
const VALIDATE_DOWN = lock(
  'ALTER TABLE orders DROP CONSTRAINT orders_total_positive;\n' +
    'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;\n',
);

fixTests(constraintWithoutNotValid, {
  fixes: [
    {
      sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);\n',
      output: 'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;\n',
      steps: [
        {
          up: 'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;\n',
          down: VALIDATE_DOWN,
          transactional: true,
        },
      ],
      history: HISTORY,
    },
    {
      name: 'an unnamed foreign key gets the name PostgreSQL would give it; ON DELETE stays; lower case',
      sql: 'alter table only public.orders\n  add foreign key (account_id) references accounts (id) on delete cascade;',
      output:
        'alter table only public.orders\n  add constraint orders_account_id_fkey foreign key (account_id) references accounts (id) on delete cascade not valid;',
      steps: [
        {
          up: 'ALTER TABLE only public.orders VALIDATE CONSTRAINT orders_account_id_fkey;\n',
          down: lock(
            'ALTER TABLE only public.orders DROP CONSTRAINT orders_account_id_fkey;\n' +
              'ALTER TABLE only public.orders add constraint orders_account_id_fkey foreign key (account_id) references accounts (id) on delete cascade not valid;\n',
          ),
          transactional: true,
        },
      ],
      history: HISTORY,
    },
    {
      name: 'two constraints in one statement, a comment between them, a quoted table',
      sql: 'ALTER TABLE "orders" ADD CHECK (total > 0) /* keep */, ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts;',
      output:
        'ALTER TABLE "orders" ADD CONSTRAINT orders_total_check CHECK (total > 0) NOT VALID /* keep */, ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts NOT VALID;',
      steps: [
        {
          up: 'ALTER TABLE "orders" VALIDATE CONSTRAINT orders_total_check;\nALTER TABLE "orders" VALIDATE CONSTRAINT fk;\n',
          down: lock(
            'ALTER TABLE "orders" DROP CONSTRAINT fk;\n' +
              'ALTER TABLE "orders" ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts NOT VALID;\n' +
              'ALTER TABLE "orders" DROP CONSTRAINT orders_total_check;\n' +
              'ALTER TABLE "orders" ADD CONSTRAINT orders_total_check CHECK (total > 0) NOT VALID;\n',
          ),
          transactional: true,
        },
      ],
      history: HISTORY,
    },
    {
      name: 'CRLF, a DEFERRABLE foreign key',
      sql: "SET lock_timeout = '2s';\r\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id) DEFERRABLE;\r\n",
      output:
        "SET lock_timeout = '2s';\r\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id) DEFERRABLE NOT VALID;\r\n",
      steps: [{ up: 'ALTER TABLE orders VALIDATE CONSTRAINT fk;\n', transactional: true }],
      history: HISTORY,
    },
  ],
  noFix: [
    {
      name: 'a CHECK inside ADD COLUMN cannot be NOT VALID',
      sql: 'ALTER TABLE orders ADD COLUMN qty int CHECK (qty > 0);',
    },
    {
      name: 'before PostgreSQL 18 a foreign key on a partitioned table cannot be NOT VALID',
      history:
        'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE events (id bigint, account_id bigint, at date) PARTITION BY RANGE (at);',
      sql: 'ALTER TABLE events ADD CONSTRAINT events_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);',
    },
  ],
});
