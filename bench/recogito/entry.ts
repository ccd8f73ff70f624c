// The peer in the opening benchmark: @recogito/text-annotator on the same text and annotations,
// in the browser. Reads them from the page, creates the annotator, sets the annotations, and
// marks the moment they are painted (two animation frames after, as our workbench does).
import { createTextAnnotator } from "@recogito/text-annotator";
import "@recogito/text-annotator/text-annotator.css";

interface Span {
  id: string;
  quote: string;
  start: number;
  end: number;
}

const container = document.getElementById("text")!;
const spans = JSON.parse(document.getElementById("annotations")!.textContent!) as Span[];
const anno = createTextAnnotator(container, { renderer: "SPANS" });
anno.setAnnotations(spans.map((s) => ({ id: s.id, bodies: [], target: { annotation: s.id, selector: [{ quote: s.quote, start: s.start, end: s.end }] } })) as never);
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    const w = window as unknown as { __peerPaintedAt: number; __peerAnnotations: number };
    w.__peerAnnotations = anno.getAnnotations().length;
    w.__peerPaintedAt = performance.now();
  }),
);
