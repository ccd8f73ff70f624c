// Escaping user-written text for the report formats. Pure.

/** Text for HTML element content and quoted attribute values. */
export function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A URL that may be a link: http(s) only; anything else is shown as text, not linked. */
export function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

/** Text for Markdown: every character Markdown or inline HTML would interpret is escaped. */
export function markdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>~=^$&])/g, "\\$1").replace(/\r?\n/g, "  \n");
}
