"""Suggest attributed statements (claims) in an article body.

``suggest_claims(body, lexicon)`` reads the body sentence by sentence and applies, in order of
trust: direct quotes with their attribution (``"…," kata X``, ``X mengatakan, "…"``, a bare quote that
continues the previous speaker), inline attributions (``…, kata X``, ``Korea Utara, kata Kirby, …``),
``menurut X``, and reporting verbs (``X membantah tuduhan …``). One statement gives one suggestion;
statements inside another by someone unrelated ("… mengatakan bahwa meski Pyongyang membantah …") are
suggestions of their own. Pure and deterministic: the same body and lexicon give the same list, sorted
by start.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from briefs.suggestions.confidence import HINT, confidence_for
from briefs.suggestions.lexicon import ActorLexicon
from briefs.suggestions.people import LOCAL_PREFIX, find_people, is_title
from briefs.suggestions.quotes import Quote, find_quotes, mask_quotes, word_count
from briefs.suggestions.rules import (
    AFTER_QUOTE,
    ASSERTS,
    ATTRIBUTION_STANCES,
    ATTRIBUTION_TAIL,
    BACK_REFERENCE,
    BARE_ROOT_VERB,
    CLAUSE_STOP,
    COMPLEMENT_ASIDE,
    COMPLEMENT_COMMA,
    COMPLEMENT_LEAD,
    COMPLEMENT_TIME,
    COORDINATED,
    CUE_NOUN,
    DEMAND_VERB,
    DEMIKIAN,
    DEMIKIAN_MIDDLE,
    DEMIKIAN_TRAILING,
    IN_RELATIVE_CLAUSE,
    INLINE_ATTRIBUTION,
    INVERTED_AFTER_QUOTE,
    LEADING_KATA,
    MENURUT_LEADING,
    MENURUT_PRONOUN,
    MENURUT_RELATIVE,
    MENURUT_TRAILING,
    NAME_RUN,
    NO_CONTENT,
    NOUN_ATTRIBUTION,
    NOUN_CALL,
    NOUN_STANCES,
    ONLY_A_TIME,
    PASSIVE_AFTER_QUOTE,
    PASSIVE_AGENT,
    PASSIVE_OPENER,
    QUOTING_AFTER,
    QUOTING_ITSELF,
    REFUSAL_BEFORE,
    RELAYED_AFTER,
    REPORT_TRAILING,
    RESUMED_AFTER_ATTRIBUTION,
    SEPERTI_TRAILING,
    SEQUENTIAL_JOIN,
    SHORT_OBJECT,
    SOURCE_FIRST,
    SOURCE_ONLY,
    SOURCE_PHRASE,
    STARTS_WITH_PREPOSITION,
    STARTS_WITH_SUBORDINATOR,
    TAG_SENTENCE,
    TAG_SENTENCE_REST,
    UNNAMED,
    VERB_ADVERB,
    VERB_BLOCKERS,
    VERB_CUES,
    VERB_PATTERN,
    WHEN_BEFORE_BAHWA,
)
from briefs.suggestions.sentences import Sentence, split_sentences
from briefs.suggestions.speakers import (
    AMBIGUOUS,
    CONDUIT,
    INHERITED,
    MASK,
    NAME,
    PRONOUN_FAR,
    PRONOUN_REF,
    ROLE_PHRASE,
    UNRESOLVED,
    Speaker,
    SpeakerContext,
)
from briefs.suggestions.stance import refine_stance

DIRECT = "direct"
INLINE = "inline"
MENURUT = "menurut"
REPORTED = "reported"
CONTINUATION = "continuation"
BACK_REFERENCED = "back-referenced"
CITED = "cited"

# Tags that say who carried a report, not who said it: "…, lapor BBC."
_REPORT_TAGS = frozenset({"lapor", "melaporkan", "laporan"})
_PRIORITY = {DIRECT: 0, INLINE: 1, MENURUT: 2, REPORTED: 3, CONTINUATION: 4, BACK_REFERENCED: 5, CITED: 6}
_END_PUNCTUATION = " \t.!?…"
_TRIM = " \t\n,;:"
_MIN_WORDS = 3
_MIN_REPORTED_WORDS = 6
_BAHWA_LEAD = re.compile(r"bahwa[^\S\n]+", re.IGNORECASE)
_LATE_BAHWA = re.compile(r"[^.;:\n\"“”]{0,100}?\bbahwa\b[\s,:]*", re.IGNORECASE)
# When a statement named by a noun was made, between its owner and "bahwa": "pada tanggal 25 Oktober".
_WHEN_AFTER_OWNER = re.compile(
    r"[^\S\n]+(?:pada|pekan|bulan|tahun|hari|kemarin|sebelumnya|baru-baru)(?![\w-])", re.IGNORECASE
)
# Whom a call is addressed to, when what they are called to do follows: "kepada Beijing untuk …".
_CALL_ADDRESSEE = re.compile(
    r"kepada[^\S\n]+(?=[^.;:\n\"“”]{1,60}?[^\S\n](?:untuk|agar|supaya)(?![\w-]))", re.IGNORECASE
)
_AND = re.compile(r"\b(?:dan|serta|dengan)\b", re.IGNORECASE)
_PASSIVE_NEXT = re.compile(
    r"(?:hal|pernyataan|ucapan|komentar|demikian)(?:\s+(?:itu|tersebut|ini))?\s+"
    r"di(?:sampaikan|katakan|ungkapkan|tegaskan|nyatakan|tuturkan|jelaskan)(?:\s+oleh)?\s+",
    re.IGNORECASE,
)

# Where a clause with a subject of its own is joined on: ", dan Presiden …", "; sementara …", and the title
# words that may stand before the name.
_JOINED_SUBJECT = re.compile(
    # after a comma only: "antara Korea Utara dan Rusia akan …", "ia dan Kim akan …" join two subjects of one verb
    r"(?:,[^\S\n]*(?:dan|serta|sementara|sedangkan)|[^\S\n]+(?:sementara|sedangkan))[^\S\n]+"
    r"(?P<subject>(?-i:[A-Z])[\w-]*(?:[^\S\n]+(?-i:[A-Z])[\w-]*){0,4})"
    # its verb: an active prefix ("menyiratkan", "berjanji"), perhaps after an adverb
    r"[^\S\n]+(?:(?:juga|pun|kemudian|lalu|telah|sudah|akan)[^\S\n]+)?(?:me|ber)[a-z]{3,}(?![\w-])"
)

# "mengutip <someone>" right before a reporting verb: "… mengutip Kim mengatakan bahwa …".
_QUOTING_BEFORE_VERB = re.compile(
    r"(?<![\w-])mengutip[^\S\n]+(?=(?:[^\s,.;:\"“”]+[^\S\n]+){1,6}$)", re.IGNORECASE
)
# "mengutip <someone>" inside a sentence: whose words a credited source carries.
_QUOTING_INSIDE = re.compile(r"(?<![\w-])" + QUOTING_AFTER.pattern, re.IGNORECASE)


@dataclass(frozen=True)
class Suggestion:
    """A suggested claim. ``quote == body[start:end]``; ``speaker_key`` is an actor key or None when no
    registry actor could be named; ``speaker_text`` holds the words for the speaker where the statement
    is attributed ("Dia", "tambahnya", "Duta Besar Rusia untuk PBB, Vassily Nebenzia"). A speaker the
    registry does not know comes with ``speaker_name`` (as the article gives it in full),
    ``speaker_role`` (the title or apposition that goes with it) and ``speaker_affiliation`` (the
    registry actor the role names), from which an editor can propose a new actor. ``cue`` is the
    reporting word or pattern that triggered it; ``evidence`` says how the statement and its speaker
    were found ("direct, name", "reported, pronoun"), the kinds the confidence is calibrated by. When
    several people fit a pronoun equally, the speaker is left empty and ``candidates`` names them (in
    the order the text does) for the editor to choose from; when the pronoun was given to the subject of
    a sentence that names others too, ``candidates`` names those others."""

    quote: str
    start: int
    end: int
    speaker_key: str | None
    speaker_text: str
    stance: str
    confidence: float
    cue: str
    speaker_name: str = ""
    speaker_role: str = ""
    speaker_affiliation: str | None = None
    evidence: str = ""
    candidates: tuple[str, ...] = ()


@dataclass
class _Found:
    start: int
    end: int
    speaker: Speaker
    cue: str
    kind: str
    cue_stance: str = ASSERTS
    cue_start: int = -1
    join_at: int = -1  # for a verb sharing the subject before it: where ", dan" begins
    stance: str = ASSERTS
    # A layout the confidence table has not measured yet ("“….” Imbuh X."): a hint, never offered as sure,
    # until `bench.calibrate` counts it.
    unmeasured: bool = False


@dataclass
class _Carry:
    """What one sentence hands to the next: the speaker of its direct quote, or of a colon."""

    direct: Speaker | None = None
    colon: Speaker | None = None
    # the one named speaker of the sentence's reported statements ("Kirby mengatakan …"), when it had one
    reported: Speaker | None = None


class _Reader:
    def __init__(self, body: str, lexicon: ActorLexicon):
        self.body = body
        self.lexicon = lexicon
        self.quotes = find_quotes(body)
        self._quote_starts = [quote.open_at for quote in self.quotes]
        self.masked = mask_quotes(body, self.quotes, MASK)
        self.sentences = split_sentences(body)
        self.people = find_people(body, self.masked, self.sentences, lexicon.find_mentions(body), lexicon)
        self.lexicon = lexicon.including(self.people.entries())
        self.context = SpeakerContext(
            body,
            self.masked,
            self.sentences,
            self.people.mentions,
            self.lexicon,
            self.people.ambiguous,
            self.people.epithets,
        )

    # --- whole body ----------------------------------------------------------------------------------------
    def read(self) -> list[Suggestion]:
        carry = _Carry()
        suggestions: list[Suggestion] = []
        for index, sentence in enumerate(self.sentences):
            if sentence.dateline:
                continue
            found, carry = self._sentence(index, sentence, carry)
            for item in found:
                self.context.record(index, item.speaker.key)
                suggestions.append(self._suggestion(item))
        unique = {(s.start, s.end, s.speaker_key, s.speaker_name): s for s in suggestions}
        return sorted(unique.values(), key=lambda s: (s.start, s.end, s.speaker_key or "", s.speaker_name))

    def _suggestion(self, item: _Found) -> Suggestion:
        evidence = _evidence(item, self.lexicon.kind_of(item.speaker.key))
        confidence = confidence_for(evidence)
        if item.kind == CONTINUATION:
            # a quotation going on is never surer than one found the same way that it continues
            confidence = min(confidence, confidence_for(evidence.replace(CONTINUATION, DIRECT, 1)))
        if item.unmeasured or item.kind == REPORTED and BARE_ROOT_VERB.fullmatch(item.cue.strip()):
            confidence = min(confidence, HINT)
        key, name, role, affiliation = item.speaker.key, item.speaker.name, "", None
        if key is not None and key.startswith(LOCAL_PREFIX):
            person = self.people.people[key]
            key, name, role, affiliation = None, person.name, person.role, person.affiliation
        return Suggestion(
            quote=self.body[item.start : item.end],
            start=item.start,
            end=item.end,
            speaker_key=key,
            speaker_text=" ".join(item.speaker.text.split()),
            stance=item.stance,
            confidence=round(min(1.0, max(0.0, confidence)), 2),
            cue=" ".join(item.cue.split()).lower(),
            speaker_name=" ".join(name.split()),
            speaker_role=" ".join(role.split()),
            speaker_affiliation=affiliation,
            evidence=evidence,
            candidates=tuple(self._display_name(c) for c in item.speaker.candidates),
        )

    def _display_name(self, key: str) -> str:
        entry = self.lexicon.get(key)
        return " ".join(entry.name.split()) if entry is not None else key

    # --- one sentence --------------------------------------------------------------------------------------
    def _sentence(self, index: int, sentence: Sentence, carry: _Carry) -> tuple[list[_Found], _Carry]:
        lo = bisect_left(self._quote_starts, sentence.start)
        hi = bisect_left(self._quote_starts, sentence.end)
        quotes = self.quotes[lo:hi]
        claimed: set[int] = set()
        verbs, colon = self._verbs(index, sentence, quotes, claimed)
        found = verbs + self._direct(index, sentence, quotes, claimed, carry)
        found += self._inline(index, sentence) + self._menurut(index, sentence)
        found += self._noun_attributions(index, sentence) + self._passives(index, sentence)
        found += self._passive_opener(index, sentence, found)
        back = self._back_reference(index, sentence)
        if back and back[0].cue.lower().startswith("demikian"):
            # "Demikian ungkap X …, seperti dilansir dari Y.": the sentence only says who spoke before it
            found = [f for f in found if not (sentence.start <= f.start and f.end <= sentence.end)]
        found += back + self._cited(index, sentence, found)
        self._cut_sequences(sorted(found, key=lambda f: f.cue_start))
        found = self._settle(index, sentence, found)
        directs = [f for f in found if f.kind in (DIRECT, CONTINUATION)]
        named = {f.speaker.key for f in found if f.kind == REPORTED and f.speaker.how == NAME}
        reported = next(
            (f.speaker for f in found if f.kind == REPORTED and f.speaker.how == NAME and f.speaker.key),
            None,
        )
        return found, _Carry(
            direct=directs[-1].speaker if directs else None,
            colon=colon,
            reported=reported if len(named) == 1 and not directs else None,
        )

    def _settle(self, index: int, sentence: Sentence, found: list[_Found]) -> list[_Found]:
        found = [f for f in found if self._trim(f)]
        for item in found:
            item.stance = refine_stance(
                item.cue_stance, self.body[item.start : item.end], self._around(index, item)
            )
        # Nested statements give their stance to the one around them before short ones are dropped.
        found = [f for f in self._merge_nested(found) if self._long_enough(f)]
        kept: list[_Found] = []
        for item in sorted(found, key=lambda f: (_PRIORITY[f.kind], f.start, f.end)):
            if any(self._duplicates(item, other) for other in kept):
                continue
            kept.append(item)
        return sorted(kept, key=lambda f: (f.start, f.end))

    def _duplicates(self, item: _Found, other: _Found) -> bool:
        if not (item.start < other.end and other.start < item.end):
            return False
        if item.speaker.key is None or other.speaker.key is None:
            return True
        return self.lexicon.related(item.speaker.key, other.speaker.key)

    def _merge_nested(self, found: list[_Found]) -> list[_Found]:
        """A statement inside another: by the same side, it is one statement (its stance may be the
        sharper one); inside a news agency's report, it is the statement and the report is dropped."""
        dropped: set[int] = set()
        for outer_at, outer in enumerate(found):
            for inner_at, inner in enumerate(found):
                if inner_at == outer_at or inner_at in dropped or outer_at in dropped:
                    continue
                if not (outer.start <= inner.cue_start < outer.end or outer.start <= inner.start < outer.end):
                    continue
                if not (outer.start <= inner.start and inner.end <= outer.end) or outer.kind not in (
                    REPORTED,
                    MENURUT,
                    INLINE,
                    CITED,
                ):
                    continue
                if outer.kind == REPORTED and self.lexicon.related(outer.speaker.key, inner.speaker.key):
                    if outer.stance == ASSERTS:
                        outer.stance = inner.stance
                    dropped.add(inner_at)
                elif (inner.speaker.key or inner.speaker.name) and (
                    self.context.kind(outer.speaker.key) == "media"
                    or outer.kind == CITED
                    # "X mengungkapkan bahwa …, lapor BBC.": a report's tag names who carried it
                    or outer.kind == INLINE
                    and outer.speaker.key is None
                    and outer.cue.lower() in _REPORT_TAGS
                    and inner.kind == REPORTED
                ):
                    dropped.add(outer_at)  # the wire only carries what the inner speaker said
        return [item for at, item in enumerate(found) if at not in dropped]

    def _around(self, index: int, item: _Found) -> str:
        lo = self.sentences[max(0, index - 2)].start
        hi = self.sentences[index].end
        return self.body[lo : item.start] + " " + self.body[item.end : hi]

    def _trim(self, item: _Found) -> bool:
        start, end = item.start, item.end
        while start < end and self.body[start] in _TRIM:
            start += 1
        while end > start and self.body[end - 1] in _TRIM:
            end -= 1
        if item.kind not in (DIRECT, CONTINUATION):
            while end > start and self.body[end - 1] in _END_PUNCTUATION + _TRIM:
                end -= 1
        item.start, item.end = start, end
        return end > start

    def _long_enough(self, item: _Found) -> bool:
        """A reported statement needs a few words ("mengingatkan mereka" says nothing); a stance verb's
        object may be short ("membantah laporan ini")."""
        if item.kind in (DIRECT, CONTINUATION):
            return True
        said = self.body[item.start : item.end]
        if ONLY_A_TIME.fullmatch(said.strip()):
            return False
        return word_count(said) >= _MIN_WORDS or (
            item.cue_stance != ASSERTS and SHORT_OBJECT.fullmatch(said) is not None
        )

    # --- direct quotes -------------------------------------------------------------------------------------
    def _direct(
        self, index: int, sentence: Sentence, quotes: list[Quote], claimed: set[int], carry: _Carry
    ) -> list[_Found]:
        found: list[_Found] = []
        previous: tuple[Quote, _Found] | None = None
        for quote in quotes:
            if quote.open_at in claimed:
                continue
            item = (
                self._attributed_quote(index, sentence, quote)
                or self._quote_resumed(quote, previous)
                or self._bare_quote(index, sentence, quote, carry)
            )
            if item is not None:
                claimed.add(quote.open_at)
                found.append(item)
                previous = (quote, item)
        return found

    def _quote_resumed(self, quote: Quote, previous: tuple[Quote, _Found] | None) -> _Found | None:
        """ "“…,” kata Kirby, “dan kami akan menanggapinya.”": the quote goes on after its attribution."""
        if previous is None or previous[1].kind != DIRECT:
            return None
        between = self.body[previous[0].outer_end : quote.open_at]
        if not RESUMED_AFTER_ATTRIBUTION.fullmatch(between):
            return None
        item = previous[1]
        return _Found(quote.start, quote.end, item.speaker, item.cue, DIRECT, item.cue_stance, item.cue_start)

    def _attributed_quote(self, index: int, sentence: Sentence, quote: Quote) -> _Found | None:
        # A quotation that goes on past its line (a re-wrapped page) is attributed after it closes.
        closing, opening_index = sentence, index
        if quote.outer_end > sentence.end:
            index, closing = next(
                ((at, s) for at, s in enumerate(self.sentences) if s.start <= quote.close_at <= s.end),
                (index, sentence),
            )
        after = AFTER_QUOTE.match(self.body, quote.outer_end, closing.end) if quote.closed else None
        if after is None and quote.closed:
            inverted = self._inverted_attribution(index, sentence, quote)
            if inverted is not None:
                return inverted
            passive = PASSIVE_AFTER_QUOTE.match(self.body, quote.outer_end, closing.end)
            if passive is not None:
                return self._passive_after_quote(index, closing, quote, passive)
            after = DEMIKIAN.match(self.body, quote.outer_end, closing.end)
            if after is not None:
                speaker = self.context.from_attribution(index, after.end(), closing.end)
                if speaker is None or speaker.how == UNRESOLVED:
                    return None
                speaker = self.context.through_media(index, speaker)
                return _Found(
                    quote.start, quote.end, speaker, "demikian", DIRECT, cue_start=after.start("cue")
                )
            tagged = self._tag_sentence(opening_index, quote)
            if tagged is not None:
                return tagged
        if after is not None:
            nya = bool(after.group("nya"))
            # "-nya" looks back from where the quotation began; a name is read where it is written
            speaker = self.context.from_attribution(
                opening_index if nya else index, after.end(), closing.end, suffix=nya
            )
            if speaker is None:
                return None
            relay = RELAYED_AFTER.match(self.body, speaker.end, closing.end) if not nya else None
            relay_words = QUOTING_AFTER.match(self.body, relay.end(), closing.end) if relay else None
            if relay_words is not None and self.lexicon.kind_of(speaker.key) == "media":
                # "“…,” ungkap KCNA, mengutip pernyataan dari Komisi Militer Pusat": the agency relays
                quoted = self.context.relayed(index, relay_words.end(), closing.end)
                if quoted is not None and (quoted.key is not None or quoted.name):
                    speaker = quoted
            speaker = self.context.through_media(index, speaker)
            return _Found(
                quote.start,
                quote.end,
                speaker,
                after.group("cue"),
                DIRECT,
                _attribution_stance(after.group("cue")),
                cue_start=after.start("cue"),
                # "“Kami mengutuk …. Kata Kirby, …": a quotation left open, closed at a capitalised tag
                unmeasured=after.group("cue")[:1].isupper(),
            )
        lead = LEADING_KATA.fullmatch(self.body[sentence.start : quote.open_at].strip())
        if lead is None:
            return self._verb_inside_quote(index, quote)
        lead_start = self.body.find(lead.group("attr"), sentence.start, quote.open_at)
        speaker = self.context.from_attribution(index, lead_start, quote.open_at)
        if speaker is None:
            return None
        return _Found(quote.start, quote.end, speaker, lead.group("cue"), DIRECT, cue_start=sentence.start)

    def _tag_sentence(self, opening_index: int, quote: Quote) -> _Found | None:
        """ "“… negara berdaulat.” Imbuh Kim Yo Jong." / "“… dapat berubah.” Jelas Kirby kepada wartawan.":
        a quotation closed on a full stop, then its attribution as a sentence of its own. Only a speaker
        the words name, with nothing after it but a comma or an adjunct ("Jelas Rusia tidak peduli." is an
        ordinary sentence)."""
        if not self.body[quote.open_at : quote.close_at].rstrip().endswith((".", "!", "?")):
            return None
        tag = TAG_SENTENCE.match(self.body, quote.outer_end)
        if tag is None:
            return None
        at = next((i for i, s in enumerate(self.sentences) if s.start <= tag.start("cue") < s.end), None)
        if at is None:
            return None
        end = self.sentences[at].end
        nya = bool(tag.group("nya"))
        speaker = self.context.from_attribution(opening_index if nya else at, tag.end(), end, suffix=nya)
        if speaker is None or speaker.how == UNRESOLVED or speaker.key is None and not speaker.name:
            return None
        if not nya and TAG_SENTENCE_REST.match(self.body, speaker.end, end) is None:
            return None
        speaker = self.context.through_media(at, speaker)
        cue = tag.group("cue")
        return _Found(
            quote.start,
            quote.end,
            speaker,
            cue,
            DIRECT,
            _attribution_stance(cue),
            cue_start=tag.start("cue"),
            unmeasured=True,
        )

    def _verb_inside_quote(self, index: int, quote: Quote) -> _Found | None:
        """ "Zinoviev “menekankan bahwa kerja sama itu …”": the page quoted the reporting verb with the
        words; the subject before the mark speaks, and what was said starts after the verb."""
        verb = VERB_PATTERN.match(self.body, quote.start, quote.end)
        if verb is None or not self.body[quote.open_at - 1 : quote.open_at].isspace():
            return None
        speaker = self.context.subject_before(index, quote.open_at)
        if speaker is None or speaker.key is None and not speaker.name:
            return None
        lead = COMPLEMENT_LEAD.match(self.body, verb.end(), quote.end)
        start = lead.end() if lead else verb.end()
        while start < quote.end and self.body[start].isspace():
            start += 1
        if word_count(self.body[start : quote.end]) < _MIN_WORDS:
            return None
        cue = VERB_CUES[int((verb.lastgroup or "v0")[1:])]
        speaker = self.context.through_media(index, speaker)
        return _Found(start, quote.end, speaker, verb.group(), DIRECT, cue.stance, cue_start=verb.start())

    def _passive_after_quote(
        self, index: int, closing: Sentence, quote: Quote, passive: re.Match[str]
    ) -> _Found | None:
        """ "“…,” disampaikan Kirby di Gedung Putih." / "“…,” dilansir Intelijen Ukraina di situs webnya.":
        a passive of saying names the speaker; a passive of carrying names the source, which speaks the
        quotation only as a cited source (a guess)."""
        hi = closing.end
        if passive.group("carried"):
            speaker = self.context.cited(index, passive.end(), hi)
            kind = CITED
        else:
            speaker = self.context.from_attribution(index, passive.end(), hi)
            kind = DIRECT
        if speaker is None or speaker.how == UNRESOLVED and not speaker.name:
            return None
        cue = passive.group("said") or passive.group("carried")
        return _Found(quote.start, quote.end, speaker, cue.lower(), kind, cue_start=passive.start("cue"))

    def _inverted_attribution(self, index: int, sentence: Sentence, quote: Quote) -> _Found | None:
        """ "“…,” ia memperingatkan, …" / "“…,” Zelensky menegaskan.": a quote that ends in a comma, then
        its speaker and a reporting verb (the order of "kata Zelensky" turned round)."""
        after = quote.outer_end
        if self.body[after : after + 1] == "," and quote.closed:
            after += 1  # "“…”, dia menekankan": the comma outside the closing mark
        elif not self.body[quote.end : quote.close_at + 1].lstrip().startswith(","):
            return None
        who = INVERTED_AFTER_QUOTE.match(self.body, after, sentence.end)
        if who is None:
            return None
        itself = QUOTING_ITSELF.match(self.body, who.end(), sentence.end)
        if itself is not None:
            # "“…,” Kementerian Luar Negeri mengutip pernyataannya.": its own words
            speaker = self.context.from_attribution(index, who.start("who"), itself.start())
            if speaker is None or speaker.how == UNRESOLVED and not speaker.name:
                return None
            return _Found(quote.start, quote.end, speaker, "mengutip", DIRECT, cue_start=itself.start())
        relayed = QUOTING_AFTER.match(self.body, who.end(), sentence.end)
        if relayed is not None:
            # "“…,” KCNA mengutip pernyataan Kim.": the agency relays, Kim speaks
            quoted = self.context.relayed(index, relayed.end(), sentence.end)
            if quoted is None or quoted.how == UNRESOLVED and not quoted.name:
                return None
            return _Found(quote.start, quote.end, quoted, "mengutip", DIRECT, cue_start=relayed.start())
        verb = VERB_PATTERN.match(self.body, who.end(), sentence.end)
        if verb is None:
            return None
        speaker = self.context.from_attribution(index, who.start("who"), verb.start())
        rest = self.body[verb.end() : sentence.end].rstrip(_END_PUNCTUATION)
        named_after = NAME_RUN.fullmatch(rest.strip()) if rest.strip() else None
        if named_after is not None and who.group("who").lower() in ("ia", "dia", "beliau"):
            # "“…”, dia menekankan Stoltenberg.": a translation that names the "dia" after its verb
            lo = verb.end() + len(rest) - len(rest.lstrip())
            speaker = self.context.from_attribution(index, lo, lo + len(rest.strip())) or speaker
        if speaker is None or speaker.how == UNRESOLVED and not speaker.name:
            return None
        cue = VERB_CUES[int((verb.lastgroup or "v0")[1:])]
        speaker = self.context.through_media(index, speaker)
        return _Found(
            quote.start, quote.end, speaker, verb.group(), DIRECT, cue.stance, cue_start=verb.start()
        )

    def _bare_quote(self, index: int, sentence: Sentence, quote: Quote, carry: _Carry) -> _Found | None:
        before = self.body[sentence.start : quote.open_at].strip()
        after = self.body[quote.outer_end : sentence.end].strip(_END_PUNCTUATION)
        if before or after or word_count(self.body[quote.start : quote.end]) < _MIN_WORDS:
            return None
        ahead = self._continued_in_next_paragraph(index, quote)
        if ahead is not None:
            return ahead
        if carry.colon is not None:
            return _Found(quote.start, quote.end, carry.colon, "mengatakan:", DIRECT)
        if carry.direct is not None:
            speaker = replace(carry.direct, how=CONTINUATION_HOW.get(carry.direct.how, carry.direct.how))
            return _Found(quote.start, quote.end, speaker, "(lanjutan kutipan)", CONTINUATION)
        if carry.reported is not None and self._opens_paragraph(index, quote):
            # "Kirby mengatakan …. ¶ “Kami menilai …”": a quotation with no tag of its own, opening the paragraph
            # after one whose only speaker was reported by name, is that speaker's; not measured yet, a hint
            return _Found(quote.start, quote.end, carry.reported, "(lanjutan)", CONTINUATION, unmeasured=True)
        following = index + 1
        if following < len(self.sentences):
            nxt = self.sentences[following]
            passive = _PASSIVE_NEXT.match(self.body, nxt.start, nxt.end)
            if passive is not None:
                attributed = self.context.from_attribution(following, passive.end(), nxt.end)
                if attributed is not None and attributed.key is not None:
                    cue = " ".join(passive.group().split()[-2:])
                    return _Found(quote.start, quote.end, attributed, cue, DIRECT)
        return None

    def _opens_paragraph(self, index: int, quote: Quote) -> bool:
        """The quotation opens a new paragraph, right after the sentence before it."""
        return (
            index > 0
            and self.sentences[index].paragraph == self.sentences[index - 1].paragraph + 1
            and not self.body[self.sentences[index].start : quote.open_at].strip()
        )

    def _continued_in_next_paragraph(self, index: int, quote: Quote) -> _Found | None:
        """A quotation left open at the end of its paragraph and taken up by the next one, which names the
        speaker ("“… ¶ “…,” kata Choe."): both paragraphs are that speaker's."""
        following = index + 1
        if quote.closed or following >= len(self.sentences):
            return None
        nxt = self.sentences[following]
        if nxt.paragraph != self.sentences[index].paragraph + 1:
            return None
        opening = next((q for q in self.quotes if q.open_at == nxt.start), None)
        if opening is None:
            return None
        attributed = self._attributed_quote(following, nxt, opening)
        if attributed is None or attributed.speaker.key is None and not attributed.speaker.name:
            return None
        speaker = replace(attributed.speaker, how=CONTINUATION_HOW.get(attributed.speaker.how, CONDUIT))
        return _Found(quote.start, quote.end, speaker, attributed.cue, CONTINUATION, attributed.cue_stance)

    # --- inline attribution and "menurut" ------------------------------------------------------------------
    def _source_prefix_end(self, sentence: Sentence) -> int:
        """Past a leading "Dikutip dari Al Jazeera, " / "Seperti dilansir Reuters, "."""
        match = SOURCE_PHRASE.match(self.masked, sentence.start, sentence.end)
        if match is None:
            return sentence.start
        comma = self.masked.find(",", match.start(), sentence.end)
        return comma + 1 if comma != -1 else sentence.start

    def _inline(self, index: int, sentence: Sentence) -> list[_Found]:
        text = self.masked[sentence.start : sentence.end]
        match = next((m for m in INLINE_ATTRIBUTION.finditer(text) if m.start() > 0), None)
        if match is None:
            return []
        before = text[: match.start()].rstrip()
        if before.endswith(MASK) or word_count(before.replace(MASK, " ")) < 1:
            return []
        attr_lo = sentence.start + match.end()
        comma = self.masked.find(",", attr_lo, sentence.end)
        attr_hi = comma if comma != -1 else sentence.end
        speaker = self.context.from_attribution(index, attr_lo, attr_hi, suffix=bool(match.group("nya")))
        if speaker is None:
            return []
        if (
            speaker.how == UNRESOLVED
            and not match.group("nya")
            and not speaker.name
            and not UNNAMED.match(self.masked, speaker.start, attr_hi)
        ):
            return []  # ", jelas bahwa …": an attribution word with nobody after it
        if speaker.end > attr_hi:
            # the speaker's own apposition runs past the comma: what follows it is the rest
            comma = self.masked.find(",", speaker.end, sentence.end)
        post = self.masked[comma + 1 : sentence.end] if comma != -1 else ""
        # the words of a quotation the rest of the sentence carries count ("…, katanya, adalah “…”")
        post_words = word_count(self.body[comma + 1 : sentence.end]) if comma != -1 else 0
        parenthetical = post_words >= _MIN_WORDS and not ATTRIBUTION_TAIL.match(post.lstrip())
        start = self._source_prefix_end(sentence)
        end = sentence.end if parenthetical else sentence.start + match.start()
        cue_start = sentence.start + match.start("cue")
        cue = match.group("cue")
        return [_Found(start, end, speaker, cue, INLINE, _attribution_stance(cue), cue_start=cue_start)]

    def _menurut(self, index: int, sentence: Sentence) -> list[_Found]:
        text = self.masked[sentence.start : sentence.end]
        found: list[_Found] = []
        for match in MENURUT_LEADING.finditer(text):
            speaker = self._menurut_speaker(index, sentence, match)
            if speaker is not None and speaker.key is None and VERB_PATTERN.search(text, match.end()):
                continue  # "Menurut laporan New York Times, pejabat intelijen itu percaya …": a source
            if speaker is not None:
                start = sentence.start + match.end()
                found.append(_Found(start, sentence.end, speaker, "menurut", MENURUT, cue_start=start))
        for match in MENURUT_PRONOUN.finditer(text):
            # "Menurutnya, …": whoever the article spoke of last, as for "katanya"
            cue_end = sentence.start + match.end("cue")
            speaker = self.context.from_attribution(index, cue_end, sentence.end, suffix=True)
            if speaker is not None and speaker.key is not None:
                start = sentence.start + match.end()
                found.append(_Found(start, sentence.end, speaker, "menurut", MENURUT, cue_start=start))
        for match in MENURUT_RELATIVE.finditer(text):
            lo = sentence.start + match.end()
            speaker = self.context.from_attribution(index, lo, sentence.end)
            if speaker is None or speaker.start != lo or not (speaker.key or speaker.name):
                continue
            run = NAME_RUN.match(self.masked, lo, sentence.end)
            if speaker.key is None and run is not None:
                # a name the registry does not know: its capitalised words, not the clause after it
                name = self.body[lo : run.end()].rstrip(".")
                speaker = replace(speaker, text=name, end=lo + len(name), name=name)
            stop = CLAUSE_STOP.search(self.masked, speaker.end, sentence.end)
            comma = self.masked.find(",", speaker.end, sentence.end)
            end = min(p for p in (stop.start() if stop else sentence.end, comma, sentence.end) if p != -1)
            found.append(
                _Found(
                    speaker.end,
                    end,
                    speaker,
                    "menurut",
                    MENURUT,
                    cue_start=sentence.start + match.start("cue"),
                )
            )
        trailing = (
            MENURUT_TRAILING.search(text)
            or DEMIKIAN_TRAILING.search(text)
            or DEMIKIAN_MIDDLE.search(text)
            or SEPERTI_TRAILING.search(text)
            or self._report_trailing(text)
        )
        if trailing is not None:
            speaker = self._menurut_speaker(index, sentence, trailing)
            if speaker is not None and speaker.key is None and VERB_PATTERN.search(text, 0, trailing.start()):
                # "NIS mengatakan …, menurut seorang anggota parlemen.": someone unnamed relayed it; the
                # sentence's own verb says who spoke
                speaker = None
            if speaker is not None:
                start = self._source_prefix_end(sentence)
                end = sentence.start + trailing.start()
                found.append(
                    _Found(
                        start,
                        end,
                        speaker,
                        trailing.group("cue").lower(),
                        MENURUT,
                        _verb_stance(trailing.group("cue")),
                        cue_start=sentence.start + trailing.start(),
                    )
                )
        return found

    def _report_trailing(self, text: str) -> re.Match[str] | None:
        """ "…, NIS melaporkan pada hari Rabu." after a statement of a few words that opens the sentence
        (not "Dalam pertemuan itu, Putin mengatakan.", whose opening says where, not what)."""
        match = REPORT_TRAILING.search(text)
        if match is None or STARTS_WITH_PREPOSITION.match(text) or STARTS_WITH_SUBORDINATOR.match(text):
            return None
        return match if word_count(text[: match.start()]) >= _MIN_REPORTED_WORDS else None

    def _menurut_speaker(self, index: int, sentence: Sentence, match: re.Match[str]) -> Speaker | None:
        lo, hi = sentence.start + match.start("attr"), sentence.start + match.end("attr")
        speaker = self.context.from_attribution(index, lo, hi)
        comma = self.masked.find(",", lo, hi)
        if comma != -1 and speaker is not None and self.context.kind(speaker.key) == "state":
            # "menurut panglima tertinggi Ukraina, Oleksandr Syrskii": the person the role names speaks
            named = self.context.from_attribution(index, comma + 1, hi)
            if named is not None and (
                self.context.kind(named.key) == "person" or named.key is None and len(named.name.split()) >= 2
            ):
                speaker = named
        if (
            speaker is not None
            and speaker.key is None
            and match.group("cue").lower() in ("seperti", "sebagaimana")
        ):
            # "…, seperti dilaporkan Reuters": a source phrase, whose names are not speakers elsewhere
            speaker = self.context.cited(index, lo, hi) or speaker
        if speaker is None:
            return None
        if speaker.key is None and not UNNAMED.match(self.masked, lo, hi) and not speaker.name:
            return None
        return speaker

    # --- attributions by a noun, a passive, a later sentence or a cited source ----------------------------
    def _noun_attributions(self, index: int, sentence: Sentence) -> list[_Found]:
        """ "tuduhan dari AS, Korea Selatan dan negara lain bahwa Pyongyang memasok senjata …" """
        found: list[_Found] = []
        matches = [
            *NOUN_ATTRIBUTION.finditer(self.masked, sentence.start, sentence.end),
            *NOUN_CALL.finditer(self.masked, sentence.start, sentence.end),
        ]
        for match in matches:
            lo, hi = match.start("attr"), match.end("attr")
            when = _WHEN_AFTER_OWNER.search(self.masked, lo, hi)
            if when is not None:
                hi = when.start()  # "pengumuman Presiden X pada tanggal 25 Oktober bahwa …": the owner only
            speaker = self.context.from_attribution(index, lo, hi)
            if speaker is None or speaker.key is None:
                continue
            if speaker.start - lo > 3 and not is_title(self.masked[lo : speaker.start]):
                continue  # more than a title ("pengumuman Presiden Zelensky bahwa") before the owner's name
            stop = CLAUSE_STOP.search(self.masked, match.end(), sentence.end)
            end = stop.start() if stop else sentence.end
            stance = NOUN_STANCES.get(match.group("noun").lower(), ASSERTS)
            found.append(
                _Found(match.end(), end, speaker, match.group("noun"), REPORTED, stance, match.start())
            )
        return found

    def _passives(self, index: int, sentence: Sentence) -> list[_Found]:
        """ "Korut sebelumnya dituduh AS memasok peluru …": the agent says what follows it."""
        found: list[_Found] = []
        for match in PASSIVE_AGENT.finditer(self.masked, sentence.start, sentence.end):
            if IN_RELATIVE_CLAUSE.search(self.masked, sentence.start, match.start()):
                continue
            # the head may belong to the agent's own name ("pemerintah Jepang") or only precede it
            starts = (match.start("head"), match.end()) if match.group("head") else (match.end(),)
            speaker = self.context.from_attribution(index, starts[0], sentence.end)
            if speaker is None or speaker.key is None or speaker.start not in starts:
                continue
            stop = CLAUSE_STOP.search(self.masked, speaker.end, sentence.end)
            end = stop.start() if stop else sentence.end
            cue = match.group().strip()
            found.append(_Found(speaker.end, end, speaker, cue, REPORTED, ASSERTS, match.start()))
        return found

    def _passive_opener(self, index: int, sentence: Sentence, found: list[_Found]) -> list[_Found]:
        """ "X mengatakan …. Dikatakan bahwa …": a sentence opening on a reporting verb's passive, with no
        agent, goes on with what the last speaker said, in this paragraph or the one before. A layout the
        confidence table has not measured: a hint."""
        match = PASSIVE_OPENER.match(self.masked, sentence.start, sentence.end)
        previous = index - 1
        if match is None or previous < 0 or found:
            return []
        before = self.sentences[previous]
        if (
            before.dateline
            or before.paragraph < sentence.paragraph - 1
            or not self.context.views[previous].claims
        ):
            return []
        speaker = self.context.from_attribution(index, match.end("cue"), sentence.end, suffix=True)
        if speaker is None or speaker.how == UNRESOLVED:
            return []
        cue = match.group("cue")
        return [
            _Found(
                match.end(),
                sentence.end,
                speaker,
                cue,
                REPORTED,
                ASSERTS,
                match.start("cue"),
                unmeasured=True,
            )
        ]

    def _back_reference(self, index: int, sentence: Sentence) -> list[_Found]:
        """ "Hal ini disampaikan dalam laporan intelijen AS.": the sentence before, if it has no speaker of
        its own, is the statement of whoever this one names."""
        match = BACK_REFERENCE.match(self.masked, sentence.start, sentence.end)
        previous = index - 1
        if match is None or previous < 0 or self.sentences[previous].dateline:
            return []
        if (
            self.context.views[previous].claims
            or self.sentences[previous].paragraph != sentence.paragraph
            and (self.sentences[previous].paragraph < sentence.paragraph - 1)
        ):
            return []
        owner = (match.group("owner") or "").strip()
        speaker = None
        if owner:
            speaker = self.context.from_attribution(index, match.start("owner"), match.end("owner"))
        if speaker is None or speaker.key is None:
            speaker = self.context.from_attribution(index, match.end(), sentence.end)
        if speaker is None or speaker.key is None:
            # "… disampaikan dalam laporan intelijen AS": the report's owner, inside the source phrase
            speaker = self.context.cited(index, match.end(), sentence.end) or speaker
        if speaker is None or (speaker.key is None and not speaker.name):
            return []
        speaker = self.context.through_media(index, speaker)
        before = self.sentences[previous]
        words = match.group().split()
        cue = " ".join(words[:2] if match.group("demikian") else words[-2:])
        return [_Found(before.start, before.end, speaker, cue, BACK_REFERENCED, cue_start=sentence.start)]

    def _cited(self, index: int, sentence: Sentence, found: list[_Found]) -> list[_Found]:
        """ "Melansir Reuters, …" / "Dalam pernyataan NIS, …": the rest of the sentence is the source's,
        unless a statement of someone else's begins in it (then the source only carried it)."""
        match = SOURCE_FIRST.match(self.masked, sentence.start, sentence.end)
        if match is None:
            return []
        if any(match.end() <= item.cue_start < sentence.end for item in found if item.speaker.key):
            return []
        speaker = self.context.cited(index, match.start("src"), match.end("src"))
        relay = _QUOTING_INSIDE.search(self.masked, match.end(), sentence.end)
        if relay is not None:
            # "Dilansir X, … bahwa “…,” lapor Y, mengutip seorang pejabat AS": the wires carry, the official speaks
            quoted = self.context.relayed(index, relay.end(), sentence.end)
            if quoted is not None and quoted.key is not None:
                speaker = quoted
        if speaker is None:
            return []
        return [_Found(match.end(), sentence.end, speaker, "dikutip", CITED, cue_start=sentence.start)]

    # --- reporting verbs -----------------------------------------------------------------------------------
    def _verbs(
        self, index: int, sentence: Sentence, quotes: list[Quote], claimed: set[int]
    ) -> tuple[list[_Found], Speaker | None]:
        text = self.masked[sentence.start : sentence.end]
        found: list[_Found] = []
        colon: Speaker | None = None
        for match in VERB_PATTERN.finditer(text):
            if REFUSAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            blocker = VERB_BLOCKERS.search(text, max(0, match.start() - 12), match.start())
            cue = VERB_CUES[int((match.lastgroup or "v0")[1:])]
            at = sentence.start + match.start()
            if cue is VERB_CUES[-1] and any(item.start <= at < item.end for item in found):
                # "NIS mengatakan militer Rusia mengeluh bahwa …": only a verb known to report opens a
                # statement inside what someone else is reported to have said
                continue
            speaker: Speaker | None
            relative = False
            if blocker is not None:
                # "… Sergei Lavrov yang mengatakan …": a person, then the verb, is that person speaking
                relative = blocker.group().strip().lower() == "yang"
                at = sentence.start + blocker.start()
                named = relative and (
                    self.context.person_before(index, at) or self.context.owner_before(index, at)
                )
                if not named:
                    continue
                speaker, join_at = named, -1
            else:
                speaker, join_at = self._verb_subject(index, sentence, text, match.start(), found)
            if speaker is None:
                continue
            cue_text = match.group()
            begin = match.end()
            adverb = VERB_ADVERB.match(text, begin)
            if adverb is not None:
                begin = adverb.end()
            if cue.keeps_object:
                noun = CUE_NOUN.match(text, begin)
                cue_text = f"{cue_text} {noun.group(1)}" if noun else cue_text
            else:
                lead = (
                    COMPLEMENT_LEAD.match(text, begin)
                    or COMPLEMENT_ASIDE.match(text, begin)
                    or COMPLEMENT_COMMA.match(text, begin)
                    or COMPLEMENT_TIME.match(text, begin)
                )
                begin = lead.end() if lead else begin
                when = WHEN_BEFORE_BAHWA.match(text, begin) if lead is None else None
                begin = when.end() if when else begin
            while begin < len(text) and text[begin].isspace():
                begin += 1
            start = sentence.start + begin
            quote = next((q for q in quotes if q.open_at == start), None)
            if quote is not None and self._scare_quote(sentence, quote):
                quote = None  # "mengecam “kebijakan hegemonik” Barat sebagai …": what was said goes on
            if quote is not None and quote.open_at not in claimed:
                claimed.add(quote.open_at)
                found.append(
                    _Found(
                        quote.start,
                        quote.end,
                        speaker,
                        cue_text,
                        DIRECT,
                        cue.stance,
                        sentence.start + match.start(),
                    )
                )
                continue
            end = len(text.rstrip(_END_PUNCTUATION))
            if begin >= end and not cue.keeps_object:
                carried = self._said_on_next_line(index, sentence)
                if carried is not None:
                    found.append(
                        _Found(
                            *carried, speaker, cue_text, REPORTED, cue.stance, sentence.start + match.start()
                        )
                    )
                continue
            if text.rstrip().endswith(":") and word_count(text[begin:end]) <= _MIN_WORDS:
                colon = speaker  # "Kirby menyampaikan pernyataan berikut:" introduces the next quote
                continue
            if STARTS_WITH_PREPOSITION.match(text, begin):
                later = _LATE_BAHWA.match(text, begin)
                addressee = (
                    _CALL_ADDRESSEE.match(text, begin) if DEMAND_VERB.fullmatch(match.group()) else None
                )
                if later is None and addressee is not None:
                    # "menyerukan kepada Beijing untuk menekan …": whom the call is to, then the call
                    begin = addressee.end()
                    start = sentence.start + begin
                elif later is not None:
                    begin = later.end()  # "mengatakan pada konferensi pers hari Senin (waktu setempat) bahwa"
                elif "," not in text[begin:end]:
                    continue  # where it was said, not what: "menulis di media sosial setelah veto itu"
            if SOURCE_ONLY.match(text, begin):
                continue  # "…, Yonhap melaporkan, mengutip pernyataan kementerian.": the statement came before
            if NO_CONTENT.match(text, begin):
                continue  # what was delivered, not said: "menyampaikan sambutan yang sama"
            stop = CLAUSE_STOP.search(text, begin, end)
            end = stop.start() if stop else end
            end = self._other_subject_joins(index, sentence, speaker, begin, end)
            if (STARTS_WITH_SUBORDINATOR.match(text.lstrip()) or relative) and "," in text[begin:end]:
                # "Meski Rusia mengaku tak ada perjanjian …, Putin melihat …", "Pernyataan Lavrov yang
                # menyebutkan …, kini tampak …": the clause ends at the comma
                end = text.index(",", begin)
            introduced = self._quote_after_colon(sentence, quotes, begin, end, claimed)
            if introduced is not None:
                # "… bahwa kita harus bersatu: “Saya pikir …”": the clause ends at the colon, and the
                # quotation it introduces is the same speaker's own
                end = introduced.open_at - sentence.start
                end = text.rindex(":", begin, end)
                found.append(
                    _Found(
                        introduced.start,
                        introduced.end,
                        speaker,
                        cue_text,
                        DIRECT,
                        cue.stance,
                        sentence.start + match.start(),
                    )
                )
            found.append(
                _Found(
                    start,
                    sentence.start + max(begin, end),
                    speaker,
                    cue_text,
                    REPORTED,
                    cue.stance,
                    sentence.start + match.start(),
                    join_at,
                )
            )
        self._cut_sequences(found)
        return found, colon

    def _other_subject_joins(
        self, index: int, sentence: Sentence, speaker: Speaker, begin: int, end: int
    ) -> int:
        """ "Kim menyatakan dukungannya …, dan Presiden Putin menyiratkan …": a clause joined on with a subject
        of its own, a capitalised name (another actor, or one the registry does not know) followed by its
        verb, is no longer what the first speaker said (positions relative to the sentence)."""
        lo, hi = sentence.start + begin, sentence.start + end
        for join in _JOINED_SUBJECT.finditer(self.masked, lo, hi):
            inside = [
                m
                for m in self.context.views[index].mentions
                if join.start("subject") <= m.start < join.end("subject")
            ]
            if any(self.lexicon.related(m.key, speaker.key) for m in inside):
                continue  # the same side goes on: "Rusia …, dan Moskow akan …"
            return join.start() - sentence.start
        return end

    def _quote_after_colon(
        self, sentence: Sentence, quotes: list[Quote], begin: int, end: int, claimed: set[int]
    ) -> Quote | None:
        """A quotation right after a colon inside the reported clause (offsets relative to the sentence),
        not yet given to anyone; it is claimed."""
        for quote in quotes:
            at = quote.open_at - sentence.start
            if not begin < at < end or quote.open_at in claimed:
                continue
            before = self.masked[sentence.start + begin : quote.open_at].rstrip()
            if before.endswith(":") and word_count(before) >= _MIN_WORDS:
                claimed.add(quote.open_at)
                return quote
        return None

    def _scare_quote(self, sentence: Sentence, quote: Quote) -> bool:
        """A quotation of a word or two that opens what a verb reports while the clause goes on after it
        ("mengecam “kebijakan hegemonik” Barat sebagai pembenaran …"): a phrase quoted inside it."""
        if word_count(self.body[quote.start : quote.end]) >= _MIN_WORDS:
            return False
        rest = self.masked[quote.outer_end : sentence.end]
        return word_count(rest) >= _MIN_WORDS and not ATTRIBUTION_TAIL.match(rest.lstrip(" ,"))

    def _said_on_next_line(self, index: int, sentence: Sentence) -> tuple[int, int] | None:
        """ "… gubernur Kharkiv mengatakan. ¶ Wilayahnya diserang rudal …": a page that breaks every
        sentence onto a line of its own cut the reporting verb from what was said, which is the next
        line's sentence (without a leading "Bahwa") when that line is no statement of its own."""
        following = index + 1
        if following >= len(self.sentences) or not self.body[sentence.end : sentence.end + 2].startswith(
            "\n"
        ):
            return None
        nxt = self.sentences[following]
        if nxt.paragraph != sentence.paragraph + 1 or nxt.dateline:
            return None
        text = self.masked[nxt.start : nxt.end]
        if VERB_PATTERN.search(text) or INLINE_ATTRIBUTION.search(text) or MASK in text:
            return None
        lead = _BAHWA_LEAD.match(text)
        start = nxt.start + (lead.end() if lead else 0)
        end = nxt.start + len(text.rstrip(_END_PUNCTUATION))
        return (start, end) if word_count(self.body[start:end]) >= _MIN_WORDS else None

    def _verb_subject(
        self, index: int, sentence: Sentence, text: str, at: int, found: list[_Found]
    ) -> tuple[Speaker | None, int]:
        coordinated = COORDINATED.search(text, 0, at)
        reported = [f for f in found if f.kind == REPORTED]
        if coordinated is not None and not reported and not _AND.search(coordinated.group()):
            coordinated = None
        if coordinated is not None:
            speaker = self.context.inherited(index, reported[-1].speaker if reported else None)
            if speaker is not None:
                return speaker, sentence.start + coordinated.start()
        quoting = _QUOTING_BEFORE_VERB.search(text, 0, at)
        if quoting is not None:
            # "Badan itu mengutip Kim mengatakan bahwa …": the one quoted says it, the agency carries it
            quoted = self.context.relayed(index, sentence.start + quoting.end(), sentence.start + at)
            if quoted is not None and (quoted.key is not None or quoted.name):
                return quoted, -1
        return self.context.subject_before(index, sentence.start + at), -1

    def _cut_sequences(self, found: list[_Found]) -> None:
        """End a statement where the next one in the sentence begins, unless the next is inside it."""
        for later_at, later in enumerate(found):
            for earlier in found[:later_at]:
                if earlier.kind != REPORTED or not (earlier.start <= later.cue_start < earlier.end):
                    continue
                if later.join_at >= 0:
                    earlier.end = min(earlier.end, later.join_at)
                    continue
                subject_at = later.speaker.start if later.speaker.how != INHERITED else later.cue_start
                if subject_at < earlier.start:
                    continue
                join = SEQUENTIAL_JOIN.search(self.masked, earlier.start, subject_at)
                opens_subordinate = STARTS_WITH_SUBORDINATOR.match(self.body, earlier.start, earlier.end)
                if join is not None and not opens_subordinate:
                    earlier.end = min(earlier.end, join.start())


