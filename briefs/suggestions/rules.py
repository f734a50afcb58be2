"""The vocabulary of Indonesian reporting language, as compiled patterns.

Three families of cues:

* **attribution words** after a quote or clause: ``"…," kata X``, ``…, tambahnya``, ``Korea Utara, kata
  Kirby, berusaha …``;
* **reporting verbs** with the speaker before them and what was said after them: ``X mengatakan
  (bahwa) …``, ``X membantah tuduhan …``; each verb carries a stance;
* **source phrases** that name where the reporter read something (``dikutip dari``, ``seperti dilansir``):
  whatever they name is never the speaker.

And the phrases that stand for a speaker without naming it: pronouns ("dia", "mereka", "-nya"), group
anaphora ("keempat negara tersebut"), statements ("pernyataan tersebut"), roles ("juru bicara itu") and
unnamed people ("para ahli").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.vocabulary import ASSERTS, CONDEMNS, CONFIRMS, DENIES, PLEDGES, QUESTIONS, STANCES, WARNS

__all__ = ["ASSERTS", "CONDEMNS", "CONFIRMS", "DENIES", "PLEDGES", "QUESTIONS", "STANCES", "WARNS"]

# --- attribution words: "…," kata X / …, tambahnya / X, ujar Y, … -------------------------------------
ATTRIBUTION_WORDS = (
    "kata", "ujar", "ucap", "tutur", "sebut", "tulis", "ungkap", "tambah", "lanjut", "pungkas", "jelas",
    "imbuh", "terang", "tegas", "papar", "sambung", "bantah", "kilah", "tandas", "timpal", "lapor",
    "sangkal", "tepis", "kecam", "ancam", "janji", "tanya", "klaim", "tuding", "desak",
    # also common in Indonesian reporting, and never a plain noun or adjective after a comma or a quote
    "beber", "cetus", "tukas", "urai",
    # the other roots journalists put after a quote: a jibe, an answer, a plea, an appeal, a rebuttal,
    # a complaint ("…," sindir Lavrov / "…," jawabnya / "…," imbau Kirby / "…," sergahnya)
    "sindir", "jawab", "pinta", "imbau", "seru", "sergah", "elak", "keluh",
    # what was posted: "…," cuit Rachman / "…," kicaunya
    "cuit", "kicau",
)  # fmt: skip
# Roots that attribute only with "-nya": "…," akunya (he admitted); a bare "aku" is "I".
NYA_ONLY_ATTRIBUTION_WORDS = ("aku",)
# The stance an attribution word gives by itself ("…," bantah Peskov → denies); the rest assert.
ATTRIBUTION_STANCES = {
    "bantah": DENIES, "kilah": DENIES, "sangkal": DENIES, "tepis": DENIES, "kecam": CONDEMNS,
    "ancam": WARNS, "janji": PLEDGES, "tanya": QUESTIONS, "sindir": CONDEMNS, "sergah": DENIES,
    "elak": DENIES, "keluh": CONDEMNS,
}  # fmt: skip
_ATTRIBUTION = "|".join((*ATTRIBUTION_WORDS, *(f"{word}(?=nya)" for word in NYA_ONLY_ATTRIBUTION_WORDS)))
# Right after a closing quote mark.
AFTER_QUOTE = re.compile(rf"[\s,]*(?P<cue>(?:{_ATTRIBUTION})(?P<nya>nya)?)\b", re.IGNORECASE)
# A sentence of its own after a quotation that closed on a full stop, its reporting word capitalised:
# "“… negara berdaulat.” Imbuh Kim." / "“… dapat berubah.” Jelas Kirby kepada wartawan." / "… Rusia. Kata
# Kirby, …". Case matters: a capitalised word that opens an ordinary sentence ("Jelas sekali …") is told
# apart by what follows the speaker (see engine._tag_sentence).
TAG_SENTENCE = re.compile(
    rf"[^\S\n]*(?P<cue>(?:{'|'.join(word.capitalize() for word in ATTRIBUTION_WORDS)})(?P<nya>nya)?)"
    r"(?![\w-])(?(nya)|(?=[^\S\n]+[A-Z]))"
)
# What may follow the speaker of such a sentence: nothing, a comma, or an adjunct of where and how.
TAG_SENTENCE_REST = re.compile(
    r"[^\S\n]*(?:$|[,.!?]|(?:kepada|dalam|di|saat|pada|seperti|melalui|usai|ketika|dari|lewat|via)(?![\w-]))",
    re.IGNORECASE,
)
# Titles a speaker may carry in lower case before a name or an institution: "…," juru bicara Kremlin …,
# "…, pakar Korea Utara di Universitas X mengatakan."
_LOWER_CASE_TITLES = (
    r"juru[^\S\n]+bicara|jubir|kementerian|pemerintah|pejabat|militer|menteri|presiden|perdana[^\S\n]+menteri|"
    r"duta[^\S\n]+besar|dubes|utusan|diplomat|analis|pakar|pengamat|peneliti|profesor|direktur|kepala|ketua|"
    r"wakil|sekretaris[^\S\n]+jenderal|penasihat|komandan|panglima|jenderal|anggota|senator|badan|kantor|"
    # the unnamed voices of a state: "…, media pemerintah Korea Utara melaporkan Kamis."
    r"media|otoritas|intelijen|pihak[^\S\n]+berwenang"
)
# A quote ending in a comma and followed by its speaker and a reporting verb: "“…,” ia memperingatkan"
# (the verb is matched with VERB_PATTERN after this).
# The speaker may come with a title in lower case: "“…,” kantor berita Korea Utara KCNA mengutip …".
INVERTED_AFTER_QUOTE = re.compile(
    r"[^\S\n]*(?P<who>(?:ia|dia|beliau)|"
    # a body described, then its name set off by commas: "badan intelijen militer Ukraina, GUR,"
    r"(?:(?:badan|lembaga|dinas|kantor|komite|dewan|kementerian|otoritas|intelijen|militer)"
    r"(?:[^\S\n]+[a-z][\w-]*){0,4}(?:[^\S\n]+[A-Z][\w'’-]*){1,3}[^\S\n]*,[^\S\n]*"
    r"[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3},)|"
    r"(?:(?:kantor[^\S\n]+berita|media[^\S\n]+pemerintah|"
    rf"{_LOWER_CASE_TITLES})[^\S\n]+)?"
    # a full title and name run to seven capitalised words: "Menteri Luar Negeri Rusia Sergei Lavrov"
    r"[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,6})[^\S\n]+"
    r"(?:(?:juga|pun|kemudian|lalu)[^\S\n]+)?"
)
# After the speaker slot of INVERTED_AFTER_QUOTE: an agency that relays the words of someone else
# ("“…,” KCNA mengutip pernyataan Kim."): the one quoted is the speaker.
QUOTING_AFTER = re.compile(
    r"mengutip[^\S\n]+(?:(?:pernyataan|ucapan|perkataan|kata-kata|keterangan)[^\S\n]+)?(?:dari[^\S\n]+)?",
    re.IGNORECASE,
)
# A speaker quoting its own words: "“…,” Kementerian Luar Negeri mengutip pernyataannya." / "…, KCNA,
# mengutip keterangan resminya".
QUOTING_ITSELF = re.compile(
    r"mengutip[^\S\n]+(?:pernyataan|keterangan|rilis|siaran[^\S\n]+pers)(?:[^\S\n]+(?:resmi|tertulis))?nya"
    r"(?![\w-])",
    re.IGNORECASE,
)
# After "…," kata KCNA: the words it relays and whose they are ("…," ungkap KCNA, mengutip pernyataan dari
# Komisi Militer Pusat).
RELAYED_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?=mengutip(?![\w-]))", re.IGNORECASE)
# Right after a closing quote mark, a passive: of saying ("“…,” disampaikan Kirby …") names the speaker, of
# carrying ("“…,” dilansir Intelijen Ukraina di situs webnya") names the source.
PASSIVE_AFTER_QUOTE = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?P<cue>(?P<said>disampaikan|diungkapkan|dikatakan|ditegaskan|dijelaskan|diucapkan|"
    # not "dikutip dari X", which only credits where the reporter read it (never a speaker)
    r"ditulis)|(?P<carried>dilansir|dilaporkan|diberitakan|diwartakan))"
    r"(?:[^\S\n]+(?:oleh|dari))?[^\S\n]+(?=[A-Za-z])",
    re.IGNORECASE,
)
# Inside running text: ", kata Kirby," / ", tambah Cha dari CSIS." / ", tambahnya."
INLINE_ATTRIBUTION = re.compile(rf",\s*(?P<cue>(?:{_ATTRIBUTION})(?P<nya>nya)?)\b(?!-)", re.IGNORECASE)
# At the start of a sentence, before a quote: 'Kata Kirby, "…"'.
LEADING_KATA = re.compile(r"^(?P<cue>kata|ujar|menurut)\s+(?P<attr>[^,\n]{1,80}?)\s*[,:]\s*$", re.IGNORECASE)
# "menurut perintah …", "menurut aturan …": in accordance with, not according to anyone's words.
_NOT_A_SOURCE = (
    r"(?!(?:perintah|instruksi|arahan|rencana|jadwal|aturan|peraturan|hukum|undang-undang|ketentuan|kesepakatan|"
    r"perjanjian|resolusi|konstitusi|tradisi|prosedur|standar|kebiasaan)(?![\w-]))"
)
# "Menurut X, …" and "…, menurut X."
MENURUT_LEADING = re.compile(
    # at the start, perhaps after a connective ("Namun menurut informasi NIS, …"), or after a comma
    r"(?:^(?:(?:[Nn]amun|[Tt]etapi|[Aa]kan\s+tetapi|[Ss]ementara\s+itu|[Aa]dapun|[Bb]ahkan|[Ss]elain\s+itu)"
    r"[^\S\n]*,?[^\S\n]+)?|(?<=[,;]\s))"
    rf"(?P<cue>[Mm]enurut)\s+{_NOT_A_SOURCE}(?P<attr>[^,.;\n]{{2,120}}?)\s*,\s*(?=\S)"
)
# "menurut X" opening a relative clause: "… kontainer makanan, yang menurut Shin telah membantu …". What the
# clause says after the name is X's.
MENURUT_RELATIVE = re.compile(r"(?<![\w-])yang[^\S\n]+(?P<cue>menurut)[^\S\n]+(?=(?-i:[A-Z]))", re.IGNORECASE)
# "Menurutnya, …" / "Menurut dia, …": the person spoken of just before.
MENURUT_PRONOUN = re.compile(
    r"(?:^|(?<=[,;]\s))(?P<cue>[Mm]enurut(?:nya|[^\S\n]+(?:dia|beliau)))[^\S\n]*,[^\S\n]*(?=\S)"
)
# "…, demikian laporan KCNA." closing an unquoted sentence.
DEMIKIAN_TRAILING = re.compile(
    r",\s*(?P<cue>demikian)\s+(?:(?:laporan|pernyataan|keterangan|kata|ujar|tulis|disampaikan|dilaporkan)"
    r"(?:\s+oleh)?\s+)?(?P<attr>[^,;\n]{2,80}?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# "…, demikian disampaikan para peneliti kepada DK PBB, menyusul …": the same with the sentence going on
# after the attribution (only with a reporting word: "…, demikian juga Rusia, …" names no speaker).
DEMIKIAN_MIDDLE = re.compile(
    r",\s*(?P<cue>demikian)\s+(?:laporan|pernyataan|keterangan|disampaikan|dilaporkan|dikatakan|diungkapkan)"
    # the speaker without whom it was said to ("para peneliti kepada Dewan Keamanan PBB")
    r"(?:\s+oleh)?\s+(?P<attr>[^,;\n]{2,80}?)(?:\s+(?:kepada|di|dalam|pada)\b[^,;\n]*)?\s*,\s",
    re.IGNORECASE,
)
# "…, seperti diungkapkan oleh Menteri Pertahanan AS Lloyd Austin." closing an unquoted sentence.
SEPERTI_TRAILING = re.compile(
    r",\s*(?P<cue>seperti|sebagaimana)\s+(?:yang\s+)?di(?:ungkapkan|sampaikan|katakan|sebutkan|laporkan|tegaskan|"
    r"jelaskan|nyatakan|umumkan|beritakan|wartakan|lansir|kutip)\s+(?:oleh\s+)?(?P<attr>[^,;\n]{2,80}?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# Between a quote and its continuation in the same sentence: "“…,” kata Kirby, “…”".
RESUMED_AFTER_ATTRIBUTION = re.compile(
    rf"[\s,]*(?:{_ATTRIBUTION})(?:nya)?\b[^\"“”„«»\n]{{0,80}}?[,:]\s*", re.IGNORECASE
)
MENURUT_TRAILING = re.compile(
    # the attribution may hold one apposition: "…, menurut panglima tertinggi Ukraina, Oleksandr Syrskii."
    rf",\s*(?P<cue>menurut)\s+{_NOT_A_SOURCE}(?P<attr>[^,;\n]{{2,120}}?(?:,[^\S\n]*[^,;\n]{{2,60}}?)?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_NOT_NAMES_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu"
# "…, Badan Intelijen Nasional (NIS) Seoul melaporkan pada hari Rabu.": the speaker and its verb after the
# statement, as "…, kata X" but with the verb last.
# The speaker may be an institution written in lower case ("…, kementerian luar negeri di Seoul mengatakan
# Sabtu."), the time a bare day, and a source may close it ("…, Yonhap melaporkan, mengutip pernyataan …").
REPORT_TRAILING = re.compile(
    rf",[^\S\n]*(?P<attr>(?:[A-Z]|(?:{_LOWER_CASE_TITLES}|para|seorang)(?![\w-]))[^,;\n]{{1,80}}?)"
    r"[^\S\n]+(?P<cue>melaporkan|mengatakan|menyatakan|mengungkapkan|menegaskan|meng(?:e)?klaim|menyebutkan|"
    # the verb last, as journalists also close a sentence: "…, Kirby menambahkan." / "…, X memperingatkan."
    r"menambahkan|menjelaskan|menekankan|memperingatkan|mengingatkan|menulis|mengumumkan|menuturkan|"
    r"menyimpulkan|berpendapat|menilai)"
    r"(?:[^\S\n]+(?:pada|pekan|hari|kemarin|dalam|kepada|di|melalui|lewat|saat|ketika|"
    rf"{_NOT_NAMES_DAYS})\b[^,;\n]{{0,50}})?"
    # the day set apart by a comma: "…, Kirby mengatakan kepada wartawan, Senin."
    rf"(?:[^\S\n]*,[^\S\n]*(?:{_NOT_NAMES_DAYS}|kemarin|pekan|hari)\b[^,;\n]{{0,30}})?"
    r"(?:[^\S\n]*,[^\S\n]*(?:mengutip|dikutip|seperti|sebagaimana)\b[^,;\n]{0,80})?[^\S\n]*[.!]?[^\S\n]*$"
)
# What a reporting verb is followed by when it says where the words came from, not what they were:
# "…, Yonhap melaporkan, mengutip pernyataan kementerian."
SOURCE_ONLY = re.compile(r"(?:mengutip|dikutip|melansir|dilansir)(?![\w-])[^,;\n]*$", re.IGNORECASE)

# --- reporting verbs -----------------------------------------------------------------------------------
_OBJECT_NOUNS = (
    r"tuduhan|tudingan|klaim|laporan|rumor|isu|kabar|berita|dugaan|spekulasi|anggapan|tuntutan|pernyataan"
)

# When it was said, between a verb that reports only a "bahwa" clause and the clause: "mengindikasikan pada
# hari Kamis bahwa …", "menunjukkan pekan lalu bahwa …".
_WHEN = (
    r"(?:[^\S\n]+(?:pada|pekan|minggu|bulan|tahun|hari|kemarin|sebelumnya)(?![\w-])"
    r"(?:[^\S\n]+[\w()/.-]+){0,3}?(?=[^\S\n]+bahwa(?![\w-])))?"
)


@dataclass(frozen=True)
class VerbCue:
    """One reporting verb. ``keeps_object``: the noun after it ("tuduhan …") belongs to what was said."""

    pattern: str
    stance: str
    keeps_object: bool = False


VERB_CUES: tuple[VerbCue, ...] = (
    # denies
    VerbCue(
        r"membantah|menyangkal|menepis|menampik|membantahnya|menyangkalnya|menyanggah|menyanggahnya|"
        r"mengelak(?=\s+(?:bahwa|adanya|tuduhan|tudingan)\b)",
        DENIES,
    ),
    VerbCue(rf"menolak(?=\s+(?:{_OBJECT_NOUNS})\b)", DENIES, keeps_object=True),
    # condemns
    VerbCue(
        r"mengecam|mengutuk|mencemooh|mengkritik|mengkritisi|menyalahkan|mencela|mengejek|menyesalkan|mengeluhkan|"
        r"mengecamnya|mengutuknya|menyindir|mengkritisinya",
        CONDEMNS,
    ),
    # warns
    VerbCue(
        r"(?:menyatakan|mengungkapkan|menyuarakan|memiliki|menyampaikan|mengungkapkan)"
        r"(?=\s+(?:kekhawatiran|keprihatinan)\b)",
        WARNS,
        keeps_object=True,
    ),
    VerbCue(r"memperingatkan|mengingatkan|khawatir|mengkhawatirkan|mengancam|mewanti-wanti", WARNS),
    # pledges
    VerbCue(
        r"(?:melontarkan|menyampaikan|memberikan|membuat|mengucapkan|menyatakan|menegaskan)"
        r"(?=\s+(?:janji|komitmen|tekad)\b)",
        PLEDGES,
        keeps_object=True,
    ),
    VerbCue(r"berjanji|berkomitmen|bersumpah|bertekad|menjanjikan|berikrar|menjamin", PLEDGES),
    # confirms
    VerbCue(
        r"(?:(?:mampu|dapat|bisa|telah|sudah)\s+)?(?:mengonfirmasi|mengkonfirmasi|mengonfirmasikan|membenarkan)",
        CONFIRMS,
    ),
    # owning up to a fact is confirming it: "Pyongyang telah mengakui adanya korban jiwa di antara tentaranya"
    VerbCue(r"mengakui(?=\s+(?:adanya|keberadaan)\b)", CONFIRMS),
    # questions
    VerbCue(
        r"mempertanyakan|meragukan|menanyakan|bertanya(?=[^\S\n]+(?:apakah|mengapa|kenapa|bagaimana|kapan|siapa)\b)|"
        # a doubt voiced: "Peskov ragu bahwa sanksi itu …", "pengamat ragu-ragu apakah …"
        r"ragu(?:-ragu)?(?=[^\S\n]+(?:bahwa|apakah)(?![\w-]))",
        QUESTIONS,
    ),
    # asserts, demands included (the stance vocabulary has no value of its own for a demand)
    VerbCue(
        r"mengatakan|menyatakan|menegaskan|menuturkan|menyebut|menyebutkan|menjelaskan|mengungkapkan|"
        r"menekankan|meng(?:e)?klaim|menambahkan|berkata|menulis|menuliskan|melaporkan|mengumumkan|menyampaikan|menyerukan|"
        r"menilai|berpendapat|menuduh|menuding|memaparkan|mengutarakan|bersikeras|menandaskan|berujar|"
        r"memperkirakan|meyakini|mengaku|memuji|mengapresiasi|menggambarkan|mencatat|percaya|yakin|"
        r"memberi\s+tahu|memberitahu|memberitahukan|menduga|menyimpulkan|"
        r"mengisyaratkan|menyiratkan|menerangkan|mengemukakan|mengabarkan|menggarisbawahi|menuntut|mendesak|"
        # the rest of the common roots: beber, ungkap, imbau, prediksi, ramal, singgung, ucap, imbuh
        r"membeberkan|mengungkap|mengimbau|memprediksi|memprediksikan|meramalkan|menyinggung|berucap|"
        r"mengimbuhkan|mencuit|mencuitkan|berkicau|"
        # a suggestion or a proposal is what was said: "Para analis menyarankan Pyongyang dapat …"
        r"menyarankan|mengusulkan|"
        # "Kirby melanjutkan, …": going on speaking, only before what was said (not "melanjutkan perjalanan")
        r"melanjutkan(?=[^\S\n]*[,:])|"
        # what a speaker set out or drew attention to is what they said ("Rutte menyoroti bantuan Iran …")
        r"menyoroti|menguraikan|"
        # "Stoltenberg katanya kepada Park Jin bahwa …": a translation that writes "katanya" as the verb
        r"(?<=[^\W\d_][^\S\n])katanya(?=[^\S\n]+(?:kepada[^\S\n]+[^,.;:\n]{1,80}?[^\S\n]+)?bahwa(?![\w-]))|"
        r"meminta(?=\s+(?:\w+\s+){0,4}?(?:agar|supaya)\b|\s+(?:kepada\s+)?(?-i:[A-Z])\w*(?:\s+\w+){0,3}?\s+untuk\b)|melihat(?=\s+(?:bahwa|adanya)\b)|menjawab|"
        # a view of something "as" something: "Mereka melihat peluncuran itu sebagai tes terselubung"
        r"(?:melihat|memandang)(?=[^\S\n]+[^.;:,\n\"“”]{3,80}?[^\S\n]sebagai(?![\w-]))|"
        # words that report a finding or a view only when a "bahwa" clause follows ("Data menunjukkan
        # kenaikan" says nothing anyone said)
        r"(?:menunjukkan|mengindikasikan|menganggap|memandang|memastikan|mengakui)(?="
        + _WHEN
        + r"\s+bahwa\b)|"
        # a view voiced, its noun then a "bahwa" clause: "Xi menyuarakan keyakinan bahwa …", "melontarkan
        # pendapat bahwa …" (not "menyuarakan dukungan untuk …")
        r"(?:menyuarakan|melontarkan|mengekspresikan)(?=[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}bahwa(?![\w-]))|"
        # or a name and the words quoted (masked, in the text the rules read): "Informasi AS mengindikasikan
        # Korut “secara diam-diam memasok …”"
        r"(?:menunjukkan|mengindikasikan)(?=[^\S\n]+[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*){0,2}[^\S\n]+[\"“\u2592])",
        ASSERTS,
    ),
    # The bare roots of headline-style leads ("Kim Yo Jong kecam pengiriman tank …", "Peskov tegaskan
    # Moskow …", "Seoul desak Rusia …"): the verb without its prefix, only the roots that are no common noun
    # ("kritik", "klaim", "janji" are left out: "menuai kritik", "klaim itu").
    VerbCue(r"bantah|tepis|sangkal", DENIES, keeps_object=True),
    VerbCue(r"kecam|kutuk", CONDEMNS, keeps_object=True),
    VerbCue(r"peringatkan", WARNS),
    VerbCue(
        r"tegaskan|sebut(?![^\S\n]+saja)|ungkap|ungkapkan|tuding|tuduh|desak|akui|serukan|katakan", ASSERTS
    ),
    # Any other active verb right before "bahwa" reports what was said or held: "mengusulkan bahwa",
    # "menyarankan bahwa", "berargumen bahwa" (last, so the verbs above keep their stance); not verbs of
    # knowing or perceiving ("mengetahui bahwa", "mendengar bahwa"), which report nobody's words.
    VerbCue(
        r"(?!(?:mengetahui|menyadari|mendengar|membuktikan|mengingat|menyusul|memahami|melupakan|mengabaikan|"
        r"menerima|membaca|mempelajari|menemukan|mengerti|memperhatikan|mempertimbangkan|bersyukur|berarti|"
        r"menandakan)(?![\w-]))(?:me|ber)[a-z]{3,}(?=[^\S\n]+bahwa(?![\w-]))",
        ASSERTS,
    ),
)

# The same time and its "bahwa", skipped where what was said begins: "menunjukkan pekan lalu bahwa …".
WHEN_BEFORE_BAHWA = re.compile(_WHEN + r"[^\S\n]+bahwa(?![\w-])[^\S\n]*", re.IGNORECASE)

# Verbs of calling on someone: their complement may open on whom they call ("kepada Beijing untuk …").
DEMAND_VERB = re.compile(
    r"menyerukan|mengimbau|meminta|mendesak|menuntut|mengajak|desak|serukan", re.IGNORECASE
)
# A bare root used as a verb (above): a layout the confidence table has not measured.
BARE_ROOT_VERB = re.compile(
    r"bantah|tepis|sangkal|kecam|kutuk|peringatkan|tegaskan|sebut|ungkap|ungkapkan|tuding|tuduh|desak|akui|"
    r"serukan|katakan",
    re.IGNORECASE,
)

VERB_PATTERN = re.compile(
    "|".join(f"(?P<v{index}>(?<![\\w-])(?:{cue.pattern})(?![\\w-]))" for index, cue in enumerate(VERB_CUES)),
    re.IGNORECASE,
)
# What a stance verb may deny or condemn in two words: "membantah laporan ini".
SHORT_OBJECT = re.compile(rf"(?:{_OBJECT_NOUNS})\s+(?:ini|itu|tersebut)", re.IGNORECASE)
# The noun a "keeps_object" verb looks ahead to, for the cue text ("memiliki kekhawatiran").
CUE_NOUN = re.compile(r"\s+(\w+)")

# Words before a verb that make it part of a noun phrase or a non-statement ("yang menyebut", "untuk").
VERB_BLOCKERS = re.compile(
    r"(?:\byang|\buntuk|\bagar|\bsupaya|\btidak|\bbelum|\bakan|\bdapat|\bsikap)\s+$", re.IGNORECASE
)
# Further back: a refusal to speak is no statement ("Mereka tidak bersedia menyebutkan …").
REFUSAL_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:tidak|tak|belum)\s+(?:bersedia|mau|ingin|bisa|dapat|pernah)|enggan|menolak\s+untuk)\s+$",
    re.IGNORECASE,
)
# What a verb of delivering may carry without saying anything: "menyampaikan sambutan", "undangan ini".
NO_CONTENT = re.compile(
    r"(?:sambutan|pidato|ucapan(?:\s+selamat)?|belasungkawa|salam|terima\s+kasih|undangan|keterangan|"
    r"komentar)(?![\w-])(?![^.;\n]*\bbahwa\b)",
    re.IGNORECASE,
)
# Only a time is nothing said: "…, Yonhap melaporkan Selasa (5/3)." reads the day as the verb's object.
ONLY_A_TIME = re.compile(
    rf"(?:(?:pada[^\S\n]+)?(?:hari[^\S\n]+)?(?:{_NOT_NAMES_DAYS})(?:[^\S\n]+(?:lalu|ini|malam|pagi|siang|sore))?"
    r"(?:[^\S\n]*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?|(?:pekan|minggu|bulan|tahun)[^\S\n]+(?:lalu|ini)|kemarin)"
    r"[^\S\n]*[.!]?",
    re.IGNORECASE,
)
# A statement cannot begin with a preposition: "menulis di media sosial …", "mengatakan kepada dewan …".
STARTS_WITH_PREPOSITION = re.compile(
    r"(?:di|ke|dari|pada|kepada|dalam|melalui|lewat|saat|ketika|setelah|sebelum|usai|selama)(?![\w-])",
    re.IGNORECASE,
)

# Between the verb and what was said: "mengatakan, …", "mengatakan pada Maret lalu bahwa …", "khawatir jika …".
COMPLEMENT_LEAD = re.compile(
    r"\s*[,:]?\s*(?:(?:pada|dalam|di|saat|ketika|kepada|sebelumnya|lalu|kemarin|secara|juga|lagi|"
    r"dengan)\b[^,.;\n]{0,45}?\s+)?(?:bahwa|jika|kalau|apakah)\b\s*[,:]?\s*",
    re.IGNORECASE,
)
COMPLEMENT_COMMA = re.compile(r"\s*[,:]\s*")
# When or to whom, then a comma, then what was said: "mengatakan pada Hari Selasa, lebih dari …".
COMPLEMENT_TIME = re.compile(
    r"[^\S\n]+(?:pada|kepada|dalam|saat|ketika)(?![\w-])[^,.;:\n\"“”]{1,45}?[^\S\n]*,[^\S\n]*(?=\S)",
    re.IGNORECASE,
)
# An aside between the verb and "bahwa": "melaporkan, mengutip pejabat intelijen, bahwa …".
COMPLEMENT_ASIDE = re.compile(
    r"\s*,\s*(?:mengutip|dikutip|seperti|sebagaimana|menurut|kepada|dalam|saat|ketika|pada)\b[^.;\n]{0,80}?,\s*"
    r"(?:(?:bahwa|jika|kalau|apakah)\b\s*[,:]?\s*)?",
    re.IGNORECASE,
)
# Adverbs right after a stance verb belong to the cue: "mengecam keras …", "membantah dengan tegas …".
VERB_ADVERB = re.compile(r"[^\S\n]+(?:dengan[^\S\n]+)?(?:keras|tegas)(?![\w-])", re.IGNORECASE)

# Where what was said ends, inside a sentence.
CLAUSE_STOP = re.compile(
    r"\s*(?:;|,\s*(?:sesuai\s+dengan|dikutip\s+dari|seperti\s+dilansir|seperti\s+dikutip|seperti\s+dilaporkan|"
    r"dilansir|menurut|meskipun|walaupun|walau|namun|tetapi|melainkan|sementara\s+itu|sedangkan|"
    r"menggunakan\s+nama|demikian|(?:kata|ujar|ucap|tutur|lapor|imbuh)(?:nya)?)\b)",
    re.IGNORECASE,
)
SUBORDINATORS = re.compile(
    r"(?:^|,\s*)(?:meskipun|meski|walaupun|walau|ketika|saat|setelah|sebelum|sementara|jika|kalau|"
    r"karena|sejak)\s+$",
    re.IGNORECASE,
)
STARTS_WITH_SUBORDINATOR = re.compile(
    r"(?:meskipun|meski|walaupun|walau|ketika|saat|setelah|sebelum|sementara|jika|kalau|karena|sejak)\b",
    re.IGNORECASE,
)
# A verb after ", dan" or "dan" shares the subject of the clause before it.
# "… membantah laporan itu, dengan mengatakan …": the same subject says more.
COORDINATED = re.compile(
    r"(?:,\s*(?:dan|serta|dengan)?|\b(?:dan|serta|dengan))\s*(?:juga\s+|pun\s+)?$", re.IGNORECASE
)
SEQUENTIAL_JOIN = re.compile(
    r"(?:,\s*(?:dan|serta|sementara|sedangkan|tetapi|namun)?|\s(?:dan|serta|sementara|sedangkan))\s*$",
    re.IGNORECASE,
)

# --- source phrases: the wire is not the speaker ---------------------------------------------------------
_REPORTING_VERB = "|".join(f"(?:{cue.pattern})" for cue in VERB_CUES)
# "dikutip dari Reuters", "seperti diwartakan AFP Jumat (19/4)", "dalam laporan New York Times": up to the
# next comma, or up to a reporting verb that follows ("Kremlin seperti diwartakan AFP mengumumkan").
SOURCE_PHRASE = re.compile(
    r"\b(?:(?:seperti|sebagaimana)\s+)?(?:dilansir|dikutip|melansir|mengutip|diberitakan|diwartakan|dimuat|"
    r"dilaporkan\s+oleh|sesuai\s+dengan\s+pernyataan|dalam\s+laporan)(?:\s+(?:dari|oleh))?\s+"
    rf"(?:(?!\s(?:{_REPORTING_VERB})(?![\w-]))[^,.;\n])*",
    re.IGNORECASE,
)
# At the start of a sentence, the source first: "Melansir Reuters, …", "Mengutip Mirror, …", "Diwartakan The
# Moscow Times, …", "Sebagaimana dilaporkan Washington Post Minggu, …", "Dalam pernyataan NIS, …". What follows the comma is the source's, unless it names a speaker of its own.
# "Dikutip dari X, …" and "Mengutip dari X, …" only credit where the reporter read the background that
# follows: not a statement.
SOURCE_FIRST = re.compile(
    r"(?:(?:seperti|sebagaimana)[^\S\n]+)?(?:melansir|mengutip(?![^\S\n]+dari)|dilansir(?:[^\S\n]+dari)?|"
    r"diwartakan(?:[^\S\n]+oleh)?|diberitakan(?:[^\S\n]+oleh)?|dilaporkan(?:[^\S\n]+oleh)?|"
    r"berdasarkan[^\S\n]+laporan(?:[^\S\n]+dari)?|dalam[^\S\n]+(?:sebuah[^\S\n]+)?"
    # a document that carries someone's words: "Dalam lembar fakta Departemen X yang dirilis …, …"
    r"(?:pernyataan|laporan|keterangan|rilis|siaran[^\S\n]+pers|lembar[^\S\n]+fakta|dokumen|memo|surat|"
    r"unggahan|cuitan|postingan|penilaian|kajian|analisis)(?:[^\S\n]+(?:resmi|tertulis|terbaru))?"
    r"(?:[^\S\n]+(?:dari|oleh))?)[^\S\n]+(?P<src>[^.;:\n]{2,80}?)[^\S\n]*,[^\S\n]*(?=\S)",
    re.IGNORECASE,
)
# A statement named by a noun and its owner: "tuduhan dari AS, Korea Selatan dan negara lain bahwa …".
NOUN_ATTRIBUTION = re.compile(
    r"(?<![\w-])(?P<noun>tuduhan|tudingan|klaim|pernyataan|peringatan|penilaian|kekhawatiran|ancaman|keyakinan|"
    # the other nouns of saying: "pengumuman Presiden X pada tanggal 25 Oktober bahwa …"
    r"pengumuman|pengakuan|penegasan|janji|bantahan|kecaman|perkiraan|prediksi|kesimpulan|argumen|anggapan)"
    r"[^\S\n]+(?:(?:dari|oleh)[^\S\n]+)?(?P<attr>(?:(?!\s(?:"
    + _REPORTING_VERB
    + r")(?![\w-]))[^.;:\n]){2,100}?)[^\S\n]*,?[^\S\n]+bahwa(?![\w-])[^\S\n]*",
    re.IGNORECASE,
)
NOUN_STANCES = {
    "peringatan": WARNS, "ancaman": WARNS, "kekhawatiran": WARNS, "janji": PLEDGES, "bantahan": DENIES,
    "kecaman": CONDEMNS,
}  # fmt: skip
# A call named by a noun and its owner: "mengabaikan seruan AS untuk Dewan Keamanan PBB untuk …" (a demand:
# asserts).
NOUN_CALL = re.compile(
    r"(?<![\w-])(?P<noun>seruan|desakan)[^\S\n]+(?:(?:dari|oleh)[^\S\n]+)?(?P<attr>[A-Z][^.;:,\n]{0,60}?)"
    r"[^\S\n]+(?:untuk|agar|supaya)(?![\w-])[^\S\n]*"
)
# A passive with its agent: "Korut sebelumnya dituduh AS memasok peluru …" (AS says it supplied them).
# Not inside a relative clause ("Korea Utara, yang dituduh AS …, adalah …"): that is background.
# So is a judgement with its agent: "Sikap itu dianggap Seoul mengancam sanksi PBB".
# And so is "apa yang dikatakan pemerintahan Biden mungkin merupakan …": what the agent said follows it.
PASSIVE_AGENT = re.compile(
    r"(?<![\w-])(?:di(?:tuduh|tuding|klaim|anggap|nilai|pandang)[^\S\n]+(?:oleh[^\S\n]+)?|"
    r"apa[^\S\n]+yang[^\S\n]+di(?:katakan|sebut|klaim|gambarkan)[^\S\n]+(?:oleh[^\S\n]+)?"
    r"(?P<head>(?:pemerintahan|pemerintah|pihak)[^\S\n]+)?)",
    re.IGNORECASE,
)
IN_RELATIVE_CLAUSE = re.compile(r"(?<![\w-])yang(?:[^\S\n]+[\w-]+){0,2}[^\S\n]+$", re.IGNORECASE)
# A quote or clause closed by "demikian laporan KCNA" / "demikian pernyataan Kremlin".
DEMIKIAN = re.compile(
    r"[\s,]*(?P<cue>demikian)[^\S\n]+(?:(?:laporan|pernyataan|keterangan|kata|ujar|tulis|bunyi(?:[^\S\n]+pernyataan)?|"
    r"disampaikan|dilaporkan|disebutkan)(?:[^\S\n]+oleh)?[^\S\n]+)?",
    re.IGNORECASE,
)
# A sentence that says who said the one before it: "Hal ini disampaikan dalam laporan intelijen AS.",
# "Pernyataan resmi Kim tersebut dilaporkan oleh KCNA.", "Pernyataan tersebut dikeluarkan Peskov."
# A sentence that opens on "Demikian" and a bare or passive reporting word names the speaker of the one
# before in the same way: "Demikian ungkap badan mata-mata Korea Selatan kepada para anggota parlemen."
# The passive of every common reporting verb, after "di": "Hal itu ditegaskan …", "Demikian dipaparkan …".
_PASSIVE_REPORTING = (
    "sampaikan|ungkapkan|ungkap|katakan|nyatakan|keluarkan|laporkan|umumkan|tegaskan|rilis|publikasikan|"
    "jelaskan|tuturkan|paparkan|beberkan|kemukakan|utarakan|terangkan|tambahkan|sebutkan|tekankan|ucapkan|"
    "akui|klaim|isyaratkan|serukan|peringatkan|konfirmasi"
)
BACK_REFERENCE = re.compile(
    r"(?:(?:hal|pernyataan|informasi|laporan|klaim|keterangan|penilaian)(?P<owner>(?:[^\S\n]+[^\s,.]+){0,4}?)"
    r"[^\S\n]+(?:ini|itu|tersebut)[^\S\n]+(?:(?:juga|telah|sudah)[^\S\n]+)*"
    rf"di(?:{_PASSIVE_REPORTING})"
    r"|(?P<demikian>demikian|begitu)[^\S\n]+(?:ungkap|kata|ujar|tutur|jelas|papar|tulis|lapor|tegas|terang|beber|"
    rf"tambah|imbuh|sebut|di(?:{_PASSIVE_REPORTING})))"
    r"(?:[^\S\n]+(?:oleh|dalam|melalui|lewat))?[^\S\n]+",
    re.IGNORECASE,
)
# A sentence that opens on the passive of a reporting verb and names no agent reports more of what the one
# who spoke just before said: "Dikatakan bahwa …", "Disebutkannya, …", "Ditambahkan pula, …". Not with an
# agent or a source after it ("Dikatakan oleh X", "Disebutkan dalam laporan …": other rules read those),
# nor "dikatakan sebagai" (what something is called).
PASSIVE_OPENER = re.compile(
    r"(?:(?:lebih[^\S\n]+lanjut|selain[^\S\n]+itu|kemudian)[^\S\n]*,?[^\S\n]*)?"
    r"(?P<cue>di(?:katakan|sebutkan|tambahkan|jelaskan|ungkapkan|tegaskan|terangkan|paparkan|tuturkan|nyatakan|"
    r"imbuhkan|beberkan)(?P<nya>nya)?)"
    r"(?:[^\S\n]+(?:pula|juga|lagi))?"
    r"(?![^\S\n]*(?:oleh|dalam|di|melalui|lewat|pada|sebagai|kepada)(?![\w-]))"
    r"[^\S\n]*,?[^\S\n]*(?:bahwa(?![\w-])[^\S\n]*,?[^\S\n]*)?",
    re.IGNORECASE,
)
# Nouns that head a subject when a name follows them: "Tindakan Kim tersebut menegaskan …" is about an
# act of Kim's, not Kim speaking.
POSSESSIVE_HEAD = re.compile(
    r"(?<![\w-])(?:tindakan|langkah|kunjungan|keputusan|sikap|kebijakan|rencana|upaya|usulan|program|"
    r"pemblokiran|veto|serangan|ekonomi|posisi|dukungan|bantuan|keterlibatan|kehadiran)[^\S\n]+$",
    re.IGNORECASE,
)

# Tails of an attribution that are not what was said: ", dikutip dari …", ", kepada wartawan".
ATTRIBUTION_TAIL = re.compile(
    r"^\s*(?:dikutip|seperti|sebagaimana|dilansir|menurut|kepada|saat|ketika|pada|dalam|menggunakan|sambil|"
    r"sesuai|usai|setelah|di\s+sela|merujuk|mengacu|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b",
    re.IGNORECASE,
)

# --- where the subject of a reporting verb is not ----------------------------------------------------------
# A preposition right before a name makes it an object ("membalas surat untuk Putin dengan mengatakan").
# … except "laporan dari AS mengatakan": the owner of a report speaks through it.
OWNER_OF_STATEMENT = re.compile(
    r"(?<![\w-])(?:laporan|pernyataan|keterangan|sumber|temuan|dokumen|penilaian|analisis)[^\S\n]+(?:dari|oleh)"
    r"[^\S\n]+$",
    re.IGNORECASE,
)
GOVERNING_WORD = re.compile(
    r"(?<![\w-])(?:kepada|dengan|untuk|terhadap|tentang|atas|melalui|lewat|via|bersama|antara|bagi|"
    r"mengenai|soal|seperti|ke|dari|di|pada|oleh)[^\S\n]+$",
    re.IGNORECASE,
)
# An active verb right before a name: the name is that verb's object, not a subject ("Putin menyambut Kim
# dengan hangat, berjanji …": Putin promises). Words shaped like verbs that are not (titles, "menurut",
# conjunctions) are left out, and so are the verbs that report a clause: after "TASS melaporkan" or "Yonhap
# mengabarkan" the name opens what was reported ("… melaporkan Kim berjanji …": Kim promises).
OBJECT_OF_VERB = re.compile(
    r"(?<![\w-])(?!(?:menteri|menlu|menhan|menurut|meskipun|melainkan|menjelang|mengingat|menyusul|melalui|"
    r"mengenai|mereka|melaporkan|mengabarkan|memberitakan|mengatakan|menyatakan|menyebutkan|menulis)[^\S\n])"
    r"me[a-z]{4,}[^\S\n]+$"
)
# A relative clause that ends at the verb: the subject is the name before it ("Kim, yang tiba di
# Vladivostok kemarin, mengatakan").
RELATIVE_CLAUSE_TAIL = re.compile(r"(?:,[^\S\n]*|[^\S\n]+)yang\b[^,.;:!?\n]*,?[^\S\n]*$", re.IGNORECASE)

# --- phrases that stand for a speaker ---------------------------------------------------------------------
# Not in capitals: "DIA" is an agency's acronym ("Badan Intelijen Pertahanan (DIA) menyatakan"), not "dia".
PRONOUN = re.compile(
    r"(?<![\w-])(?!(?-i:[A-Z]{2,})(?![\w-]))(?:dia|ia|beliau|dirinya|pihaknya)(?![\w-])", re.IGNORECASE
)
PLURAL_PRONOUN = re.compile(r"(?<![\w-])(?:mereka|keduanya|kedua(?:nya)?\s+pihak)(?![\w-])", re.IGNORECASE)
GROUP = re.compile(
    r"(?<![\w-])(?P<number>kedua|ketiga|keempat|kelima|keenam)\s+(?:negara|pemerintah|menteri|pihak|sekutu|"
    r"pemimpin)"
    r"(?:\s+(?:tersebut|itu|ini))?(?![\w-])|(?<![\w-])negara-negara\s+(?:tersebut|itu|ini)(?![\w-])",
    re.IGNORECASE,
)
GROUP_SIZES = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6}
STATEMENT = re.compile(
    r"(?<![\w-])(?:pernyataan|siaran\s+pers|laporan|keterangan|rilis|komunike)(?:\s+(?:bersama|resmi|tertulis))?"
    r"\s+(?:tersebut|itu|ini)(?![\w-])",
    re.IGNORECASE,
)
# "juru bicara itu", "pejabat intelijen itu", "pejabat yang tidak disebutkan namanya itu".
ROLE_ANAPHOR = re.compile(
    r"(?<![\w-])(?:sang\s+)?(?P<head>juru\s+bicara|jubir|pejabat|menteri|presiden|pemimpin|diplomat|"
    r"duta\s+besar|dubes|anggota\s+parlemen|perwakilan|utusan|analis|pakar|pengamat|peneliti|profesor|"
    r"jenderal|komandan|panglima|kepala|direktur|ketua|penasihat|sekretaris\s+jenderal|senator)"
    r"(?:\s+(?-i:[a-z])[\w-]*){0,2}?(?:\s+yang(?:\s+[\w-]+){1,5}?)?\s+(?:tersebut|itu)(?![\w-])",
    re.IGNORECASE,
)
# An institution spoken of again: "Badan mata-mata tersebut", "kantor berita itu", "kementerian tersebut".
INSTITUTION_ANAPHOR = re.compile(
    r"(?<![\w-])(?P<head>badan|lembaga|kementerian|organisasi|dinas|institut|kantor\s+berita|panel|komisi|"
    # a state spoken of again: "Negara itu juga mengisyaratkan …", "Pemerintah tersebut menyatakan …"
    # (at the head of its phrase: "Kementerian Luar Negeri negara itu" is the ministry's)
    r"(?<![^\W\d_][^\S\n])(?:negara|pemerintah(?:an)?))"
    r"(?:\s+(?-i:[a-z])[\w-]*){0,2}?\s+(?:tersebut|itu)(?![\w-])",
    re.IGNORECASE,
)
# A role owned by the subject or the last speaker: "perwakilannya di PBB", "juru bicaranya".
OWNED_ROLE = re.compile(
    r"(?<![\w-])(?:perwakilan|juru\s+bicara|jubir|pejabat|menteri|duta\s+besar|dubes|pemimpin|presiden|"
    r"utusan|delegasi|kementerian)nya(?![\w-])",
    re.IGNORECASE,
)
# "rezim" for the state spoken of just before.
REGIME = re.compile(r"(?<![\w-])rezim(?:\s+(?:tersebut|itu|ini))?(?![\w-])", re.IGNORECASE)
UNNAMED = re.compile(
    r"(?<![\w-])(?:(?:para|seorang|sejumlah|beberapa)\s+)?(?:ahli|analis|pakar|pengamat|pejabat|sumber|"
    # one soldier among several, as a video shows him: "salah satu tentara dengan perban di tangannya"
    r"(?:salah\s+satu|seorang)\s+(?:tentara|prajurit|tawanan)|"
    r"diplomat|peneliti|saksi|kritikus|akademisi|komunitas\s+internasional|pihak\s+berwenang|otoritas|"
    # the other people a report quotes without naming: scholars, lawmakers, activists, residents (not when
    # a capital follows: "anggota parlemen Yoo" is a title and a name)
    r"(?:dosen|profesor|guru\s+besar|ilmuwan|ekonom|sejarawan|politisi|politikus|legislator|senator|aktivis|"
    r"komentator|narasumber|warga|penduduk|anggota\s+(?:parlemen|dewan|(?-i:DPR|Kongres|Senat|Duma)))"
    r"(?![^\S\n]+(?-i:[A-Z]))|"
    # the West as a group no registry actor stands for: "Negara-negara Barat sebelumnya menuduh …"
    r"(?:negara-negara|negara|sekutu|sekutu-sekutu)\s+Barat)"
    r"(?:\s+(?!(?:yang|bahwa|telah|sudah|akan|juga|pun|tidak|belum|dan|serta|ini|itu|tersebut|pada|di|ke|dari|"
    r"dalam|untuk|kepada|sering|selalu|masih|kembali|lalu|kemudian|baru|sempat|terus|sebelumnya)\b)(?-i:[a-z])\w*){0,2}(?![\w-])",
    re.IGNORECASE,
)
# A run of capitalised words: a name the lexicon may not know ("Shin Won-sik"). Days and months are not names.
_NOT_NAMES = (
    "Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|"
    "Oktober|November|Desember"
)
NAME_RUN = re.compile(
    rf"(?!(?:{_NOT_NAMES})\b)[A-Z][\w'.-]*(?:\s+(?!(?:{_NOT_NAMES})\b)[A-Z][\w'.-]*){{0,3}}"
)
# A name the lexicon does not know, right before a verb: "Dr. Lee Sung-yoon", "Menteri Andi".
UNKNOWN_NAME = re.compile(r"(?<![\w-])(?:[A-Z][\w'.-]*\s+){0,5}[A-Z][\w'-]*(?:\s*\([^)]{1,20}\))?\s*$")
# What the sentence may begin with before its subject: "Baru-baru ini, ", "Pada hari Kamis (26/10), ".
# Before it a title may stand: "Duta Besar Korea Utara untuk Rusia baru-baru ini bertemu …".
SUBJECT_PREFIX = re.compile(
    r"^(?:[^,.;\n]{0,60},\s*)?(?:pihak\s+|pemerintah\s+|(?:(?:seorang|sang)\s+)?(?:duta\s+besar|dubes|"
    r"menteri(?:\s+luar\s+negeri|\s+pertahanan)?|juru\s+bicara|jubir|pejabat|perwakilan|utusan(?:\s+khusus)?|"
    r"kepala|pemimpin|presiden|militer|intelijen|pasukan|kantor\s+berita|media)\s+)?$",
    re.IGNORECASE,
)
# Negations, and words that say a denial is the topic.
NEGATION = re.compile(r"(?<![\w-])(?:tidak|tak|bukan|belum|gagal|tanpa)(?![\w-])", re.IGNORECASE)
DENIAL_TOPIC = re.compile(
    r"(?<![\w-])(?:tuduhan|tudingan|klaim|rumor|desas-desus|membantah|bantahan|menolak|menyangkal|menepis|"
    r"dibantah|disangkal|ditepis)"
    r"(?![\w-])",
    re.IGNORECASE,
)
NEGATIVE_START = re.compile(
    r"^(?:tidak\s+ada|tak\s+ada|tidak\s+pernah|tak\s+pernah|tidak\s+benar|bukan(?!\s+(?:hanya|saja|sekadar))|"
    r"tidak\s+terlibat)\b",
    re.IGNORECASE,
)
