-- case: ownership / RLS / trigger on a dump table: all take strong locks
-- expect: require-lock-timeout@5
-- tool: plain

ALTER TABLE public.customers OWNER TO shop_owner;
ALTER TABLE public.customers ENABLE ROW LEVEL SECURITY;
CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();
COMMENT ON COLUMN public.customers.phone IS 'E.164';
