// Bahasa Indonesia for the messages the server's checks produce (English in the code): English
// template → Indonesian template, {placeholders} alike. Used by src/i18n/server-messages.ts.
export const serverMessagesId: Record<string, string> = {
  // app/account/actions.ts
  "The token name is too long (100 characters at most).": "Nama token terlalu panjang (paling banyak 100 karakter).",
  "Choose English or Bahasa Indonesia.": "Pilih English atau Bahasa Indonesia.",

  // app/api/v1/[...path]/route.ts
  "There is no such API endpoint. See the API section of the README.": "Endpoint API itu tidak ada. Lihat bagian API di README.",

  // app/api/v1/annotations/[id]/translation-review/route.ts
  "version is the annotation's current version number.": "version adalah nomor versi anotasi saat ini.",

  // app/api/v1/claims/[id]/[step]/route.ts
  "This endpoint was not found.": "Endpoint ini tidak ditemukan.",

  // app/api/v1/documents/[id]/route.ts
  "version is the document's current version number.": "version adalah nomor versi dokumen saat ini.",

  // app/api/v1/documents/route.ts
  "text is required and must be a string.": "text wajib diisi dan harus berupa string.",

  // app/api/v1/equivalences/route.ts
  "Give at least one other term.": "Berikan setidaknya satu istilah lain.",

  // app/api/v1/glossary/import/route.ts
  "Send the glossary as CSV (Content-Type: text/csv).": "Kirim glosarium sebagai CSV (Content-Type: text/csv).",
  "The file holds NUL characters: it is not a CSV text file.": "Berkas ini memuat karakter NUL: ini bukan berkas teks CSV.",

  // app/api/v1/glossary/matches/route.ts
  "Give the text to look in.": "Berikan teks yang akan ditelusuri.",
  "The text is too long (20,000 characters at most).": "Teks terlalu panjang (paling banyak 20.000 karakter).",

  // app/api/v1/glossary/route.ts
  "format is json or csv.": "format adalah json atau csv.",
  "Give the Indonesian term.": "Berikan istilah bahasa Indonesianya.",
  "Give the English.": "Berikan padanan bahasa Inggrisnya.",

  // app/api/v1/machine-translation/route.ts
  "text is the Indonesian to translate.": "text adalah teks bahasa Indonesia yang akan diterjemahkan.",
  "Give the Indonesian text to translate.": "Berikan teks bahasa Indonesia yang akan diterjemahkan.",
  "The text is too long (5,000 characters at most).": "Teks terlalu panjang (paling banyak 5.000 karakter).",

  // app/api/v1/translation-memory/route.ts
  "Give the Indonesian text to look up.": "Berikan teks bahasa Indonesia yang akan dicari.",
  "limit is a whole number.": "limit adalah bilangan bulat.",
  "limit is 1 to 20.": "limit bernilai 1 sampai 20.",

  // app/documents/import/actions.ts
  "Paste the text of an article.": "Tempel teks sebuah artikel.",
  "Choose at least one file.": "Pilih setidaknya satu berkas.",

  // app/setup/actions.ts
  "Give your name.": "Isi nama Anda.",
  "The name is too long.": "Nama terlalu panjang.",

  // src/domain/anchoring/span.ts
  "start and end must be whole numbers (code-point offsets).": "start dan end harus berupa bilangan bulat (offset titik kode).",
  "The span must lie within the text (0 to {length}).": "Rentang harus berada di dalam teks (0 sampai {length}).",
  "start must be less than end.": "start harus lebih kecil daripada end.",
  "The span holds only whitespace.": "Rentang ini hanya berisi spasi.",

  // src/domain/auth/password-policy.ts
  "The password must have at least {min} characters.": "Kata sandi harus terdiri atas setidaknya {min} karakter.",
  "The password must have at most {max} characters.": "Kata sandi tidak boleh lebih dari {max} karakter.",
  "The password must not be your email address.": "Kata sandi tidak boleh sama dengan alamat email Anda.",
  "The password is too simple: use more different characters.": "Kata sandi terlalu sederhana: gunakan lebih banyak karakter yang berbeda.",

  // src/domain/backup/backup-file.ts
  "The backup file is damaged: it is not a complete gzip file (cut short or altered).": "Berkas cadangan rusak: ini bukan berkas gzip yang utuh (terpotong atau diubah).",
  "This is not a Saring backup: it is not gzip-compressed JSON.": "Ini bukan cadangan Saring: isinya bukan JSON yang dikompresi dengan gzip.",
  "This is not a Saring backup: it has no saring-backup header.": "Ini bukan cadangan Saring: tidak ada header saring-backup.",
  "This backup has format version {found}; this Saring reads version {supported}.": "Cadangan ini memakai format versi {found}; Saring ini membaca versi {supported}.",
  "The backup file is damaged: it has no tables.": "Berkas cadangan rusak: tidak ada tabel di dalamnya.",
  "The backup file is damaged: table {table} is missing.": "Berkas cadangan rusak: tabel {table} tidak ada.",
  "This backup holds tables this Saring does not know ({tables}).": "Cadangan ini memuat tabel yang tidak dikenal oleh Saring ini ({tables}).",
  "The backup file is damaged: its contents do not match its checksum.": "Berkas cadangan rusak: isinya tidak cocok dengan checksum-nya.",
  "The backup file is damaged: table {table} should have {expected} rows, it has {actual}.": "Berkas cadangan rusak: tabel {table} seharusnya berisi {expected} baris, tetapi berisi {actual}.",
  "The backup file is damaged: table {table} holds something that is not a row.": "Berkas cadangan rusak: tabel {table} memuat sesuatu yang bukan baris.",

  // src/domain/claims/review.ts (stateName gives "a draft", "in review" or "approved": one entry per state that can occur)
  "Your role cannot send claims for review.": "Peran Anda tidak dapat mengirim klaim untuk ditinjau.",
  "Only a draft can be sent for review; this claim is in review.": "Hanya draf yang dapat dikirim untuk ditinjau; klaim ini sedang ditinjau.",
  "Only a draft can be sent for review; this claim is approved.": "Hanya draf yang dapat dikirim untuk ditinjau; klaim ini sudah disetujui.",
  "Only editors and admins approve verdicts.": "Hanya editor dan admin yang dapat menyetujui kesimpulan.",
  "Only a claim in review can be approved; this claim is a draft.": "Hanya klaim yang sedang ditinjau yang dapat disetujui; klaim ini masih draf.",
  "Only a claim in review can be approved; this claim is approved.": "Hanya klaim yang sedang ditinjau yang dapat disetujui; klaim ini sudah disetujui.",
  "Set a verdict before approving: this claim has none yet.": "Tetapkan kesimpulan sebelum menyetujui: klaim ini belum memiliki kesimpulan.",
  "You set this verdict, so another editor must approve it (four eyes).": "Anda yang menetapkan kesimpulan ini, jadi editor lain yang harus menyetujuinya (prinsip empat mata).",
  "Only editors and admins send claims back.": "Hanya editor dan admin yang dapat mengembalikan klaim.",
  "Only a claim in review can be sent back; this claim is a draft.": "Hanya klaim yang sedang ditinjau yang dapat dikembalikan; klaim ini masih draf.",
  "Only a claim in review can be sent back; this claim is approved.": "Hanya klaim yang sedang ditinjau yang dapat dikembalikan; klaim ini sudah disetujui.",
  "Say why the claim goes back (a reason is required).": "Jelaskan mengapa klaim ini dikembalikan (alasan wajib diisi).",
  "This verdict is approved and published: give a reason for the correction.": "Kesimpulan ini sudah disetujui dan diterbitkan: berikan alasan koreksinya.",

  // src/domain/glossary/glossary-csv.ts
  "A quoted field that starts before line {line} never ends.": "Sel bertanda kutip yang dimulai sebelum baris {line} tidak pernah ditutup.",
  "The first row must name the columns: source, target and (optionally) note.": "Baris pertama harus menyebut nama kolom: source, target, dan (opsional) note.",
  "Row {row}: source and target are both needed.": "Baris {row}: source dan target sama-sama wajib diisi.",
  "Row {row}: a term is longer than 200 characters.": "Baris {row}: ada istilah yang lebih panjang dari 200 karakter.",

  // src/domain/import/check-import.ts (one entry per file type the check recognises)
  "The text is larger than the limit of {limit}.": "Teks melebihi batas {limit}.",
  "The text contains broken characters (unpaired surrogates) and cannot be stored.": "Teks memuat karakter rusak (surrogate tanpa pasangan) dan tidak dapat disimpan.",
  "This is not plain text: it contains control characters such as NUL. Import the text of an article (.txt or .md).":
    "Ini bukan teks biasa: isinya memuat karakter kontrol seperti NUL. Impor teks sebuah artikel (.txt atau .md).",
  "The text is empty. Paste or upload the text of an article.": "Teksnya kosong. Tempel atau unggah teks sebuah artikel.",
  "The file is larger than the limit of {limit}.": "Berkas melebihi batas {limit}.",
  "Only text files can be imported: .txt or .md (Markdown).": "Hanya berkas teks yang dapat diimpor: .txt atau .md (Markdown).",
  "This file is not text (it looks like a PDF). Import a .txt or .md file.": "Berkas ini bukan teks (tampaknya berkas PDF). Impor berkas .txt atau .md.",
  "This file is not text (it looks like a PNG image). Import a .txt or .md file.": "Berkas ini bukan teks (tampaknya gambar PNG). Impor berkas .txt atau .md.",
  "This file is not text (it looks like a JPEG image). Import a .txt or .md file.": "Berkas ini bukan teks (tampaknya gambar JPEG). Impor berkas .txt atau .md.",
  "This file is not text (it looks like a GIF image). Import a .txt or .md file.": "Berkas ini bukan teks (tampaknya gambar GIF). Impor berkas .txt atau .md.",
  "This file is not text (it looks like a ZIP archive or Word document). Import a .txt or .md file.":
    "Berkas ini bukan teks (tampaknya arsip ZIP atau dokumen Word). Impor berkas .txt atau .md.",
  "This file is not text (it looks like an old Word or Excel document). Import a .txt or .md file.":
    "Berkas ini bukan teks (tampaknya dokumen Word atau Excel versi lama). Impor berkas .txt atau .md.",
  "This file is not text (it looks like a WebP image). Import a .txt or .md file.": "Berkas ini bukan teks (tampaknya gambar WebP). Impor berkas .txt atau .md.",
  "This file is not text (it looks like a gzip archive). Import a .txt or .md file.": "Berkas ini bukan teks (tampaknya arsip gzip). Impor berkas .txt atau .md.",
  "This file is saved as UTF-16. Save it as UTF-8 text and import it again.": "Berkas ini disimpan sebagai UTF-16. Simpan sebagai teks UTF-8, lalu impor lagi.",
  "This file is not text (it contains NUL bytes). Import a .txt or .md file.": "Berkas ini bukan teks (memuat byte NUL). Impor berkas .txt atau .md.",
  "This file is not valid UTF-8 text. Save it as UTF-8 and import it again.": "Berkas ini bukan teks UTF-8 yang valid. Simpan sebagai UTF-8, lalu impor lagi.",
  "This file is not text (it contains control characters). Import a .txt or .md file.": "Berkas ini bukan teks (memuat karakter kontrol). Impor berkas .txt atau .md.",
  "The file is empty or holds only whitespace.": "Berkas ini kosong atau hanya berisi spasi.",

  // src/domain/translation/translation-origin.ts
  "There is no translation to review yet.": "Belum ada terjemahan untuk ditinjau.",
  "This translation has already been reviewed.": "Terjemahan ini sudah ditinjau.",
  "You made this translation, so another person must review it (four eyes).": "Anda yang membuat terjemahan ini, jadi orang lain yang harus meninjaunya (prinsip empat mata).",

  // src/server/auth/authorize.ts ({role} is the role's key in lower case: admin, editor, reviewer, viewer)
  "Your role ({role}) does not allow you to read documents.": "Peran Anda ({role}) tidak mengizinkan Anda membaca dokumen.",
  "Your role ({role}) does not allow you to import documents.": "Peran Anda ({role}) tidak mengizinkan Anda mengimpor dokumen.",
  "Your role ({role}) does not allow you to export reports.": "Peran Anda ({role}) tidak mengizinkan Anda mengekspor laporan.",
  "Your role ({role}) does not allow you to correct a document's text.": "Peran Anda ({role}) tidak mengizinkan Anda mengoreksi teks dokumen.",
  "Your role ({role}) does not allow you to annotate documents.": "Peran Anda ({role}) tidak mengizinkan Anda menganotasi dokumen.",
  "Your role ({role}) does not allow you to approve verdicts.": "Peran Anda ({role}) tidak mengizinkan Anda menyetujui kesimpulan.",
  "Your role ({role}) does not allow you to comment on claims.": "Peran Anda ({role}) tidak mengizinkan Anda mengomentari klaim.",
  "Your role ({role}) does not allow you to change the verdict labels and settings.": "Peran Anda ({role}) tidak mengizinkan Anda mengubah label kesimpulan dan pengaturan.",
  "Your role ({role}) does not allow you to manage users.": "Peran Anda ({role}) tidak mengizinkan Anda mengelola pengguna.",
  "Your role ({role}) does not allow you to manage your account.": "Peran Anda ({role}) tidak mengizinkan Anda mengelola akun Anda.",
  "Your role ({role}) does not allow you to download a backup of the whole instance.": "Peran Anda ({role}) tidak mengizinkan Anda mengunduh cadangan seluruh instans.",
  "Your role ({role}) does not allow you to change the glossary.": "Peran Anda ({role}) tidak mengizinkan Anda mengubah glosarium.",

  // src/server/auth/request-user.ts
  "Cross-site requests cannot change data. Use Saring's own pages or an API token.": "Permintaan lintas situs tidak dapat mengubah data. Gunakan halaman Saring sendiri atau token API.",

  // src/server/auth/sign-in-route.ts
  "Too many failed sign-in attempts. Try again in {minutes} minutes.": "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.",

  // src/server/errors.ts
  "Sign in, or send a valid API token.": "Masuk, atau kirim token API yang valid.",
  "Your role does not allow you to do this.": "Peran Anda tidak mengizinkan Anda melakukan ini.",

  // src/server/http/api-handler.ts
  "This already exists.": "Ini sudah ada.",
  "Something went wrong on the server. The change was not saved.": "Terjadi kesalahan di server. Perubahan tidak disimpan.",
  "This endpoint answers {methods} only.": "Endpoint ini hanya menjawab {methods}.",

  // src/server/http/parse.ts
  "Invalid input.": "Masukan tidak valid.",
  "Query parameter {name} may not contain NUL characters.": "Parameter kueri {name} tidak boleh memuat karakter NUL.",

  // src/server/http/read-body.ts
  "The request body was cut off before it ended.": "Isi permintaan terpotong sebelum selesai.",
  "The request body is larger than the limit of {limit}.": "Isi permintaan melebihi batas {limit}.",
  "The request body is not valid UTF-8.": "Isi permintaan bukan UTF-8 yang valid.",
  "Send the request body as JSON (Content-Type: application/json).": "Kirim isi permintaan sebagai JSON (Content-Type: application/json).",
  "The request body is not valid JSON.": "Isi permintaan bukan JSON yang valid.",
  "Text may not contain NUL characters (\\u0000).": "Teks tidak boleh memuat karakter NUL (\\u0000).",

  // src/server/services/annotations/annotation-input.ts
  "An evidence title is too long (500 characters at most).": "Judul bukti terlalu panjang (paling banyak 500 karakter).",
  "A quoted passage is too long (5,000 characters at most).": "Kutipan terlalu panjang (paling banyak 5.000 karakter).",
  "stance is one of supports, refutes, context.": "stance adalah salah satu dari supports, refutes, context.",
  "accessedAt is a date: YYYY-MM-DD.": "accessedAt adalah tanggal: YYYY-MM-DD.",
  "The translation is too long (10,000 characters at most).": "Terjemahan terlalu panjang (paling banyak 10.000 karakter).",
  "translationOrigin is one of typed, memory, glossary, machine.": "translationOrigin adalah salah satu dari typed, memory, glossary, machine.",
  "The claimant is too long (300 characters at most).": "Isian pembuat klaim terlalu panjang (paling banyak 300 karakter).",
  "The rationale is too long (20,000 characters at most).": "Alasan terlalu panjang (paling banyak 20.000 karakter).",
  "At most 50 sources per claim.": "Paling banyak 50 sumber per klaim.",
  "claimVersion is the claim's current version number.": "claimVersion adalah nomor versi klaim saat ini.",
  "The reason is too long (2,000 characters at most).": "Alasan terlalu panjang (paling banyak 2.000 karakter).",

  // src/server/services/annotations/create-annotation.ts
  "The document's text was corrected while you were annotating it. Reload it and select the words again.":
    "Teks dokumen dikoreksi saat Anda sedang menganotasinya. Muat ulang dokumen itu, lalu pilih kata-katanya lagi.",
  "verdict is one of {keys}.": "verdict adalah salah satu dari {keys}.",
  "The document was not found.": "Dokumen tidak ditemukan.",
  "This span joins an existing claim: its verdict, claimant, rationale and evidence are the claim's. Change them on the claim.":
    "Rentang ini bergabung dengan klaim yang sudah ada: kesimpulan, pembuat klaim, alasan, dan buktinya milik klaim itu. Ubah semuanya di klaim tersebut.",
  "The claim was not found.": "Klaim tidak ditemukan.",

  // src/server/services/annotations/delete-annotation.ts
  "The annotation was not found.": "Anotasi tidak ditemukan.",

  // src/server/services/annotations/update-annotation.ts
  "Someone else saved this annotation first (now version {version}). Your changes were not saved; compare and save again.":
    "Orang lain sudah lebih dulu menyimpan anotasi ini (kini versi {version}). Perubahan Anda tidak disimpan; bandingkan, lalu simpan lagi.",

  // src/server/services/backup/backup.ts (a damaged file: the backup-file.ts message, then this sentence)
  "Nothing was restored.": "Tidak ada yang dipulihkan.",
  "This instance is not empty ({tables}). Restore only into a new, empty instance. Nothing was restored.":
    "Instans ini tidak kosong ({tables}). Pulihkan hanya ke instans baru yang masih kosong. Tidak ada yang dipulihkan.",
  "The backup could not be restored ({reason}). Nothing was restored.": "Cadangan tidak dapat dipulihkan ({reason}). Tidak ada yang dipulihkan.",

  // src/server/services/claims/claim-input.ts
  "version is the claim's current version number.": "version adalah nomor versi klaim saat ini.",
  "The summary is one sentence (1,000 characters at most).": "Ringkasan berupa satu kalimat (paling banyak 1.000 karakter).",
  "Write something first.": "Tulis sesuatu terlebih dahulu.",
  "A comment is 10,000 characters at most.": "Komentar paling banyak 10.000 karakter.",
  "documentId names the document.": "documentId menunjuk dokumen yang dimaksud.",
  "from names the claim to merge into this one.": "from menunjuk klaim yang akan digabungkan ke klaim ini.",
  "reviewState is one of {states}.": "reviewState adalah salah satu dari {states}.",
  "sort is one of updated, created, verdict, appearances.": "sort adalah salah satu dari updated, created, verdict, appearances.",
  "page is a whole number.": "page adalah bilangan bulat.",
  "page starts at 1.": "page dimulai dari 1.",
  "pageSize is at most 100.": "pageSize paling besar 100.",

  // src/server/services/claims/equivalences.ts
  "The equivalence was not found.": "Padanan tidak ditemukan.",

  // src/server/services/claims/read-claims.ts
  "Unknown verdict: {unknown}. Verdicts are {keys}.": "Kesimpulan tidak dikenal: {unknown}. Kesimpulan yang ada: {keys}.",

  // src/server/services/claims/regroup-claims.ts
  "A claim cannot be merged into itself.": "Klaim tidak dapat digabungkan ke dirinya sendiri.",
  "The other claim has an approved verdict that differs from this one: change one verdict first (a correction), then merge.":
    "Klaim yang lain memiliki kesimpulan yang sudah disetujui dan berbeda dari klaim ini: ubah dulu salah satu kesimpulan (sebuah koreksi), lalu gabungkan.",
  "This is the claim's only appearance: there is nothing to split it from.": "Ini satu-satunya kemunculan klaim ini: tidak ada yang dapat dipisahkan darinya.",

  // src/server/services/claims/update-claim.ts
  "Someone else changed this claim first (now version {version}). Your changes were not saved; compare and save again.":
    "Orang lain sudah lebih dulu mengubah klaim ini (kini versi {version}). Perubahan Anda tidak disimpan; bandingkan, lalu simpan lagi.",

  // src/server/services/claims/verdict-input.ts
  "verdict is a label key such as TRUE, FALSE or MISLEADING.": "verdict adalah kunci label seperti TRUE, FALSE, atau MISLEADING.",
  "Every label needs an English name.": "Setiap label memerlukan nama bahasa Inggris.",
  "Every label needs an Indonesian name.": "Setiap label memerlukan nama bahasa Indonesia.",
  "A colour is #rrggbb.": "Warna ditulis dalam bentuk #rrggbb.",
  "Keep at least two labels.": "Pertahankan setidaknya dua label.",
  "Each label key appears once.": "Setiap kunci label hanya boleh muncul sekali.",

  // src/server/services/claims/verdict-labels.ts
  "UNVERIFIED stays: it is the verdict of every new claim.": "UNVERIFIED tidak dapat dihapus: itu kesimpulan setiap klaim baru.",
  "These labels are in use and cannot be removed: {labels}. Change those verdicts first.": "Label ini sedang dipakai dan tidak dapat dihapus: {labels}. Ubah dulu kesimpulan tersebut.",

  // src/server/services/documents/correct-document.ts
  "Someone else changed this document first (now version {version}). Reload it and apply your correction again.":
    "Orang lain sudah lebih dulu mengubah dokumen ini (kini versi {version}). Muat ulang dokumen itu, lalu terapkan koreksi Anda lagi.",
  "Another document already has exactly this text: “{title}”.": "Dokumen lain sudah memiliki teks yang persis sama: “{title}”.",

  // src/server/services/documents/document-metadata.ts
  "Use the form YYYY-MM-DD (or YYYY-MM, YYYY).": "Gunakan bentuk YYYY-MM-DD (atau YYYY-MM, YYYY).",
  "This date does not exist.": "Tanggal ini tidak ada.",
  "The URL is too long (2,000 characters at most).": "URL terlalu panjang (paling banyak 2.000 karakter).",
  "Give a web address that starts with http:// or https://.": "Berikan alamat web yang diawali http:// atau https://.",
  "The title is too long (300 characters at most).": "Judul terlalu panjang (paling banyak 300 karakter).",
  "The outlet name is too long (100 characters at most).": "Nama media terlalu panjang (paling banyak 100 karakter).",
  "Use a language tag such as id or en.": "Gunakan tag bahasa seperti id atau en.",

  // src/server/services/export/export-input.ts
  "Dates are YYYY, YYYY-MM or YYYY-MM-DD.": "Tanggal ditulis dalam bentuk YYYY, YYYY-MM, atau YYYY-MM-DD.",
  "format is one of {formats}.": "format adalah salah satu dari {formats}.",

  // src/server/services/export/export-jobs.ts
  "The export failed on the server.": "Ekspor gagal di server.",
  "You already have {running} exports running; wait for one to finish.": "Anda sudah menjalankan {running} ekspor; tunggu sampai salah satunya selesai.",
  "This export was not found.": "Ekspor ini tidak ditemukan.",
  "This export is not ready yet.": "Ekspor ini belum siap.",

  // src/server/services/glossary/glossary.ts
  "“{source}” is in the glossary already.": "“{source}” sudah ada di glosarium.",
  "The glossary term was not found.": "Istilah glosarium tidak ditemukan.",
  "The file is not a glossary CSV.": "Berkas ini bukan CSV glosarium.",

  // src/server/services/translation/libretranslate-client.ts
  "The translation service did not answer within {seconds} s.": "Layanan terjemahan tidak menjawab dalam {seconds} detik.",
  "The translation service could not be reached.": "Layanan terjemahan tidak dapat dihubungi.",
  "The translation service refused the request (HTTP {status}).": "Layanan terjemahan menolak permintaan (HTTP {status}).",
  "The translation service answered something other than a translation.": "Layanan terjemahan menjawab dengan sesuatu yang bukan terjemahan.",

  // src/server/services/translation/machine-translation.ts
  "Machine translation is not set up on this server.": "Terjemahan mesin belum disiapkan di server ini.",

  // src/server/services/users/account.ts
  "The current password is not correct.": "Kata sandi saat ini salah.",
  "The token was not found.": "Token tidak ditemukan.",

  // src/server/services/users/create-user.ts
  "A user with the email {email} already exists.": "Pengguna dengan email {email} sudah ada.",
  "Setup is already complete: sign in instead.": "Penyiapan sudah selesai: silakan masuk.",

  // src/server/services/users/manage-users.ts
  "The user was not found.": "Pengguna tidak ditemukan.",
  "This is the last active admin: make another user admin first.": "Ini admin aktif terakhir: jadikan pengguna lain admin terlebih dahulu.",
  "You cannot disable your own account.": "Anda tidak dapat menonaktifkan akun Anda sendiri.",

  // src/server/services/users/operator.ts
  "No user has the email {email}.": "Tidak ada pengguna dengan email {email}.",
  "{email} is disabled: enable the user first.": "{email} dinonaktifkan: aktifkan pengguna itu terlebih dahulu.",

  // src/server/services/users/user-input.ts
  "The email address is too long.": "Alamat email terlalu panjang.",
  "Give a valid email address.": "Berikan alamat email yang valid.",
  "Give a name.": "Isi nama.",
  "The name is too long (120 characters at most).": "Nama terlalu panjang (paling banyak 120 karakter).",
  "Choose a role: ADMIN, EDITOR, REVIEWER or VIEWER.": "Pilih peran: ADMIN, EDITOR, REVIEWER, atau VIEWER.",
};
