-- case: a PL/pgSQL function may name an enum value added earlier in the same transaction: its body is only checked for syntax at CREATE time, the literal is not cast until a call
-- expect: clean
-- tool: prisma

-- AlterEnum
ALTER TYPE "ParcelState" ADD VALUE 'HELD';

CREATE FUNCTION held_parcels() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT count(*) FROM "Parcel" WHERE "stage" = 'HELD');
END
$$;
