-- case: a plpgsql function whose body has BEGIN/END, nested blocks and EXCEPTION
-- expect: clean

CREATE OR REPLACE FUNCTION safe_divide(numerator numeric, denominator numeric)
RETURNS numeric
LANGUAGE plpgsql
IMMUTABLE
AS $function$
BEGIN
  BEGIN
    RETURN numerator / denominator;
  EXCEPTION
    WHEN division_by_zero THEN
      RETURN NULL;
  END;
END;
$function$;
