// English interface text: choosing the interface language (each language names itself).
export const language = {
  language: {
    legend: "Interface language",
    label: "Language",
    en: "English",
    id: "Bahasa Indonesia",
    save: "Save language",
    saved: "The interface is now in English.",
  },
} as const;
