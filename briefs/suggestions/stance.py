"""The stance of a statement when its cue word is neutral ("kata", "mengatakan").

The quoted words themselves may say it: a first-person stance verb ("Kami mengutuk …", "sudah kami
konfirmasi"), a denial in the first person ("kami tidak pernah melakukan …"), a set phrase ("tidak akan
tinggal diam"); a reported clause that opens with a negation ("tidak ada perjanjian …"); or a negation
said while a denial is the topic ("menolak tuduhan …" in the sentences before).
"""

from __future__ import annotations

import re

from briefs.suggestions.rules import (
    ASSERTS,
    CONDEMNS,
    CONFIRMS,
    DENIAL_TOPIC,
    DENIES,
    NEGATION,
    NEGATIVE_START,
    PLEDGES,
    QUESTIONS,
    WARNS,
)

_FIRST_PERSON_VERB = re.compile(
    r"(?<![\w-])(?:(?:sudah|telah)\s+)?(?:kami|saya|kita|aku)\s+"
    r"(?:(?:sudah|telah|juga|dengan\s+keras|sangat|tetap|terus|benar-benar|secara\s+\w+)\s+)*(?P<verb>[\w-]+)",
    re.IGNORECASE,
)
_FIRST_PERSON_STANCES = {
    "mengutuk": CONDEMNS,
    "mengecam": CONDEMNS,
    "menyesalkan": CONDEMNS,
    "membantah": DENIES,
    "menyangkal": DENIES,
    "menolak": DENIES,
    "khawatir": WARNS,
    "prihatin": WARNS,
    "memperingatkan": WARNS,
    "mengingatkan": WARNS,
    "berjanji": PLEDGES,
    "berkomitmen": PLEDGES,
    "bertekad": PLEDGES,
    "konfirmasi": CONFIRMS,
    "mengonfirmasi": CONFIRMS,
    "mengkonfirmasi": CONFIRMS,
    "membenarkan": CONFIRMS,
    "mempertanyakan": QUESTIONS,
    "meragukan": QUESTIONS,
}
_FIRST_PERSON_DENIAL = re.compile(
    r"(?<![\w-])(?:kami|saya|kita)\s+(?:(?:sama\s+sekali|juga)\s+)?(?:tidak|tak)\s+"
    r"(?:pernah|terlibat|melakukan|menjual|mengirim|memasok)(?![\w-])",
    re.IGNORECASE,
)
_SET_PHRASES = (
    (
        re.compile(
            r"tidak\s+akan\s+tinggal\s+diam|akan\s+menanggung\s+akibat|(?<![\w-])pembalasan(?![\w-])|"
            r"(?<![\w-])mengkhawatirkan(?![\w-])|konsekuensi\s+serius|"
            # a price or a penalty announced: "… membayar mahal", "akan memperketat sanksi terhadap …"
            r"membayar\s+mahal|(?:memperketat|memperberat|menjatuhkan|menambah)\s+(?:sanksi|sangsi)",
            re.IGNORECASE,
        ),
        WARNS,
    ),
    (
        # a finding vouched for in the first person, first in the quotation: "Kami dapat memastikan bahwa …"
        re.compile(
            r"^(?:kami|kita|saya)\s+(?:(?:dapat|bisa)\s+(?:memastikan|mengonfirmasi|mengkonfirmasi)|"
            r"memastikan\s+bahwa)(?![\w-])",
            re.IGNORECASE,
        ),
        CONFIRMS,
    ),
)
# Words that dismiss what others say: "tanpa memberikan bukti apa pun", "tidak berdasar".
_DISMISSALS = re.compile(
    r"(?<![\w-])(?:tanpa\s+(?:memberikan\s+|menunjukkan\s+|ada\s+)?bukti|(?:tidak|tak)\s+berdasar|"
    r"tidak\s+ada\s+bukti|tak\s+ada\s+bukti|omong\s+kosong|(?:tidak|tak)(?:lah)?\s+benar(?![\w-])|rekayasa|"
    r"(?:tuduhan|tudingan|klaim|laporan)(?:\s+[\w-]+){0,3}\s+sebagai\s+(?:rumor|kebohongan|fitnah|propaganda|"
    r"hoaks|isapan\s+jempol)|"
    # "mereka tidak pernah melakukan …": the speaker's side denies having done it
    r"(?:mereka|pihaknya|negaranya|ia|dia|beliau)\s+(?:(?:sama\s+sekali|juga)\s+)?(?:tidak|tak)\s+"
    r"(?:pernah|terlibat))",
    re.IGNORECASE,
)
# Words that condemn: a statement full of them is a condemnation even with a neutral cue.
_CONDEMNATIONS = re.compile(
    r"(?<![\w-])(?:memprovokasi|provokasi|provokatif|sinis|korup|bersalah|mencekik|menghancurkan|"
    r"menodai|permusuhan(?:nya)?|bermusuhan|biadab|kejahatan|brutal|(?:tidak|tak)\s+bertanggung\s+jawab|"
    r"disiksa|kamp\s+konsentrasi|egoisme|hegemoni(?:k)?|imperialis|agresor|fitnah|kebohongan|"
    r"menyebarkan\s+rumor|terang-terangan\s+melanggar|melanggar\s+hukum\s+internasional|organisasi\s+ilegal|"
    # a demand that it stop: "… harus segera dihentikan". A breach of a resolution named ("melanggar
    # resolusi …") or "tanda keputusasaan" is no cue: the seed and tune gold read those as assertions.
    r"harus\s+(?:segera\s+)?dihentikan)(?![\w-])",
    re.IGNORECASE,
)
# A commitment about the speaker's own side: "Kami akan selalu berdiri …", "siap untuk bekerja sama".
_COMMITMENT = re.compile(
    r"(?<![\w-])(?:(?:akan|bakal)(?:\s+(?:selalu|terus|tetap))*|siap(?:\s+untuk)?)\s+"
    r"(?:mendukung|memperkuat|mengembangkan|memperluas|meningkatkan|bekerja\s+sama|berdiri|membantu|"
    r"melindungi|memberikan|menyediakan|mengatur|melanjutkan|menjaga|memperdalam|berjuang|bersama)(?![\w-])",
    re.IGNORECASE,
)
_SUPPORT_GIVEN = re.compile(
    r"(?<![\w-])(?:(?:memberikan|menyatakan|menegaskan)\s+dukungan\s+(?:penuh|tanpa\s+syarat)|"
    # support promised to a party named: "Korut bakal selalu mendukung Rusia", "akan dukung Moskow" (not
    # "akan mendukung upaya …", whose object is no party)
    r"(?:akan|bakal)(?:\s+(?:selalu|terus|tetap))*\s+(?:men)?dukung\s+(?-i:[A-Z])|"
    r"sepenuhnya\s+mendukung|mendukung\s+(?:sepenuhnya|penuh)(?![\w-]))",
    re.IGNORECASE,
)
# A negation that is not the speaker's: "agar tidak tertangkap", "yang tidak disebutkan"; a concession
# ("…, tapi tidak cukup untuk …"); a refusal to comment ("Kami tidak mengomentari hal ini"), which
# denies nothing.
_NEGATION_NOT_CLAIMED = re.compile(
    r"(?<![\w-])(?:(?:agar|supaya|untuk|yang|jika|kalau|bila|apabila|tapi|tetapi|namun)\s+(?:tidak|tak|belum)"
    r"(?![\w-])|(?:tidak|tak)\s+(?:(?:mau|ingin|bisa|dapat)\s+)?(?:mengomentari|berkomentar|menanggapi)(?![\w-]))",
    re.IGNORECASE,
)
_TOPIC_NOUNS = (
    (re.compile(r"^(?:komitmen|janji|tekad)\s+(?:untuk|bahwa|akan)\b", re.IGNORECASE), PLEDGES),
    (
        re.compile(
            r"^(?:kekhawatiran|keprihatinan)\s+(?:bahwa|atas|terhadap|tentang|terkait|akan)\b", re.IGNORECASE
        ),
        WARNS,
    ),
    (re.compile(r"^(?:kecaman|kutukan)\s+(?:atas|terhadap|keras)\b", re.IGNORECASE), CONDEMNS),
    (re.compile(r"^(?:bantahan|penolakan)\s+(?:atas|terhadap)\b", re.IGNORECASE), DENIES),
)


