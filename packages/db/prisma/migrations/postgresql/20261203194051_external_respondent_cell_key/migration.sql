-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "cellKey" INTEGER NOT NULL DEFAULT (floor(random() * 2147483648))::integer;


-- Existing questionnaires get a key each: the default is drawn per row (SQLite evaluates it for every row
-- copied above; PostgreSQL evaluates a volatile default for every existing row).
