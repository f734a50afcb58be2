"""The syndication API, /api/v1/: versioned by its path from day one."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import APIRootView, DefaultRouter

from briefs.api import views
from briefs.api.permissions import PublishedReadOnly

app_name = "api"


class RootView(APIRootView):
    """Briefdesk syndication API v1: published briefs, key points, claims and sources. See /api/v1/docs/."""

    permission_classes = [PublishedReadOnly]
    schema = None


class Router(DefaultRouter):
    APIRootView = RootView


router = Router()
router.register("briefs", views.BriefViewSet, basename="brief")
router.register("key-points", views.KeyPointViewSet, basename="key-point")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("sources", views.SourceViewSet, basename="source")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("outlets", views.OutletViewSet, basename="outlet")
router.register("changes", views.ChangeViewSet, basename="change")

urlpatterns = [
    path(
        "briefs/<slug:slug>/revisions/",
        views.RevisionViewSet.as_view({"get": "list"}),
        name="revision-list",
    ),
    path(
        "briefs/<slug:slug>/revisions/<int:number>/",
        views.RevisionViewSet.as_view({"get": "retrieve"}),
        name="revision-detail",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    *router.urls,
]
