"""People in one article: those the actor registry does not know, and the short names for everyone.

A capitalised run of words is a person's name when the text presents it as one: after a title or role
("Duta Besar Rusia untuk PBB, Vassily Nebenzia", "anggota komite intelijen Park Sun-won"), before an
apposition that gives one ("Yuriy Ignat, juru bicara angkatan udara Ukraina,"), or where a speaker
stands (before a reporting verb, after "kata"). Such a person becomes a *local* actor of the article:
its key starts with ``LOCAL_PREFIX`` and never leaves the engine; the name, the role phrase and the
registry actor the role names (its affiliation) go with the suggestion instead. Registry mentions inside
the role phrase or the apposition belong to the person and are no longer speakers of their own.

Short names ("Choe", "Nebenzia", "Miller") stand for the person named in full earlier in the article;
when two people named before fit and both were named recently, the short name is *ambiguous* and
resolves to nobody. A full name written with one letter slip ("Kim Yo Jun" after "Kim Yo Jong") is
the same person. Pure: the same text gives the same people.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefs.suggestions.lexicon import ALIAS, ROLE, ActorEntry, ActorLexicon, Mention
from briefs.suggestions.rules import (
    ATTRIBUTION_WORDS,
    GOVERNING_WORD,
    OWNER_OF_STATEMENT,
    SOURCE_PHRASE,
    VERB_PATTERN,
)
from briefs.suggestions.sentences import Sentence

LOCAL_PREFIX = "~"

# Words that introduce an outlet by what it is ("kantor berita Jepang Kyodo").
_MEDIA_TITLES = (
    "kantor berita", "surat kabar", "harian", "koran", "stasiun televisi", "televisi", "situs berita",
    "portal berita", "majalah", "media",
)  # fmt: skip
# People whose title names what they study, not whom they speak for ("pakar Korea Utara").
_EXPERT_TITLES = frozenset(
    {"analis", "pengamat", "pakar", "peneliti", "profesor", "prof", "dosen", "akademisi", "ilmuwan", "ekonom",
     "sejarawan"}
)  # fmt: skip
# Words before a known person's name or title that make it someone else: "Wakil Menteri Luar Negeri
# Rusia", "mantan Presiden AS", "adik pemimpin Korea Utara", "utusan Putin".
_NOT_THE_HOLDER = re.compile(
    r"(?<![\w-])(?:wakil|mantan|eks|bekas|calon|deputi|adik|kakak|istri|suami|ayah|ibu|putri|putra|anak|"
    r"keponakan|paman|bibi|penasihat|penasehat|ajudan|asisten|utusan|juru\s+bicara|jubir)"
    r"(?:[^\S\n]+(?:perempuan|laki-laki|khusus))?[^\S\n]+$",
    re.IGNORECASE,
)
_DEMONSTRATIVE_AFTER = re.compile(r"[^\S\n]+(?:itu|tersebut)(?![\w-])", re.IGNORECASE)
# Words that introduce a person by what they are. Lower case; matched case-insensitively.
TITLES = (
    "presiden", "wakil presiden", "perdana menteri", "menteri", "menlu", "menhan", "wakil menteri",
    "duta besar", "dubes", "utusan", "utusan khusus", "juru bicara", "jubir", "kepala", "ketua", "direktur",
    "sekretaris", "sekjen", "gubernur", "wali kota", "walikota", "bupati", "anggota", "senator",
    "penasihat", "penasehat", "ajudan", "asisten", "analis", "pengamat", "pakar", "peneliti", "profesor",
    "prof", "dosen", "akademisi", "jenderal", "letnan", "kolonel", "mayor", "kapten", "laksamana",
    "marsekal", "komandan", "panglima", "pejabat", "diplomat", "wakil", "perwakilan", "koordinator",
    "deputi", "kanselir", "raja", "ratu", "pangeran", "pemimpin", "mahasiswa", "warga", "pelajar",
    "wartawan", "jurnalis", "koresponden", "pendiri", "aktivis", "pembelot", "tokoh", "politikus",
    "politisi", "legislator", "hakim", "jaksa", "pengacara", "ilmuwan", "ekonom", "sejarawan", "pilot",
    "prajurit", "perwira", "sersan", "kopral", "petugas", "pegawai", "pengusaha", "direktur jenderal",
    "dirjen", "kepala staf",
    "adik", "adik perempuan", "kakak", "istri", "suami", "putri", "putra", "saudara", "saudari",
) + _MEDIA_TITLES  # fmt: skip
_TITLE = re.compile(
    r"(?<![\w-])(?:(?:seorang|sang|para|mantan|eks)\s+)*(?:"
    + "|".join(r"\s+".join(map(re.escape, t.split())) for t in sorted(TITLES, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def is_title(text: str) -> bool:
    """Whether ``text`` is a title that introduces a person ("Presiden", "juru bicara", "mantan Menteri")."""
    return _TITLE.fullmatch(text.strip()) is not None


# Capitalised words that are never part of a person's name: titles and offices, the words of an
# institution's name, days and months, and words that open a sentence.
_NOT_NAME = frozenset(
    (
    "presiden", "menteri", "duta", "besar", "juru", "bicara", "kepala", "wakil", "direktur", "gubernur",
    "sekretaris", "ketua", "anggota", "jenderal", "panglima", "komandan", "utusan", "khusus", "penasihat",
    "ajudan", "perdana", "raja", "ratu", "kanselir", "senator", "letnan", "kolonel", "laksamana",
    "marsekal", "dubes", "jubir", "menlu", "menhan", "pemimpin", "tertinggi", "kementerian", "departemen",
    "badan", "dewan", "komite", "kantor", "berita", "pusat", "universitas", "center", "centre", "institute",
    "institut", "foundation", "council", "agency", "office", "group", "grup", "partai", "pemerintah",
    "angkatan", "pasukan", "tentara", "militer", "parlemen", "kongres", "senat", "majelis", "lembaga",
    "akademi", "studies", "command", "forces", "komando", "staf", "luar", "negeri", "dalam", "pertahanan",
    "keamanan", "nasional", "intelijen", "keuangan", "unifikasi", "reunifikasi", "urusan", "federal",
    "republik", "rakyat", "demokratik", "kerajaan", "serikat", "utara", "selatan", "timur", "barat",
    "tengah", "jauh", "raya", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari",
    "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
    "desember", "sementara", "dalam", "setelah", "sebelum", "pada", "menurut", "selain", "namun", "kendati",
    "sebelumnya", "saat", "ketika", "hal", "ini", "itu", "dia", "ia", "beliau", "mereka", "kami", "kita",
    "saya", "lebih", "baik", "bahkan", "jika", "meski", "meskipun", "walau", "sejak", "bagi", "kepada",
    "tak", "tidak", "terkait", "dengan", "untuk", "oleh", "seperti", "melansir", "dilansir", "dikutip",
    "mengutip", "diwartakan", "berbicara", "sebagai", "juga", "kemudian", "lalu", "tetapi", "tapi", "dan",
    "atau", "yang", "adalah", "bahwa", "di", "ke", "dari", "the", "of", "and", "for", "pertemuan",
    "kunjungan", "laporan", "pernyataan", "rudal", "senjata", "perang", "operasi", "kedua", "ketiga",
    "keempat", "para",
    )
) | frozenset(
    # Countries and regions as Indonesian writes them: a role names them right before the holder's name
    # ("Menteri Luar Negeri Filipina Enrique Manalo"), so they end the role and never open the name.
    # Names that are also given names elsewhere (Jordan, Georgia, Chad) are left out.
    (
    "afganistan", "afghanistan", "afrika", "amerika", "arab", "argentina", "asia", "australia", "austria",
    "bangladesh", "belanda", "belarus", "belgia", "brasil", "brazil", "brunei", "bulgaria", "china", "cina",
    "denmark", "eropa", "estonia", "filipina", "finlandia", "hungaria", "india", "indonesia", "inggris",
    "irak", "iran", "irlandia", "italia", "jepang", "jerman", "kamboja", "kanada", "kazakhstan", "kenya",
    "kolombia", "korea", "korsel", "korut", "kroasia", "kuba", "kuwait", "laos", "latvia", "lebanon",
    "libanon", "lituania", "malaysia", "meksiko", "mesir", "moldova", "mongolia", "myanmar", "nepal",
    "nigeria", "norwegia", "pakistan", "palestina", "perancis", "polandia", "portugal", "prancis", "qatar",
    "rumania", "rusia", "saudi", "selandia", "serbia", "singapura", "spanyol", "suriah", "swedia", "swiss",
    "taiwan", "thailand", "tiongkok", "turki", "ukraina", "venezuela", "vietnam", "yaman", "yordania",
    "yunani",
    )
)  # fmt: skip
# Words before a capitalised run that make it a place, not a person ("wilayah Kharkiv").
_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:wilayah|provinsi|kota|kawasan|daerah|distrik|negara|pulau|semenanjung|region|di|ke|"
    r"dari|menuju|ibu\s+kota)\s+$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"(?<![\w'’-])[A-Z](?:[a-z]|['’][A-Z])[\w'’]*(?:-\w+)*(?![\w'’-])")
_SPACE = re.compile(r"[^\S\n]+")
# Between a name and the verb it is the subject of.
_ADVERBS = re.compile(
    r"(?:[^\S\n]+(?:juga|pun|telah|sudah|sebelumnya|kembali|lalu|kemudian|sendiri|pernah|sempat|"
    r"akhirnya|bahkan|secara\s+terpisah|dengan\s+tegas))*[^\S\n]+$",
    re.IGNORECASE,
)
_ATTRIBUTION_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{'|'.join(ATTRIBUTION_WORDS)})|menurut)[^\S\n]+$",
    re.IGNORECASE,
)
# ", juru bicara …" after a name, or "dari …" when a role follows: "Rina Hartati dari peneliti senior …".
_APPOSITION = re.compile(
    r"(?:,[^\S\n]*|[^\S\n]+dari[^\S\n]+)(?=(?:(?:seorang|sang|salah\s+satu)\s+)?\w)", re.IGNORECASE
)
# An institution as the apposition of a name: "Andriy Kovalenko, Dewan Keamanan dan Pertahanan Nasional,",
# "Rina Hartati dari Lembaga Kajian Pertahanan".
_INSTITUTION_APPOSITION = re.compile(
    r"(?:Dewan|Lembaga|Badan|Kementerian|Universitas|Institut|Pusat|Komite|Komisi|Partai|Majelis|Yayasan|"
    r"Akademi|Angkatan|Departemen)(?![\w-])"
)
# Courtesy titles of translated copy ("Mr Kim", "Tuan Putin"): the name after them is the reference.
_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Tuan", "Nyonya"})
_APPOSITION_END = re.compile(r",|[.;:!?\n]|$")
# A lower-case word shaped like a verb ends a role phrase ("Presiden Putin bertemu utusan …").
# Verbs of coming and going that do not look like verbs: "Ramon Santos tiba di Manila".
_MOTION_VERBS = frozenset({"tiba", "datang", "pergi", "pulang", "hadir", "kembali", "singgah", "mendarat"})
_VERB_LIKE = re.compile(r"(?:me|ber|ter|di|mem|men|meng|meny|per)[a-z]{3,}")
_ROLE_WORDS = frozenset(
    {word for title in TITLES for word in title.split()}
    | {"berita", "media", "dinas", "divisi", "bersenjata"}
)
_ORG_BEFORE = re.compile(
    r"(?<![\w-])(?:Lembaga|Universitas|Institut|Badan|Pusat|Yayasan|Partai|Komite|Dewan|Kantor)[^\S\n]+$"
)
# Words that make a capitalised run an outlet or an institution rather than a person.
_MEDIA_WORDS = frozenset(
    {"times", "post", "news", "journal", "herald", "daily", "tribune", "telegraph", "radio"}
)
# "untuk" and the capitalised words after it, inside a title: what the office is for ("Wakil Menteri
# Keuangan untuk Terorisme", "Duta Besar untuk Urusan Nuklir").
_PORTFOLIO_BEFORE = re.compile(r"(?<![\w-])untuk(?:[^\S\n]+[A-Z][\w-]*)*[^\S\n]+$")
_ROLE_STOP = re.compile(r"[.;:!?\n\"“”]|\b(?:yang|bahwa|kata|ujar|dan|serta|atau)\b", re.IGNORECASE)
_MAX_ROLE_WORDS = 10
_MAX_APPOSITION_CHARS = 90
_MAX_NAME_TOKENS = 4
_RECENT_SENTENCES = 3


@dataclass(frozen=True)
class LocalPerson:
    """A person the registry does not know, as this article presents them."""

    key: str
    name: str
    kind: str
    role: str
    affiliation: str | None
    start: int
    end: int


@dataclass
class ArticlePeople:
    """The article's mentions with its local people resolved (sorted by start), what is ambiguous, and
    epithets that stand for someone else than the known person in them: (start, end, refers back),
    "adik pemimpin Korea Utara itu" refers back to someone named before, "mantan Presiden AS" to nobody."""

    mentions: list[Mention]
    people: dict[str, LocalPerson] = field(default_factory=dict)
    ambiguous: list[tuple[int, int]] = field(default_factory=list)
    epithets: list[tuple[int, int, bool]] = field(default_factory=list)

    def entries(self) -> list[ActorEntry]:
        return [
            ActorEntry(person.key, person.name, person.kind, (), (), person.affiliation)
            for person in self.people.values()
        ]


_NO_ENTRY = ActorEntry("", "", "person")


def is_name_word(word: str, opens_sentence: bool, lowercase_words: set[str]) -> bool:
    """Whether a capitalised ``word`` may belong to a name: not a title, an office, a day or a function
    word; at the start of a sentence, not a word the same text also writes in lower case ("Setelah")."""
    lowered = word.lower()
    if not word[:1].isupper() or lowered in _NOT_NAME:
        return False
    return not (opens_sentence and lowered in lowercase_words)


def _slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return LOCAL_PREFIX + "-".join(re.findall(r"[a-z0-9]+", folded))


def _distance(first: str, second: str) -> int:
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, start=1):
        current = [i]
        for j, b in enumerate(second, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]


def short_names(name: str) -> set[str]:
    """The words a text may use alone for ``name``: the last word ("Nebenzia") and the first: the family
    name of a Korean or Chinese name ("Choe Son Hui", "Park Sun-won", "Shin Wonsik") or the given name an
    Indonesian text calls its own people by ("Teguh Santosa" → "kata Teguh"). Two people who share the
    word leave it ambiguous (``_reference``)."""
    parts = name.split()
    if len(parts) < 2:
        return set()
    found = {parts[-1]} if len(parts[-1]) >= 3 else set()
    found.add(parts[0])
    return {part for part in found if len(part) >= 3}


def _one_slip(first: Sequence[str], second: Sequence[str]) -> bool:
    """Two names of as many words that differ in one word by a slip of at most two letters."""
    if len(first) != len(second) or len(first) < 2:
        return False
    different = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    return (
        len(different) == 1
        and min(len(different[0][0]), len(different[0][1])) >= 3
        and _distance(different[0][0].lower(), different[0][1].lower()) <= 2
    )


@dataclass
class _Known:
    """Someone named so far: a registry person or a local one, with their full names and last mention."""

    key: str
    names: list[tuple[str, ...]]
    shorts: set[str]
    first: int
    last: int = -1


class _Finder:
    def __init__(
        self,
        body: str,
        masked: str,
        sentences: Sequence[Sentence],
        mentions: Sequence[Mention],
        lexicon: ActorLexicon,
    ):
        self.body = body
        self.masked = masked
        self.lexicon = lexicon
        self.sentence_starts = [s.start for s in sentences]
        self.sentences = sentences
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.taken = bytearray(len(body))
        for mention in self.mentions:
            self.taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        self.sources = [(m.start(), m.end()) for m in SOURCE_PHRASE.finditer(masked)]
        self.named_before: set[str] = set()
        self.lowercase_words = set(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", masked))
        self.registry_people = {
            entry.key: [tuple(n.split()) for n in (entry.name, *entry.aliases) if len(n.split()) >= 2]
            for entry in lexicon.entries
            if entry.kind == "person"
        }

    # --- reading the text around a run ----------------------------------------------------------------
    def _sentence_of(self, position: int) -> int:
        return max(0, bisect_right(self.sentence_starts, position) - 1)

    def _is_name_word(self, start: int, end: int) -> bool:
        sentence = self.sentences[self._sentence_of(start)] if self.sentences else None
        opens_sentence = sentence is not None and not self.masked[sentence.start : start].strip(" \"“”'(")
        return is_name_word(self.masked[start:end], opens_sentence, self.lowercase_words)

    def _runs(self) -> list[tuple[int, int, bool]]:
        """Capitalised name-like runs outside quotes, mentions and source phrases, as (start, end,
        ends_stretch): ``ends_stretch`` is False when another capitalised word follows the run."""
        tokens = [
            (m.start(), m.end())
            for m in _TOKEN.finditer(self.masked)
            if not any(self.taken[m.start() : m.end()])
            and not any(lo <= m.start() < hi for lo, hi in self.sources)
        ]
        runs: list[tuple[int, int, bool]] = []
        current: list[tuple[int, int]] = []

        def close(next_is_capital: bool) -> None:
            pieces: list[list[tuple[int, int]]] = [[]]
            for token in current:
                if self._is_name_word(*token):
                    pieces[-1].append(token)
                else:
                    pieces.append([])
            for number, piece in enumerate(pieces):
                if piece and len(piece) <= _MAX_NAME_TOKENS:
                    last = number == len(pieces) - 1
                    runs.append((piece[0][0], piece[-1][1], last and not next_is_capital))

        for token in tokens:
            if current and _SPACE.fullmatch(self.masked[current[-1][1] : token[0]]):
                current.append(token)
                continue
            if current:
                close(self._capital_follows(current[-1][1]))
            current = [token]
        if current:
            close(self._capital_follows(current[-1][1]))
        return runs

    def _capital_follows(self, end: int) -> bool:
        following = re.match(r"[^\S\n]+([A-Z])", self.masked[end : end + 3])
        return following is not None

    def _role_start(self, lo: int, name_start: int) -> int | None:
        return _role_start(self.masked, lo, name_start)

    def _apposition_end(self, name_end: int) -> int | None:
        """The end of ", juru bicara angkatan udara Ukraina," after a name, if a role follows it."""
        comma = _APPOSITION.match(self.masked, name_end)
        if comma is None:
            return None
        title = _TITLE.match(self.masked, comma.end()) or _INSTITUTION_APPOSITION.match(
            self.masked, comma.end()
        )
        if title is None:
            return None
        limit = min(len(self.masked), comma.end() + _MAX_APPOSITION_CHARS)
        stop = _APPOSITION_END.search(self.masked, title.end(), limit)
        end = stop.start() if stop else limit
        for word in re.finditer(r"[a-z]\w*", self.masked[title.end() : end]):
            lowered = word.group()
            if lowered in ("yang", "bahwa") or (_VERB_LIKE.fullmatch(lowered) and lowered not in _ROLE_WORDS):
                end = title.end() + word.start()
                break
        end = len(self.masked[:end].rstrip())
        if re.search(r"(?<![\w-])(?:itu|tersebut|ini)$", self.masked[title.end() : end], re.IGNORECASE):
            return None  # ", pejabat intelijen itu percaya": a new subject, not an apposition
        return max(end, title.end())

    def _speaker_position(self, start: int, end: int) -> bool:
        before = self.masked[max(0, start - 40) : start]
        if _ATTRIBUTION_BEFORE.search(before):
            return True
        if GOVERNING_WORD.search(before) and not OWNER_OF_STATEMENT.search(before):
            return False  # "dalam wawancara dengan Bloomberg News mengatakan": the object of a preposition
        gap = _ADVERBS.match(self.masked, end)
        return gap is not None and VERB_PATTERN.match(self.masked, gap.end()) is not None

    def _opens_sentence_as_subject(self, start: int, end: int) -> bool:
        """ "Ramon Santos tiba di Manila. Ia mengatakan …": a full name that opens its sentence, right before
        a verb, is someone the words after may refer back to."""
        sentence = self.sentences[self._sentence_of(start)] if self.sentences else None
        if sentence is None or self.masked[sentence.start : start].strip():
            return False
        following = re.match(
            r"[^\S\n]+(?:(?:juga|telah|sudah|kemudian|lalu|pun)[^\S\n]+)?([a-z]+)", self.masked[end:]
        )
        return following is not None and (
            _VERB_LIKE.fullmatch(following.group(1)) is not None or following.group(1) in _MOTION_VERBS
        )

    def _starts_phrase(self, start: int) -> bool:
        """A name opening its noun phrase: not right after a capitalised word or a known name."""
        before = self.masked[max(0, start - 2) : start]
        if before.endswith(" ") and start >= 2 and any(self.taken[start - 2 : start - 1]):
            return False
        previous = re.search(r"(\S+)[^\S\n]+$", self.masked[max(0, start - 40) : start])
        if previous is None:
            return True
        word = previous.group(1)
        # "… di perbatasan Rusia. Andriy Kovalenko, …": a sentence's end is a boundary ("Dr. Lee" is not)
        ends_sentence = word[-1:] in "!?;:" or (word.endswith(".") and len(word) > 4)
        return not word[:1].isupper() or word.endswith(",") or ends_sentence

    # --- the people ---------------------------------------------------------------------------------------
    def _not_holders(self) -> list[tuple[int, int, str | None, bool]]:
        """Known people's names or titles qualified into someone else's ("Wakil Menteri Luar Negeri
        Rusia", "adik pemimpin Korea Utara itu"): (start, end, the holder's affiliation, followed by a
        demonstrative)."""
        found = []
        for mention in self.mentions:
            if self.lexicon.kind_of(mention.key) != "person":
                continue
            qualifier = _NOT_THE_HOLDER.search(self.masked, max(0, mention.start - 30), mention.start)
            if qualifier is None:
                continue
            entry = self.lexicon.get(mention.key)
            demonstrative = _DEMONSTRATIVE_AFTER.match(self.masked, mention.end)
            end = demonstrative.end() if demonstrative else mention.end
            former = qualifier.group().split()[0].lower() in ("mantan", "eks", "bekas", "calon")
            affiliation = entry.affiliation if entry and not former else None
            found.append((qualifier.start(), end, affiliation, bool(demonstrative)))
        return found

    def find(self) -> ArticlePeople:
        known: dict[str, _Known] = {}
        epithets: list[tuple[int, int, bool]] = []
        replaced: list[Mention] = []
        for start, end, affiliation, demonstrative in self._not_holders():
            if demonstrative or affiliation is None:
                # "adik pemimpin Korea Utara itu": someone named before; "mantan Presiden AS": nobody known
                epithets.append((start, end, demonstrative))
            else:
                replaced.append(Mention(affiliation, start, end, self.body[start:end], ROLE))
        if epithets or replaced:
            covered = [(lo, hi) for lo, hi, _ in epithets] + [(m.start, m.end) for m in replaced]
            kept = [m for m in self.mentions if not any(lo <= m.start < hi for lo, hi in covered)]
            self.mentions = sorted(kept + replaced, key=lambda m: m.start)
        events: list[tuple[int, str, Mention | tuple[int, int, bool]]] = [
            (m.start, "mention", m) for m in self.mentions
        ] + [(run[0], "run", run) for run in self._runs()]
        events.sort(key=lambda event: (event[0], event[1]))
        mentions: list[Mention] = []
        spans: list[tuple[int, int]] = []
        people: dict[str, LocalPerson] = {}
        ambiguous: list[tuple[int, int]] = []
        for position, what, item in events:
            if any(lo <= position < hi for lo, hi in spans):
                continue  # inside the role or apposition of a person found before
            if what == "mention":
                assert isinstance(item, Mention)  # noqa: S101 - narrows the type for mypy: events tagged "mention" carry a Mention
                mentions.append(item)
                self._seen(known, item.key, position, item.end)
                continue
            assert isinstance(item, tuple)  # noqa: S101 - narrows the type for mypy (see above)
            start, end, ends_stretch = item
            if not ends_stretch:
                continue
            words = tuple(self.masked[start:end].split())
            if len(words) > 2 and _ORG_BEFORE.search(self.masked[max(0, start - 30) : start]):
                # "Lembaga Kajian Asia Rina Hartati": the institution's name runs on into the person's
                start = end - len(" ".join(words[-2:]))
                words = words[-2:]
            if len(words) > 1 and words[0] in _HONORIFICS:
                start = self.masked.index(words[1], start + len(words[0]))
                words = words[1:]
            reference = self._reference(known, words, start)
            if reference == "":
                ambiguous.append((start, end))
                continue
            if reference is not None:
                mentions.append(Mention(reference, start, end, self.body[start:end], ALIAS))
                self._seen(known, reference, start, end)
                continue
            person = self._person(start, end, words, mentions)
            if person is None:
                continue
            people.setdefault(person.key, person)
            spans.append((person.start, person.end))
            mentions[:] = [m for m in mentions if not (person.start <= m.start and m.end <= person.end)]
            via = ROLE if person.start < start else ALIAS
            mentions.append(
                Mention(person.key, person.start, person.end, self.body[person.start : person.end], via)
            )
            entry = known.setdefault(
                person.key, _Known(person.key, [words], short_names(" ".join(words)), start)
            )
            entry.last = start
        mentions.sort(key=lambda m: m.start)
        return ArticlePeople(mentions=mentions, people=people, ambiguous=ambiguous, epithets=epithets)

    def _seen(self, known: dict[str, _Known], key: str, start: int, end: int) -> None:
        self.named_before.add(key)
        if self.lexicon.kind_of(key) != "person":
            return
        entry = known.get(key)
        if entry is None:
            names = self.registry_people.get(key, [])
            shorts = set().union(*(short_names(" ".join(n)) for n in names)) if names else set()
            entry = known[key] = _Known(key, list(names), shorts, start)
        entry.last = start

    def _reference(self, known: dict[str, _Known], words: tuple[str, ...], start: int) -> str | None:
        """The key ``words`` refer back to, "" when ambiguous, None when they name someone new."""
        if len(words) == 1:
            fits = [entry for entry in known.values() if words[0] in entry.shorts]
            if not fits:
                # "Departemen Luar Negeri AS mengecam … ujar Miller": the one registry person of that
                # surname who belongs to an actor named before
                members = [
                    key
                    for key, names in self.registry_people.items()
                    if words[0] in set().union(*(short_names(" ".join(n)) for n in names))
                    and (self.lexicon.get(key) or _NO_ENTRY).affiliation in self.named_before
                ]
                return members[0] if len(members) == 1 else ("" if members else None)
        else:
            fits = [
                entry
                for entry in known.values()
                if any(words == name or _one_slip(words, name) for name in entry.names)
            ]
        if not fits:
            return None
        if len(fits) == 1:
            return fits[0].key
        here = self._sentence_of(start)
        recent = [entry for entry in fits if here - self._sentence_of(entry.last) < _RECENT_SENTENCES]
        if len(recent) == 1:
            return recent[0].key
        if not recent:
            return max(fits, key=lambda entry: entry.last).key
        return ""

    def _person(
        self, start: int, end: int, words: tuple[str, ...], mentions: list[Mention]
    ) -> LocalPerson | None:
        lo = self.sentences[self._sentence_of(start)].start if self.sentences else 0
        if _PLACE_BEFORE.search(self.masked[max(lo, start - 20) : start]):
            return None
        if len(words) == 1 and _PORTFOLIO_BEFORE.search(self.masked[max(lo, start - 40) : start]):
            return None  # "Menteri … untuk Terorisme": the office's portfolio, not a person
        role_start = self._role_start(lo, start)
        apposition_end = self._apposition_end(end)
        starts_phrase = self._starts_phrase(start)
        if role_start is None and apposition_end is None:
            # Where a speaker stands, a name of one word may be a place or a state ("Iran membantah").
            if len(words) < 2 or not (
                starts_phrase
                and (self._speaker_position(start, end) or self._opens_sentence_as_subject(start, end))
            ):
                return None
        elif role_start is None and not starts_phrase:
            return None
        span_start = role_start if role_start is not None else start
        span_end = apposition_end if apposition_end is not None else end
        name = " ".join(words)
        role_parts = []
        if role_start is not None:
            role_parts.append(self.body[role_start:start].strip(" ,"))
        if apposition_end is not None:
            role_parts.append(self.body[end:apposition_end].strip(" ,"))
        inside = [m for m in mentions if span_start <= m.start and m.end <= span_end]
        title = _TITLE.match(self.masked, span_start) if role_start is not None else None
        if title is None and apposition_end is not None:
            title = _TITLE.search(self.masked, end, apposition_end)
        title_words = " ".join(title.group().lower().split()) if title else ""
        media = any(word.lower() in _MEDIA_WORDS for word in words) or title_words.endswith(_MEDIA_TITLES)
        expert = bool(title_words) and title_words.split()[-1] in _EXPERT_TITLES
        return LocalPerson(
            key=_slug(name),
            name=name,
            kind="media" if media else "person",
            role="; ".join(part for part in role_parts if part),
            affiliation=self._affiliation(inside, start, states=not expert),
            start=span_start,
            end=span_end,
        )

    def _affiliation(self, inside: Sequence[Mention], name_start: int, states: bool = True) -> str | None:
        """The registry actor a role names: a role held by a registry person gives that person's
        affiliation ("Menteri Pertahanan Rusia Andrei Belousov": the defence ministry). An expert's
        title names what they study, so a state in it is not whom they speak for."""
        for mention in inside:
            followed = capital_word(self.masked, mention.end, 1) and mention.end + 1 != name_start
            if capital_word(self.masked, mention.start, -1) and followed:
                continue  # "Carnegie Russia Eurasia Center": part of an institution's own name
            if not states and self.lexicon.kind_of(mention.key) == "state":
                continue
            if self.lexicon.kind_of(mention.key) == "person":
                entry = self.lexicon.get(mention.key)
                if entry is not None and entry.affiliation:
                    return entry.affiliation
                continue
            return mention.key
        return None


def _role_start(masked: str, lo: int, name_start: int) -> int | None:
    """Where the title before a name begins ("Duta Besar Rusia untuk PBB, " → "Duta"), if any."""
    text = masked[lo:name_start].rstrip()
    text = text[:-1] if text.endswith(",") else text
    stops = [m for m in _ROLE_STOP.finditer(text) if not _joins_office(text, m)]
    cut = max([m.end() for m in stops] + [text.rfind(",") + 1, 0])
    words = list(re.finditer(r"\S+", text[cut:]))[-_MAX_ROLE_WORDS:]
    verbs = [w for w in words if _VERB_LIKE.fullmatch(w.group()) and w.group().lower() not in _ROLE_WORDS]
    if verbs:
        words = [w for w in words if w.start() > verbs[-1].start()]
    if not words:
        return None
    title = _TITLE.search(text, cut + words[0].start())
    if title is None or title.group().lower().startswith("para"):
        return None  # "para pejabat Amerika": a group, never one person's title
    return lo + title.start()


def _joins_office(text: str, stop: re.Match[str]) -> bool:
    """A "dan"/"serta" between capitalised words joins the parts of one office's name ("Menteri … untuk
    Terorisme dan Intelijen Keuangan"), so the title before it still belongs to the name after it."""
    if stop.group().lower() not in ("dan", "serta"):
        return False
    before = re.search(r"([A-Z][\w-]*)[^\S\n]+$", text[: stop.start()])
    after = re.match(r"[^\S\n]+[A-Z]", text[stop.end() :])
    return before is not None and after is not None


def title_before(masked: str, lo: int, name_start: int) -> tuple[int | None, bool]:
    """Where a title before ``name_start`` begins (None without one), and whether the words right
    before the name make it a place ("gubernur wilayah Kharkiv")."""
    place = _PLACE_BEFORE.search(masked[max(lo, name_start - 20) : name_start]) is not None
    return _role_start(masked, lo, name_start), place


def capital_word(text: str, at: int, direction: int) -> bool:
    """Whether a capitalised word sits right before (``direction`` -1) or after (1) position ``at``."""
    if direction < 0:
        return re.search(r"[A-Z][\w-]*[^\S\n]$", text[max(0, at - 40) : at]) is not None
    return re.match(r"[^\S\n][A-Z]", text[at : at + 2]) is not None


def find_people(
    body: str,
    masked: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    lexicon: ActorLexicon,
) -> ArticlePeople:
    """The article's mentions with local people and short names resolved (see the module docstring)."""
    return _Finder(body, masked, sentences, mentions, lexicon).find()
