// English interface text: help while translating a span — translation memory, machine drafts,
// where a translation came from, and its second-person review.
export const translation = {
  memory: {
    title: "Translation memory",
    offer: "{score} % match",
    from: "from {document}",
    use: "Use",
    useOffer: "Use this translation ({score} % match)",
    used: "Filled from translation memory ({score} % match). Edit it as needed.",
    none: "No earlier translation of similar words.",
    shortcut: "Alt+M uses the best match",
  },
  machine: {
    draft: "Machine draft",
    drafting: "Asking the translation service…",
    drafted: "Filled with a machine draft. Check it against the Indonesian before saving.",
    replaceConfirm: "Replace the translation you typed with a machine draft?",
    failed: "The machine draft failed: {message} What you typed is unchanged.",
  },
  origin: {
    label: "Source of the translation",
    typed: "typed",
    memory: "from translation memory",
    glossary: "typed with glossary terms",
    machine: "machine translation",
  },
  review: {
    reviewed: "Translation reviewed by {name}",
    unreviewed: "Translation not reviewed yet",
    unreviewedMachine: "Machine translation, not reviewed",
    markReviewed: "Mark the translation reviewed",
    done: "Translation marked reviewed.",
    ownTranslation: "You made this translation; another person reviews it.",
  },
} as const;
