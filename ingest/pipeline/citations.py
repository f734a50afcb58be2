"""Which outlets and wires an article credits ("dilansir Reuters", "dikutip dari Al Jazeera").

A credit is a name in a crediting construction, not any mention of a name: "(Foto: Reuters)" is
a photo credit (and lives in a caption line that never reaches this module), and the Kremlin
"dirilis oleh Menteri Luar Negeri" is a press release, not a news outlet. Known outlets (from
the registry) count with any crediting cue nearby; unknown names count only after a strong cue
("dilansir dari Washington Times"), so that the list stays free of officials and ministries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.pipeline.dateline import is_region, known_place, squash
from ingest.pipeline.outlets import (
    CREDITED_KINDS,
    OutletProfile,
    glued_spellings,
    registry_derived,
    resolve_outlet,
)

__all__ = ["Citation", "find_citations", "find_credits", "site_byline"]

# Words that credit a source when they sit just before (or after) an outlet's name.
_CUE_BEFORE = re.compile(
    r"\b(?:dilansir|melansir|dikutip|mengutip|menurut|dirilis|disiarkan|dilaporkan|melaporkan|laporan"
    r"|dihimpun|dirangkum|dimuat"
    r"|diwartakan|mewartakan|diberitakan|memberitakan|lapor|dikabarkan|mengabarkan"
    r"|kata|ujar|ungkap|tulis|sebut|disebutkan|kepada|sumber|kantor berita|media|surat kabar|harian|stasiun"
    # "Ditanya oleh AFP tentang …, juru bicara Kremlin …": the answer was given to the outlet that asked.
    r"|ditanya|ditanyai"
    r"|according to|reported|told|cited|quoted|via|source|wawancara|interview)\b",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    # No "^": match() anchors at the position it is given, and "^" would only match at the string's start.
    r"[ ,]*(?:\([^()]{1,40}\)[ ,]*)?(?:(?:sebelumnya|juga|telah|pada \w+)[ ]+)?(?:melaporkan|memberitakan"
    r"|mewartakan|mengabarkan|menyampaikan|dalam laporannya|menyebutkan|mengatakan|menyatakan|reported|said|says"
    r"|mengutip|menulis|wrote|writes"
    # "TASS telah mengumpulkan pernyataan utama presiden": the outlet compiled what the article goes on to give.
    r"|mengumpulkan|menghimpun|merangkum"
    # "Reuters tidak dapat memverifikasi laporan itu secara independen": the wire's own copy says so.
    r"|tidak (?:dapat|bisa) (?:segera |secara independen )?(?:memverifikasi|mengonfirmasi|mengkonfirmasi)"
    r"|could not (?:immediately |independently )?(?:verify|confirm))\b",
    re.IGNORECASE,
)
_CUE_WINDOW = 60
# A writer's byline that names the writer's outlet: "Oleh Ani Wijaya, BBC News" credits the BBC's copy.
_BYLINE_BEFORE = re.compile(r"\b(?i:oleh|by)[ ]+(?:[A-Z][\w'’-]*[ ]+){0,3}[A-Z][\w'’-]*,[ ]*$")
# A photo credit at the end of a caption-like sentence: "(KCNA via REUTERS)", "(Foto: KCNA via AP)". The
# agency took or passed on the picture; the article does not credit it for its content.
_PHOTO_CREDIT = re.compile(
    r"\((?:(?i:foto|photo|gambar|ilustrasi)[ ]*[:：]?[ ]*)?[A-Z][\w.&'’-]*(?:[ ]+[A-Z][\w.&'’-]*)*"
    r"[ ]+(?i:via)[ ]+[A-Z][\w.&'’-]*(?:[ ]+[A-Z][\w.&'’-]*)*\)"
    # "(Sputnik/Gavriil Grigorov/Pool via REUTERS)", "(KCNA/via REUTERS)": agency, photographer, pool, then
    # the agency that passed the picture on.
    r"|\([A-Z][\w.&'’-]*(?:[ ]+[\w.&'’-]+)*(?:[ ]*/[ ]*[\w.&'’-]+(?:[ ]+[\w.&'’-]+)*)*[ ]*/[ ]*(?:[\w'’-]+[ ]+)?"
    r"(?i:via)[ ]+[A-Z][\w.&'’-]*(?:[ ]+[A-Z][\w.&'’-]*)*\)"
)
# "tulis Ani, kolumnis urusan luar negeri Financial Times": the outlet a quoted writer works for is their
# affiliation; the article quotes the person, it does not take the outlet's copy.
_AFFILIATION_BEFORE = re.compile(
    r"\b(?i:kolumnis|komentator|columnist|commentator|pengamat)(?:[ ]+[\w-]+){0,4}?[ ]+(?i:di[ ]+|dari[ ]+)?$"
)
# "Ketua RT setempat", "kepada RT dan RW", "RT 05": a neighbourhood unit and its head, not Russia Today; an
# acronym after an office's title, or followed by "setempat", a number or its companion unit, names no outlet.
_OFFICE_BEFORE = re.compile(r"\b(?i:ketua|pak|bu|pengurus|tingkat)[ ]+$")
_UNIT_AFTER = re.compile(r"[ ]*(?:/[ ]*RW\b|(?:dan|atau)[ ]+RW\b|RW\b|setempat\b|\d)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|[.!?]$|\n")
_STRONG_CUE = re.compile(
    # The look-ahead (the cues' first letters) only lets re skip other positions quickly.
    r"\b(?=(?i:[dmarwtpsbl]))(?i:dilansir|melansir|dikutip|mengutip|menurut laporan|according to|reported by"
    r"|as reported by|diwartakan|mewartakan|diberitakan|memberitakan|dilaporkan(?: pertama kali| pertama)? oleh"
    r"|wawancara dengan"
    r"|tampil di|penampilan di|dihimpun dari|dirangkum dari|dimuat di"
    # "…, sebut laporan Nikkei Asia", "demikian laporan Kyodo", "berdasarkan laporan NK News".
    r"|sebut laporan|tulis laporan|demikian laporan|berdasarkan laporan"
    # "seperti dilaporkan X", "sebagaimana diberitakan X", "dinukil dari X", "bersumber dari X", "…, lapor X".
    r"|(?:seperti|sebagaimana)(?: yang)? dilaporkan|demikian dilaporkan|dinukil|menukil|bersumber(?= dari)|lapor"
    # "Melaporkan dari ISNA, …": the verb opening its sentence with no subject is the credit's formula, as
    # "Dilansir dari" is ("Koresponden kami melaporkan dari Kyiv" has a subject and is where, not whose).
    r"|(?-i:Melaporkan)(?= dari))"
    r"(?i:[ ]+(?:dari|oleh|dalam|by))?[ ]+"
    # "mengutip laporan X", "dilansir dari laporan X": the report is the outlet's.
    r"(?:laporan[ ]+(?:(?i:dari|oleh)[ ]+)?)?"
    # Media nouns in lower case are a description; capitalised they are part of the name.
    r"(?:(?:kantor berita|media|surat kabar|harian"
    r"|situs(?: berita)?|laman|portal(?: berita)?|stasiun televisi|kanal(?: (?i:youtube)(?: resmi)?)?"
    r"|televisi|radio|majalah|outlet(?: berita)?|platform(?: berita)?|news agency|the newspaper|newspaper"
    r"|broadcaster)[ ]+"
    # "media lokal X", "kantor berita resmi X", "situs web X": what kind of outlet, in lower case.
    r"(?:(?:lokal|setempat|resmi|terkemuka|ternama|pemerintah|independen|swasta|daring|online|web|asing"
    r"|internasional|nasional|negara|milik negara)[ ]+){0,2})?"
    r"(?P<name>(?:The[ ]+)?[A-Z][\w&.'’-]*(?:[ ]+(?:[A-Z][\w&.'’-]*|of|de))*|[a-z]{3,}[A-Z][\w&.'’-]*)"
)
# "…," ujar Reid kepada Newsweek, dilansir Minggu (23/6/2024): a citing verb with no name of its own credits
# the outlet the statement was just said to be made to.
_TOLD_THEN_CITED = re.compile(
    r"\b(?i:kepada)[ ]+(?P<name>(?:The[ ]+)?[A-Z][\w&.'’-]*(?:[ ]+[A-Z][\w&.'’-]*){0,3}),[ ]+"
    r"(?i:dilansir|dikutip)(?=[ ]+(?i:pada[ ]+)?(?i:hari[ ]+)?(?i:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b"
    r"|[ ]*[.,(])"
)
# "dikutip detikINET dari Nypost": the copy the credited outlet took its story from is credited too.
_CHAINED_SOURCE = re.compile(
    r"[ ]+(?i:dari)[ ]+(?P<name>(?:The[ ]+)?[A-Z][\w&.'’-]*(?:[ ]+(?:[A-Z][\w&.'’-]*|of|de))*)"
)
_MAX_NAME_WORDS = 5
# "namun mengutip Shin yang mengatakan bahwa …": a name that goes on to say something is a person quoted, not
# an outlet whose copy is taken (outlets report: "mengutip Reuters yang melaporkan" stays a credit).
# The relative "yang" may be left out: "Badan itu mengutip Hartono mengatakan bahwa …".
_PERSON_SAYS_AFTER = re.compile(
    r",?(?:[ ]+(?i:yang))?[ ]+(?:(?i:juga|telah|sebelumnya)[ ]+)?"
    r"(?i:mengatakan|menyatakan|berkata|bilang|menegaskan|menambahkan|menjelaskan|mengaku|berpendapat)\b"
)
_QUOTE_NEXT = re.compile(r"[ ]*[\"“]")
_MEDIA_NOUNS = (
    "kantor berita",
    "surat kabar",
    "harian",
    "situs",
    "portal",
    "stasiun",
    "televisi",
    "radio",
    "majalah",
    "media",
)
_GLUED_SENTENCE = re.compile(r"[a-z]\.(?=[A-Z][a-z])")
# A name in quotes after a media noun: media Ukraina "The New Voice of Ukraine".
_QUOTED_MEDIA_NAME = re.compile(
    r"\b(?i:kantor berita|media|surat kabar|harian|situs(?: berita)?|portal(?: berita)?|stasiun televisi"
    r"|televisi|radio|majalah)(?:[ ]+[A-Z][\w-]*){0,2}[ ]+[\"“](?P<name>[A-Z][^\"”]{1,50}?)[,.]?[\"”]"
)
# A name after a media noun, reporting: kantor berita Rusia TASS melaporkan.
_MEDIA_REPORTS = re.compile(
    r"\b(?i:kantor berita|surat kabar|harian|stasiun televisi|situs berita|portal berita)"
    r"(?:[ ]+[A-Z][a-z][\w-]*){0,2}?[ ]+(?P<name>[A-Z][\w&.'’-]*(?:[ ]+[A-Z][\w&.'’-]*){0,3})"
    r"(?:[ ]+(?:sebelumnya|juga|telah))?[ ]+(?i:melaporkan|memberitakan|mewartakan|menulis|menyebutkan)\b"
)
# Words that end a media name ("Espreso TV Ukraina" is Espreso TV, of Ukraine), unless the name goes on
# with a word that only names an organisation ("Central News Agency", "Fox News Channel").
_MEDIA_SUFFIXES = frozenset({"tv", "news", "online", "fm"})
_NAME_GOES_ON = frozenset({"agency", "network", "service", "channel", "corporation", "group", "daily"})
# Words that follow a credited name without being part of it: "Reuters Selasa", "AFP Kamis".
_TRAILING_NOT_NAME = frozenset(
    {
        "senin",
        "selasa",
        "rabu",
        "kamis",
        "jumat",
        "jum'at",
        "sabtu",
        "minggu",
        "pada",
        "hari",
        "sebelumnya",
        "kemarin",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "on",
    }
)
# Capitalised words that start the name of a person, office or institution, not of an outlet.
_NOT_OUTLETS = frozenset(
    [
        "presiden",
        "menteri",
        "juru",
        "jubir",
        "kepala",
        "direktur",
        "sekretaris",
        "wakil",
        "gubernur",
        "perdana",
        "duta",
        "kementerian",
        "pemerintah",
        "gedung",
        "pejabat",
        "ketua",
        "panglima",
        "pasukan",
        "tentara",
        "kremlin",
        "pentagon",
        "dewan",
        "badan",
        "lembaga",
        # Research bodies publish reports, not news: "menurut laporan Institut Jerman untuk …".
        "institut",
        "institute",
        # State bodies speak through statements, channels and briefings, never as news outlets:
        # "dilansir Intelijen Ukraina di situs webnya", "dikutip Direktorat Intelijen Utama".
        "intelijen",
        "dinas",
        "direktorat",
        "departemen",
        "angkatan",
        "komisi",
        "kejaksaan",
        "kepolisian",
        "polisi",
        "otoritas",
        "staf",
        "komando",
        "markas",
        "parlemen",
        "majelis",
        "partai",
        "biro",
        "agen",
        "militer",
        "universitas",
        "university",
        "pusat",
        "komite",
        "pernyataan",
        "data",
        "keterangan",
        "president",
        "minister",
        "spokesman",
        "spokesperson",
        "official",
        "officials",
        "the",
        "government",
        # Platforms carry posts, not copy: "dikutip dari Twitter pribadinya", "dilansir Instagram resmi …".
        "twitter",
        "x",
        "instagram",
        "youtube",
        "facebook",
        "telegram",
        "tiktok",
        "threads",
        "whatsapp",
        "linkedin",
        "weibo",
        "vkontakte",
        "google",
        "wikipedia",
        # International bodies and rights groups publish reports, not news: "menurut laporan PBB".
        "pbb",
        "un",
        "nato",
        "asean",
        "uni",
        "bank",
        "imf",
        "iaea",
        "who",
        "unicef",
        "unhcr",
        "amnesty",
        "human",
        "palang",
        "sipri",
        "senin",
        "selasa",
        "rabu",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_SOURCE_LINE = re.compile(
    r"^[(\[]?(?:sumber|source|sumber berita|sumber artikel)(?:[ ]*:[ ]*|[ ]+(?=[A-Z]))(?P<sources>.+?)[)\]]?$",
    re.IGNORECASE,
)
_SOURCE_SPLIT = re.compile(r"[ ]*(?:,|;|&|\bdan\b|\band\b)[ ]*")
# "Sumber: Reuters | Editor: Ani": only the part before the next labelled part is the credit.
_LABELLED_PART = re.compile(
    r"[ ]*(?:\||(?<=\S)[ ]+(?=(?i:editor|penulis|reporter|penyunting|redaktur|foto|laporan)[ ]*[:：]))[ ]*"
)
# A credit line "publisher.com/other.com/Headline…": the second domain's copy.
_DOMAIN_CREDIT = re.compile(
    r"^(?P<first>[\w-]+(?:\.[\w-]+)+)[ ]*/[ ]*(?P<second>[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|tv|news))\b"
)
_SIGNOFF_PARTS = re.compile(r"[/,;]")
# A byline that names a web site, not a person: "By BeritaSatu.com", "Oleh Kabarkita.co.id".
_SITE_BYLINE = re.compile(
    r"^(?i:by|oleh)[ ]+(?P<name>[A-Z][\w-]*)(?P<suffix>(?:\.(?:com|co|id|net|org|news|tv)){1,2})$"
)
_MIN_SIGNOFF_CODE = 3
_MAX_DESK_CODE = 4


@dataclass(frozen=True)
class Citation:
    """One credited outlet: canonical registry name when known, else the name as written."""

    name: str
    line: int
    start: int
    profile_key: str | None
    end: int = -1  # where the registry name as written ends, when the registry read it


def find_citations(
    lines: Iterable[tuple[int, str]],
    *,
    profiles: Sequence[OutletProfile],
    source_lines: Iterable[tuple[int, str]] = (),
    publisher: OutletProfile | None = None,
) -> tuple[str, ...]:
    """Credited outlet names in order of first appearance, without duplicates or the publisher.

    ``lines`` are (line number, text) of article content; ``source_lines`` are "Sumber: X" lines.
    """
    found = find_credits(lines, profiles=profiles, source_lines=source_lines, publisher=publisher)
    return tuple(citation.name for citation in found)


def find_credits(
    lines: Iterable[tuple[int, str]],
    *,
    profiles: Sequence[OutletProfile],
    source_lines: Iterable[tuple[int, str]] = (),
    publisher: OutletProfile | None = None,
    publisher_keys: frozenset[str] = frozenset(),
    credit_lines: Iterable[tuple[int, str]] = (),
    signoff_lines: Iterable[tuple[int, str]] = (),
    signature_lines: Iterable[tuple[int, str]] = (),
) -> tuple[Citation, ...]:
    """Like :func:`find_citations`, as :class:`Citation` records (first one of each name).

    ``publisher_keys`` are the publisher's names squashed (``dateline.squash``): a publisher the
    registry does not know is not its own citation either. ``credit_lines`` are header lines that may
    credit another site's copy ("publisher.com/other.com/…"); ``signoff_lines`` are trailing
    sign-offs whose parts may name a wire ("(ant/abc/xyz)"); ``signature_lines`` are outlet names a page
    signs its copy with where its own name would stand (the lead's dateline, a byline), which credit that
    outlet when it is a registry outlet other than the publisher.
    """
    pattern = _known_names_pattern(profiles)
    lines = list(lines)
    # Read as one text: a copy wrapped at a fixed width may put the name and its acronym on two lines.
    bodies = _introduced_bodies([" ".join(text for _, text in lines)])
    found: list[Citation] = []
    for index, text in lines:
        text = _without_photo_credits(text)
        found.extend(_known_citations(index, text, pattern, profiles))
        found.extend(_cued_domains(index, text, profiles))
        found.extend(
            citation
            for citation in _unknown_citations(index, text, profiles)
            if citation.profile_key is not None or citation.name not in bodies
        )
    for index, text in source_lines:
        found.extend(_source_citations(index, text, profiles))
    for index, text in credit_lines:
        found.extend(_domain_credits(index, text, profiles, publisher, publisher_keys))
        found.extend(_site_byline_credits(index, text, profiles))
    for index, text in signoff_lines:
        found.extend(_signoff_credits(index, text, profiles))
    for index, text in signature_lines:
        # "Seoul (Antara/Yonhap-OANA) -": a copy passed from one agency to another signs with both.
        for part in (text, *_SIGNOFF_PARTS.split(text)) if _SIGNOFF_PARTS.search(text) else (text,):
            part = part.strip()
            known = (
                resolve_outlet(part, profiles)
                or _known_part(part, profiles)
                or resolve_outlet(part.split("-")[0], profiles)
            )
            if known is not None:
                found.append(Citation(known.name, index, 0, known.key))
    found.sort(key=lambda citation: (citation.line, citation.start))
    # "Mengutip Stars and Stripes": where the registry read a whole name, a strong cue's shorter read of
    # the same words ("Stars") is no second outlet.
    known_at = {(citation.line, citation.start) for citation in found if citation.profile_key is not None}
    # "Kantor Berita Sentral Korea Utara telah melaporkan": a media noun's read that starts inside the name the
    # registry read ("Sentral Korea Utara") is the same outlet, not a second one.
    spans = [(c.line, c.start, c.end) for c in found if c.profile_key is not None and c.end > c.start]
    found = [
        c
        for c in found
        if c.profile_key is not None
        or (
            (c.line, c.start) not in known_at
            and not any(line == c.line and start < c.start < end for line, start, end in spans)
        )
    ]
    chosen: dict[str, Citation] = {}
    for citation in found:
        if publisher is not None and citation.profile_key == publisher.key:
            continue
        if citation.profile_key is None and _is_publisher_spelling(squash(citation.name), publisher_keys):
            continue
        chosen.setdefault(citation.name, citation)
    return tuple(chosen.values())


# "Badan Intelijen Militer Ukraina (HUR)": a body named in full, then the acronym the article goes on to use.
_ACRONYM_IN_PARENS = re.compile(r"\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*[ ]+)(?:[\w'’-]+[ ]+){0,7}$")


def _introduced_bodies(texts: Iterable[str]) -> frozenset[str]:
    """Acronyms the article introduces for a body that is no outlet (a name with "Badan", "Kementerian",
    "Dinas" … in it): "dikutip HUR" after "Badan Intelijen Militer Ukraina (HUR)" quotes the intelligence
    service, which is no news outlet however strong the cue."""
    acronyms: set[str] = set()
    for text in texts:
        if "(" not in text:
            continue  # speed: most lines introduce nothing
        for match in _ACRONYM_IN_PARENS.finditer(text):
            name = _NAME_BEFORE.search(text, 0, match.start())
            if name is not None and any(
                word[:1].isupper() and word.casefold() in _NOT_OUTLETS for word in name.group().split()
            ):
                acronyms.add(match.group("acronym"))
    return frozenset(acronyms)


def _known_names_pattern(profiles: Sequence[OutletProfile]) -> re.Pattern[str] | None:
    return registry_derived(profiles, "citation_pattern", _build_known_names_pattern)


def _build_known_names_pattern(profiles: Sequence[OutletProfile]) -> re.Pattern[str] | None:
    # A copy may lose the spaces of a name of several words: "kata Kyivindependent".
    variants = {
        variant
        for profile in profiles
        for name in profile.names
        for variant in (name, name.upper(), *glued_spellings(name))
    }
    if not variants:
        return None
    # Same matches as the plain alternation of the names, longest first, but as a trie: re no longer
    # tries 200-odd names at every capital letter of the text, and the look-ahead on the first
    # letters lets it skip the other positions at once.
    first_letters = "".join(sorted({re.escape(name[0]) for name in variants}))
    return re.compile(rf"(?=[{first_letters}])(?<![\w.@/]){trie_alternation(variants)}(?![\w@]|\.\w)")


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching the same words as ``word1|word2|...`` sorted longest first, as a trie.

    At any position the words that match are prefixes of one another, so trying the longer
    continuation before the end of a shorter word (and backtracking from there) is exactly the
    longest-first order of the plain alternation.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    ends = "" in node
    if len(branches) == 1 and not ends:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if ends else "")


def _known_citations(
    index: int, text: str, pattern: re.Pattern[str] | None, profiles: Sequence[OutletProfile]
) -> list[Citation]:
    if pattern is None:
        return []
    citations = []
    for match in pattern.finditer(text):
        if not (_cue_before(text, match.start()) or _cue_after(text, match.end(), match.group())):
            continue
        if _AFFILIATION_BEFORE.search(text, max(0, match.start() - _CUE_WINDOW), match.start()):
            continue
        if _OFFICE_BEFORE.search(
            text, max(0, match.start() - _CUE_WINDOW), match.start()
        ) or _UNIT_AFTER.match(text, match.end()):
            continue
        profile = resolve_outlet(match.group(), profiles)
        if profile is not None:
            citations.append(Citation(profile.name, index, match.start(), profile.key, match.end()))
    return citations


# "Kantor Berita Pusat Korea Utara melaporkan", "Yonhap Korea Selatan melaporkan": a place written after the
# outlet's name says whose outlet it is, and the reporting verb after the place still credits the outlet.
_PLACE_AFTER_NAME = re.compile(r"[ ]+(?P<place>[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,2})")


def _cue_after(text: str, end: int, name: str) -> bool:
    """Whether a crediting verb follows the outlet's name ending at ``end``, directly or after a place that
    qualifies it (the place may finish a name that ends with a place's first word: "… Pusat Korea" "Utara")."""
    if _CUE_AFTER.match(text, end):
        return True
    after = _PLACE_AFTER_NAME.match(text, end)
    if after is None:
        return False
    place = after.group("place")
    if not (known_place(place) or known_place(f"{name.split()[-1]} {place}")):
        return False
    return _CUE_AFTER.match(text, after.end()) is not None


# An outlet named by its address: "Dikutip dari 38north.org (12/12/2022)", "dilansir laman Aljazeera.com".
_DOMAIN = re.compile(
    r"(?<![\w@/.-])(?P<name>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|info|news|tv|co\.id|or\.id|id|co\.kr"
    r"|co\.uk|co\.jp|com\.cn|ru|ua|kp|kr|jp|cn|de|fr|uk|eu|int))(?![\w-]|\.\w)",
)
# The cue that makes an address the registry does not know a credit: the address must follow it directly.
_DOMAIN_CUE = re.compile(
    r"\b(?i:dilansir|melansir|dikutip|mengutip|menurut|sumber|dilaporkan|diberitakan|dihimpun|dirangkum|dimuat"
    r"|dinukil|menukil)(?i:[ ]+(?:dari|oleh|di))?(?i:[ ]+(?:laman|situs(?: berita| web)?|portal(?: berita)?"
    r"|media|website|web))?[ ]*:?[ ]*$"
)


def _cued_domains(index: int, text: str, profiles: Sequence[OutletProfile]) -> list[Citation]:
    """Outlets a sentence credits by their web address: a registry outlet's with any crediting word
    nearby, another site's only right after a strong one ("dilansir dari kabarbaru.com")."""
    if "." not in text:
        return []  # speed: no address without a dot
    citations = []
    for match in _DOMAIN.finditer(text):
        start = match.start("name")
        name = match.group("name")
        known = resolve_outlet(name, profiles)
        if known is not None:
            if _cue_before(text, start) or _CUE_AFTER.match(text, match.end()):
                citations.append(Citation(known.name, index, start, known.key))
        elif _DOMAIN_CUE.search(text, max(0, start - _CUE_WINDOW), start):
            citations.append(Citation(name, index, start, None))
    return citations


def _without_photo_credits(text: str) -> str:
    """``text`` with its photo credits blanked out (same length, so positions still hold)."""
    if "via" not in text.casefold():
        return text  # speed: most lines have no credit
    return _PHOTO_CREDIT.sub(lambda match: " " * len(match.group()), text)


def _cue_before(text: str, position: int) -> bool:
    window = text[max(0, position - _CUE_WINDOW) : position]
    if _BYLINE_BEFORE.search(window):
        return True
    breaks = list(_SENTENCE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return _CUE_BEFORE.search(window) is not None


def _unknown_citations(index: int, text: str, profiles: Sequence[OutletProfile]) -> list[Citation]:
    citations = []
    # A cue's name followed by a quoted one is a description: media Ukraina "The New Voice of Ukraine".
    matches = []
    for m in _STRONG_CUE.finditer(text):
        if _QUOTE_NEXT.match(text, m.end()):
            continue
        if _PERSON_SAYS_AFTER.match(text, m.end()) and not _names_outlet(m.group("name"), profiles):
            continue
        matches.append(_without_country(m, profiles))
        chained = _CHAINED_SOURCE.match(text, m.end())
        # "dilansir Reuters dari Moskow" names where the wire filed from: only an outlet's name counts.
        if chained is not None and _names_outlet(chained.group("name"), profiles):
            matches.append((chained.start("name"), chained.group("name")))
    # Speed: both media-noun patterns need a media noun, the first also a quote mark; most lines have neither.
    folded = text.casefold()
    if "kepada" in folded:
        matches += [(m.start("name"), m.group("name")) for m in _TOLD_THEN_CITED.finditer(text)]
    if any(noun in folded for noun in _MEDIA_NOUNS):
        if '"' in text or "“" in text:
            matches += [(m.start("name"), m.group("name")) for m in _QUOTED_MEDIA_NAME.finditer(text)]
        matches += [(m.start("name"), m.group("name")) for m in _MEDIA_REPORTS.finditer(text)]
    for start, raw in matches:
        name = _clean_name(raw)
        if name is None:
            continue
        known = (
            resolve_outlet(name, profiles)
            or _known_part(name, profiles)
            or _fused_known(name, profiles)
            or _transposed_acronym(name, profiles)
        )
        if known is not None:
            # "Kantor Berita Korea Utara KCNA", "AFP News", "Reuters Selasa": the registry outlet, once.
            citations.append(Citation(known.name, index, start, known.key))
            continue
        if known_place(name):
            continue  # "bersumber dari Korea Utara", "dilaporkan dari Moskow": where, not which outlet
        citations.append(Citation(name, index, start, None))
    return citations


def _without_country(m: re.Match[str], profiles: Sequence[OutletProfile]) -> tuple[int, str]:
    """The name a strong cue read, without the country a media noun's description ends with: "platform berita
    pemerintah Ukraina United24" credits United24, "media Rusia Izvestia" Izvestia. A name the registry knows
    whole ("surat kabar Korea Times") and a city's paper ("harian Jakarta Globe") keep their first word."""
    name, start = m.group("name"), m.start("name")
    described = m.string[m.start() : start].casefold()
    if (
        not any(noun in described for noun in (*_MEDIA_NOUNS, "platform", "outlet"))
        or known_place(name)  # "media pemerintah Korea Utara": the country alone, no outlet named
        or _names_outlet(name, profiles)
    ):
        return start, name
    words = name.split()
    for size in (2, 1):
        if len(words) > size and is_region(" ".join(words[:size])):
            rest = " ".join(words[size:])
            return start + len(name) - len(rest), rest
    return start, name


# A site that misspells its own name by a letter ("Menurut laporan dari Kudakyv" on kudakyiv.com) credits
# itself; names this short differ by a letter too often to be read so.
_MIN_MISSPELT_OWN_NAME = 6


def _is_publisher_spelling(key: str, publisher_keys: frozenset[str]) -> bool:
    """The publisher's own name, or one of its names long enough to read with one letter left out, added or
    changed."""
    if key in publisher_keys:
        return True
    return len(key) >= _MIN_MISSPELT_OWN_NAME and any(
        len(own) >= _MIN_MISSPELT_OWN_NAME and _one_letter_apart(key, own) for own in publisher_keys
    )


def _one_letter_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            # Same length: one letter changed; otherwise one letter added to the longer.
            return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
    return True  # the longer one only adds a last letter


def _names_outlet(name: str, profiles: Sequence[OutletProfile]) -> bool:
    """A registry outlet's name, or a paper's by its kind of title ("Moscow Times"), never a place's."""
    cleaned = _clean_name(name)
    return cleaned is not None and (
        resolve_outlet(cleaned, profiles) is not None
        or _known_part(cleaned, profiles) is not None
        or bool(_NEWSPAPER_NAME.match(cleaned))
    )


def _known_part(name: str, profiles: Sequence[OutletProfile]) -> OutletProfile | None:
    """The registry outlet a longer name opens or ends with, word for word."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        for part in (words[:size], words[-size:]):
            known = resolve_outlet(" ".join(part), profiles)
            if known is not None:
                return known
    return None


# A glued word's tail is a word of the sentence when it is this long and in lower case ("Afpfakta").
_MIN_GLUED_TAIL = 3
_MIN_GLUED_HEAD = 3
# Acronyms this long may have two letters swapped by a typo ("KNCA" for KCNA).
_ACRONYM_LENGTHS = range(4, 7)


def _fused_known(name: str, profiles: Sequence[OutletProfile]) -> OutletProfile | None:
    """The registry outlet a single word opens with when the rest is a lower-case word glued to it by a
    lost space: "Dilansir Afpfakta ini …" credits AFP ("AFP" + "fakta").

    Only an outlet's own name counts, not an alias or a sign-off code: "Anthony" does not open with
    Antara's code "ANT", nor "Riaupos" with RIA Novosti's "RIA"."""
    if " " in name or not name.isalpha():
        return None
    for cut in range(len(name) - _MIN_GLUED_TAIL, _MIN_GLUED_HEAD - 1, -1):
        head, tail = name[:cut], name[cut:]
        if tail.islower():
            known = resolve_outlet(head, profiles)
            if known is not None and known.name.casefold() == head.casefold():
                return known
    return None


def _transposed_acronym(name: str, profiles: Sequence[OutletProfile]) -> OutletProfile | None:
    """The registry acronym a capitalised acronym spells with two neighbouring letters swapped
    ("demikian laporan KNCA" is KCNA's report): a typo, not another agency."""
    if not (name.isalpha() and name.isupper() and len(name) in _ACRONYM_LENGTHS):
        return None
    for i in range(len(name) - 1):
        swapped = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        if swapped == name:
            continue
        known = resolve_outlet(swapped, profiles)
        if known is not None and swapped in known.names:
            return known
    return None


# A media noun alone, capitalised because it opens the cue's object ("Dilansir Kantor berita resmi
# Korut, KCNA"): the description of the outlet named after it, never a name.
_LONE_MEDIA_NOUNS = frozenset(
    {
        "kantor",
        "media",
        "harian",
        "surat",
        "situs",
        "portal",
        "stasiun",
        "televisi",
        "radio",
        "majalah",
        "laman",
    }
)


def _clean_name(name: str) -> str | None:
    glued = _GLUED_SENTENCE.search(name)
    if glued is not None:
        name = name[: glued.start() + 1]  # "The New York Times.Pejabat AS": a full stop without its space
    words = name.strip('"“”').rstrip(".,'’-").split()
    while words and (words[-1] in {"of", "de"} or words[-1].casefold().strip(".,") in _TRAILING_NOT_NAME):
        words.pop()
    for position, word in enumerate(words[1:-1], 1):
        if word.casefold() in _MEDIA_SUFFIXES and words[position + 1].casefold() not in _NAME_GOES_ON:
            words = words[: position + 1]
            break
    if not words or len(words) > _MAX_NAME_WORDS:
        return None
    if len(words) == 1 and words[0].casefold() in _LONE_MEDIA_NOUNS:
        return None
    first = words[1] if words[0] == "The" and len(words) > 1 else words[0]
    if first.casefold() in _NOT_OUTLETS:
        return None
    return " ".join(words)


def _source_citations(index: int, text: str, profiles: Sequence[OutletProfile]) -> list[Citation]:
    """ "Sumber: CNA/SL" credits CNA (SL is the editor's initials); "Sumber: A, B" credits both."""
    match = _SOURCE_LINE.match(text)
    if match is None:
        return []
    sources = _LABELLED_PART.split(match.group("sources"))[0]
    citations: list[Citation] = []
    for part in _SOURCE_SPLIT.split(sources):
        # "Sumber: Reuters/AFP" credits both wires; "Sumber: CNA/SL" only CNA (SL: the editor's initials).
        more = [
            (profile.name, profile.key)
            for piece in part.split("/")[1:]
            if len(piece.strip(" .()[]")) >= _MIN_SIGNOFF_CODE
            and (profile := resolve_outlet(piece.strip(" .()[]"), profiles)) is not None
        ]
        citations.extend(Citation(name, index, match.start("sources"), key) for name, key in more)
        name = part.split("/")[0].strip(" .()[]")
        if not name or not name[0].isalnum():
            continue
        # "Sumber: Kantor Berita Yonhap" credits Yonhap: the media noun describes the registry outlet.
        profile = resolve_outlet(name, profiles) or _known_part(name, profiles)
        shown = profile.name if profile else name
        citations.append(Citation(shown, index, match.start("sources"), profile.key if profile else None))
    return citations


def _domain_credits(
    index: int,
    text: str,
    profiles: Sequence[OutletProfile],
    publisher: OutletProfile | None,
    publisher_keys: frozenset[str],
) -> list[Citation]:
    """ "publisher.com/other.com/Headline": the publisher names the site whose copy it carries."""
    match = _DOMAIN_CREDIT.match(text)
    if match is None:
        return []
    first = match.group("first")
    ours = (publisher is not None and resolve_outlet(first, profiles) == publisher) or squash(
        first.split(".")[0]
    ) in publisher_keys
    if not ours:
        return []
    second = match.group("second")
    profile = resolve_outlet(second, profiles)
    name = profile.name if profile else second
    return [Citation(name, index, match.start("second"), profile.key if profile else None)]


def site_byline(text: str) -> str | None:
    """The site a header byline names instead of a writer ("By BeritaSatu.com"), without its domain
    suffix, else None."""
    match = _SITE_BYLINE.match(text.strip())
    return match.group("name") if match is not None else None


def _site_byline_credits(index: int, text: str, profiles: Sequence[OutletProfile]) -> list[Citation]:
    """ "By BeritaSatu.com" above a reposted article: the site whose copy it is, not a writer."""
    name = site_byline(text)
    if name is None:
        return []
    profile = resolve_outlet(text.strip().split(None, 1)[1], profiles) or resolve_outlet(name, profiles)
    return [Citation(profile.name if profile else name, index, 0, profile.key if profile else None)]


def _signoff_credits(index: int, text: str, profiles: Sequence[OutletProfile]) -> list[Citation]:
    """ "(ant/abc/xyz)": a part that is a registry outlet's name or alias credits that outlet's copy.

    Parts of one or two letters are someone's initials even when they spell a wire ("ap").
    """
    citations: list[Citation] = []
    position = 0
    parts = _SIGNOFF_PARTS.split(text.strip("()[] "))
    for number, part in enumerate(parts):
        name = part.strip()
        # "(Reuters/AP/ita)": a wire's two capitals between wires, before the desk's code, are that wire.
        between_wires = number < len(parts) - 1 and name.isupper() and bool(citations)
        long_enough = len(name) >= _MIN_SIGNOFF_CODE or between_wires
        profile = resolve_outlet(name, profiles) if long_enough else None
        if (
            profile is not None
            and name.islower()
            and len(name) <= _MAX_DESK_CODE
            and profile.kind not in CREDITED_KINDS
        ):
            # "(ant/sbs)": a desk's lower-case code that happens to spell a broadcaster's acronym is someone's
            # initials; only the agencies sign copy that way ("(ant)", "(afp/dpa)").
            profile = None
        if profile is not None:
            citations.append(Citation(profile.name, index, position, profile.key))
        elif number == 0 and _NEWSPAPER_NAME.match(name):
            # "(Moscow Times/B-3)": a paper the registry does not know, then the desk's code.
            citations.append(Citation(name, index, position, None))
        position += len(part) + 1
    return citations


# A sign-off's first part that names a paper by its kind of title ("Moscow Times", "Korea Herald"):
# desks' codes are initials or numbers, and a writer's name does not end in "Times".
_NEWSPAPER_NAME = re.compile(
    r"^(?:The[ ]+)?(?:[A-Z][\w'’-]*[ ]+){1,3}(?:Times|News|Post|Herald|Daily|Journal|Tribune|Today|Press"
    r"|Gazette|Telegraph|Guardian|Express|Standard|Observer|Monitor|Insider|Chronicle)$"
)
