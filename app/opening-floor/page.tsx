// The opening benchmark's floor: what Next.js costs to serve and the browser to show the text of
// the benchmark's document with no work of Saring's — the same layout and the article's own paragraphs as the
// document page, but no document read, no annotations, no workbench. Off (404) unless the
// server was started with SARING_BENCH_FLOOR_TEXT (only `npm run bench` does that).
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { openingFloorText } from "@/server/pages/opening-floor";
import { pageText } from "@/server/pages/page-text";
import { Paragraphs } from "@/ui/workbench/article";

export const dynamic = "force-dynamic";

/** Marks the first frame after the text, measured the way both other pages of the benchmark are (two animation frames). */
const PAINTED_MARK = "requestAnimationFrame(()=>requestAnimationFrame(()=>{window.__floorPaintedAt=performance.now()}))";

export default async function OpeningFloorPage() {
  const floor = openingFloorText();
  if (!floor) notFound();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const { t } = await pageText();
  const paragraphs = floor.paragraphs.map(({ utf16Start, utf16End, nonContent }) => ({ utf16Start, utf16End, nonContent }));
  return (
    <>
      <article className="doc-text" lang="id">
        <Paragraphs text={floor.text} paragraphs={paragraphs} nonContentLabel={t("document.nonContent")} />
      </article>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: PAINTED_MARK }} />
    </>
  );
}
