"""The syndication API, /api/v1/. Filled in by the API work (issue 7)."""

app_name = "api"

urlpatterns: list = []
