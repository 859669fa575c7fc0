--liquibase formatted sql
-- case: Liquibase endDelimiter:/ for a plpgsql function (Oracle-style slash), then a view; nothing locks an existing table
-- expect: clean
-- tool: liquibase

--changeset dev:orders-total-fn endDelimiter:/
CREATE OR REPLACE FUNCTION orders_count(p_customer bigint) RETURNS bigint AS $$
BEGIN
  RETURN (SELECT count(*) FROM orders WHERE customer_id = p_customer);
END;
$$ LANGUAGE plpgsql STABLE
/
--rollback DROP FUNCTION orders_count(bigint);

--changeset dev:orders-view
CREATE VIEW open_orders AS SELECT id, customer_id FROM orders WHERE status <> 'closed';
--rollback DROP VIEW open_orders;
