"""An editor uploads a batch of article files in Chromium; one of them is empty."""

import pytest
from playwright.sync_api import expect

from ingest.models import ImportBatchFile, Source
from tests.browser.conftest import log_in
from tests.ingest.conftest import SAMPLE_ARTICLE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def article_files(count: int) -> list[dict]:
    """`count` different articles, as the file picker hands them to the page."""
    return [
        {
            "name": f"berita-{index}.txt",
            "mimeType": "text/plain",
            "buffer": SAMPLE_ARTICLE.replace("kargo", f"kargo {index}").encode(),
        }
        for index in range(count)
    ]


def test_a_batch_with_an_empty_file_names_it_and_imports_the_others(page, live_server, editor, screenshots):
    empty = {"name": "kosong.txt", "mimeType": "text/plain", "buffer": b""}
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/ingest/source/upload/")

    page.set_input_files("#id_files", [*article_files(2), empty, *article_files(4)[2:]])
    page.screenshot(path=screenshots / "1-upload-form.png", full_page=True)
    page.click("input[type=submit][value=Import]")

    # The import runs after the upload commits; the progress page refreshes itself until every file is done.
    expect(page.locator("#upload-summary")).to_contain_text("Done: 4 created, 0 unchanged, 1 rejected.")
    rejected = page.locator("#upload-results tr.upload-rejected")
    expect(rejected).to_have_count(1)
    expect(rejected.locator("td").first).to_have_text("kosong.txt")
    expect(rejected).to_contain_text("empty")
    expect(page.locator("#upload-results tr.upload-created")).to_have_count(4)
    page.screenshot(path=screenshots / "2-per-file-results.png", full_page=True)

    # Each created row links to its source, and nothing else was imported.
    page.locator("#upload-results tr.upload-created a").first.click()
    expect(page.locator("#annotatable-body")).to_contain_text("kargo 0")
    assert Source.objects.count() == 4
    assert list(
        ImportBatchFile.objects.order_by("position").values_list("name", "status")
    ) == [
        ("berita-0.txt", "created"),
        ("berita-1.txt", "created"),
        ("kosong.txt", "rejected"),
        ("berita-2.txt", "created"),
        ("berita-3.txt", "created"),
    ]  # fmt: skip


def test_a_refused_address_keeps_what_was_typed_and_says_which_files_to_choose_again(
    page, live_server, editor, screenshots
):
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/ingest/source/upload/")
    page.set_input_files("#id_files", article_files(2))
    page.fill("#id_urls", "ftp://news.example/story")
    page.click("input[type=submit][value=Import]")

    expect(page.locator("#upload-refused")).to_contain_text("Nothing was imported")
    expect(page.locator("#id_urls")).to_have_value("ftp://news.example/story")
    expect(page.locator("#id_urls_error")).to_contain_text(
        "ftp://news.example/story: Use an http:// or https://"
    )
    expect(page.locator("#id_files_error")).to_contain_text("Choose these 2 files again")
    expect(page.locator("#id_files_error")).to_contain_text("berita-0.txt, berita-1.txt")
    page.screenshot(path=screenshots / "1-refused-address.png", full_page=True)
    assert not Source.objects.exists()

    # Corrected (the address dropped) and the files chosen again: both are imported.
    page.fill("#id_urls", "")
    page.set_input_files("#id_files", article_files(2))
    page.click("input[type=submit][value=Import]")
    expect(page.locator("#upload-summary")).to_contain_text("Done: 2 created, 0 unchanged, 0 rejected.")
    assert Source.objects.count() == 2
