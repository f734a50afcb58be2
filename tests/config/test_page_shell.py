"""The page shell's fixed fragments: rendered once per language in a process, the same as rendered afresh."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from config.templatetags.page_shell import _fixed_fragment, fixed_fragment

FRAGMENTS = ["includes/site_nav.html", "includes/site_head_links.html"]


@pytest.fixture(autouse=True)
def _fresh_fragments():
    _fixed_fragment.cache_clear()
    yield
    _fixed_fragment.cache_clear()


@pytest.mark.parametrize("name", FRAGMENTS)
def test_a_kept_fragment_is_what_the_template_renders_in_each_language(name, settings):
    settings.DEBUG = False
    for language in ["en", "id", "en"]:
        with translation.override(language):
            assert fixed_fragment(name) == render_to_string(name), language


def test_each_language_gets_its_own_navigation(settings):
    settings.DEBUG = False
    with translation.override("en"):
        english = fixed_fragment("includes/site_nav.html")
    with translation.override("id"):
        indonesian = fixed_fragment("includes/site_nav.html")

    assert ">Actors<" in english and ">Aktor<" in indonesian
    assert _fixed_fragment.cache_info().currsize == 2


@pytest.mark.django_db
def test_reader_pages_carry_the_navigation_and_feed_links_in_the_page_language(client):
    english = client.get("/briefs/").text
    indonesian = client.get("/briefs/", HTTP_ACCEPT_LANGUAGE="id").text

    assert ">Actors</a>" in english and 'type="application/atom+xml"' in english
    assert ">Aktor</a>" in indonesian and 'type="application/atom+xml"' in indonesian
