import { ruleTests } from '../../../test/unit/ruleTester';
import { attachPartitionScan } from './attach-partition-scan';

const HISTORY = [
  'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);',
  'CREATE TABLE events_2027 (id bigint, at timestamptz);',
].join('\n');
// The Correct example of docs/rules/require-concurrent-detach.md, with the tables it needs.
const DETACHED = [
  'CREATE TABLE events (id bigint NOT NULL, kind text, at date NOT NULL) PARTITION BY RANGE (at);',
  "CREATE TABLE events_2022 PARTITION OF events FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');",
  "CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
].join('\n');
const ATTACH = "ALTER TABLE events ATTACH PARTITION events_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');";
// A partitioned table with a DEFAULT partition, and a new, empty table to attach.
const WITH_DEFAULT = [
  'CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);',
  "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
  'CREATE TABLE events_default PARTITION OF events DEFAULT;',
].join('\n');
const NEW_2027 = 'CREATE TABLE events_2027 (LIKE events INCLUDING ALL);';
const REGIONS = [
  'CREATE TABLE accounts (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region);',
  'CREATE TABLE accounts_other PARTITION OF accounts DEFAULT;',
].join('\n');
const NEW_EU = 'CREATE TABLE accounts_eu (LIKE accounts INCLUDING ALL);';

