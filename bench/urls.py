"""The project's URLs plus the bench-only baselines under /bench/ (bench.settings only)."""

from django.urls import path

from bench import views
from config.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    path("bench/hello/", views.hello, name="bench_hello"),
    path("bench/hello/<int:size>/", views.hello_of_size, name="bench_hello_of_size"),
    path("bench/rows/", views.template_rows, name="bench_rows"),
    path("bench/drf/", views.GroupList.as_view(), name="bench_drf"),
    path("bench/uncached/briefs/<slug:slug>/", views.uncached_brief, name="bench_uncached_brief"),
    # Appended, not included: the reader's language prefix (config/languages.py) is a root-level
    # pattern, which Django refuses inside an include().
    *project_urlpatterns,
]
