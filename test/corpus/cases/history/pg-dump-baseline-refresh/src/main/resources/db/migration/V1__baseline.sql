--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6
-- Dumped by pg_dump version 15.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    total_cents bigint NOT NULL
);

--
-- Name: account_revenue; Type: MATERIALIZED VIEW; Schema: public; Owner: app
--

CREATE MATERIALIZED VIEW public.account_revenue AS
 SELECT orders.account_id,
    sum(orders.total_cents) AS revenue
   FROM public.orders
  GROUP BY orders.account_id
  WITH NO DATA;

--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: app
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

--
-- Name: account_revenue_pk; Type: INDEX; Schema: public; Owner: app
--

CREATE UNIQUE INDEX account_revenue_pk ON public.account_revenue USING btree (account_id);

--
-- PostgreSQL database dump complete
--
