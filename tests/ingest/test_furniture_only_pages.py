"""A page of nothing but page furniture (a menu, a share bar, a copyright line) is no article: every entry
point rejects it with the reason and stores nothing, so it can neither become an empty Source that later
menu-only pages would be "unchanged" copies of, nor propose an outlet."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from ingest import tasks
from ingest.models import Outlet, Source
from ingest.pipeline import IngestError, OutletProfile, load_default_profiles, process_article
from ingest.services.fetching import import_url
from ingest.services.importing import ImportContext
from ingest.services.uploads import start_upload
from tests.ingest.page_server import Page, PageServer

# Snippets written for these tests: the menu, share bar and footer of two made-up sites.
MENU_ONLY = (
    "Beranda\nNasional\nInternasional\nEkonomi\nOlahraga\nIndeks\nLogin\nDaftar\n"
    "Bagikan: Facebook Twitter WhatsApp\n"
    "Copyright © 2024 WartaContoh. All rights reserved."
)
OTHER_MENU_ONLY = "Beranda\nDaerah\nPolitik\nHukum\nLogin\nBagikan\nHak cipta © 2025 KabarContoh"
WIRE_BRIEF = (
    "JAKARTA - Hujan deras merendam puluhan rumah di Jakarta Timur pada Kamis pagi.\n\n"
    "Petugas mengatakan air mulai surut menjelang siang."
)


@pytest.fixture
def profiles() -> list[OutletProfile]:
    return list(load_default_profiles())


def test_the_pipeline_rejects_a_text_of_only_page_furniture(profiles):
    for text in (MENU_ONLY, OTHER_MENU_ONLY, "Beranda\nBagikan"):
        with pytest.raises(IngestError) as caught:
            process_article(text, profiles=profiles)
        assert caught.value.code == "no_content"
        assert str(caught.value).startswith("No article text: only page furniture")


def test_a_two_sentence_wire_brief_is_an_article(profiles):
    article = process_article(WIRE_BRIEF, profiles=profiles)
    assert article.body.startswith("JAKARTA - Hujan deras")
    assert "air mulai surut" in article.body


def test_a_short_brief_under_a_menu_is_an_article(profiles):
    article = process_article(f"{MENU_ONLY}\n\n{WIRE_BRIEF}", profiles=profiles)
    assert "Hujan deras" in article.body
    assert "Beranda" not in article.body


def test_no_seed_article_is_taken_for_page_furniture(profiles, corpus_dir):
    for path in sorted(corpus_dir.glob("*.txt")):
        assert process_article(path.read_text(encoding="utf-8"), profiles=profiles).body, path.name


@pytest.mark.django_db
def test_the_command_rejects_menu_only_files_from_any_site_and_stores_nothing(tmp_path, capsys):
    (tmp_path / "a-menu.txt").write_text(MENU_ONLY, encoding="utf-8")
    (tmp_path / "b-menu.txt").write_text(OTHER_MENU_ONLY, encoding="utf-8")
    outlets = Outlet.objects.count()

    with pytest.raises(SystemExit) as exit_:
        call_command("import_sources", str(tmp_path), "--format", "json")
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    assert exit_.value.code == 1
    assert [record["status"] for record in records] == ["rejected", "rejected"]
    assert all(record["error"].startswith("No article text: only page furniture") for record in records)
    assert all(record["source"] is None for record in records)
    assert not Source.objects.exists()
    assert Outlet.objects.count() == outlets, "no outlet proposed from a menu"


@pytest.mark.django_db
def test_the_admin_upload_rejects_a_menu_only_file(editor, monkeypatch):
    monkeypatch.setattr(tasks.import_upload_task, "delay", lambda pk: None)
    outlets = Outlet.objects.count()
    batch = start_upload(files=[("menu.txt", MENU_ONLY.encode())], user=editor)

    tasks.import_upload_task(batch.pk)

    [row] = batch.files.all()
    assert row.status == "rejected"
    assert row.error.startswith("No article text: only page furniture")
    assert not Source.objects.exists()
    assert Outlet.objects.count() == outlets


@pytest.mark.django_db
def test_import_by_url_rejects_a_menu_only_page():
    page = Page(body=MENU_ONLY.encode(), headers={"Content-Type": "text/plain"})
    with PageServer(pages={"/menu": page}) as server:
        outcome = import_url(
            url=server.url("/menu"), context=ImportContext.load(channel=Source.Channel.COMMAND)
        )

    assert outcome.status == "rejected"
    assert outcome.error.startswith("No article text: only page furniture")
    assert not Source.objects.exists()
