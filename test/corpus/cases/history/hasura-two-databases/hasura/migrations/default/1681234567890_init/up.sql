SET check_function_bodies = false;
CREATE TABLE public.users (
    id integer NOT NULL,
    email text NOT NULL
);
CREATE TABLE public.orders (
    id integer NOT NULL,
    user_id integer NOT NULL,
    status text NOT NULL,
    total numeric NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
