-- case: Sequelize changeColumn('Users', 'email', {type: STRING, allowNull: false}) logs three statements on one line; the type is unchanged (no rewrite)
-- expect: require-lock-timeout@4, set-not-null@4
-- tool: plain
ALTER TABLE "Users" ALTER COLUMN "email" SET NOT NULL;ALTER TABLE "Users" ALTER COLUMN "email" DROP DEFAULT;ALTER TABLE "Users" ALTER COLUMN "email" TYPE VARCHAR(255);
