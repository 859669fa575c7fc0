-- CreateTable
CREATE TABLE "Workspace" ("id" SERIAL NOT NULL, CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id"));

-- CreateTable
CREATE TABLE "Member" ("id" SERIAL NOT NULL, CONSTRAINT "Member_pkey" PRIMARY KEY ("id"));

-- CreateTable
CREATE TABLE "Invite" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
