-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Annotation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "anchorStatus" TEXT NOT NULL DEFAULT 'anchored',
    "anchorScore" REAL NOT NULL DEFAULT 1,
    "translation" TEXT NOT NULL DEFAULT '',
    "translationOrigin" TEXT NOT NULL DEFAULT 'typed',
    "translatedById" TEXT,
    "translationReviewedById" TEXT,
    "translationReviewedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Annotation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Annotation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Annotation_translatedById_fkey" FOREIGN KEY ("translatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Annotation_translationReviewedById_fkey" FOREIGN KEY ("translationReviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Annotation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Annotation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Annotation" ("anchorScore", "anchorStatus", "claimId", "createdAt", "createdById", "documentId", "end", "id", "prefix", "quote", "start", "suffix", "textHash", "translation", "updatedAt", "updatedById", "version") SELECT "anchorScore", "anchorStatus", "claimId", "createdAt", "createdById", "documentId", "end", "id", "prefix", "quote", "start", "suffix", "textHash", "translation", "updatedAt", "updatedById", "version" FROM "Annotation";
DROP TABLE "Annotation";
ALTER TABLE "new_Annotation" RENAME TO "Annotation";
CREATE INDEX "Annotation_documentId_start_idx" ON "Annotation"("documentId", "start");
CREATE INDEX "Annotation_claimId_idx" ON "Annotation"("claimId");

-- Existing translations: the last person who changed the annotation is the best guess of who
-- translated it (typed by hand: translation memory and machine drafts did not exist yet).
UPDATE "Annotation" SET "translatedById" = "updatedById" WHERE "translation" <> '';
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
