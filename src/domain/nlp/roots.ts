// Indonesian root words the stemmer accepts as final answers: common news vocabulary, and the
// roots of the seed articles. A stem found here is trusted; otherwise the stemmer is cautious.
const WORDS = `
ada adil aju akhir akan aktif alam alami alih aman ambil amunisi anak analis ancam anggap anggota angkat antar anti apa arah arti asing atas atur awal awas ajar
bagi bahas bahan baik balas balik bangun bantu banyak barang baru basis batas bawa bayar beda beli benar berangkat berat beri berita besar biaya bicara bijak bina bisa buat bukti bunuh buru butuh bahaya bangsa bela bom bulan
cakup capai cari catat cegah cepat cerita cermin cinta coba cuba curi
daftar dalam damai dampak dapat darat datang dekat dengar desak diam diktator diri diskusi dorong duduk duga dukung dunia
edar embargo entitas
gagal gelar gerak guna
habis hadap hadir hal hambat hancur harap harga hasil hati henti hidup hilang hitung hormat hubung hukum
ikut ingat ingin invasi isolasi isi izin indikasi
jadi jadwal jaga jalan jamin janji jawab jelas jual juang jumpa
kait kalah kali kata kawal kecam keluar kembang kemuka kena kenal kerja kesal khawatir kirim komentar komitmen konfirmasi konsekuensi kuasa kuat kunjung kurang khusus
laku lalu langgar langsung lanjut lansir lapor latih lawan lebih lepas lihat lindung lingkup lintas luar luncur lupa
main maju makan maksud malu mampu manfaat masuk mata mati milik minta misi mohon mulai muncul
nama nasihat negara negosiasi nilai nuklir nyata nyanyi
olah
pakai paksa pandang panggil pantau pasok patuh peduli pegang pengaruh pergi perintah periksa perkira perlu pesan pikir pilih pimpin pindah protes pukul pulang punya putus
rakit rampas rana rancang rasa rawat rebut rencana resmi rinci ruang rugi runding
saji saksi salah sama sampai sanksi sangkal satu sebar sedia sedang segera sehat sekutu selamat selesai semua senjata serah serang seru serta setuju siap siar sidang sinyal soal sokong sorot sulit sumber
tahan tahu takut tambah tampak tanda tangan tanggap tanggung tangkap tanya tarik taruh tatap tawar tekan teliti temu tentu terang terima terus tegas tempat tiba tindak tingkat tinggal tinggi tolak tonton tuduh tuju tukar tulis tunjuk tunda turun tutur
uji ujar ukur ulang umum undang ungkap untung upaya usaha usul utama utus
wakil waspada
`;

export const ROOTS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
