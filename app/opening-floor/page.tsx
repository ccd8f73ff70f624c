// The opening benchmark's floor: what Next.js costs to serve and the browser to show the text of
// the benchmark's document with no work of Saring's — the same layout and article markup as the
// document page, but no document read, no annotations, no workbench. Off (404) unless the
// server was started with SARING_BENCH_FLOOR_TEXT (only `npm run bench` does that).
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { openingFloorText } from "@/server/pages/opening-floor";

export const dynamic = "force-dynamic";

/** Marks the first frame after the text, measured the way both other pages of the benchmark are (two animation frames). */
const PAINTED_MARK = "requestAnimationFrame(()=>requestAnimationFrame(()=>{window.__floorPaintedAt=performance.now()}))";

export default async function OpeningFloorPage() {
  const floor = openingFloorText();
  if (!floor) notFound();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <>
      <article className="doc-text" lang="id">
        {floor.paragraphs.map((p) => (
          <p key={p.utf16Start} className={p.nonContent ? "non-content" : undefined}>
            <span data-s={p.utf16Start}>{floor.text.slice(p.utf16Start, p.utf16End)}</span>
          </p>
        ))}
      </article>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: PAINTED_MARK }} />
    </>
  );
}