# Words that name a danger or a threat: a statement that calls something one warns of it, whoever speaks
# ("… merupakan ancaman besar bagi keamanan global", "mereka akan menjadi target militer yang sah").
_THREATS = re.compile(
    # not a danger denied: "latihan itu bukan ancaman bagi siapa pun"
    r"(?<![\w-])(?<!bukan )(?<!bukanlah )(?<!tidak )(?<!tak )(?:ancaman(?:\s+(?:besar|serius|nyata|(?:tidak|tak|bukan)\s+(?:hanya|saja)))?\s+(?:bagi|terhadap)|"
    r"berbahaya|(?:kekhawatiran|keprihatinan)\W{0,2}\s*(?:serius|mendalam|besar)|"
    # a threat to be faced or watched for: "menghalau ancaman", "waspada terhadap", "potensi ancaman"
    r"(?:menghalau|menangkal|mewaspadai|mengabaikan)\s+(?:potensi\s+)?ancaman|waspada\s+terhadap|"
    r"(?:target|sasaran)\s+(?:militer\s+)?yang\s+sah)(?![\w-])",
    re.IGNORECASE,
)
# A reported clause whose subject is the speaker and that opens on an intention: "berniat untuk bekerja
# sama dengan …" (Rutte said he intends to).
# The speaker's own side as its subject counts: "mereka berencana membangun hubungan dekat …".
_INTENTION_START = re.compile(
    r"^(?:(?:(?:mereka|pihaknya|ia|dia|beliau)\s+)?(?:berniat|bermaksud)\s+untuk\b|"
    # a plan only with that subject: a bare "berencana untuk memasok …" is often someone else's
    r"(?:mereka|pihaknya|ia|dia|beliau)\s+berencana\s+(?:untuk\s+)?(?:me|ber|mem|men|meng)\w+)",
    re.IGNORECASE,
)
# A clause with no subject of its own that opens on what will be done: the speaker's own undertaking
# ("NIS menegaskan akan menghormati keinginan mereka", "Kirby mengatakan akan terus memasok …").
_UNDERTAKING_START = re.compile(
    r"^(?:(?:juga|pun)\s+)?(?:akan|bakal)(?:\s+(?:selalu|terus|tetap|segera))*\s+(?:me|ber|mem|men|meng|meny)\w+",
    re.IGNORECASE,
)
# An offer in the clause's first words: "Ukraina siap untuk menyerahkan tentara Korea Utara yang
# ditangkap …" (Zelensky offers it for his country).
_READINESS = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:siap|bersedia)\s+untuk\s+(?:me|ber|mem|men|meng)\w+", re.IGNORECASE
)


