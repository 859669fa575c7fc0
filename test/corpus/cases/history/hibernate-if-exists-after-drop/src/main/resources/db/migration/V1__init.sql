create table customer (id bigint not null, email varchar(255), primary key (id));
create table legacy_customer_note (id bigint not null, customer_id bigint, body varchar(255), primary key (id));
