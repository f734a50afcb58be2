"""Atom and RSS: one entry per published revision, newest first, titled as it was published.

A brief's summary is plain text that an editor typed, so it must reach feed readers as text: Atom says so
(`type="text"`), and RSS, whose descriptions readers render as HTML, gets it HTML-escaped.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.db.models.fields.json import KT
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from briefs.models import BriefRevision

FEED_LENGTH = 50

#: Who publishes every entry: the desk, which reviews each publication (Atom requires an author).
PUBLISHER = _("Briefdesk")


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
        return (
            BriefRevision.objects.public()
            .select_related("brief")
            .order_by("-published_at", "-pk")
            .annotate(published_title=KT("content__title"), published_summary=KT("content__summary"))
            .only("number", "published_at", "content_hash", "brief__slug")[:FEED_LENGTH]
        )

    def item_title(self, revision: BriefRevision) -> str:
        return _("%(title)s — revision %(number)s") % {
            "title": revision.published_title,
            "number": revision.number,
        }

    def item_description(self, revision: BriefRevision) -> str:
        # Readers render an RSS description as HTML: escaped, the text shows as it was written.
        return escape(revision.published_summary)

    def item_link(self, revision: BriefRevision) -> str:
        return reverse("briefs:revision", args=[revision.brief.slug, revision.number])

    def item_guid(self, revision: BriefRevision) -> str:
        return f"urn:briefdesk:{revision.brief.slug}:revision:{revision.number}:{revision.content_hash[:12]}"

    item_guid_is_permalink = False

    def item_pubdate(self, revision: BriefRevision):
        return revision.published_at

    def item_updateddate(self, revision: BriefRevision):
        return revision.published_at


class BriefRevisionsAtom(BriefRevisionsRss):
    feed_type = TextSummaryAtom1Feed
    subtitle = BriefRevisionsRss.description

    def item_description(self, revision: BriefRevision) -> str:
        return revision.published_summary
