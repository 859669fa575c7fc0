-- case: REINDEX TABLE after an OS upgrade changed the collation
-- expect: require-concurrent-reindex@6

-- glibc 2.28 changed en_US.UTF-8 sort order: rebuild text indexes on customers.
SET lock_timeout = '2s';
REINDEX TABLE customers;
