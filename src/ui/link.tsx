// Links between the app's pages, fetched when followed. Every page here is dynamic (fresh data
// on each view, per reader), so Next.js's default — prefetching each link as it scrolls into
// view — had the server render, in the background, pages the reader mostly never opens: a view
// of the claims dashboard cost the server five times the CPU of the page itself, and the
// prefetches of one page slowed the next page opened.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
