import { describe, expect, it } from "vitest";
import { approveProblem, rejectProblem, submitProblem, verdictChange } from "./review.ts";

const ani = { id: "ani", role: "EDITOR" as const };
const budi = { id: "budi", role: "EDITOR" as const };
const rina = { id: "rina", role: "REVIEWER" as const };
const inReview = { reviewState: "IN_REVIEW", verdict: "FALSE", verdictSetById: "ani" };

describe("claim review rules", () => {
  it("lets writers submit drafts only", () => {
    expect(submitProblem({ ...inReview, reviewState: "DRAFT" }, rina)).toBeNull();
    expect(submitProblem(inReview, rina)).toMatch(/Only a draft/);
    expect(submitProblem({ ...inReview, reviewState: "DRAFT" }, { id: "v", role: "VIEWER" })).toMatch(/role/);
  });

  it("four eyes: the editor who set the verdict cannot approve it; another editor can", () => {
    expect(approveProblem(inReview, ani)).toMatch(/another editor must approve/);
    expect(approveProblem(inReview, budi)).toBeNull();
    expect(approveProblem(inReview, rina)).toMatch(/Only editors and admins/);
    expect(approveProblem({ ...inReview, reviewState: "DRAFT" }, budi)).toMatch(/Only a claim in review/);
    expect(approveProblem({ ...inReview, verdict: "UNVERIFIED" }, budi)).toMatch(/Set a verdict/);
  });

  it("sending back needs an editor and a reason", () => {
    expect(rejectProblem(inReview, budi, "")).toMatch(/reason/);
    expect(rejectProblem(inReview, budi, "Source is a satire site")).toBeNull();
    expect(rejectProblem(inReview, rina, "Source is a satire site")).toMatch(/Only editors/);
  });

  it("changing an approved verdict reopens it and needs a reason; other changes do not", () => {
    const approved = { ...inReview, reviewState: "APPROVED" };
    expect(verdictChange(approved, "TRUE", undefined)).toEqual({ problem: expect.stringMatching(/reason/), reopens: true });
    expect(verdictChange(approved, "TRUE", "New evidence from the UN panel")).toEqual({ problem: null, reopens: true });
    expect(verdictChange(approved, "FALSE", undefined)).toEqual({ problem: null, reopens: false });
    expect(verdictChange(inReview, "TRUE", undefined)).toEqual({ problem: null, reopens: false });
  });
});
