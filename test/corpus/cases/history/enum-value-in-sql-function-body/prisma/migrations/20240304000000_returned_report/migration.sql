-- case: a SQL-language function body is parsed and analysed at CREATE time (check_function_bodies is on by default), so the literal of the value added just before is cast there and PostgreSQL refuses: unsafe use of new value
-- expect: enum-value-change@9
-- tool: prisma

-- AlterEnum
ALTER TYPE "ParcelState" ADD VALUE 'RETURNED';

-- a hand-written report used by the admin dashboard
CREATE FUNCTION returned_parcels() RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT count(*) FROM "Parcel" WHERE "stage" = 'RETURNED'
$$;
