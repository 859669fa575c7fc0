-- case: Hibernate 6 SchemaManagementTool script (alter table if exists ...), pasted into a Flyway migration (one transaction)
-- expect: require-lock-timeout@5, require-concurrent-index@6, lock-held-during-slow-operation@6
-- expect: constraint-without-not-valid@7, lock-held-during-slow-operation@7, foreign-key-without-index@7
-- tool: flyway
alter table if exists orders add column shipped_at timestamp(6) with time zone;
create index idx_orders_shipped_at on orders (shipped_at);
alter table if exists orders add constraint FKpxtb8awmi0dk6smoh2vp1litg foreign key (customer_id) references customers;
