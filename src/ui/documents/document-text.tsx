// The article text as paragraphs, page debris dimmed and labelled as non-content. Each
// paragraph carries its code-point offsets for the annotation layer.
import { splitParagraphs } from "@/domain/text/paragraphs";
import { sliceByCodePoints } from "@/domain/text/code-points";
import type { Translate } from "@/i18n/translate";

export function DocumentText({ text, t }: { text: string; t: Translate }) {
  const paragraphs = splitParagraphs(text);
  return (
    <article className="doc-text" aria-label={t("document.text")} lang="id">
      {paragraphs.map((p) => (
        <p key={p.start} data-start={p.start} data-end={p.end} className={p.nonContent ? "non-content" : undefined}>
          {p.nonContent && <span className="visually-hidden">{t("document.nonContent")}: </span>}
          {sliceByCodePoints(text, p.start, p.end)}
        </p>
      ))}
    </article>
  );
}
