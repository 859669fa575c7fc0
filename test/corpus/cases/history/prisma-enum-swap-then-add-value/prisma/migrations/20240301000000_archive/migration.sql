-- case: Prisma's enum swap in the history (Status_new renamed Status); a value added and used in one query
-- tool: prisma
-- expect: enum-value-change@6
-- AlterEnum
ALTER TYPE "Status" ADD VALUE 'ARCHIVED';
UPDATE "Ticket" SET "status" = 'ARCHIVED' WHERE "id" < 100;
