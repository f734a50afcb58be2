"""Reference data every installation starts with: the outlets of the registry (ingest/data/outlets.json)."""

from __future__ import annotations

from typing import Any

from ingest.pipeline.outlets import load_default_profiles


# `outlet_model` is Any: a data migration passes its historical model, which is no subclass of Outlet.
def seed_default_outlets(outlet_model: Any) -> int:
    """Add the registry's outlets that are missing; rows editors changed are left alone. Returns the count added.

    Takes the model class so that a data migration can pass its historical model.
    """
    existing = set(outlet_model.objects.values_list("slug", flat=True))
    created = outlet_model.objects.bulk_create(
        outlet_model(
            slug=profile.key,
            name=profile.name,
            domain=profile.domain,
            country=profile.country,
            kind=profile.kind,
            aliases=list(profile.aliases),
            signatures=list(profile.signatures),
            signoff_role=profile.signoff_role or "",
        )
        for profile in load_default_profiles()
        if profile.key not in existing
    )
    return len(created)
