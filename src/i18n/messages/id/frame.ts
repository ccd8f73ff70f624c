// Teks antarmuka bahasa Indonesia: bingkai setiap halaman: nama aplikasi, navigasi, peran, kata umum, halaman galat.
export const frame = {
  app: {
    name: "Saring",
    tagline: "Saring sebelum sharing: meja kerja cek fakta dwibahasa",
    skipToContent: "Langsung ke konten",
  },
  nav: {
    main: "Utama",
    documents: "Dokumen",
    claims: "Klaim",
    export: "Ekspor",
    import: "Impor",
    admin: "Pengguna",
    verdicts: "Label kesimpulan",
    backup: "Cadangan",
    glossary: "Glosarium",
    account: "Akun",
    signOut: "Keluar",
    signedInAs: "Masuk sebagai {name} ({role})",
  },
  roles: { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Peninjau", VIEWER: "Pembaca" },
  common: {
    save: "Simpan",
    cancel: "Batal",
    none: "—",
    working: "Memproses…",
    unknown: "Tidak diketahui",
  },
  errors: {
    forbiddenTitle: "Tidak diizinkan",
    forbidden: "Peran Anda tidak mengizinkan Anda membuka halaman ini.",
    notFoundTitle: "Tidak ditemukan",
    notFound: "Halaman ini tidak ada, atau itemnya sudah dihapus.",
    unexpected: "Terjadi kesalahan. Tidak ada yang diubah; coba lagi.",
    back: "Kembali ke dokumen",
    retry: "Coba lagi",
  },
};
