from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from config.views import healthz

urlpatterns = [
    path("", TemplateView.as_view(template_name="home.html"), name="home"),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("briefs/", include("briefs.urls")),
    path("api/v1/", include("briefs.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]
