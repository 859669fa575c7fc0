-- case: Hibernate @ManyToMany join table: the primary key (post_id, tag_id) serves the post_id FK; tag_id has no index; the unique (name, id) on tags is irrelevant
-- expect: require-lock-timeout@6, foreign-key-without-index@6
-- tool: flyway
create table post_tags (post_id bigint not null, tag_id bigint not null, primary key (post_id, tag_id));
create table post_authors (post_id bigint not null, author_name varchar(100) not null, constraint uk_post_authors unique (post_id, author_name));
alter table if exists post_tags add constraint FKm6cfovkyqvu5rlm6ahdx3eavj foreign key (tag_id) references tags;
alter table if exists post_tags add constraint FKkifam22p4s1nm3bkmp1igcn5w foreign key (post_id) references posts;
alter table if exists post_authors add constraint FKpostauthorspost foreign key (post_id) references posts;