def first_person_stance(text: str) -> str | None:
    """The stance of the first first-person stance verb in ``text`` ("Kami mengutuk" → condemns)."""
    if _FIRST_PERSON_DENIAL.search(text):
        return DENIES
    for match in _FIRST_PERSON_VERB.finditer(text):
        stance = _FIRST_PERSON_STANCES.get(match.group("verb").lower())
        if stance is not None:
            return stance
    for pattern, stance in _SET_PHRASES:
        if pattern.search(text):
            return stance
    return None


def refine_stance(cue_stance: str, said: str, context: str) -> str:
    """The stance of a statement ``said`` whose cue gives ``cue_stance``; ``context`` is the text around it.

    A cue with a stance of its own wins; a neutral cue ("asserts") gives way to what the words say: a
    dismissal denies, a commitment in the first person ("kami akan selalu mendukung …") or full support
    given pledges, words of condemnation condemn. A commitment in the third person ("Rusia akan terus
    memperkuat …") stays an assertion: annotators read it either way.
    """
    if cue_stance != ASSERTS:
        return cue_stance
    text = said.strip(" \"'“”‘’")
    for pattern, stance in _TOPIC_NOUNS:
        if pattern.search(text):
            return stance
    if NEGATIVE_START.search(text) or _DISMISSALS.search(text):
        return DENIES
    found = first_person_stance(text)
    if found is not None:
        return found
    claimed = _NEGATION_NOT_CLAIMED.sub(" ", text)
    if NEGATION.search(claimed) and (DENIAL_TOPIC.search(context) or DENIAL_TOPIC.search(text)):
        return DENIES
    if (_FIRST_PERSON.search(text) and _COMMITMENT.search(text)) or _support_given(text):
        return PLEDGES
    if _INTENTION_START.search(text) or _READINESS.search(text) or _UNDERTAKING_START.search(text):
        return PLEDGES
    if _CONDEMNATIONS.search(text) and not _FIRST_PERSON_SUBJECT.match(text) and not _COMMITMENT.search(text):
        return CONDEMNS
    if _THREATS.search(text):
        return WARNS
    return ASSERTS


# Support withheld: "masih enggan mendukung penuh …", "tidak akan mendukung Rusia".
_WITHHELD = re.compile(
    r"(?<![\w-])(?:tidak|tak|belum|enggan|ogah|menolak|ragu)(?:[^\S\n]+(?:akan|bakal|untuk|lagi))?[^\S\n]+$",
    re.IGNORECASE,
)


def _support_given(text: str) -> bool:
    return any(not _WITHHELD.search(text, 0, m.start()) for m in _SUPPORT_GIVEN.finditer(text))


_FIRST_PERSON = re.compile(r"(?<![\w-])(?:kami|kita|saya|aku)(?![\w-])", re.IGNORECASE)
_FIRST_PERSON_SUBJECT = re.compile(r"(?:kami|kita|saya)\s", re.IGNORECASE)
