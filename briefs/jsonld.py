"""schema.org structured data for a published brief: a Report with the claims it cites."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from briefs.models import BriefRevision


def brief_jsonld(revision: BriefRevision, request: HttpRequest) -> dict:
    """The Report, its claims, and each cited article once (claims point at it by ``@id``)."""
    content = revision.content
    page_url = request.build_absolute_uri(reverse("briefs:detail", args=[revision.brief.slug]))
    sources = {source["id"]: source for source in content.get("sources", [])}
    articles: dict[int, dict] = {}
    claims = []
    for point in content.get("key_points", []):
        for position in point["positions"]:
            actor = position["actor"]
            author = {
                "@type": "Person" if actor["kind"] == "person" else "Organization",
                "name": actor["name"],
            }
            for citation in position["citations"]:
                article = articles.get(citation["source_id"])
                if article is None:
                    url = request.build_absolute_uri(reverse("source_detail", args=[citation["source_id"]]))
                    article = articles[citation["source_id"]] = {
                        "@type": "NewsArticle",
                        "@id": url,
                        "url": url,
                        "headline": sources.get(citation["source_id"], {}).get("title") or "",
                        "publisher": {"@type": "Organization", "name": citation["outlet"]},
                        "datePublished": citation.get("published_at"),
                    }
                claims.append(
                    {
                        "@type": "Claim",
                        "text": citation["quote"],
                        "inLanguage": "id",
                        "author": author,
                        "about": point["statement"],
                        "appearance": {"@id": article["@id"]},
                    }
                )
    data = {
        "@context": "https://schema.org",
        "@type": "Report",
        "headline": content.get("title"),
        "name": content.get("title"),
        "description": content.get("summary"),
        "inLanguage": content.get("language"),
        "url": page_url,
        "version": str(revision.number),
        "datePublished": revision.published_at.isoformat() if revision.published_at else None,
        "dateModified": revision.published_at.isoformat() if revision.published_at else None,
        "publisher": {"@type": "Organization", "name": "Briefdesk"},
        "citation": claims,
        "isBasedOn": list(articles.values()),
    }
    # The reviewer by the public name they chose when publishing; never an account name.
    if revision.reviewer_name:
        data["editor"] = {"@type": "Person", "name": revision.reviewer_name}
    return data
