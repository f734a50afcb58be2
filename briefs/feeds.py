"""Atom and RSS: one entry per published revision, newest first, titled as it was published."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.db.models.fields.json import KT
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from briefs.models import BriefRevision

FEED_LENGTH = 50


class BriefRevisionsRss(Feed):
    title = _("Briefdesk: published briefs")
    description = _("Every published revision of every brief, reviewed by an editor.")

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
        return revision.published_summary

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
    feed_type = Atom1Feed
    subtitle = BriefRevisionsRss.description
