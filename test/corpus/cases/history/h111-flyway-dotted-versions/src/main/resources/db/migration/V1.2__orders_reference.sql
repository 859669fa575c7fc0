alter table orders add column reference varchar(50);
