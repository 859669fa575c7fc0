CREATE TABLE tenants (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, slug varchar(20) NOT NULL, plan text);
