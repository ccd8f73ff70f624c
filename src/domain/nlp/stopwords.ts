// Indonesian function words that carry no claim. Negations and modality (tidak, bukan, belum,
// tanpa, jangan, akan, harus, bisa, dapat, mungkin) are kept OUT: they change what is claimed.
const WORDS = `
yang dan di ke dari ini itu dengan untuk pada adalah ialah oleh juga sudah telah sebagai dalam bahwa atau karena
para sang si pun lah kah ia dia mereka kami kita saya aku engkau anda beliau nya
se sebuah seorang suatu tersebut hal hanya lagi masih sedang serta saat ketika sejak hingga sampai selama
agar supaya maka namun tetapi tapi sedangkan melainkan walaupun meskipun meski jika kalau bila apabila
ada antara atas bagi demi tentang terhadap kepada daripada seperti yaitu yakni
sangat lebih paling amat cukup pula pun saja juga bahkan hampir
apa siapa mana kapan mengapa bagaimana berapa
sini situ sana begitu begini demikian
lain lainnya sendiri semua seluruh setiap tiap beberapa banyak sejumlah
pernah baru kini sekarang nanti kemudian lalu setelah sebelum sebelumnya selanjutnya
the of and to in a
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
