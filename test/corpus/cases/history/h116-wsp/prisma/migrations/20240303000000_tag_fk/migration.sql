-- case: Prisma adds the Tag model and the implicit m-n's second FK; "B" is covered by _PostToTag_B_index from the baseline
-- expect: require-lock-timeout@13, constraint-without-not-valid@13
-- tool: prisma
-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
