// English interface text: the frame of every page: app name, navigation, roles, common words, error pages.
export const frame = {
  app: {
    name: "Saring",
    tagline: "Filter before you share: a bilingual fact-check workbench",
    skipToContent: "Skip to content",
  },
  nav: {
    main: "Main",
    documents: "Documents",
    claims: "Claims",
    export: "Export",
    import: "Import",
    admin: "Users",
    verdicts: "Verdict labels",
    backup: "Backup",
    glossary: "Glossary",
    account: "Account",
    signOut: "Sign out",
    signedInAs: "Signed in as {name} ({role})",
  },
  roles: { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer", VIEWER: "Viewer" },
  common: {
    save: "Save",
    cancel: "Cancel",
    none: "—",
    working: "Working…",
    unknown: "Unknown",
  },
  errors: {
    forbiddenTitle: "Not allowed",
    forbidden: "Your role does not allow you to open this page.",
    notFoundTitle: "Not found",
    notFound: "This page does not exist, or the item was removed.",
    unexpected: "Something went wrong. Nothing was changed; try again.",
    back: "Back to documents",
    retry: "Try again",
  },
} as const;
