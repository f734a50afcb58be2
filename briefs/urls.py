from django.urls import path

from briefs import views

app_name = "briefs"

urlpatterns = [
    path("", views.brief_index, name="index"),
    path("<slug:slug>/", views.brief_detail, name="detail"),
    path("<slug:slug>/revisions/", views.revision_history, name="history"),
    path("<slug:slug>/revisions/<int:number>/", views.brief_detail, name="revision"),
]
