-- case: with check_function_bodies off, a SQL-language function body is not analysed at CREATE time, so naming the new enum value does not fail
-- expect: clean
-- tool: prisma

-- AlterEnum
ALTER TYPE "ParcelState" ADD VALUE 'LOST';

SET LOCAL check_function_bodies = off;
CREATE FUNCTION lost_parcels() RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT count(*) FROM "Parcel" WHERE "stage" = 'LOST'
$$;
