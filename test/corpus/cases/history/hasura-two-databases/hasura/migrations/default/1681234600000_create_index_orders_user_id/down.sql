DROP INDEX public.orders_user_id_idx;
