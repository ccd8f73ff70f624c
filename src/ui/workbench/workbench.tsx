"use client";
// The annotation workbench: the article (and its correction), and beside it everything that
// works with the annotations (annotator.tsx), which receives the article's events.
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { useT } from "../i18n";
import { Annotator, type AnnotatorProps } from "./annotator";
import { Article, type ArticleHandlers } from "./article";
import { CorrectTextForm } from "./correct-text-form";
import { highlightCss } from "./highlight-plan";
import { unpackParagraphs, unpackSpans } from "./wire";

type Props = Omit<AnnotatorProps, "articleRef" | "handlers" | "candidates"> & {
  documentVersion: number;
  /** The article's paragraphs, packed (wire.ts `packParagraphs`). */
  packedParagraphs: number[];
  /** Claim candidates, code points, packed (wire.ts `packSpans`). */
  packedCandidates: number[];
  canCorrect: boolean;
};

export function Workbench({ documentVersion, packedParagraphs, packedCandidates, canCorrect, ...props }: Props) {
  const t = useT();
  const paragraphs = useMemo(() => unpackParagraphs(packedParagraphs), [packedParagraphs]);
  const candidates = useMemo(() => unpackSpans(packedCandidates), [packedCandidates]);
  const router = useRouter();
  const articleRef = useRef<HTMLElement>(null);
  const handlers = useRef<ArticleHandlers | null>(null);
  const [correcting, setCorrecting] = useState(false);
  return (
    <div className="workbench">
      <style>{highlightCss(props.options)}</style>
      <div className="workbench-text">
        {canCorrect && (
          <p>
            <button type="button" className="secondary small" aria-expanded={correcting} onClick={() => setCorrecting((v) => !v)}>
              {t("workbench.correctText")}
            </button>
          </p>
        )}
        {correcting && (
          <CorrectTextForm
            documentId={props.documentId}
            version={documentVersion}
            text={props.text}
            onDone={(message) => {
              setCorrecting(false);
              sessionStorage.setItem("saring-flash", message);
              router.refresh();
            }}
          />
        )}
        <Article
          ref={articleRef}
          text={props.text}
          paragraphs={paragraphs}
          label={t("workbench.articleLabel")}
          nonContentLabel={t("document.nonContent")}
          onKeyDown={(e) => handlers.current?.onKeyDown(e)}
          onMouseUp={(e) => handlers.current?.onMouseUp(e)}
          onMouseMove={(e) => handlers.current?.onMouseMove(e)}
          onMouseLeave={() => handlers.current?.onMouseLeave()}
        />
      </div>
      <Annotator {...props} candidates={candidates} articleRef={articleRef} handlers={handlers} />
    </div>
  );
}
