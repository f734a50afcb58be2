from django.contrib import admin
from django.urls import include, path

from briefs import views as reader_views
from briefs.feeds import BriefRevisionsAtom, BriefRevisionsRss, brief_revisions_json
from config.languages import reader_language_patterns
from config.views import favicon, healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Browsers and crawlers ask for /favicon.ico whatever the page declares.
    path("favicon.ico", favicon, name="favicon"),
    path("robots.txt", reader_views.robots_txt, name="robots"),
    path("admin/", admin.site.urls),
    path("language/<str:code>/", reader_views.switch_language, name="switch_language"),
    path("api/v1/", include("briefs.api.urls")),
    # The reader's pages and feeds: English here, Indonesian under /id/ (config/languages.py).
    *reader_language_patterns(
        path("", reader_views.home, name="home"),
        path("briefs/", include("briefs.urls")),
        path("sources/", reader_views.source_index, name="source_index"),
        path("actors/", reader_views.actor_index, name="actor_index"),
        path("sources/<number:source_id>/", reader_views.source_detail, name="source_detail"),
        path("actors/<slug:slug>/", reader_views.actor_detail, name="actor_detail"),
        path("search/", reader_views.search, name="search"),
        path("feeds/", reader_views.feeds, name="feeds"),
        path("feeds/briefs.json", brief_revisions_json, name="feed_json"),
        path("feeds/briefs.atom", BriefRevisionsAtom(), name="feed_atom"),
        path("feeds/briefs.rss", BriefRevisionsRss(), name="feed_rss"),
    ),
]

# A 404 under /api/ is JSON; elsewhere the reader's page (templates/404.html).
handler404 = "config.views.not_found"
