"""schema.org structured data for a published brief: a Report with the claims it cites."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from briefs.models import BriefRevision


def brief_jsonld(revision: BriefRevision, request: HttpRequest) -> dict:
    content = revision.content
    page_url = request.build_absolute_uri(reverse("briefs:detail", args=[revision.brief.slug]))
    sources = {source["id"]: source for source in content.get("sources", [])}
    claims = []
    for point in content.get("key_points", []):
        for position in point["positions"]:
            actor = position["actor"]
            for citation in position["citations"]:
                source = sources.get(citation["source_id"], {})
                claims.append(
                    {
                        "@type": "Claim",
                        "text": citation["quote"],
                        "inLanguage": "id",
                        "author": {
                            "@type": "Person" if actor["kind"] == "person" else "Organization",
                            "name": actor["name"],
                        },
                        "about": point["statement"],
                        "appearance": {
                            "@type": "NewsArticle",
                            "url": request.build_absolute_uri(
                                reverse("source_detail", args=[citation["source_id"]])
                            ),
                            "headline": source.get("title") or "",
                            "publisher": {"@type": "Organization", "name": citation["outlet"]},
                            "datePublished": citation.get("published_at"),
                        },
                    }
                )
    return {
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
    }
