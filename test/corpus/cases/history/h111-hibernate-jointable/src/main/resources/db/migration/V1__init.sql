create table posts (id bigint not null, title varchar(255), primary key (id));
create table tags (id bigint not null, name varchar(255), primary key (id));
