import { describe, expect, it } from "vitest";
import { isTranslationOrigin, isUnreviewedMachineTranslation, nextOrigin, translationReviewProblem } from "./translation-origin.ts";

describe("translation origin", () => {
  it("knows the four origins and nothing else", () => {
    expect(["typed", "memory", "glossary", "machine"].every(isTranslationOrigin)).toBe(true);
    expect(isTranslationOrigin("human")).toBe(false);
    expect(isTranslationOrigin(undefined)).toBe(false);
  });

  it("follows a person's work: memory and machine fills keep their origin while edited; glossary inserts mark typed text; emptying starts over", () => {
    expect(nextOrigin("typed", "type", "North")).toBe("typed");
    expect(nextOrigin("typed", "glossary", "North Korea")).toBe("glossary");
    expect(nextOrigin("glossary", "type", "North Korea will")).toBe("glossary");
    expect(nextOrigin("typed", "memory", "North Korea will pay")).toBe("memory");
    expect(nextOrigin("memory", "type", "North Korea will pay a price")).toBe("memory");
    expect(nextOrigin("memory", "glossary", "North Korea will pay a price, White House")).toBe("memory");
    expect(nextOrigin("machine", "type", "edited draft")).toBe("machine");
    expect(nextOrigin("machine", "type", "  ")).toBe("typed");
    expect(nextOrigin("glossary", "memory", "x")).toBe("memory");
  });

  it("lets a second person review a translation, once, and not the translator", () => {
    const state = { translation: "North Korea will pay", translationOrigin: "machine", translatedById: "ayu", translationReviewedById: null };
    expect(translationReviewProblem(state, "budi")).toBeNull();
    expect(translationReviewProblem(state, "ayu")).toMatch(/another person/);
    expect(translationReviewProblem({ ...state, translationReviewedById: "citra" }, "budi")).toMatch(/already/);
    expect(translationReviewProblem({ ...state, translation: " " }, "budi")).toMatch(/no translation/);
  });

  it("marks only machine translations nobody reviewed", () => {
    expect(isUnreviewedMachineTranslation({ translation: "x", translationOrigin: "machine", translationReviewed: false })).toBe(true);
    expect(isUnreviewedMachineTranslation({ translation: "x", translationOrigin: "machine", translationReviewed: true })).toBe(false);
    expect(isUnreviewedMachineTranslation({ translation: "x", translationOrigin: "memory", translationReviewed: false })).toBe(false);
    expect(isUnreviewedMachineTranslation({ translation: "", translationOrigin: "machine", translationReviewed: false })).toBe(false);
  });
});
