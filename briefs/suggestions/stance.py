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
    (re.compile(r"tidak\s+akan\s+tinggal\s+diam|akan\s+menanggung\s+akibat", re.IGNORECASE), WARNS),
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

    A cue with a stance of its own wins; a neutral cue ("asserts") gives way to what the words say.
    """
    if cue_stance != ASSERTS:
        return cue_stance
    text = said.strip(" \"'“”‘’")
    for pattern, stance in _TOPIC_NOUNS:
        if pattern.search(text):
            return stance
    if NEGATIVE_START.search(text):
        return DENIES
    found = first_person_stance(text)
    if found is not None:
        return found
    if NEGATION.search(text) and (DENIAL_TOPIC.search(context) or DENIAL_TOPIC.search(text)):
        return DENIES
    return ASSERTS
