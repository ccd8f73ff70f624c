// schema.org ClaimReview (JSON-LD): one object per approved claim, with its rating from the
// label set, the claimant, and every article it appears in. Claims not approved, and verdicts
// that are not a rating (unverified, in progress, not checkable), are not published. Pure.
import { verdictLabel } from "../claims/verdicts.ts";
import type { ExportData } from "./export-data.ts";

export function renderClaimReview(data: ExportData): object[] {
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  return data.claims
    .filter((c) => c.reviewState === "APPROVED" && verdictLabel(c.verdict, data.labels).rating !== null)
    .map((c) => {
      const label = verdictLabel(c.verdict, data.labels);
      const appearances = c.appearances
        .map((a) => docs.get(a.documentId))
        .filter((d): d is NonNullable<typeof d> => Boolean(d))
        .filter((d, i, all) => all.findIndex((x) => x.id === d.id) === i)
        .sort((x, y) => (x.publishedAt ?? "9999").localeCompare(y.publishedAt ?? "9999"))
        .map((d) => ({ "@type": "CreativeWork", url: d.sourceUrl ?? `${data.baseUrl}/documents/${d.id}`, headline: d.title, inLanguage: d.language, ...(d.publishedAt ? { datePublished: d.publishedAt } : {}) }));
      return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: `${data.baseUrl}/claims/${c.id}`,
        claimReviewed: c.summary || c.appearances[0]?.translation || c.appearances[0]?.quote || "",
        datePublished: (c.approvedAt ?? c.updatedAt).slice(0, 10),
        dateModified: c.updatedAt,
        inLanguage: "en",
        author: { "@type": "Organization", name: data.organisation.name, url: data.organisation.url },
        reviewRating: { "@type": "Rating", ratingValue: label.rating, bestRating: 5, worstRating: 1, alternateName: label.en, ...(c.rationale ? { ratingExplanation: c.rationale } : {}) },
        itemReviewed: {
          "@type": "Claim",
          ...(c.claimant ? { author: { "@type": "Person", name: c.claimant } } : {}),
          ...(c.claimDate ? { datePublished: c.claimDate } : {}),
          ...(appearances[0] ? { firstAppearance: appearances[0] } : {}),
          appearance: appearances,
        },
      };
    });
}
