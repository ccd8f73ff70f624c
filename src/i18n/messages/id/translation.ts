// Teks antarmuka bahasa Indonesia: bantuan saat menerjemahkan rentang — memori terjemahan, draf mesin, asal terjemahan, dan tinjauannya oleh orang kedua.
export const translation = {
  memory: {
    title: "Memori terjemahan",
    offer: "kecocokan {score} %",
    from: "dari {document}",
    use: "Pakai",
    useOffer: "Pakai terjemahan ini (kecocokan {score} %)",
    used: "Diisi dari memori terjemahan (kecocokan {score} %). Sunting seperlunya.",
    none: "Belum ada terjemahan sebelumnya untuk kata-kata yang mirip.",
    shortcut: "Alt+M memakai kecocokan terbaik",
  },
  machine: {
    draft: "Draf mesin",
    drafting: "Meminta layanan penerjemahan…",
    drafted: "Diisi dengan draf mesin. Periksa dengan teks bahasa Indonesianya sebelum menyimpan.",
    replaceConfirm: "Ganti terjemahan yang Anda ketik dengan draf mesin?",
    failed: "Draf mesin gagal: {message} Teks yang Anda ketik tidak berubah.",
  },
  origin: {
    label: "Sumber terjemahan",
    typed: "diketik",
    memory: "dari memori terjemahan",
    glossary: "diketik dengan istilah glosarium",
    machine: "terjemahan mesin",
  },
  review: {
    reviewed: "Terjemahan ditinjau oleh {name}",
    unreviewed: "Terjemahan belum ditinjau",
    unreviewedMachine: "Terjemahan mesin, belum ditinjau",
    markReviewed: "Tandai terjemahan sudah ditinjau",
    done: "Terjemahan ditandai sudah ditinjau.",
    ownTranslation: "Anda yang membuat terjemahan ini; orang lain yang meninjaunya.",
  },
};
