ALTER TABLE "user" RENAME COLUMN "fullName" TO "displayName";
