"""schema.org structured data for a published brief: a Report with the claims it cites."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from briefs.models import BriefRevision


def _date_published(source: dict, citation: dict) -> str | None:
    """The article's date at its precision ("2023-10-17", "2022-11", or a full timestamp); none when unknown.

    A schema 1 snapshot only had the stored instant (a date-only article read as midnight UTC)."""
    published = source.get("published")
    if published is not None:
        return published.get("value")
    return citation.get("published_at")


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
                    }
                    published = _date_published(sources.get(citation["source_id"], {}), citation)
                    if published:
                        article["datePublished"] = published
                claim = {
                    "@type": "Claim",
                    "text": citation["quote"],
                    "inLanguage": "id",
                    "author": author,
                    "about": point["statement"],
                    "appearance": {"@id": article["@id"]},
                }
                if citation.get("said_on"):
                    claim["dateCreated"] = citation["said_on"]
                claims.append(claim)
    report = {
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
    coverage = content.get("coverage_through")
    if coverage and coverage.get("value"):
        # An open interval ending at the newest cited article (ISO 8601, as schema.org suggests).
        report["temporalCoverage"] = f"../{coverage['value']}"
    # The reviewer by the public name they chose when publishing; never an account name.
    if revision.reviewer_name:
        report["editor"] = {"@type": "Person", "name": revision.reviewer_name}
    return report
