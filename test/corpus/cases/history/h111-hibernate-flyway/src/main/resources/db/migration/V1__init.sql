create sequence customers_seq start with 1 increment by 50;
create sequence orders_seq start with 1 increment by 50;
create table customers (id bigint not null, email varchar(255), name varchar(255), primary key (id));
create table orders (id bigint not null, customer_id bigint, total numeric(38,2), status varchar(255) check (status in ('NEW','PAID')), primary key (id));