ruleTests(attachPartitionScan, {
  valid: [
    {
      name: 'two validated CHECKs that imply the bound only together (PostgreSQL 15: "implied by existing constraints")',
      history: [
        'CREATE TABLE metrics (recorded_at timestamptz NOT NULL, value numeric) PARTITION BY RANGE (recorded_at);',
        'CREATE TABLE metrics_2025 (recorded_at timestamptz NOT NULL, value numeric);',
        "ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_from CHECK (recorded_at IS NOT NULL AND recorded_at >= '2025-01-01');",
        "ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_to CHECK (recorded_at < '2026-01-01');",
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
    },
    {
      name: 'a partition made with LIKE has the parent’s NOT NULL key columns',
      history: [
        'CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);',
        'CREATE TABLE ev_2026 (LIKE ev INCLUDING ALL);',
        "ALTER TABLE ev_2026 ADD CONSTRAINT ev_2026_bound CHECK (at >= '2026-01-01' AND at < '2027-01-01');",
      ].join('\n'),
      sql: "ALTER TABLE ev ATTACH PARTITION ev_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
    },
    {
      name: 'a validated CHECK matching the bound lets PostgreSQL skip the scan',
      sql: [
        "ALTER TABLE events_2027 ADD CONSTRAINT events_2027_bound CHECK (at IS NOT NULL AND at >= '2027-01-01' AND at < '2028-01-01') NOT VALID;",
        'ALTER TABLE events_2027 VALIDATE CONSTRAINT events_2027_bound;',
        ATTACH,
      ].join('\n'),
      history: HISTORY,
    },
    {
      name: 'a partition created in this migration is empty',
      sql: `CREATE TABLE events_2028 (id bigint, at timestamptz);\nALTER TABLE events ATTACH PARTITION events_2028 FOR VALUES FROM ('2028-01-01') TO ('2029-01-01');`,
      history: HISTORY,
    },
    {
      name: 'a check narrower than the bound, written with casts, BETWEEN or the constant first, still implies it',
      sql: [
        "ALTER TABLE events_2027 ADD CONSTRAINT b1 CHECK (at IS NOT NULL AND at >= '2027-03-01'::timestamptz AND at < '2027-06-01 00:00');",
        "ALTER TABLE events_2027 ADD CONSTRAINT b2 CHECK (at IS NOT NULL AND at BETWEEN '2027-01-01' AND '2027-12-31 23:59:59');",
        "ALTER TABLE events_2027 ADD CONSTRAINT b3 CHECK (at IS NOT NULL AND '2027-01-01' <= at AND at < '2028-01-01');",
        ATTACH,
      ].join('\n'),
      history: HISTORY,
    },
    {
      name: 'constants Sluice cannot order (a time zone, text under a collation) get the benefit of the doubt',
      sql: [
        "ALTER TABLE events_2027 ADD CONSTRAINT b CHECK (at IS NOT NULL AND at >= '2027-01-01 00:00+00' AND at < '2028-01-01 00:00:00+00'::timestamptz);",
        ATTACH,
        "ALTER TABLE codes_a ADD CONSTRAINT r CHECK (code IS NOT NULL AND code >= 'a' AND code < 'b');",
        "ALTER TABLE codes ATTACH PARTITION codes_a FOR VALUES FROM ('a') TO ('m');",
      ].join('\n'),
      history: `${HISTORY}\nCREATE TABLE codes (code varchar(10)) PARTITION BY RANGE (code);\nCREATE TABLE codes_a (code varchar(10));`,
    },
    {
      name: 'constants of another type PostgreSQL still proves the bound with (measured on 15)',
      history: [
        'CREATE TABLE days (d date NOT NULL, n int8 NOT NULL, x numeric NOT NULL) PARTITION BY RANGE (d);',
        'CREATE TABLE days_2027 (d date NOT NULL, n int8 NOT NULL, x numeric NOT NULL);',
        'CREATE TABLE nums (d date NOT NULL, n int8 NOT NULL, x numeric NOT NULL) PARTITION BY RANGE (n);',
        'CREATE TABLE nums_1 (d date NOT NULL, n int8 NOT NULL, x numeric NOT NULL);',
        'CREATE TABLE amounts (d date NOT NULL, n int8 NOT NULL, x numeric NOT NULL) PARTITION BY RANGE (x);',
        'CREATE TABLE amounts_1 (d date NOT NULL, n int8 NOT NULL, x numeric NOT NULL);',
      ].join('\n'),
      sql: [
        "ALTER TABLE days_2027 ADD CHECK (d >= '2027-01-01'::timestamp AND d < DATE '2028-01-01');",
        "ALTER TABLE days ATTACH PARTITION days_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');",
        'ALTER TABLE nums_1 ADD CHECK (n >= 1::int4 AND n < 100);',
        'ALTER TABLE nums ATTACH PARTITION nums_1 FOR VALUES FROM (1) TO (100);',
        'ALTER TABLE amounts_1 ADD CHECK (x >= 1 AND x < 99.5);',
        'ALTER TABLE amounts ATTACH PARTITION amounts_1 FOR VALUES FROM (1) TO (100);',
      ].join('\n'),
    },
    {
      name: 'a list check written = ANY (ARRAY[...]), as pg_dump writes IN',
      sql: [
        "ALTER TABLE orders_eu ADD CONSTRAINT r CHECK ((region IS NOT NULL) AND (region = ANY (ARRAY['eu'::text, 'uk'::text])));",
        "ALTER TABLE orders ATTACH PARTITION orders_eu FOR VALUES IN ('eu', 'uk');",
      ].join('\n'),
      history:
        'CREATE TABLE orders (id bigint, region text) PARTITION BY LIST (region);\nCREATE TABLE orders_eu (id bigint, region text);',
    },
    {
      name: 'DETACH ... CONCURRENTLY leaves a validated CHECK copying the bound: the dbmate down script re-attaches for free',
      tool: 'dbmate',
      history: DETACHED,
      sql: [
        '-- migrate:up transaction:false',
        'ALTER TABLE events DETACH PARTITION events_2022 CONCURRENTLY;',
        '',
        '-- migrate:down transaction:false',
        "ALTER TABLE events ATTACH PARTITION events_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');",
      ].join('\n'),
    },
    {
      name: 'a later migration re-attaches a partition an earlier one detached concurrently, with the bound or a wider one',
      history: `${DETACHED}\nALTER TABLE events DETACH PARTITION events_2022 CONCURRENTLY;\nALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;`,
      sql: [
        "SET lock_timeout = '2s';",
        "ALTER TABLE events ATTACH PARTITION events_2022 FOR VALUES FROM ('2022-01-01 00:00') TO ('2023-01-01');",
        "ALTER TABLE events ATTACH PARTITION events_2023 FOR VALUES FROM ('2021-01-01') TO ('2024-01-01');",
      ].join('\n'),
    },
    {
      name: 'the copied CHECK of a list partition with NULL, of a two-column key, and after the key column is renamed',
      history: [
        'CREATE TABLE ledger (id bigint, region text) PARTITION BY LIST (region);',
        "CREATE TABLE ledger_eu PARTITION OF ledger FOR VALUES IN ('eu', NULL);",
        'CREATE TABLE m (a int, b int) PARTITION BY RANGE (a, b);',
        'CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (1, 10) TO (2, 20);',
        'ALTER TABLE ledger DETACH PARTITION ledger_eu CONCURRENTLY;',
        'ALTER TABLE m DETACH PARTITION m_1 CONCURRENTLY;',
        DETACHED,
        'CREATE TABLE events_2024 (id bigint NOT NULL, kind text, day date NOT NULL);',
        "ALTER TABLE events_2024 ADD CHECK (day >= '2024-01-01' AND day < '2025-01-01');",
      ].join('\n'),
      sql: [
        "ALTER TABLE ledger ATTACH PARTITION ledger_eu FOR VALUES IN ('eu', NULL);",
        'ALTER TABLE m ATTACH PARTITION m_1 FOR VALUES FROM (1, 10) TO (2, 20);',
        'ALTER TABLE events_2024 RENAME COLUMN day TO at;',
        "ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
      ].join('\n'),
    },
    {
      name: 'a list partition whose check allows only listed values',
      sql: [
        "ALTER TABLE orders_eu ADD CONSTRAINT r CHECK (region IS NOT NULL AND region IN ('eu', 'uk'));",
        "ALTER TABLE orders ATTACH PARTITION orders_eu FOR VALUES IN ('eu', 'uk', 'ch');",
      ].join('\n'),
      history:
        'CREATE TABLE orders (id bigint, region text) PARTITION BY LIST (region);\nCREATE TABLE orders_eu (id bigint, region text);',
    },
    {
      name: 'attaching an index to a partitioned index scans no rows (the partitioned-index recipe)',
      sql: [
        'CREATE INDEX events_at_idx ON ONLY events (at);',
        'CREATE INDEX CONCURRENTLY events_2027_at_idx ON events_2027 (at);',
        'ALTER INDEX events_at_idx ATTACH PARTITION events_2027_at_idx;',
      ].join('\n'),
      history: HISTORY,
    },
    {
      name: 'a validated check on the DEFAULT partition that keeps the new range out lets PostgreSQL skip its scan',
      history: `${WITH_DEFAULT}\nALTER TABLE events_default ADD CONSTRAINT events_default_old CHECK (at < '2027-01-01');`,
      sql: `${NEW_2027}\n${ATTACH}`,
    },
    {
      name: 'DEFAULT partition checks below, above or beside the new bound; an OR Sluice cannot read gets the benefit of the doubt',
      history: WITH_DEFAULT,
      sql: [
        NEW_2027,
        "ALTER TABLE events_default ADD CONSTRAINT after CHECK (at >= '2028-01-01' AND at < '2030-01-01');",
        ATTACH,
        'ALTER TABLE events_default DROP CONSTRAINT after;',
        'CREATE TABLE events_2028 (LIKE events INCLUDING ALL);',
        "ALTER TABLE events_default ADD CONSTRAINT days CHECK (at IN ('2026-05-01', '2029-01-01'));",
        "ALTER TABLE events ATTACH PARTITION events_2028 FOR VALUES FROM ('2028-01-01') TO ('2029-01-01');",
        'ALTER TABLE events_default DROP CONSTRAINT days;',
        'CREATE TABLE events_2030 (LIKE events INCLUDING ALL);',
        "ALTER TABLE events_default ADD CONSTRAINT outside CHECK (at < '2030-01-01' OR at >= '2031-01-01');",
        "ALTER TABLE events ATTACH PARTITION events_2030 FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');",
      ].join('\n'),
    },
    {
      name: 'a list DEFAULT partition whose check allows only other values (a list or a range)',
      history: `${REGIONS}\nALTER TABLE accounts_other ADD CONSTRAINT known CHECK (region IN ('us', 'ap'));`,
      sql: [
        NEW_EU,
        "ALTER TABLE accounts ATTACH PARTITION accounts_eu FOR VALUES IN ('eu', 'fr');",
        'CREATE TABLE accounts_zz (LIKE accounts INCLUDING ALL);',
        "ALTER TABLE accounts_other ADD CONSTRAINT early CHECK (region < 'm');",
        "ALTER TABLE accounts ATTACH PARTITION accounts_zz FOR VALUES IN ('zz');",
      ].join('\n'),
    },
    {
      name: 'a DEFAULT partition created in this migration is empty; attaching the DEFAULT partition itself',
      history: WITH_DEFAULT.split('\n').slice(0, 2).join('\n'),
      sql: [
        'CREATE TABLE events_default PARTITION OF events DEFAULT;',
        NEW_2027,
        ATTACH,
        'CREATE TABLE events_rest (LIKE events INCLUDING ALL);',
        'ALTER TABLE events DETACH PARTITION events_default;',
        'ALTER TABLE events ATTACH PARTITION events_rest DEFAULT;',
      ].join('\n'),
    },
    {
      name: 'a DEFAULT partition the history detached is no longer scanned',
      history: `${WITH_DEFAULT}\nALTER TABLE events DETACH PARTITION events_default;`,
      sql: `${NEW_2027}\n${ATTACH}`,
    },
  ],
  invalid: [
    {
      name: 'two validated CHECKs that together still allow rows outside the bound',
      history: [
        'CREATE TABLE metrics (recorded_at timestamptz NOT NULL, value numeric) PARTITION BY RANGE (recorded_at);',
        'CREATE TABLE metrics_2025 (recorded_at timestamptz NOT NULL, value numeric);',
        "ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_from CHECK (recorded_at >= '2025-01-01');",
        "ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_to CHECK (recorded_at < '2027-01-01');",
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a validated check for the wrong year, one wider than the bound, one bounded on one side only',
      sql: [
        "ALTER TABLE events_2027 ADD CONSTRAINT y2026 CHECK (at IS NOT NULL AND at >= '2026-01-01' AND at < '2027-01-01');",
        ATTACH,
        'ALTER TABLE events DETACH PARTITION events_2027;',
        'ALTER TABLE events_2027 DROP CONSTRAINT y2026;',
        "ALTER TABLE events_2027 ADD CONSTRAINT wide CHECK (at IS NOT NULL AND at >= '2027-01-01' AND at <= '2028-01-01');",
        ATTACH,
        'ALTER TABLE events DETACH PARTITION events_2027;',
        'ALTER TABLE events_2027 DROP CONSTRAINT wide;',
        "ALTER TABLE events_2027 ADD CONSTRAINT low CHECK (at IS NOT NULL AND at >= '2027-01-01');",
        ATTACH,
      ].join('\n'),
      history: HISTORY,
      errors: [
        { line: 2, column: 1 },
        { line: 6, column: 1 },
        { line: 10, column: 1 },
      ],
    },
    {
      name: 'a list partition whose check allows a value the bound does not list',
      sql: [
        "ALTER TABLE orders_eu ADD CONSTRAINT r CHECK (region IS NOT NULL AND region IN ('eu', 'us'));",
        "ALTER TABLE orders ATTACH PARTITION orders_eu FOR VALUES IN ('eu');",
      ].join('\n'),
      history:
        'CREATE TABLE orders (id bigint, region text) PARTITION BY LIST (region);\nCREATE TABLE orders_eu (id bigint, region text);',
      errors: [{ line: 2, column: 1 }],
    },
    {
      sql: ATTACH,
      history: HISTORY,
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock', message: /scans every row of events_2027/ }],
    },
    {
      name: 'a range check that lets NULL through does not imply the bound: PostgreSQL still scans',
      sql: `ALTER TABLE events_2027 ADD CONSTRAINT b CHECK (at >= '2027-01-01' AND at < '2028-01-01') NOT VALID;\nALTER TABLE events_2027 VALIDATE CONSTRAINT b;\n${ATTACH}`,
      history: HISTORY,
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'a check that was never validated does not help',
      sql: `ALTER TABLE events_2027 ADD CONSTRAINT b CHECK (at >= '2027-01-01') NOT VALID;\n${ATTACH}`,
      history: HISTORY,
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a plain DETACH copies no CHECK: re-attaching scans, as does a bound narrower than the copied one',
      history: DETACHED,
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE events DETACH PARTITION events_2022;',
        "ALTER TABLE events ATTACH PARTITION events_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');",
        'ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;',
        "ALTER TABLE events ATTACH PARTITION events_2023 FOR VALUES FROM ('2023-06-01') TO ('2024-01-01');",
      ].join('\n'),
      errors: [
        { line: 3, column: 1 },
        { line: 5, column: 1 },
      ],
    },
    {
      name: 'a hash partition detached concurrently gets no CHECK, and no range check implies a hash bound',
      history: [
        'CREATE TABLE h (k int NOT NULL) PARTITION BY HASH (k);',
        'CREATE TABLE h_0 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 0);',
        'CREATE TABLE h_1 (k int NOT NULL CHECK (k >= 0 AND k < 10));',
        'ALTER TABLE h DETACH PARTITION h_0 CONCURRENTLY;',
      ].join('\n'),
      sql: [
        'ALTER TABLE h ATTACH PARTITION h_0 FOR VALUES WITH (MODULUS 2, REMAINDER 0);',
        'ALTER TABLE h ATTACH PARTITION h_1 FOR VALUES WITH (MODULUS 2, REMAINDER 1);',
      ].join('\n'),
      errors: [
        { line: 1, column: 1 },
        { line: 2, column: 1 },
      ],
    },
    {
      name: 'a check on a function of the key, an OR, or constants PostgreSQL cannot compare with the key still scans',
      history: HISTORY,
      sql: [
        'ALTER TABLE events_2027 ADD CONSTRAINT nn CHECK (at IS NOT NULL);',
        "ALTER TABLE events_2027 ADD CONSTRAINT y CHECK (date_part('year', at) = 2027);",
        ATTACH,
        'ALTER TABLE events DETACH PARTITION events_2027;',
        'ALTER TABLE events_2027 DROP CONSTRAINT y;',
        'ALTER TABLE events_2027 ADD CONSTRAINT y CHECK (extract(year from at) = 2027);',
        ATTACH,
        'ALTER TABLE events DETACH PARTITION events_2027;',
        'ALTER TABLE events_2027 DROP CONSTRAINT y;',
        "ALTER TABLE events_2027 ADD CONSTRAINT y CHECK (at >= '2027-01-01'::date AND at < '2028-01-01'::date);",
        ATTACH,
        'ALTER TABLE events DETACH PARTITION events_2027;',
        'ALTER TABLE events_2027 DROP CONSTRAINT y;',
        "ALTER TABLE events_2027 ADD CONSTRAINT y CHECK (at >= '2027-01-01' AND at < '2028-01-01' OR at IS NULL);",
        ATTACH,
        'ALTER TABLE events DETACH PARTITION events_2027;',
        'ALTER TABLE events_2027 DROP CONSTRAINT y;',
        "ALTER TABLE events_2027 ADD CONSTRAINT y CHECK (at >= now() - interval '1 year');",
        ATTACH,
      ].join('\n'),
      errors: [3, 7, 11, 15, 19].map((line) => ({ line, column: 1 })),
    },
    {
      name: 'an integer key against a numeric constant, a text key under another collation: PostgreSQL scans',
      history: [
        'CREATE TABLE nums (n int NOT NULL, code text NOT NULL) PARTITION BY RANGE (n);',
        'CREATE TABLE nums_1 (n int NOT NULL, code text NOT NULL);',
        'CREATE TABLE codes (n int NOT NULL, code text NOT NULL) PARTITION BY RANGE (code);',
        'CREATE TABLE codes_a (n int NOT NULL, code text NOT NULL);',
      ].join('\n'),
      sql: [
        'ALTER TABLE nums_1 ADD CHECK (n >= 1.0 AND n < 100);',
        'ALTER TABLE nums ATTACH PARTITION nums_1 FOR VALUES FROM (1) TO (100);',
        'ALTER TABLE codes_a ADD CHECK (code >= \'a\' COLLATE "C" AND code < \'m\' COLLATE "C");',
        "ALTER TABLE codes ATTACH PARTITION codes_a FOR VALUES FROM ('a') TO ('m');",
      ].join('\n'),
      errors: [
        { line: 2, column: 1 },
        { line: 4, column: 1 },
      ],
    },
    {
      name: 'unknown partition key: the scan cannot be ruled out',
      sql: "ALTER TABLE metrics ATTACH PARTITION metrics_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');",
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'a DEFAULT partition with no check is scanned for the new partition’s rows',
      history: WITH_DEFAULT,
      sql: `${NEW_2027}\n${ATTACH}`,
      errors: [
        {
          line: 2,
          column: 1,
          message:
            /^ATTACH PARTITION events_2027 scans every row of the default partition events_default under an AccessExclusiveLock for rows that belong in events_2027 \(no validated CHECK on events_default keeps the new bound out\): reads and writes on events_default wait until the scan ends$/,
        },
      ],
    },
    {
      name: 'DEFAULT partition checks that do not keep the new range out: overlapping, inclusive, NOT VALID, IS NOT NULL, a date against timestamptz',
      history: WITH_DEFAULT,
      sql: [
        NEW_2027,
        "ALTER TABLE events_default ADD CONSTRAINT a CHECK (at < '2027-06-01');",
        ATTACH,
        'ALTER TABLE events DETACH PARTITION events_2027;',
        'ALTER TABLE events_default DROP CONSTRAINT a;',
        "ALTER TABLE events_default ADD CONSTRAINT b CHECK (at <= '2027-01-01');",
        ATTACH,
        'ALTER TABLE events DETACH PARTITION events_2027;',
        'ALTER TABLE events_default DROP CONSTRAINT b;',
        "ALTER TABLE events_default ADD CONSTRAINT c CHECK (at < '2027-01-01' OR at >= '2028-01-01') NOT VALID;",
        'ALTER TABLE events_default ADD CONSTRAINT d CHECK (at IS NOT NULL);',
        "ALTER TABLE events_default ADD CONSTRAINT e CHECK (at < '2027-01-01'::date);",
        ATTACH,
      ].join('\n'),
      errors: [
        { line: 3, column: 1, message: /default partition events_default/ },
        { line: 7, column: 1, message: /default partition events_default/ },
        { line: 13, column: 1, message: /default partition events_default/ },
      ],
    },
    {
      name: 'both scans: an existing table without a check, and the DEFAULT partition',
      history: `${WITH_DEFAULT}\nCREATE TABLE events_2027 (id bigint NOT NULL, at timestamptz NOT NULL);`,
      sql: ATTACH,
      errors: [
        { line: 1, column: 1, message: /^ATTACH PARTITION events_2027 scans every row of events_2027 / },
        { line: 1, column: 1, message: /default partition events_default/ },
      ],
    },
    {
      name: 'a DEFAULT partition attached (and renamed) by the history; a list bound with NULL is never proved',
      history: [
        REGIONS.replace(
          'CREATE TABLE accounts_other PARTITION OF accounts DEFAULT;',
          'CREATE TABLE accounts_rest (LIKE accounts);',
        ),
        'ALTER TABLE accounts ATTACH PARTITION accounts_rest DEFAULT;',
        'ALTER TABLE accounts_rest RENAME TO accounts_other;',
        "ALTER TABLE accounts_other ADD CONSTRAINT known CHECK (region IN ('us', 'ap'));",
      ].join('\n'),
      sql: `${NEW_EU}\nALTER TABLE accounts ATTACH PARTITION accounts_eu FOR VALUES IN ('eu', NULL);`,
      errors: [{ line: 2, column: 1, message: /default partition accounts_other/ }],
    },
  ],
});
