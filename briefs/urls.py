from django.urls import path

from briefs import views

# <number:…>: a positive number in its one written form (briefs/url_converters.py, registered by the app).

app_name = "briefs"

urlpatterns = [
    path("", views.brief_index, name="index"),
    path("<slug:slug>/", views.brief_detail, name="detail"),
    path("<slug:slug>/revisions/", views.revision_history, name="history"),
    path("<slug:slug>/revisions/<number:number>/", views.brief_detail, name="revision"),
    path("<slug:slug>/key-points/<number:point_id>/", views.key_point_detail, name="key_point"),
    path(
        "<slug:slug>/revisions/<number:number>/key-points/<number:point_id>/",
        views.key_point_detail,
        name="revision_key_point",
    ),
]
