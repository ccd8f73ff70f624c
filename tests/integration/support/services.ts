// The app's services and a user factory, imported only after the test database is set up
// (the app's database client is created from DATABASE_URL on first use).
import { randomBytes } from "node:crypto";
import type { Role } from "../../../src/domain/auth/roles.ts";
import { insertUserAudited } from "../../../src/server/services/users/create-user.ts";

export { db } from "../../../src/server/db/client.ts";
export { findDocument } from "../../../src/server/data/documents.ts";
export { importDocument, importDocumentFile } from "../../../src/server/services/documents/import-document.ts";
export { importDemoSeed } from "../../../src/server/services/documents/import-demo-seed.ts";

export const TEST_PASSWORD = "integration-test-password";

export async function makeUser(role: Role) {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@saring.test`;
  return insertUserAudited(null, { email, name: `Test ${role}`, role, password: TEST_PASSWORD });
}
export { createFirstAdmin, createUser, isSetupOpen } from "../../../src/server/services/users/create-user.ts";
export { changeRole, setUserDisabled } from "../../../src/server/services/users/manage-users.ts";
export { changePassword, createApiToken, listMyTokens, revokeMyToken } from "../../../src/server/services/users/account.ts";
export { verifySignIn } from "../../../src/server/auth/verify-sign-in.ts";
export { requestUser } from "../../../src/server/auth/request-user.ts";
export { countFailure } from "../../../src/server/data/login-throttles.ts";
export { createAnnotation } from "../../../src/server/services/annotations/create-annotation.ts";
export { updateAnnotation } from "../../../src/server/services/annotations/update-annotation.ts";
export { deleteAnnotation } from "../../../src/server/services/annotations/delete-annotation.ts";
export { annotationHistory, listDocumentAnnotations } from "../../../src/server/services/annotations/read-annotations.ts";
export { correctDocument } from "../../../src/server/services/documents/correct-document.ts";
export { getClaim, listClaims, claimEvents, claimComments } from "../../../src/server/services/claims/read-claims.ts";
export { updateClaim } from "../../../src/server/services/claims/update-claim.ts";
export { reviewClaim } from "../../../src/server/services/claims/review-claim.ts";
export { addComment } from "../../../src/server/services/claims/comment-claim.ts";
export { mergeClaims, moveAppearance } from "../../../src/server/services/claims/regroup-claims.ts";
export { claimQuerySchema } from "../../../src/server/services/claims/claim-input.ts";
export { addEquivalence, listEquivalences, removeEquivalence } from "../../../src/server/services/claims/equivalences.ts";
export { suggestionsForClaim, claimsForText } from "../../../src/server/services/claims/matching.ts";
export { buildExport } from "../../../src/server/services/export/build-export.ts";
export { exportFileName, renderExport } from "../../../src/server/services/export/render-export.ts";
export { createBackup, restoreBackup, instanceCounts } from "../../../src/server/services/backup/backup.ts";
export { updateVerdictLabels, verdictLabels } from "../../../src/server/services/claims/verdict-labels.ts";
export { createDb } from "../../../src/server/db/client.ts";
export { claimMarker } from "../../../src/server/data/settings.ts";
export { addGlossaryTerm, glossaryMatches, importGlossaryCsv, listGlossary, removeGlossaryTerm, seedGlossary } from "../../../src/server/services/glossary/glossary.ts";
export { lookupTranslationMemory } from "../../../src/server/services/translation/translation-memory.ts";
export { reviewTranslation } from "../../../src/server/services/annotations/review-translation.ts";
export { machineDraft, machineTranslationAvailable } from "../../../src/server/services/translation/machine-translation.ts";
export { translateWithService } from "../../../src/server/services/translation/libretranslate-client.ts";
export { directPostgres, directSqlite } from "../../../src/server/db/client.ts";
export { findAnnotation } from "../../../src/server/data/annotations.ts";
export { annotationView } from "../../../src/server/services/annotations/annotation-view.ts";
export { findApiTokenByHash } from "../../../src/server/data/api-tokens.ts";
export { hashApiToken } from "../../../src/server/auth/api-token-secret.ts";
