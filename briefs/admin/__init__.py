"""The editorial admin, one module per topic; importing them registers their ModelAdmins (Django's
autodiscovery imports this package). The Source and User admins here replace ingest's and Django's, which
are registered first because their apps come first in INSTALLED_APPS."""

from django.contrib import admin

from briefs.admin import (  # noqa: F401 - imported for their registrations
    actors,
    briefs_and_key_points,
    claims,
    editors,
    places,
    revisions,
    sources,
    syndication,
)
from briefs.desk.admin_views import desk_view

admin.site.add_view("desk/", desk_view, "desk")
