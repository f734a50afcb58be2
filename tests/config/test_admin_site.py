"""The admin is Briefdesk's desk, not Django's stock administration."""

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_admin_says_briefdesk_on_the_login_page_and_the_index(editor_client):
    login = Client().get(reverse("admin:login"))
    index = editor_client.get(reverse("admin:index"))

    for page in (login, index):
        assert "Django administration" not in page.text
        assert '<a href="/admin/">Briefdesk</a>' in page.text
    assert "<title>Editorial desk | Briefdesk</title>" in index.text


@pytest.mark.parametrize("next_url", ["https://evil.com/", "//evil.com/", ""])
def test_a_login_whose_next_is_refused_or_empty_lands_on_the_admin_index(editor, next_url):
    client = Client()
    response = client.post(
        f"{reverse('admin:login')}?next={next_url}",
        {"username": editor.username, "password": "correct horse battery"},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    assert client.get(response["Location"]).status_code == 200
