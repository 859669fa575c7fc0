ALTER TABLE "post" ADD "publicId" uuid NOT NULL DEFAULT uuid_generate_v4();
ALTER TABLE "post" ALTER COLUMN "views" SET DEFAULT 0;
