-- case: Prisma RenameIndex (index names realigned after an upgrade): ALTER INDEX ... RENAME takes only ShareUpdateExclusiveLock on the index, the table's reads and writes go on
-- expect: clean
-- tool: prisma

-- RenameIndex
ALTER INDEX "Shelf.code_unique" RENAME TO "Shelf_code_key";
