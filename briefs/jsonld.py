"""schema.org structured data for a published brief: a Report with the claims it cites."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from briefs.assembly.dates import iso_at_precision
from briefs.models import BriefRevision


def _date_published(source: dict, citation: dict) -> str | None:
    """The article's date at its precision ("2023-10-17", "2022-11", or a full timestamp); none when unknown.

    A schema 1 snapshot only had the stored instant (a date-only article read as midnight UTC)."""
    published = source.get("published")
    if published is not None:
        return published.get("value")
    return citation.get("published_at")


def _claims_and_articles(points: list[dict], content: dict, request: HttpRequest) -> tuple[list, list]:
    """The claims the key points cite, and each article they appear in once (by ``@id``)."""
    sources = {source["id"]: source for source in content.get("sources", [])}
    articles: dict[int, dict] = {}
    claims = []
    for point in points:
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
                        "publisher": {"@type": "Organization", "name": citation["outlet"]},
                    }
                    # An article the importer found no headline in has none here either: an empty
                    # headline is not one, and its opening words are not its headline.
                    headline = sources.get(citation["source_id"], {}).get("title")
                    if headline:
                        article["headline"] = headline
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
                    claim["dateCreated"] = iso_at_precision(
                        citation["said_on"], citation.get("said_on_precision", "day")
                    )
                claims.append(claim)
    return claims, list(articles.values())


def brief_jsonld(revision: BriefRevision, request: HttpRequest) -> dict:
    """The Report and its key points as parts; each key point's page carries the claims it cites and
    their articles (key_point_jsonld), as the page itself shows the first few and links there."""
    content = revision.content
    page_url = request.build_absolute_uri(reverse("briefs:detail", args=[revision.brief.slug]))
    parts = [
        {
            "@type": "Report",
            "name": point["statement"],
            "url": request.build_absolute_uri(
                reverse("briefs:revision_key_point", args=[revision.brief.slug, revision.number, point["id"]])
            ),
        }
        for point in content.get("key_points", [])
    ]
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
        "hasPart": parts,
    }
    coverage = content.get("coverage_through")
    if coverage and coverage.get("value"):
        # An open interval ending at the newest cited article (ISO 8601, as schema.org suggests).
        report["temporalCoverage"] = f"../{coverage['value']}"
    # The reviewer by the public name they chose when publishing; never an account name.
    if revision.reviewer_name:
        report["editor"] = {"@type": "Person", "name": revision.reviewer_name}
    return report


def key_point_jsonld(*, revision: BriefRevision, point: dict, request: HttpRequest) -> dict:
    """A key point's page: part of its brief's Report, with the claims it cites and their articles."""
    content = revision.content
    claims, articles = _claims_and_articles([point], content, request)
    return {
        "@context": "https://schema.org",
        "@type": "Report",
        "name": point["statement"],
        "inLanguage": content.get("language"),
        "url": request.build_absolute_uri(
            reverse("briefs:key_point", args=[revision.brief.slug, point["id"]])
        ),
        "isPartOf": {
            "@type": "Report",
            "name": content.get("title"),
            "url": request.build_absolute_uri(reverse("briefs:detail", args=[revision.brief.slug])),
        },
        "citation": claims,
        "isBasedOn": articles,
    }
