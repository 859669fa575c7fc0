-- Enums, composite/range types.

-- category: enum
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');

-- category: enum
CREATE TYPE delivery_problem AS ENUM ('lost', 'damaged', 'won''t_deliver', 'address_unknown');

-- category: enum
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'shipped';

-- category: enum
ALTER TYPE order_status ADD VALUE 'on_hold' BEFORE 'paid';

-- category: enum
ALTER TYPE order_status RENAME VALUE 'cancelled' TO 'canceled';

-- category: type
CREATE TYPE money_amount AS (
    cents    bigint,
    currency char(3)
);

-- category: type
ALTER TYPE money_amount ADD ATTRIBUTE exponent smallint CASCADE;

-- category: type
CREATE TYPE billing_period AS RANGE (subtype = date);

-- category: type
ALTER TYPE delivery_problem RENAME TO shipment_problem;

-- category: type
ALTER TYPE order_status OWNER TO app_owner;

-- category: type
DROP TYPE IF EXISTS legacy_status CASCADE;
