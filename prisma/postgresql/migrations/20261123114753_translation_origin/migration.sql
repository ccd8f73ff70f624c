-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "translatedById" TEXT,
ADD COLUMN     "translationOrigin" TEXT NOT NULL DEFAULT 'typed',
ADD COLUMN     "translationReviewedAt" TIMESTAMP(3),
ADD COLUMN     "translationReviewedById" TEXT;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_translatedById_fkey" FOREIGN KEY ("translatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_translationReviewedById_fkey" FOREIGN KEY ("translationReviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing translations: the last person who changed the annotation is the best guess of who
-- translated it (typed by hand: translation memory and machine drafts did not exist yet).
UPDATE "Annotation" SET "translatedById" = "updatedById" WHERE "translation" <> '';
