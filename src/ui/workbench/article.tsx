"use client";
// The article as paragraphs. Each paragraph's text is one text node in a [data-s] element
// (its UTF-16 start in the document), which the highlights and selections are computed on.
import { forwardRef, memo } from "react";

export interface ParagraphView {
  utf16Start: number;
  utf16End: number;
  nonContent: boolean;
}

export interface ArticleHandlers {
  onKeyDown: (e: React.KeyboardEvent<HTMLElement>) => void;
  onMouseUp: (e: React.MouseEvent<HTMLElement>) => void;
  onMouseMove: (e: React.MouseEvent<HTMLElement>) => void;
  onMouseLeave: () => void;
}

interface Props extends ArticleHandlers {
  text: string;
  paragraphs: ParagraphView[];
  label: string;
  nonContentLabel: string;
}

/** The paragraphs alone (also what the opening benchmark's floor page renders, app/opening-floor). */
export const Paragraphs = memo(function Paragraphs({ text, paragraphs, nonContentLabel }: { text: string; paragraphs: ParagraphView[]; nonContentLabel: string }) {
  return (
    <>
      {paragraphs.map((p) => (
        <p key={p.utf16Start} className={p.nonContent ? "non-content" : undefined}>
          {p.nonContent && <span className="visually-hidden">{nonContentLabel}: </span>}
          <span data-s={p.utf16Start}>{text.slice(p.utf16Start, p.utf16End)}</span>
        </p>
      ))}
    </>
  );
});

export const Article = forwardRef<HTMLElement, Props>(function Article(props, ref) {
  return (
    <article
      ref={ref}
      className="doc-text"
      lang="id"
      tabIndex={0}
      aria-label={props.label}
      onKeyDown={props.onKeyDown}
      onMouseUp={props.onMouseUp}
      onMouseMove={props.onMouseMove}
      onMouseLeave={props.onMouseLeave}
    >
      <Paragraphs text={props.text} paragraphs={props.paragraphs} nonContentLabel={props.nonContentLabel} />
    </article>
  );
});
