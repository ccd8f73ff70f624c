// A short page with a heading, a sentence and the way back: for 403 and 404 answers.
import { Link } from "@/ui/link";

export function MessagePage({ title, message, back }: { title: string; message: string; back: string }) {
  return (
    <div className="card narrow">
      <h1>{title}</h1>
      <p>{message}</p>
      <Link href="/documents">{back}</Link>
    </div>
  );
}