CONTINUATION_HOW = {NAME: NAME, ROLE_PHRASE: ROLE_PHRASE}
# A single word that refers back with "-nya" ("katanya", "tambahnya", "pihaknya"): told apart from "ia",
# "dia" and "beliau", as the two are not right equally often.
_NYA_WORD = re.compile(r"[^\W\d_]+nya", re.IGNORECASE)


def _evidence(item: _Found, speaker_kind: str | None) -> str:
    """How the statement and its speaker were found, and what the speaker is: the key of the confidence
    table ("reported, name, state"). A speaker no actor stands for is "named" when the words give a
    name, else "unnamed"."""
    how = item.speaker.how.replace(",", "")  # "pronoun, far" → "pronoun far": one part of the key
    if item.speaker.how in (PRONOUN_REF, PRONOUN_FAR, UNRESOLVED, AMBIGUOUS) and _NYA_WORD.fullmatch(
        item.speaker.text.strip()
    ):
        how = f"{how} -nya"
    who = speaker_kind or ("named" if item.speaker.name else "unnamed")
    return f"{item.kind}, {how}, {who}"


def _verb_stance(word: str) -> str:
    """The stance of a reporting verb closing a sentence ("…, Blinken memperingatkan."); a word that is
    no reporting verb ("menurut", "demikian") asserts."""
    verb = VERB_PATTERN.fullmatch(word)
    return VERB_CUES[int((verb.lastgroup or "v0")[1:])].stance if verb else ASSERTS


def _attribution_stance(cue: str) -> str:
    word = cue.lower()
    return ATTRIBUTION_STANCES.get(word[:-3] if word.endswith("nya") else word, ASSERTS)


def suggest_claims(body: str, lexicon: ActorLexicon) -> list[Suggestion]:
    """Suggested claims in ``body``, sorted by start. Never raises on text; empty text gives []."""
    if not body or not body.strip():
        return []
    return _Reader(body, lexicon).read()
