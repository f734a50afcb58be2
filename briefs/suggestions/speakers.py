"""Who said it: the speaker phrase near a cue, and what a pronoun or anaphor stands for.

The phrases that can stand for a speaker are found in the body with quotations masked (words inside a
quote are never the reporter's subject) and source phrases left out ("dikutip dari Al Jazeera": the wire
is not the speaker). Resolution looks back through the sentences already read and the speakers of the
statements already found in them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefs.suggestions.lexicon import ROLE, ActorLexicon, Mention
from briefs.suggestions.people import TITLES, capital_word, is_name_word, short_names, title_before
from briefs.suggestions.rules import (
    _NOT_NAMES,
    GOVERNING_WORD,
    GROUP,
    GROUP_SIZES,
    INSTITUTION_ANAPHOR,
    NAME_RUN,
    OBJECT_OF_VERB,
    OWNED_ROLE,
    OWNER_OF_STATEMENT,
    PLURAL_PRONOUN,
    POSSESSIVE_HEAD,
    PRONOUN,
    REGIME,
    RELATIVE_CLAUSE_TAIL,
    ROLE_ANAPHOR,
    SOURCE_PHRASE,
    STATEMENT,
    SUBJECT_PREFIX,
    UNKNOWN_NAME,
    UNNAMED,
)
from briefs.suggestions.sentences import Sentence

# How a speaker was found, strongest first.
NAME = "name"
ROLE_PHRASE = "role"
PRONOUN_REF = "pronoun"
PRONOUN_FAR = "pronoun, far"
ANAPHOR = "anaphor"
INHERITED = "inherited"
CONDUIT = "conduit"
UNRESOLVED = "unresolved"
AMBIGUOUS = "ambiguous"

MASK = "\u2592"
_MAX_SUBJECT_GAP = 60
_MAX_RELATIVE_GAP = 200
_APPOSITION_TAIL = re.compile(
    r",[^\S\n]*(?:(?:seorang|sang)[^\S\n]+)?(?:"
    + "|".join(r"\s+".join(map(re.escape, t.split())) for t in sorted(TITLES, key=len, reverse=True))
    + r")\b[^,.;:!?\n]*,[^\S\n]*$",
    re.IGNORECASE,
)
_PASSIVE_SAID_BY = re.compile(
    r"(?<![\w-])di(?:bantah|tepis|sangkal|tolak|kecam|kritik|konfirmasi|benarkan|ungkapkan|sampaikan|katakan|"
    r"umumkan|tegaskan|nyatakan)(?:[^\S\n]+(?:langsung|keras|tegas|secara[^\S\n]+\w+))?[^\S\n]+oleh[^\S\n]+$",
    re.IGNORECASE,
)
_CRITICISM_FROM = re.compile(
    r"(?<![\w-])(?:kecaman|kritik(?:an)?|protes|teguran|peringatan)(?:[^\S\n]+keras)?[^\S\n]+dari[^\S\n]+"
    r"(?:(?:pemerintah|pemerintahan|para[^\S\n]+pemimpin|pejabat)(?:[^\S\n]+di)?[^\S\n]+)?$",
    re.IGNORECASE,
)
# A subordinate clause that opens on a name and ends at the verb: "… beberapa jam setelah Pentagon".
# So may one that opens on people no name is given for: "… sehari setelah otoritas militer regional".
_SUBORDINATE_SUBJECT = re.compile(
    r"(?<![\w-])(?:setelah|sesudah|sebelum|ketika|sejak|usai)[^\S\n]+(?=(?:[A-Z]|(?:para|seorang|sejumlah|"
    r"otoritas|pejabat|pihak[^\S\n]+berwenang)(?![\w-]))[^,.;:!?\n\s]*(?:[^\S\n]+[^,.;:!?\n\s]+){0,4}[^\S\n]*$)"
)
_BAD_GAP = re.compile(rf"[{MASK}.;!?:\"“”]|\bbahwa\b", re.IGNORECASE)
_CHAIN_AND = re.compile(r"\s*,?\s*(?:dan|serta|maupun|bersama(?:\s+dengan)?|beserta)\s*", re.IGNORECASE)
_CHAIN_COMMA = re.compile(r"\s*,\s*")
# Two parties a meeting joins ("Saat Kim bertemu Belousov, keduanya …", "Putin menerima Kim …. Mereka berdua
# …"): what lies between them, a verb of meeting and at most a few words of title.
_MET = re.compile(
    r"[^\S\n]+(?:(?:telah|akan|sempat|lalu|kemudian)[^\S\n]+)?(?:bertemu|menerima|mengunjungi|menjamu|"
    r"menyambut|berbicara|berunding|bertelepon|berbincang|bertatap[^\S\n]+muka)(?:[^\S\n]+dengan)?"
    r"(?:[^\S\n]+(?-i:[A-Z(])[^\s,.;:!?]*){0,4}?[^\S\n]+",
    re.IGNORECASE,
)
_HAS_AND = re.compile(r"\b(?:dan|serta)\b", re.IGNORECASE)
_LOOKBACK = 3
# A capitalised run opening with one of these is an institution's name, whole ("Institut Studi Perang").
_INSTITUTION_WORDS = frozenset(
    {"institut", "institute", "lembaga", "pusat", "center", "centre", "badan", "komite", "dewan", "partai",
     "universitas", "yayasan", "kantor", "kementerian", "departemen", "organisasi"}
)  # fmt: skip
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"(?:^|,[^\S\n]*)((?:[\w-]+[^\S\n]+){1,3}(?:tersebut|itu|ini))[^\S\n]*(?:[,(][^.;:!?\n]*)?$",
    re.IGNORECASE,
)
# Between an actor and the "yang" of its report: a closing bracket, a comma, a time ("awal tahun ini").
_OWNER_GAP = re.compile(
    r"[\s,)]*(?:(?:(?:awal|akhir|pertengahan)\s+)?(?:tahun|bulan|pekan|minggu)\s+(?:ini|lalu)[\s,]*)?",
    re.IGNORECASE,
)
# A state speaks through one of its institutions named before it.
_STATE_INSTITUTION = re.compile(
    r"(?<![\w-])(?:militer|pemerintah|pihak|kementerian|otoritas|angkatan\s+bersenjata)\s+$", re.IGNORECASE
)
_DAY_OR_MONTH = re.compile(rf"(?:{_NOT_NAMES})(?:\s+\d+)?", re.IGNORECASE)
# Words before the owner of a report or a study in an attribution ("laporan terbaru dari").
_REPORT_WORDS = frozenset(
    {"laporan", "pernyataan", "analisis", "kajian", "studi", "penelitian", "riset", "data", "terbaru", "dari"}
)
# "kata mantan anggota panel ahli PBB yang …": a former member speaks for nobody named after the title.
_FORMER_MEMBER = re.compile(
    r"[^\S\n]*(?:seorang[^\S\n]+)?(?:mantan|eks|bekas)[^\S\n]+(?P<title>[^,.;:\n]{3,80}?)"
    r"(?=[^\S\n]*(?:,|\.|;|:|$|\n|[^\S\n]yang(?![\w-])|[^\S\n]dalam(?![\w-])|[^\S\n]kepada(?![\w-])))",
    re.IGNORECASE,
)
# Things that carry someone's words, and how a text says where one came from: "pesan rahasia dikirimkan
# dari Washington ke Kairo".
_DOCUMENT_WORDS = frozenset({"pesan", "surat", "dokumen", "memo", "kabel", "nota"})
_SENT_FROM = re.compile(
    r"(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]+(?:(?:di)?kirim(?:kan)?|dikeluarkan|diterbitkan)?[^\S\n]*"
    r"(?:dari|oleh)[^\S\n]+",
    re.IGNORECASE,
)
# A relative clause that gives the subject its name: "Badan intelijen itu, yang dikenal dengan akronim GUR,
# mengatakan …", "lembaga yang disebut Pusat Kajian Timur, menyatakan …". The name is the speaker's.
_NAMING_CLAUSE = re.compile(
    r"[,\s]*yang[^\S\n]+(?:(?:lebih|juga|biasa)[^\S\n]+)?(?:dikenal|disebut|bernama|dinamai)"
    r"(?:[^\S\n]+(?:dengan|sebagai))?(?:[^\S\n]+(?:akronim|singkatan|nama|sebutan)(?:nya)?)?[^\S\n]+"
    r"(?P<name>(?-i:[A-Z])[\w'.-]*(?:[^\S\n]+(?-i:[A-Z])[\w'.-]*){0,4})[^\S\n]*,?[^\S\n]*$",
    re.IGNORECASE,
)
# A common noun for a body, right before the state it belongs to and its name: "media Jepang NHK",
# "harian Korea Selatan Chosun Ilbo", "lembaga Jerman SWP".
_DESCRIPTOR_BEFORE = re.compile(
    r"(?<![\w-])(?P<word>media|harian|surat[^\S\n]+kabar|koran|stasiun[^\S\n]+televisi|televisi|penyiar|"
    r"lembaga|badan|kantor[^\S\n]+berita|situs|majalah|lembaga[^\S\n]+kajian|wadah[^\S\n]+pemikir)"
    r"(?:[^\S\n]+(?:pemerintah|publik|swasta|resmi))?[^\S\n]+$",
    re.IGNORECASE,
)
# A preposition or a verb of meeting before a person, and at most a title between: "dengan Presiden Putin",
# "bersama Kim", "kepada Menteri Luar Negeri Lavrov".
_PREPOSITION_OBJECT = re.compile(
    r"(?<![\w-])(?:dengan|kepada|bersama|terhadap|untuk|dari|samping|sebelah|bertemu|menemui|menerima|menyambut|"
    r"mengunjungi)"
    r"(?:[^\S\n]+(?-i:[A-Z])[\w-]*){0,4}[^\S\n]+$",
    re.IGNORECASE,
)
# An apposition that says what the subject is, set off by commas before the verb: "ISW, sebuah lembaga kajian
# berbasis di Washington, mengungkapkan …", "Budi, salah satu pengamat senior, menilai …".
_INDEFINITE_APPOSITION = re.compile(
    r",[^\S\n]*(?:sebuah|seorang|salah[^\S\n]+satu|satu[^\S\n]+dari)[^\S\n]+[^,.;:!?\n\"“”]{3,100},[^\S\n]*$",
    re.IGNORECASE,
)
# A full name set off by commas right before the verb: "…, Konrad Muzyka, mengatakan".
_NAME_APPOSITION = re.compile(
    r",[^\S\n]*(?P<name>(?-i:[A-Z])[\w'.-]*(?:[^\S\n]+(?-i:[A-Z])[\w'.-]*){1,3}),[^\S\n]*$"
)
# What the resolution of a pronoun returns when several people fit it equally.
_AMBIGUOUS_KEY = "?"


# Where or to whom something was said, between a subject and its verb: ", dalam wawancara dengan CNN,",
# " saat berbicara kepada wartawan".
_ADJUNCT_BEFORE_VERB = re.compile(
    r"(?:,[^\S\n]*|[^\S\n]+)(?:dalam|saat|ketika|di|pada|kepada|melalui|lewat)"
    r"(?![\w-])[^,.;:\n\"“”]{1,80}?,?[^\S\n]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Speaker:
    """``key`` is None when nobody in the lexicon could be named; ``text`` is the words for the speaker."""

    key: str | None
    text: str
    start: int
    end: int
    how: str
    name: str = ""
    # When ``how`` is AMBIGUOUS: the keys of the people who fit equally, in the order the text names them,
    # for the editor to choose from (the rules do not guess between them). When a pronoun was resolved
    # to the subject of a sentence that names other people too: those others, who remain possible.
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Phrase:
    start: int
    end: int
    kind: str  # "mention" | "pronoun" | "plural" | "group" | "statement" | "role" | "unnamed" | "ambiguous"
    mention: Mention | None = None
    detail: str = ""


@dataclass
class SentenceView:
    """A sentence with the mentions in it that may be speakers (not quoted, not a source)."""

    index: int
    sentence: Sentence
    mentions: list[Mention]
    all_keys: frozenset[str]
    subject: Mention | None
    sources: list[tuple[int, int]] = field(default_factory=list)
    claims: list[str | None] = field(default_factory=list)


def _distinct(keys: Iterable[str | None]) -> tuple[str, ...]:
    """The keys once each, in the order first given (None left out)."""
    return tuple(dict.fromkeys(key for key in keys if key))


def _in_any(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= start and end <= hi for lo, hi in regions)


class SpeakerContext:
    """Reads a body once; answers "who is the speaker here?" for the rules, sentence by sentence."""

    def __init__(
        self,
        body: str,
        masked: str,
        sentences: Sequence[Sentence],
        mentions: Sequence[Mention],
        lexicon: ActorLexicon,
        ambiguous: Sequence[tuple[int, int]] = (),
        epithets: Sequence[tuple[int, int, bool]] = (),
    ):
        self.body = body
        self.masked = masked
        self.lexicon = lexicon
        self.ambiguous = sorted(ambiguous)
        self.epithets = sorted(epithets)
        self.lowercase_words = set(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", masked))
        self.sources = [(m.start(), m.end()) for m in SOURCE_PHRASE.finditer(masked)]
        self.views: list[SentenceView] = []
        ordered = sorted(mentions, key=lambda m: m.start)
        self._all_mentions = ordered
        starts = [m.start for m in ordered]
        source_starts = [start for start, _ in self.sources]
        for index, sentence in enumerate(sentences):
            window = ordered[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
            inside = [m for m in window if m.end <= sentence.end]
            sources = self.sources[
                bisect_left(source_starts, sentence.start) : bisect_left(source_starts, sentence.end)
            ]
            usable = [
                m
                for m in inside
                if MASK not in masked[m.start : m.end] and not _in_any(m.start, m.end, sources)
            ]
            self.views.append(
                SentenceView(
                    index=index,
                    sentence=sentence,
                    mentions=usable,
                    all_keys=frozenset(m.key for m in inside),
                    subject=self._subject_of(sentence, usable),
                    sources=sources,
                )
            )

    # --- facts -------------------------------------------------------------------------------------------
    def kind(self, key: str | None) -> str | None:
        return self.lexicon.kind_of(key)

    def record(self, index: int, key: str | None) -> None:
        """Remember that sentence ``index`` holds a statement by ``key``."""
        self.views[index].claims.append(key)

    def _subject_of(self, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        if sentence.dateline or not mentions:
            return None
        first = mentions[0]
        prefix = self.masked[sentence.start : first.start]
        if SUBJECT_PREFIX.match(prefix):
            return first
        # "Namun, hal tersebut dibantah langsung oleh Beijing.": the agent of a passive of saying is who
        # acts in the sentence, and whom a "mereka" or "-nya" after it refers to.
        # So is the one a condemnation comes from: "peluncuran itu menuai kecaman dari pemerintah di Amerika
        # Serikat, Korea Selatan, dan Jepang. Mereka khawatir …"
        return next(
            (
                m
                for m in mentions
                if _PASSIVE_SAID_BY.search(self.masked, sentence.start, m.start)
                or _CRITICISM_FROM.search(self.masked, sentence.start, m.start)
            ),
            None,
        )

    def _previous(self, index: int, depth: int = _LOOKBACK) -> list[SentenceView]:
        found: list[SentenceView] = []
        cursor = index - 1
        while cursor >= 0 and len(found) < depth:
            if not self.views[cursor].sentence.dateline:
                found.append(self.views[cursor])
            cursor -= 1
        return found

    # --- phrases -----------------------------------------------------------------------------------------
    def _phrases(self, index: int, lo: int, hi: int) -> list[_Phrase]:
        view = self.views[index]
        # A mention that starts in the window counts whole ("kata Yury Ushakov, ajudan presiden Rusia").
        phrases = [_Phrase(m.start, m.end, "mention", m) for m in view.mentions if lo <= m.start < hi]
        phrases += [_Phrase(a, b, "ambiguous") for a, b in self.ambiguous if lo <= a and b <= hi]
        phrases += [
            _Phrase(a, b, "pronoun" if back else "unnamed")
            for a, b, back in self.epithets
            if lo <= a and b <= hi
        ]
        taken = [(p.start, p.end) for p in phrases] + view.sources
        for kind, pattern in (
            ("group", GROUP),
            ("statement", STATEMENT),
            ("role", ROLE_ANAPHOR),
            ("institution", INSTITUTION_ANAPHOR),
            ("owned", OWNED_ROLE),
            ("regime", REGIME),
            ("plural", PLURAL_PRONOUN),
            ("pronoun", PRONOUN),
            ("unnamed", UNNAMED),
        ):
            for match in pattern.finditer(self.masked, lo, hi):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                detail = (match.groupdict().get("number") or match.groupdict().get("head") or "").lower()
                phrases.append(_Phrase(match.start(), match.end(), kind, None, detail))
                taken.append((match.start(), match.end()))
        phrases.sort(key=lambda p: (p.start, p.end))
        return phrases

    def _chain(self, view: SentenceView, mention: Mention, seen_and: bool = False) -> list[Mention]:
        """``mention`` and the actors listed before it with it ("AS, Inggris, Jepang, dan Korea Selatan")."""
        position = view.mentions.index(mention)
        chain = [mention]
        while position > 0:
            before = view.mentions[position - 1]
            between = self.masked[before.end : chain[0].start]
            if _CHAIN_AND.fullmatch(between):
                seen_and = True
            elif not (seen_and and _CHAIN_COMMA.fullmatch(between)):
                break
            chain.insert(0, before)
            position -= 1
        return chain

    def _chains(self, view: SentenceView) -> list[list[Mention]]:
        chains: list[list[Mention]] = []
        for mention in view.mentions:
            chain = self._chain(view, mention)
            if len(chain) > 1:
                chains.append(chain)
        return chains

    def _from_mention(self, view: SentenceView, mention: Mention, seen_and: bool) -> Speaker:
        chain = self._chain(view, mention, seen_and)
        first = chain[0]
        how = ROLE_PHRASE if first.via == ROLE else NAME
        return Speaker(first.key, self.body[first.start : chain[-1].end], first.start, chain[-1].end, how)

    def _resolve(self, index: int, phrase: _Phrase, seen_and: bool = False) -> Speaker:
        view = self.views[index]
        text = self.body[phrase.start : phrase.end]
        key: str | None
        if phrase.kind == "mention" and phrase.mention is not None:
            return self._from_mention(view, phrase.mention, seen_and)
        if phrase.kind == "ambiguous":
            return Speaker(None, text, phrase.start, phrase.end, AMBIGUOUS, text)
        if phrase.kind == "pronoun":
            if text.lower() == "pihaknya":
                key = self._recent_speaker(index, phrase.start) or self._person(index, phrase.start)
            else:
                key, depth, candidates = self._person_at(index, phrase.start)
                if key == _AMBIGUOUS_KEY:
                    return Speaker(None, text, phrase.start, phrase.end, AMBIGUOUS, candidates=candidates)
                if key and depth > 1:
                    # named two or more sentences back: likely, not sure
                    return Speaker(key, text, phrase.start, phrase.end, PRONOUN_FAR, candidates=candidates)
                if key:
                    return Speaker(key, text, phrase.start, phrase.end, PRONOUN_REF, candidates=candidates)
            if key == _AMBIGUOUS_KEY:
                return Speaker(None, text, phrase.start, phrase.end, AMBIGUOUS)
        elif phrase.kind == "plural":
            key = self._group(index, phrase.start, None)
        elif phrase.kind == "group":
            key = self._group(index, phrase.start, GROUP_SIZES.get(phrase.detail))
        elif phrase.kind == "statement":
            key = self._recent_speaker(index, phrase.start, nearest=True)
        elif phrase.kind == "owned":
            # "Rusia menyangkal … dan perwakilannya di PBB menolak …": the subject's, else the last speaker's
            subject = self.views[index].subject
            owner = subject.key if subject is not None and subject.end <= phrase.start else None
            key = owner or self._recent_speaker(index, phrase.start)
        elif phrase.kind == "regime":
            key = self._group(index, phrase.start, None)
        elif phrase.kind == "institution":
            key = self._institution(index, phrase.start, phrase.detail)
        elif phrase.kind == "role":
            key = self._role(index, phrase.detail) or self._recent_speaker(index, phrase.start)
        else:
            return Speaker(None, text, phrase.start, phrase.end, UNRESOLVED)
        how = PRONOUN_REF if phrase.kind in ("pronoun", "plural") else ANAPHOR
        return Speaker(key, text, phrase.start, phrase.end, how if key else UNRESOLVED)

    # --- the questions the rules ask ---------------------------------------------------------------------
    def subject_before(self, index: int, position: int) -> Speaker | None:
        """The speaker phrase before a reporting verb at ``position``, if any: the nearest phrase that is
        not inside a relative clause or an apposition that ends at the verb ("Kim, yang tiba di Moskow,
        mengatakan"), nor the object of a preposition ("membalas surat untuk Putin dengan mengatakan");
        an unknown capitalised name there ("Dr. Lee") is a speaker nobody in the lexicon matches."""
        sentence = self.views[index].sentence
        limit = position
        before = self.masked[sentence.start : position]
        apposed = _NAME_APPOSITION.search(before)
        if apposed is not None and apposed.start() > 0:
            lo_name, hi_name = sentence.start + apposed.start("name"), sentence.start + apposed.end("name")
            words = apposed.group("name").split()
            if (
                len(words) >= 2
                and not any(m.start < hi_name and lo_name < m.end for m in self.views[index].mentions)
                and self._name_like(lo_name, hi_name, lo_name)
                and not _DAY_OR_MONTH.search(apposed.group("name"))
            ):
                # "Analis … yang berbasis di Polandia, Konrad Muzyka, mengatakan": the name set off by commas
                # right before the verb is who speaks; what comes before it only describes them
                name = self.body[lo_name:hi_name].rstrip(".")
                return Speaker(None, name, lo_name, lo_name + len(name), UNRESOLVED, name)
        tail = (
            _APPOSITION_TAIL.search(before)
            or RELATIVE_CLAUSE_TAIL.search(before)
            or _INDEFINITE_APPOSITION.search(before)
        )
        if tail is not None and len(before) - tail.start() <= _MAX_RELATIVE_GAP:
            limit = sentence.start + tail.start()
        # A mention may hold the apposition itself ("Budi, juru bicara angkatan laut,"): it reaches past.
        lo = sentence.start
        clause = _SUBORDINATE_SUBJECT.search(before)
        if clause is not None:
            # "Pernyataan itu muncul setelah Pentagon mengatakan …": the verb is the subordinate clause's,
            # and so is its subject; what the main clause is about does not say it.
            lo = sentence.start + clause.end()
        phrases = [
            p
            for p in self._phrases(index, sentence.start, position)
            if p.end <= position and (p.end <= limit or p.start < limit) and p.start >= lo
        ]
        nearest: _Phrase | None = None
        for phrase in sorted(phrases, key=lambda p: p.end, reverse=True):
            gap = self.masked[phrase.end : limit] if phrase.end <= limit else ""
            if len(gap) > _MAX_SUBJECT_GAP or _BAD_GAP.search(gap):
                break
            if (
                phrase.kind != "unnamed"
                and GOVERNING_WORD.search(self.masked, sentence.start, phrase.start)
                and not OWNER_OF_STATEMENT.search(self.masked, sentence.start, phrase.start)
            ):
                continue
            if phrase.kind == "mention" and POSSESSIVE_HEAD.search(self.masked, sentence.start, phrase.start):
                return None  # "Tindakan Kim tersebut menegaskan …": an act of Kim's is the subject
            if OBJECT_OF_VERB.search(self.masked, sentence.start, phrase.start):
                continue  # "Putin menyambut Kim …, berjanji": Kim is whom Putin welcomed
            nearest = phrase
            break
        if nearest is None and limit < position:
            naming = _NAMING_CLAUSE.search(self.masked, limit, position)
            if naming is not None and naming.start() == limit:
                words = self.body[lo:limit].split(",")[-1].split()
                if words and words[0][:1].isupper() and words[0].lower() in _INSTITUTION_WORDS:
                    # the body named as it is known: its words up to its name, the name given
                    start = limit - len(self.body[lo:limit].split(",")[-1].lstrip())
                    name = naming.group("name").rstrip(".")
                    return Speaker(
                        None,
                        self.body[start : naming.end("name")],
                        start,
                        naming.end("name"),
                        UNRESOLVED,
                        name,
                    )
        if nearest is None:
            adjunct = _ADJUNCT_BEFORE_VERB.search(self.masked, lo, limit)
            if adjunct is not None and adjunct.start() > lo:
                # "Budanov, dalam wawancara dengan Bloomberg News, mengatakan": where or to whom it was said
                # stands between the subject and its verb
                before_adjunct = self.subject_before(index, adjunct.start())
                if before_adjunct is not None and (
                    before_adjunct.key is not None or len(before_adjunct.name.split()) >= 2
                ):  # a known speaker or a full name, not a capitalised opening word ("Ketegangan di …")
                    return before_adjunct
            return self._unknown_name(lo, limit) or self._demonstrative(index, lo, limit)
        if (
            nearest.kind == "mention"
            and nearest.mention is not None
            and self.kind(nearest.mention.key) == "state"
        ):
            # "Kantor Berita Yonhap Korea Selatan melaporkan": the state only says whose agency speaks
            owner = next(
                (
                    p
                    for p in phrases
                    if p.kind == "mention"
                    and p.mention is not None
                    and p.end <= nearest.start
                    and not self.masked[p.end : nearest.start].strip()
                    and self.kind(p.mention.key) in ("media", "organisation")
                ),
                None,
            )
            nearest = owner or nearest
            named_after = self._unknown_name(nearest.end, limit) if owner is None else None
            descriptor = _DESCRIPTOR_BEFORE.search(self.masked, sentence.start, nearest.start)
            if (
                named_after is not None
                and descriptor is not None
                and named_after.name
                and not self.masked[nearest.end : named_after.start].strip()
                and not self.masked[named_after.end : limit].strip(" \t)")
                and not _DAY_OR_MONTH.fullmatch(named_after.name)
            ):
                # "media Jepang NHK melaporkan": a body of that state, named after it, speaks
                start = descriptor.start("word")
                return Speaker(
                    None,
                    self.body[start : named_after.end],
                    start,
                    named_after.end,
                    UNRESOLVED,
                    named_after.name,
                )
            if owner is None:
                # "lembaga think tank Royal United Services Institute (RUSI) Inggris mengatakan": a name the
                # lexicon does not know, qualified by its country, is the institution speaking
                qualified = self._unknown_name(lo, nearest.start)
                if (
                    qualified is not None
                    and qualified.name
                    and not self.masked[qualified.end : nearest.start].strip(" \t)")
                    and (len(qualified.name.split()) >= 2 or "(" in qualified.name)
                    # not an office every state has ("Kementerian Luar Negeri Ukraina" is Ukraine's)
                    and any(is_name_word(w.strip("()."), False, set()) for w in qualified.name.split())
                    and not _DAY_OR_MONTH.fullmatch(qualified.name)
                ):
                    return qualified
        if nearest.kind == "mention" and nearest.end <= limit:
            # "Mengenai video …, Rusia bagian barat, Lee mengatakan": a name the lexicon does not know opens
            # the clause after the comma, and it is the one speaking
            comma = self.masked.rfind(",", nearest.end, limit)
            later = self._unknown_name(comma + 1, limit) if comma != -1 else None
            if (
                later is not None
                and later.name
                and not _DAY_OR_MONTH.fullmatch(later.name)
                # the name opens that clause: ", dalam wawancara dengan Bloomberg News" names whom to
                and not self.masked[comma + 1 : later.start].strip()
            ):
                return later
        if nearest.kind == "unnamed":
            # "Korea Selatan dan negara-negara Barat meyakini": the first named of the parties speaks
            named = [p for p in phrases if p.kind == "mention" and p.end <= nearest.start]
            if named and _CHAIN_AND.fullmatch(self.masked[named[-1].end : nearest.start]):
                nearest = named[-1]
        gap = self.masked[nearest.end : limit] if nearest.end <= limit else ""
        if nearest.kind == "unnamed":
            following = [p for p in phrases if p.kind == "mention" and p.start >= nearest.end]
            if following and "," not in self.masked[nearest.end : following[0].start]:
                found = self._resolve(index, following[0])
                return Speaker(
                    found.key, self.body[nearest.start : found.end], nearest.start, found.end, ANAPHOR
                )
            body_name = NAME_RUN.match(self.masked, nearest.end + len(gap) - len(gap.lstrip()), limit)
            if (
                body_name is not None
                and not self.masked[nearest.end : body_name.start()].strip()
                and not self.masked[body_name.end() : limit].strip()
                and not _DAY_OR_MONTH.fullmatch(body_name.group())
            ):
                # "Sumber NHK menyebutkan": unnamed people of a body the registry does not know; its name
                # goes with them, the words say whose sources they are
                return Speaker(
                    None,
                    self.body[nearest.start : body_name.end()],
                    nearest.start,
                    body_name.end(),
                    UNRESOLVED,
                )
        found = self._resolve(index, nearest, seen_and=bool(_HAS_AND.search(gap)))
        unnamed = [p for p in phrases if p.kind == "unnamed" and p.end <= found.start]
        if unnamed and not self.masked[unnamed[-1].end : found.start].strip():
            # "seorang pejabat AS": someone of that actor, not the actor itself speaking by name
            start = unnamed[-1].start
            return Speaker(found.key, self.body[start : found.end], start, found.end, ANAPHOR)
        return found

    def person_before(self, index: int, position: int) -> Speaker | None:
        """The person named right before ``position`` ("… Sergei Lavrov yang mengatakan"), if any. A person
        inside a source phrase counts ("mengutip juru bicaranya Maria Zakharova yang mengatakan"): a
        source phrase keeps agencies from speaking, but the one it quotes is a speaker."""
        view = self.views[index]
        for mention in reversed(view.mentions):
            if mention.end <= position and not self.masked[mention.end : position].strip(" ,"):
                if self.kind(mention.key) == "person":
                    return self._from_mention(view, mention, False)
                return None
        sentence = view.sentence
        for mention in self._all_mentions:
            quoted = sentence.start <= mention.start and mention.end <= position
            if (
                quoted
                and not self.masked[mention.end : position].strip(" ,")
                and self.kind(mention.key) == "person"
            ):
                return Speaker(
                    mention.key, self.body[mention.start : mention.end], mention.start, mention.end, NAME
                )
        return None

    def owner_before(self, index: int, position: int) -> Speaker | None:
        """Whose report or statement a relative "yang menyebutkan …" at ``position`` gives: the actor named
        right before it, past a closing bracket or a time ("laporan … Badan Intelijen Nasional Korea Selatan
        (NIS) yang menyebutkan", "Pernyataan … Sergei Lavrov, awal tahun ini yang menyebutkan"). A state
        only as an institution of it ("militer Ukraina yang menyebutkan"): "rudal buatan Korea Utara yang
        …" is a thing, not a speaker."""
        sentence = self.views[index].sentence
        owner: Mention | None = None
        for mention in self._all_mentions:
            inside = sentence.start <= mention.start and mention.end <= position
            if inside and _OWNER_GAP.fullmatch(self.masked, mention.end, position):
                owner = mention
        if owner is None:
            return None
        if self.kind(owner.key) == "state" and not _STATE_INSTITUTION.search(
            self.masked, sentence.start, owner.start
        ):
            return None
        return Speaker(owner.key, self.body[owner.start : owner.end], owner.start, owner.end, NAME)

    def _unknown_name(self, lo: int, position: int) -> Speaker | None:
        match = UNKNOWN_NAME.search(self.masked, lo, position)
        if match is None or MASK in match.group():
            return None
        text = match.group().strip()
        start = match.start()
        words = list(re.finditer(r"\S+", text))
        institution = bool(words) and words[0].group().lower() in _INSTITUTION_WORDS
        while (
            words
            and not institution
            and not self._name_like(start + words[0].start(), start + words[0].end(), lo)
        ):
            words.pop(0)
        if not words:
            return None
        name_start = start + words[0].start()
        name = self.body[name_start : start + len(text)].rstrip(".")
        end = name_start + len(name)
        title, place = title_before(self.masked, lo, name_start)
        begin = title if title is not None else name_start
        # "gubernur wilayah Kharkiv": the speaker is the governor, Kharkiv only says of where
        return Speaker(None, self.body[begin:end], begin, end, UNRESOLVED, "" if place else name)

    def _demonstrative(self, index: int, lo: int, position: int) -> Speaker | None:
        """ "Panel tersebut, yang …, mengatakan": a thing named before, that no actor stands for."""
        # searched from ``lo`` itself, so that "^" is the start of the clause, not of the body
        match = _DEMONSTRATIVE_SUBJECT.search(self.masked[lo:position])
        if match is None:
            return None
        start, end = lo + match.start(1), lo + match.end(1)
        head = match.group(1).split()[0].lower()
        sender = self._sender(index, head) if head in _DOCUMENT_WORDS else None
        if sender is not None:
            # "sebuah pesan rahasia dikirimkan dari Washington …. Pesan itu menyebutkan …": its sender's
            return Speaker(sender, self.body[start:end], start, end, ANAPHOR)
        return Speaker(None, self.body[start:end], start, end, UNRESOLVED)

    def _sender(self, index: int, head: str) -> str | None:
        """The actor a document named by ``head`` came from, where the text introduced it ("pesan rahasia
        dikirimkan dari Washington"), in the two sentences before sentence ``index``."""
        for view in self._previous(index, 2):
            text = self.masked[view.sentence.start : view.sentence.end]
            for noun in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text, re.IGNORECASE):
                origin = _SENT_FROM.match(text, noun.end())
                if origin is None:
                    continue
                at = view.sentence.start + origin.end()
                mention = next((m for m in view.mentions if m.start == at), None)
                if mention is not None:
                    return mention.key
        return None

    def _name_like(self, start: int, end: int, sentence_start: int) -> bool:
        """Whether the words at ``start`` begin with a word that may belong to a name."""
        opens = not self.masked[sentence_start:start].strip(" \"“”'(")
        words = self.masked[start:end].split()
        return bool(words) and is_name_word(words[0].rstrip(".,"), opens, self.lowercase_words)

    def from_attribution(self, index: int, lo: int, hi: int, suffix: bool = False) -> Speaker | None:
        """The speaker named after an attribution word ("kata Kirby", "ujar juru bicara …", "tambahnya")."""
        if suffix:
            word_start = max(self.body.rfind(" ", 0, lo), self.body.rfind("\n", 0, lo)) + 1
            key, depth, candidates = self._person_at(index, lo, any_speaker=True)
            if key == _AMBIGUOUS_KEY:
                return Speaker(
                    None, self.body[word_start:lo], word_start, lo, AMBIGUOUS, candidates=candidates
                )
            how = (PRONOUN_FAR if depth > 1 else PRONOUN_REF) if key else UNRESOLVED
            return Speaker(key, self.body[word_start:lo], word_start, lo, how, candidates=candidates)
        phrases = [p for p in self._phrases(index, lo, hi) if p.start - lo <= 50]
        former = _FORMER_MEMBER.match(self.masked, lo, hi)
        if former is not None and not any(
            p.kind == "mention" and p.mention is not None and self.kind(p.mention.key) == "person"
            for p in phrases
            if p.start < former.end()
        ):
            # "kata mantan anggota panel ahli PBB": someone who once belonged, not the body itself; a name
            # the lexicon does not know after the title is that person ("mantan Menteri Pertahanan Budi Santoso")
            named = ""
            for name_run in NAME_RUN.finditer(self.masked, former.start("title"), former.end()):
                if self._name_like(name_run.start(), name_run.end(), name_run.start()) and not any(
                    p.start <= name_run.start() < p.end for p in phrases if p.kind == "mention"
                ):
                    named = self.body[name_run.start() : name_run.end()].rstrip(".")
            start = former.start() + len(former.group()) - len(former.group().lstrip())
            return Speaker(None, self.body[start : former.end()], start, former.end(), UNRESOLVED, named)
        if not phrases:
            words = self.body[lo:hi].split(",")[0].split()
            # "menurut laporan Institut Jerman …": whose report it is, not the report, names the speaker
            while len(words) > 1 and words[0].lower() in _REPORT_WORDS:
                words.pop(0)
            words = words[:4]
            if not words:
                return None
            text = " ".join(words).rstrip(".")
            start = self.body.find(words[0], lo, hi)
            run = NAME_RUN.match(text)
            institution = words[0].lower() in _INSTITUTION_WORDS
            named = (
                run.group().rstrip(".")
                if run and (institution or self._name_like(start, start + run.end(), start))
                else ""
            )
            return Speaker(None, text, start, start + len(text), UNRESOLVED, named)
        first = phrases[0]
        leading = NAME_RUN.match(
            self.masked, lo + len(self.masked[lo:hi]) - len(self.masked[lo:hi].lstrip()), hi
        )
        if (
            leading is not None
            and leading.end() < first.start
            and not self.masked[leading.end() : first.start].istitle()
            and self._name_like(leading.start(), leading.end(), leading.start())
        ):
            # "ujar Shin saat rapat di Seoul": the unknown name comes before any known one
            name = self.body[leading.start() : leading.end()].rstrip(".")
            return Speaker(None, name, leading.start(), leading.start() + len(name), UNRESOLVED, name)
        if first.kind == "unnamed":
            mentions = [p for p in phrases[1:] if p.kind == "mention" and p.start - first.end <= 30]
            if mentions and "," not in self.masked[first.end : mentions[0].start]:
                found = self._resolve(index, mentions[0])
                return Speaker(found.key, self.body[first.start : found.end], first.start, found.end, ANAPHOR)
        return self._resolve(index, first)

    def relayed(self, index: int, lo: int, hi: int) -> Speaker | None:
        """The one whose words an agency relays ("KCNA mengutip pernyataan Kim"): the first actor named
        right after ``lo``, though the words around it read as a source phrase; else as after "kata"."""
        sentence = self.views[index].sentence
        for mention in self._all_mentions:
            if lo <= mention.start < min(hi, lo + 40) and mention.end <= sentence.end:
                return Speaker(
                    mention.key, self.body[mention.start : mention.end], mention.start, mention.end, NAME
                )
        found = self.from_attribution(index, lo, hi)
        if found is None or found.key is not None or not found.name:
            return found
        # A short name the source phrase hid from the people finder: the person of that name named before
        word = found.name.split()[-1]
        people = ((m, self.lexicon.get(m.key)) for m in reversed(self._all_mentions) if m.start < lo)
        for mention, entry in people:
            if entry is not None and entry.kind == "person" and word in short_names(entry.name):
                return Speaker(mention.key, found.text, found.start, found.end, NAME)
        return found

    def inherited(self, index: int, previous: Speaker | None) -> Speaker | None:
        """A verb after ", dan" shares its subject: the previous statement's, or the sentence's subject."""
        if previous is not None:
            return Speaker(previous.key, previous.text, previous.start, previous.end, INHERITED)
        subject = self.views[index].subject
        if subject is None:
            return None
        return Speaker(subject.key, subject.text, subject.start, subject.end, INHERITED)

    def cited(self, index: int, lo: int, hi: int) -> Speaker | None:
        """The source named in a source phrase ("Reuters", "kantor berita pemerintah Korut, KCNA", "The
        Moscow Times"): its news agency if it names one, else the first actor, else the words as a name."""
        inside = [
            m
            for m in self._all_mentions
            if lo <= m.start
            and m.end <= hi
            # "The Moscow Times": a place inside an outlet's own name is not the source
            and not (capital_word(self.masked, m.start, -1) and capital_word(self.masked, m.end, 1))
        ]
        name = NAME_RUN.search(self.masked, lo, hi)
        if (
            name is not None
            and not self.masked[lo : name.start()].strip()
            and inside
            and self._name_like(name.start(), name.end(), name.start())
        ):
            # "Washington Post Minggu 1 Oktober 2017 bahkan dengan standar Korea Utara": the phrase opens on
            # the source's own name; an actor named after it is what the words are about
            inside = [m for m in inside if m.start < name.end()]
        media = [m for m in inside if self.kind(m.key) == "media"]
        chosen = media[-1] if media else (inside[0] if inside else None)
        if chosen is not None:
            return Speaker(chosen.key, chosen.text, chosen.start, chosen.end, NAME)
        if name is None:
            return None
        text = self.body[name.start() : name.end()].rstrip(".")
        return Speaker(None, text, name.start(), name.start() + len(text), NAME, text)

    def through_media(self, index: int, speaker: Speaker) -> Speaker:
        """A quote a news agency carries ("…," sebut KCNA) belongs to the person it reported just before."""
        if speaker.key is None or self.kind(speaker.key) != "media":
            return speaker
        for view in [self.views[index], *self._previous(index, 2)]:
            if speaker.key not in view.all_keys:
                continue
            for key in reversed(view.claims):
                if key and self.kind(key) != "media":
                    return Speaker(key, speaker.text, speaker.start, speaker.end, CONDUIT)
        return speaker

    # --- resolution --------------------------------------------------------------------------------------
    def _recent_speaker(self, index: int, position: int, depth: int = 4, nearest: bool = False) -> str | None:
        """Who spoke last; with ``nearest``, nobody when the last statement's speaker is no registry actor
        ("Menurut laporan Institut Jerman …, …. Laporan itu juga mengatakan …" is the institute's report,
        not that of whoever spoke before it)."""
        view = self.views[index]
        for key in reversed(view.claims):
            if key or nearest:
                return key
        for previous in self._previous(index, depth):
            for key in reversed(previous.claims):
                if key or nearest:
                    return key
        return None

    def _person(self, index: int, position: int, any_speaker: bool = False) -> str | None:
        return self._person_at(index, position, any_speaker)[0]

    def _person_at(
        self, index: int, position: int, any_speaker: bool = False
    ) -> tuple[str | None, int, tuple[str, ...]]:
        """A singular pronoun: a person named earlier in the sentence, else, in the sentences before
        (nearest first), one who spoke there, the subject of the sentence, or its only person.
        ``_AMBIGUOUS_KEY`` when the nearest sentence with people names several and none stands out.
        With ``any_speaker`` (a "-nya" attribution: "tambahnya") whoever spoke last counts first, an
        organisation too. Also returns how many sentences back it was found (0: this one) and the other
        people who fit (in text order): all of them when ambiguous, the others when the subject was
        preferred among several."""
        view = self.views[index]
        if any_speaker and any(view.claims):
            return next(key for key in reversed(view.claims) if key), 0, ()
        same = [
            m
            for m in view.mentions
            if m.end <= position
            and self.kind(m.key) == "person"
            and not self._in_opening_adjunct(m, position)
        ]
        if same:
            return same[-1].key, 0, ()
        for depth, previous in enumerate(self._previous(index), start=1):
            for key in reversed(previous.claims):
                if key and (any_speaker or self.kind(key) == "person"):
                    return key, depth, ()
            if previous.subject is not None and self.kind(previous.subject.key) == "person":
                chains = [self._chain(previous, m) for m in previous.mentions]
                chain = max((c for c in chains if previous.subject in c), key=len, default=[previous.subject])
                together = _distinct(m.key for m in chain if self.kind(m.key) == "person")
                # "Putin dan Kim bertukar salam. …," katanya.": either of them
                if len(together) > 1:
                    return _AMBIGUOUS_KEY, depth, together
                # the subject is preferred; the other people named with it stay possible
                others = _distinct(
                    m.key
                    for m in previous.mentions
                    if self.kind(m.key) == "person" and m.key != previous.subject.key
                )
                return previous.subject.key, depth, others
            people = _distinct(m.key for m in previous.mentions if self.kind(m.key) == "person")
            if len(people) == 1:
                return people[0], depth, ()
            if people:
                return _AMBIGUOUS_KEY, depth, people
            if depth == 1 and previous.subject is not None and self.kind(previous.subject.key) != "media":
                # "TASS menulis tentang ini. Menurutnya, …": an agency that reports is no one's "-nya"
                return previous.subject.key, depth, ()
        return None, 0, ()

    def _in_opening_adjunct(self, mention: Mention, position: int) -> bool:
        """ "Duduk berseberangan dengan Putin …, dia mengatakan": a person after a preposition, in a phrase
        set off by a comma before the pronoun, is whom the subject was with, not the subject."""
        if "," not in self.masked[mention.end : position]:
            return False
        return _PREPOSITION_OBJECT.search(self.masked, max(0, mention.start - 60), mention.start) is not None

    def _group(self, index: int, position: int, size: int | None) -> str | None:
        """Plural and group phrases ("mereka", "keempat negara tersebut"): the first of the actors listed
        together most recently."""
        view = self.views[index]
        before = [m for m in view.mentions if m.end <= position]
        if before:
            chain = self._chain(view, before[-1])
            gap = self.masked[before[-1].end : position]
            if len(chain) > 1 and _CHAIN_COMMA.fullmatch(gap) and (size is None or len(chain) == size):
                return chain[0].key
            # "Baik Moskow maupun Pyongyang membantah …, melainkan keduanya mengklaim …"
            listed = [c for c in reversed(self._chains(view)) if c[-1].end <= position and len(c) > 1]
            fitting = [c for c in listed if size is None or len(c) == size]
            if fitting:
                return fitting[0][0].key
        if size in (None, 2):
            # "Saat Kim bertemu Belousov, keduanya mengecam …": the two a meeting joined, the first named
            # (a title between them is capitalised: "Putin menerima Menteri Luar Negeri Korea Utara Choe")
            for view_before in [view, *self._previous(index, 1)]:
                met = self._met_pair(view_before, position)
                if met is not None:
                    return met
        if size is not None:
            recent = [
                chain for previous in self._previous(index, 6) for chain in reversed(self._chains(previous))
            ]
            exact = [chain for chain in recent if len(chain) == size]
            if exact or recent:
                return (exact or recent)[0][0].key
        previous_views = self._previous(index)
        if previous_views:
            last = previous_views[0]
            if last.subject is not None:
                # "China dan Rusia … mengabaikan seruan AS …. Mereka bahkan menyalahkan …": the parties the
                # sentence before was about, listed together, before one it only quoted
                subject_chain = max(
                    (c for c in self._chains(last) if last.subject in c), key=len, default=[last.subject]
                )
                if len(subject_chain) > 1 and subject_chain[0] is last.subject:
                    return last.subject.key
            for key in last.claims:
                if key:
                    return key
            if last.subject is not None:
                return last.subject.key
        for previous in previous_views[1:]:
            for key in previous.claims:
                if key:
                    return key
        return None

    def _met_pair(self, view: SentenceView, position: int) -> str | None:
        """The first of the last two actors a verb of meeting joins in ``view``, before ``position``."""
        named = [m for m in view.mentions if m.end <= position and m.key]
        for first, second in reversed(list(zip(named, named[1:], strict=False))):
            if first.key != second.key and _MET.fullmatch(self.masked, first.end, second.start):
                return first.key
        return None

    def _institution(self, index: int, position: int, head: str) -> str | None:
        """An institution anaphor ("badan mata-mata tersebut"): the organisation named last (a news agency
        for "kantor berita itu"), in this sentence before it or in the ones before."""
        wanted = (
            "media"
            if head.startswith("kantor")
            else "state"
            if head.startswith(("negara", "pemerintah"))
            else "organisation"
        )
        named = re.compile(rf"(?<![\w-]){re.escape(head.split()[0])}(?:[^\S\n]+[A-Z][\w-]*)+", re.IGNORECASE)
        for view in [self.views[index], *self._previous(index, 8)]:
            subject = view.subject
            if (
                wanted == "state"
                and subject is not None
                and subject.end <= position
                and self.kind(subject.key) == wanted
            ):
                return subject.key  # "Jepang memperketat ekspor ke Rusia. Pemerintah tersebut …" is Japan's
            for mention in reversed(view.mentions):
                if mention.end <= position and self.kind(mention.key) == wanted:
                    return mention.key
            # "Badan Intelijen Pertahanan Korsel (DIA) menyatakan …. …, kata badan tersebut": an institution
            # the registry does not know, named by the same head word, speaks for the actor its name holds
            text = self.masked[view.sentence.start : min(view.sentence.end, position)]
            for phrase in reversed(list(named.finditer(text))):
                if not phrase.group()[:1].isupper():
                    continue
                lo, hi = view.sentence.start + phrase.start(), view.sentence.start + phrase.end()
                inside = [
                    m
                    for m in view.mentions
                    if lo <= m.start and m.end <= hi and self.kind(m.key) in ("state", "organisation")
                ]
                if inside:
                    return inside[-1].key
        return None

    def _role(self, index: int, head: str) -> str | None:
        """A role anaphor ("juru bicara itu"): the actor last designated by a role with the same head word."""
        head = " ".join(head.split())
        heads = {"juru bicara", "jubir"} if head in ("juru bicara", "jubir") else {head}
        for view in [self.views[index], *self._previous(index, 8)]:
            for mention in reversed(view.mentions):
                lowered = " ".join(self.body[mention.start : mention.end].lower().split())
                if any(h in lowered for h in heads):
                    return mention.key
        return None
