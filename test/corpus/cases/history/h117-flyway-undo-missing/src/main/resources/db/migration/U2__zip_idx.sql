DROP INDEX customer_zip_idx;
