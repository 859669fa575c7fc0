set lock_timeout = '2s';
drop table legacy_customer_note;
