"""What the line rules of ``classify`` match and measure with: the patterns of page furniture (ads,
widgets, teasers, captions and photo credits, sign-offs, copyright, pagination), of editorial notes and
corrections, of sentence ends and date labels, and word counts.

The names keep their leading underscore: they are the pipeline's own, not an interface for other apps.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_EDGE_PUNCT = " -–—*_·|•:>»"

_ADVERTISEMENT = re.compile(
    r"^(?:advertisements?|advertorial|iklan|ads?|hide ads|close ads|tutup iklan|sponsored(?: content)?"
    r"|konten (?:ber)?sponsor|scroll to top|back to top|kembali ke atas|to top|laporkan iklan|lihat foto"
    r"|dengarkan(?: berita| artikel)?(?: ini)?|listen to (?:this )?(?:article|story)|loading\.*|memuat\.*)$"
    # A line of hashtags: the page's topic links.
    r"|^(?:#[\w-]+[ ,]*){1,12}$",
    _I,
)
_SCROLL = re.compile(
    r"^(?:(?:iklan|advertisement)[ ]*[-–—:|][ ]*)?(?:scroll(?: down)? to (?:continue|read)(?: with content"
    r"| reading)?|scroll(?: ke bawah)? untuk (?:melanjutkan|lanjut)(?: membaca)?"
    r"|gulir(?: ke bawah)? untuk melanjutkan(?: membaca)?|lanjutkan membaca|continue reading)\.?"
    r"[ ]*[↓⬇▼]?$",
    _I,
)
_READ_ALSO = re.compile(
    # Set off by a bullet, brackets or quotation marks: "- Baca juga", "[Baca juga: …]", "“Baca Juga: …”".
    r"^(?:[-–•*·»>]{1,2}[ ]*)?[(\[\"“'‘]?[ ]*(?:baca juga|baca pula|lihat juga|lihat pula|simak juga|simak pula|baca lagi"
    r"|artikel terkait|berita terkait|read also"
    r"|also read|read more|baca)\b[ ]*(?P<sep>[:：\-–—]?)[ ]*"
    r"(?P<teaser>.*?)[)\]\"”'’]?$",
    _I,
)


def read_also_match(line: str) -> re.Match[str] | None:
    """The match of a "Baca juga" teaser line (``_READ_ALSO``), or None. In quotation marks only with its
    colon ("“Baca juga: …”"): “Baca buku itu,” kata … is a quotation."""
    match = _READ_ALSO.match(line)
    if match is None:
        return None
    if line.lstrip("-–•*·»> ")[:1] in "\"“'‘" and not match.group("sep"):
        return None
    return match


_VIDEO = re.compile(
    r"^(?:\[(?:gambas|video|embed|youtube|instagram|twitter|tiktok)\b[^\]]*\]"
    r"|(?:saksikan|simak|tonton|lihat|watch)(?: juga)? (?:video|live|siaran|juga)\b.*"
    r"|(?:video|watch)[ ]*:.*)$",
    _I,
)
_SHARE = re.compile(
    r"^(?:bagikan|share|share this(?: article| story)?|bagikan (?:artikel|berita)(?: ini)?|tweet|copy link"
    r"|salin (?:link|tautan)|facebook|twitter|whatsapp|telegram|linkedin|line|email|e-mail|x)[ ]*:?$",
    _I,
)
_FOLLOW = re.compile(
    r"^(?:follow|ikuti|gabung|join|dapatkan|subscribe|simak|pilih|klik|unduh|download|cek)\b.*"
    r"\b(?:whatsapp|channel|google news|instagram|twitter|telegram|tiktok|facebook|youtube|newsletter"
    r"|ponsel(?:mu|nya)?|aplikasi|saluran)\b",
    _I,
)
_MAX_FOLLOW_WORDS = 30
_COMMENTS = re.compile(
    r"^(?:\d+[ ]+)?(?:komentar|comments?|tanggapan)(?:[ ]*\(\d+\))?$"
    # The reactions box: "Bagaimana tanggapan anda mengenai artikel ini? Happy".
    r"|^bagaimana (?:tanggapan|reaksi|perasaan) (?:anda|kamu|kalian)\b.{0,80}$"
    r"|^(?:tautan|link) (?:sumber|asli)$|^(?:source link|lihat sumber|view source)$"
    # A blog's comment box: "+ There are no comments", "Add yours", "Tinggalkan komentar".
    r"|^(?:\+[ ]*)?(?:there are no comments|no comments yet|belum ada komentar)$"
    r"|^(?:add yours|leave a (?:reply|comment)|tinggalkan (?:balasan|komentar))$"
    r"|^(?:kirim|tulis|beri(?:kan)?|lihat(?: semua)?|tambah(?:kan)?|tampilkan(?: semua)?) (?:komentar|tanggapan)"
    r"(?: (?:anda|kamu|di sini))?$",
    _I,
)
_FONT_SIZE = re.compile(
    r"^(?:a|aa|aaa|a ?a ?a|a\+|a-|a−|a ?- ?a ?\+|ukuran (?:teks|font|huruf)|text size|font size"
    r"|kecil[ ]*(?:sedang[ ]*)?besar|perbesar(?: teks| huruf)?|perkecil(?: teks| huruf)?)$",
    _I,
)
# A theme's controls and notices, each alone on its line: reading time, search box, account links,
# the notification bell, a font resizer, a text-to-speech player.
_PAGE_UI = re.compile(
    r"^(?:\d{1,2}[ ]*(?:min(?:ute)?s?|menit)[ ]+(?:read|baca|membaca)|(?:search|cari|pencarian)"
    r"|(?:have an existing account\?[ ]*)?(?:sign in|log ?in)|sign up|notifications?|notifikasi"
    r"|font[ ]?resizer\w*|(?:dengarkan|listen to)(?: this)?(?: materinya| berita(?: ini)?| artikel(?: ini)?"
    r"| article| story)?|versi audio\b.{0,120}"
    # A cookie notice and a newsletter box: "Situs ini menggunakan cookie …", "Masukkan alamat email Anda".
    r"|(?:situs|website|laman|web)(?: ini)? menggunakan (?:cookies?|kuki)\b.{0,200}"
    r"|(?:kami|we) (?:menggunakan|use) (?:cookies?|kuki)\b.{0,200}|this (?:site|website) uses cookies\b.{0,200}"
    r"|masukkan (?:alamat )?e-?mail(?: anda| kamu)?\b.{0,60})$",
    _I,
)
# What a platform that translates its posts by machine prints around them: the language chooser's prompt
# and heading ("Pilih Bahasa", "Select language", "Try using it in your preferred language."), the notice
# that a machine translated the text ("Ini adalah postingan yang diterjemahkan oleh AI.", "Terjemahan
# otomatis oleh Google", "This article was machine-translated"), the link back to the original ("Lihat teks
# asli") and the post's language label ("Bahasa penulisan: Bahasa Korea"). A translation done by people ("…
# diterjemahkan oleh penerjemah Kementerian") names no machine and is the article's.
_MACHINE = r"\b(?:ai|a\.i\.|mesin|machine|otomatis|automatically|automatic|google(?: translate)?|deepl|kecerdasan buatan)\b"
_TRANSLATION = re.compile(
    r"^(?:(?:pilih|ganti|ubah|select|choose|change)(?: your| the)? (?:bahasa|languages?)(?: (?:lain|anda|other))?"
    r"|try (?:using|reading|viewing) (?:it|this(?: \w+)?) in (?:your|another) (?:preferred |own )?language\.?"
    r"|(?:(?:ini adalah |this is )?(?:an? )?(?:postingan|posting|post|artikel|article|tulisan|konten|content|teks|text"
    r"|halaman|page|berita|story)(?: ini)?(?: (?:yang|that|which))?(?: (?:telah|sudah|has been|was|is))?[ ]+)?"
    r"(?:diterjemahkan|terjemahan|translated|translation)\b.{0,40}?" + _MACHINE + r"(?:[ ]+\w+){0,3}\.?"
    r"|(?:this (?:article|post|page|story|text) (?:was|is|has been) )?(?:machine|auto|ai)[- ]?translated"
    r"(?:[ ]+\w+){0,3}\.?"
    r"|(?:lihat|tampilkan|view|show|see)(?: (?:teks|versi|naskah))? (?:asli|original)(?: (?:text|version|post))?"
    r"|(?:bahasa (?:penulisan|asli|sumber)|original language|written in)[ ]*:?[ ]*\S.{0,30})$",
    _I,
)
_RELATED = re.compile(
    r"^(?:berita (?:terkait|terkini|lainnya|populer|pilihan"
    r"|rekomendasi|selanjutnya|terbaru)|artikel (?:terkait|lainnya)"
    r"|rekomendasi(?: untuk anda| untukmu| berita)?"
    r"|pilihan (?:editor|redaksi)|terpopuler|populer|trending|terbaru"
    r"|baca (?:berita |artikel )?lainnya|topik(?: terkait"
    r"| pilihan)?|tags?|related(?: articles| news| stories)?"
    r"|more (?:stories|news)|you may also like|most read|lihat semua|indeks berita|newsfeed"
    r"|(?:berita )?video (?:pilihan|terkait|terkini|terbaru|terpopuler|lainnya|rekomendasi|populer)"
    r"|video"
    # Section and list labels alone on their line: "Terkini", "Berita Utama", "Pilihan Untukmu", "Next Article".
    r"|terkait|terkini|lainnya|berita utama|headlines?|sorotan|hot topics?|pilihan untuk(?:mu| anda)"
    r"|(?:terpopuler|populer|trending) (?:minggu|hari|pekan) ini|berita selengkapnya|(?:next|previous) article"
    r"|artikel (?:selanjutnya|sebelumnya)|ringkasan(?: berita| artikel)?|poin penting)[ ]*:?$"
    r"|^telusuri (?:berita|artikel)\b.{0,60}$|^(?:tags?|topik)[ ]*:.{0,200}$",
    _I,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)[ ]|copyrights?\b|hak cipta\b)|all rights? reserved|hak cipta dilindungi"
    # The reuse notice Indonesian pages print under their articles: "Dilarang mengambil dan/atau
    # menayangkan ulang … tanpa seizin redaksi."
    r"|^dilarang (?:keras )?(?:mengambil|mengutip|menyalin|memperbanyak|menayangkan|menyiarkan)\b.{0,200}"
    r"\btanpa (?:izin|ijin|seizin|seijin)\b",
    _I,
)
_PAGINATION = re.compile(
    r"^(?:halaman|page|hal\.?)[ ]*\d+[ ]*(?:dari|of|/)[ ]*\d+$"
    r"|^(?:simak|baca|lihat)(?: berita"
    r"| artikel)? selengkapnya di halaman (?:selanjutnya|berikutnya|berikut)\.?$"
    r"|^(?:halaman|page) (?:selanjutnya|berikutnya|sebelumnya|next|previous)$"
    r"|^(?:selanjutnya|sebelumnya|berikutnya|next|previous"
    r"|next page)$|^(?:\d+[ ]+){2,}(?:»|next|selanjutnya)?$"
    r"|^(?:halaman|page|hal\.?)[ ]*:?[ ]*(?:\d+[ ]*){2,}(?:»|next|selanjutnya)?$",
    _I,
)
_SOURCE_CREDIT = re.compile(
    r"^(?:sumber|source|sumber berita|sumber artikel)[ ]*:[ ]*(?P<source>\S.{0,80})$"
    # "(Sumber: Reuters)": the same credit in parentheses.
    r"|^[(\[](?:sumber|source)[ ]*:[ ]*\S[^()\[\]]{0,80}[)\]]$"
    # "Sumber AFP": no colon, only names in capitals after it.
    r"|^(?:sumber|source)[ ]+[A-Z][\w.&-]*(?:(?:[ ]|,[ ]?|/)[A-Z][\w.&-]*){0,3}$"
    r"|^(?:artikel|berita|tulisan) ini (?:telah |sudah )?(?:tayang|terbit|dimuat|diterbitkan)\b.*$",
    _I,
)
_SIGNOFF = re.compile(r"^[(\[][ ]*(?P<inner>[^()\[\]]{1,60}?)[ ]*[)\]]$")
_PHOTO_CREDIT_LINE = re.compile(
    r"^[(\[]?(?:foto|photo|gambar|ilustrasi|image|sumber foto|sumber gambar|tangkap(?:an)? layar|screenshot|"
    r"dok|dokumentasi|credit|kredit|"
    r"ist|istimewa)\b[ ]*[.:/]?[ ]*(?P<credit>.{0,120}?)[)\]]?$",
    _I,
)
# "Arsip - Pemimpin … (kiri) berjabatan tangan …": a file picture's caption, labelled as from the archive.
# No place is called "Arsip", so the dash is never a dateline's.
_ARCHIVE_CAPTION = re.compile(
    r"^(?:arsip|file|foto arsip|dok(?:umentasi)?\.? arsip)(?:[ ]+foto)?[ ]*[-–—:][ ]+\S", _I
)
# What a page's markup leaves on a line of its own when the copy is stored as text: an image without
# its picture ("![]() |"), a table's pipes, rules of dashes or stars. No letter or digit, or only
# the image's alt text.
_MARKUP_RESIDUE = re.compile(r"^(?:[^\w]*!\[[^\]]{0,200}\]\([^)]{0,500}\))+[^\w]*$|^[^\w]+$")
# A social post's handle and its age under an embedded post: "@ISIDEWITH1 tahun1Y", "@kremlin · 2j".
_HANDLE_LINE = re.compile(r"^@\w{2,30}(?:[ ]+\S+){0,2}$")
# "Foto: …" labels a caption however long it is and however it ends.
_CAPTION_LABEL = re.compile(
    r"^[(\[]?(?:foto|photo|gambar|image|keterangan foto|caption)[ ]*[:：]|^ilustrasi[ ]*[.:]", _I
)
# A caption that ends with its credit after a slash: "… pada 26 April 2019/AFP", "… Nebenzia/Net".
_SLASH_CREDIT_END = re.compile(r"[^\s.!?/]/[ ]?[A-Z][\w.&'’-]*(?:[ ][A-Z][\w.&'’-]*){0,2}$")
_MIN_SLASH_CAPTION_WORDS = 4
_MAX_CAPTION_WORDS = 60
_STOCK_CREDIT = re.compile(
    r"^(?:getty images|shutterstock|istockphoto|istock|istimewa|dok\. pribadi|dokumen pribadi|handout)$", _I
)
_SLASH_CREDIT = re.compile(
    r"^(?:[A-Z][\w.&-]*(?: (?:FOTO|Foto|Photo|PHOTO))?)/[A-Z][\w .'’-]{1,40}?[ ]*[|•·]?$"
)
_CAPTION_CREDIT_END = re.compile(
    r"[ ][(\[][ ]*(?:foto|photo|dok\b\.?|dokumentasi|ilustrasi"
    # The short forms captions close with: "[ist]" (istimewa, a handout), "(net)" (taken from the web),
    # "(repro)" (a reproduction), "(tangkapan layar)" / "(screenshot)".
    r"|ist\b\.?|net\b\.?|repro\b|tangkapan layar|screenshot"
    r"|gambar|image|istimewa|koresponden|kredit|credit"
    r"|sumber foto|antara foto|ap photo|reuters/|afp/|ap/"
    r"|getty images|shutterstock)[^()\[\]]{0,80}[)\]][ ]*$"
    # The national agency's picture credit as its captions print it, without parentheses: "… Sabtu
    # (4/5/2024). ANTARA FOTO/Ani Wijaya/abc." (every paper that runs its pictures copies the caption).
    r"|[ ]ANTARA[ ]FOTO/[^/\n]{2,40}(?:/[^/\n]{1,40}){0,3}$",
    _I,
)
# A caption closed by its picture's credit: an agency, then the photographer's name or the account the
# picture was taken from ("(Sputnik/Ani Wijaya)", "(EPA-EFE/Ani Wijaya, File)", "(X/@kremlin)"), or a
# photographer's chain ending with the wire that passed it on ("Sputnik/Ani Wijaya/Pool via REUTERS").
# A desk's sign-off is initials or codes ("(AFP/dil)"), never a person's full name.
_PHOTOGRAPHER_CREDIT_END = re.compile(
    r"[ ][(\[][ ]*[A-Z][\w.&'’-]*(?:[ -][A-Z][\w.&'’-]*)*[ ]*/[ ]*"
    r"(?:[A-Z][\w'’.-]+(?:[ ]+[A-Z][\w'’.-]+){1,3}(?:[ ]*/[ ]*[A-Za-z][\w'’.-]*)*|@\w+)"
    r"(?:[ ]*,[ ]*(?:File|Arsip|Dok\.?))?[)\]][ ]*$"
    r"|[ ][(\[](?i:tangkap(?:an)?[ ]+layar|screenshot|cuplikan[ ]+video)\b[^()\[\]]{0,60}[)\]][ ]*$"
    r"|[ ][A-Z][\w.&'’-]*(?:[ ]*/[ ]*[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*)*)+[ ]+(?i:via)[ ]+[A-Z][\w.&'’-]*[ ]*$"
)
_PROMO = re.compile(
    r"^(?:selengkapnya|lihat selengkapnya|baca selengkapnya"
    r"|klik di ?sini|download (?:aplikasi|app)|unduh aplikasi"
    r"|dapatkan (?:update )?berita|subscribe|berlangganan|newsletter)\b.{0,80}$",
    _I,
)
# The whole-line widget rules, in order, as one pattern: re tries them in this order and the first
# that matches names the reason (one call instead of seven).
_WIDGET = re.compile(
    "|".join(
        f"(?P<{reason}>{pattern.pattern})"
        for reason, pattern in (
            ("advertisement", _ADVERTISEMENT),
            ("scroll_prompt", _SCROLL),
            ("translation_notice", _TRANSLATION),
            ("video_embed", _VIDEO),
            ("share_widget", _SHARE),
            ("comment_widget", _COMMENTS),
            ("font_size_widget", _FONT_SIZE),
            ("related_list", _RELATED),
            ("pagination", _PAGINATION),
            ("page_ui", _PAGE_UI),
        )
    ),
    _I,
)
_TAG = re.compile(r"<[^<>]{0,200}>")
_TERMINAL = re.compile(r"""[.!?…]["'”’)]*$|["”’]$""")
_FULL_STOP = re.compile(r"""[.…]["'”’)]*$|["”’]$""")
_WORD = re.compile(r"\w[\w'’.-]*")
_DATE_LABELS = re.compile(
    r"\b(?:diperbarui|diterbitkan|dipublikasikan|published|pembaruan|dibuat"
    r"|updated|update|last|terakhir|modified|tayang|terbit|posted|pukul|wib|wita|wit|kst"
    # A stored copy's own stamp ("date 2025-09-02") and the label a page may print ("Tanggal: …").
    r"|date|tanggal"
    # "Dipublikasikan pada 12 November 2024", "Diunggah pada …", "Posted on …": the word before the date.
    r"|pada|on|diunggah|diposting|diposkan|dirilis|dimuat)\b",
    _I,
)

# Editorial notes and corrections: "Catatan redaksi: …", "Ralat: …", "Update 14.30 WIB: …",
# "Artikel ini telah diperbarui …". They belong to the article (a reader must see them), so they are
# content wherever they sit, and the Source is flagged as carrying a correction notice.
_CORRECTION = re.compile(
    r"^[*(\[ ]*(?:(?:catatan (?:redaksi|editor|penyunting)|editor'?s note)\b[^:：]{0,40}[:：]"
    r"|(?:ralat|koreksi|correction|klarifikasi)[ ]*[:：]"
    # "Update:", "Update 14.30 WIB:", "Pembaruan (10:15 WIB):"; not a headline such as "Update Perang …: …".
    r"|(?:update|updated|pembaruan|diperbarui)(?:[ ]*[,(]?[ ]*(?:pukul[ ]+)?\d{1,2}[.:]\d\d[ ]*(?:WIB|WITA|WIT)?\)?)?"
    r"[ ]*[:：])"
    r"|^[*(\[ ]*(?:artikel|berita|tulisan|judul artikel|judul berita)(?: ini)?[ ]+(?:telah[ ]+|sudah[ ]+)?"
    r"(?:diperbarui|dikoreksi|direvisi|diralat|diubah|disunting ulang"
    r"|mengalami[ ]+(?:perubahan|koreksi|perbaikan|revisi|pembaruan))\b"
    r"|^[*(\[ ]*(?:this (?:article|story) (?:has been|was) (?:updated|corrected|amended))\b",
    _I,
)


def _words(text: str) -> int:
    return len(text.split())


def strip_tags(text: str) -> str:
    """Drop inline HTML tags ("<i>Update</i> Perang" -> "Update Perang")."""
    return " ".join((_TAG.sub("", text) if "<" in text else text).split())
