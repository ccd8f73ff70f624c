// Teks antarmuka bahasa Indonesia: memilih bahasa antarmuka (setiap bahasa menyebut namanya sendiri).
export const language = {
  language: {
    legend: "Bahasa antarmuka",
    label: "Bahasa",
    en: "English",
    id: "Bahasa Indonesia",
    save: "Simpan bahasa",
    saved: "Antarmuka kini berbahasa Indonesia.",
  },
};
