"""A published revision's heavy markup, rendered once per language and stored beside the revision.

Rendering the key points, positions, citations and JSON-LD of a 500-claim brief takes most of a second
in Django templates, and the page cache is purged by every publication. A revision never changes, so
the result is stored (RevisionRendering) under a fingerprint of everything else that shapes it; after a
purge, a page is the small shell around stored markup, and only a deploy that changes the rendering code
(or a language nobody has read yet) renders again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import django
from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.template.loader import get_template, render_to_string
from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language

from briefs.jsonld import brief_jsonld
from briefs.models import BriefRevision, RevisionRendering
from briefs.templatetags.reader import ld_json

CONTENT_TEMPLATE = "briefs/_brief_content.html"
# Everything besides the revision that decides the stored markup; a change to any of it is a new fingerprint.
_TEMPLATES: tuple[str, ...] = (CONTENT_TEMPLATE, "briefs/_stance.html", "briefs/_position.html")
_TEMPLATES += ("briefs/_figure_chart.html", "briefs/_visual_timeline.html")
_TEMPLATES += ("briefs/_key_point.html", "briefs/_timeline_entry.html", "briefs/_route_map.html")
_MODULES: tuple[str, ...] = ("briefs/templatetags/reader.py", "briefs/quotation_marks.py", "briefs/jsonld.py")
_MODULES += (
    "briefs/templatetags/graphics.py",
    "briefs/graphics/scales.py",
    "briefs/graphics/figure_chart.py",
    "briefs/graphics/timeline_chart.py",
    "briefs/graphics/route_map.py",
    "briefs/data/route_map.json",
)


# What the brief page shows of each key point; the key point's own page shows all of it. Chosen so a
# 500-claim brief stays well under 250 kB (docs/performance.md): most actors are cited a few times.
CHIPS_SHOWN = 2  # citation chips per actor and key point
STATEMENTS_SHOWN = 1  # statements per actor and key point
TIMELINE_SOURCES_SHOWN = 1  # citations per timeline entry

# Indentation and blank lines the templates leave between elements. The markup has no preformatted text
# (the source page's body, which is, is not stored here), so a run of white space with a line break in it
# reads exactly as one line break.
_LINE_BREAK_RUNS = re.compile(rb"[ \t\r]*\n\s*")


def compact_markup(html: bytes) -> bytes:
    """``html`` without the templates' indentation."""
    return _LINE_BREAK_RUNS.sub(b"\n", html)


@dataclass(frozen=True)
class StoredMarkup:
    """UTF-8 markup ready to be spliced into the page shell."""

    content_html: bytes
    jsonld: bytes


def rendering_fingerprint(language: str) -> str:
    """Names the code, catalogue and URLs that shape a rendering in ``language`` (cached per process)."""
    return _fingerprint(language, get_script_prefix())


@lru_cache(maxsize=32)
def _fingerprint(language: str, script_prefix: str) -> str:
    digest = hashlib.sha256()
    for name in _TEMPLATES:
        # Django's template backend gives its templates an origin; the stubs' protocol leaves it out.
        digest.update(Path(get_template(name).origin.name).read_bytes())  # type: ignore[attr-defined]
    base_dir = Path(settings.BASE_DIR)
    for module in _MODULES:
        digest.update((base_dir / module).read_bytes())
    for locale_dir in settings.LOCALE_PATHS:
        catalogue = Path(locale_dir) / language / "LC_MESSAGES" / "django.mo"
        if catalogue.exists():
            digest.update(catalogue.read_bytes())
    digest.update(
        "|".join(
            [
                django.get_version(),
                language,
                settings.TIME_ZONE,
                script_prefix,
                reverse("source_detail", args=[1]),
                reverse("actor_detail", args=["x"]),
                reverse("briefs:detail", args=["x"]),
                reverse("briefs:revision_key_point", args=["x", 1, 1]),
                f"{CHIPS_SHOWN}/{STATEMENTS_SHOWN}/{TIMELINE_SOURCES_SHOWN}",
            ]
        ).encode()
    )
    return digest.hexdigest()


def render_revision_markup(*, revision: BriefRevision, request: HttpRequest) -> StoredMarkup:
    """Render a public revision's markup in the active language and store it for the next reader.

    Two readers racing on the same revision both render; the unique constraint keeps one row and the
    loser serves what it rendered, which is the same markup.
    """
    language = get_language()
    markup = StoredMarkup(
        content_html=compact_markup(
            render_to_string(
                CONTENT_TEMPLATE,
                {
                    "content": revision.content,
                    "citation_url": "source_detail",
                    "revision_number": revision.number,
                    "chips_shown": CHIPS_SHOWN,
                    "statements_shown": STATEMENTS_SHOWN,
                    "timeline_sources_shown": TIMELINE_SOURCES_SHOWN,
                },
                request=request,
            ).encode()
        ),
        jsonld=ld_json(brief_jsonld(revision, request)).encode(),
    )
    fingerprint = rendering_fingerprint(language)
    if revision.status in (BriefRevision.Status.PUBLISHED, BriefRevision.Status.SUPERSEDED):
        try:
            with transaction.atomic():
                # Older fingerprints of this revision and language belong to code that no longer runs.
                RevisionRendering.objects.filter(revision=revision, language=language).exclude(
                    fingerprint=fingerprint
                ).delete()
                RevisionRendering.objects.create(
                    revision=revision,
                    language=language,
                    fingerprint=fingerprint,
                    content_html=markup.content_html,
                    jsonld=markup.jsonld,
                )
        except IntegrityError:
            pass
    return markup


# Placeholders the page shell is rendered with; the stored bytes take their place.
CONTENT_SLOT = "\x00briefdesk:content\x00"
JSONLD_SLOT = "\x00briefdesk:jsonld\x00"


def splice_markup(shell: str, markup: StoredMarkup) -> bytes:
    """The page: the shell rendered around the two slots, with the stored bytes put in their place."""
    head, rest = shell.encode().split(JSONLD_SLOT.encode(), 1)
    middle, tail = rest.split(CONTENT_SLOT.encode(), 1)
    return b"".join([head, markup.jsonld, middle, markup.content_html, tail])
