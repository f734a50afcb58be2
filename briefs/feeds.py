"""Atom, RSS and JSON Feed: one entry per published revision, newest first, titled as it was published.

A brief's summary is plain text that an editor typed, so it must reach feed readers as text: Atom says so
(`type="text"`), JSON Feed carries it as `content_text`, and RSS, whose descriptions readers render as
HTML, gets it HTML-escaped.
"""

from __future__ import annotations

import html
import json

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from briefs.models import BriefRevision
from briefs.public.read import feed_publications
from briefs.templatetags.reader import in_page_language

FEED_LENGTH = 50
JSON_FEED_TYPE = "application/feed+json"

#: Who publishes every entry: the desk, which reviews each publication (Atom requires an author).
PUBLISHER = _("Briefdesk")


def entry_title(revision: BriefRevision) -> str:
    """The title as published, in the feed's language where editors translated it (/id/feeds/…)."""
    title = in_page_language(
        revision.published_title, revision.published_title_indonesian, revision.published_language or "en"
    )
    return _("%(title)s — revision %(number)s") % {"title": title.text, "number": revision.number}


def entry_summary(revision: BriefRevision) -> str:
    """The summary as published, in the feed's language where editors translated it."""
    return in_page_language(
        revision.published_summary or "",
        revision.published_summary_indonesian,
        revision.published_language or "en",
    ).text


def entry_id(revision: BriefRevision) -> str:
    """Permanent: the same publication keeps its id in every feed, whatever its address becomes."""
    return f"urn:briefdesk:{revision.brief.slug}:revision:{revision.number}:{revision.content_hash[:12]}"


class TextSummaryAtom1Feed(Atom1Feed):
    """Django's Atom feed writes every entry summary as `type="html"`; ours are text."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class BriefRevisionsRss(Feed):
    title = _("Briefdesk: published briefs")
    description = _("Every published revision of every brief, reviewed by an editor.")
    author_name = PUBLISHER
    item_author_name = PUBLISHER

    def link(self):
        return reverse("briefs:index")

    def items(self):
        return feed_publications(limit=FEED_LENGTH)

    def item_title(self, revision: BriefRevision) -> str:
        return entry_title(revision)

    def item_description(self, revision: BriefRevision) -> str:
        # Readers render an RSS description as HTML: escaped, the text shows as it was written. Only the
        # three characters that make markup are escaped: a reader that shows the description as plain
        # text then still reads "Russia's", not "Russia&#x27;s".
        return html.escape(entry_summary(revision), quote=False)

    def item_link(self, revision: BriefRevision) -> str:
        return reverse("briefs:revision", args=[revision.brief.slug, revision.number])

    def item_guid(self, revision: BriefRevision) -> str:
        return entry_id(revision)

    item_guid_is_permalink = False

    def item_pubdate(self, revision: BriefRevision):
        return revision.published_at

    def item_updateddate(self, revision: BriefRevision):
        return revision.published_at


class BriefRevisionsAtom(BriefRevisionsRss):
    feed_type = TextSummaryAtom1Feed
    subtitle = BriefRevisionsRss.description

    def item_description(self, revision: BriefRevision) -> str:
        return entry_summary(revision)


@require_safe
def brief_revisions_json(request: HttpRequest) -> HttpResponse:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the entries of the Atom and RSS feeds."""
    absolute = request.build_absolute_uri
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": str(BriefRevisionsRss.title),
        "description": str(BriefRevisionsRss.description),
        "home_page_url": absolute(reverse("briefs:index")),
        "feed_url": absolute(reverse("feed_json")),
        "language": get_language(),
        "authors": [{"name": str(PUBLISHER)}],
        "items": [
            {
                "id": entry_id(revision),
                "url": absolute(reverse("briefs:revision", args=[revision.brief.slug, revision.number])),
                "title": entry_title(revision),
                "content_text": entry_summary(revision),
                "date_published": revision.published_at.isoformat(),
                "date_modified": revision.published_at.isoformat(),
            }
            for revision in feed_publications(limit=FEED_LENGTH)
        ],
    }
    body = json.dumps(feed, ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type=f"{JSON_FEED_TYPE}; charset=utf-8")
