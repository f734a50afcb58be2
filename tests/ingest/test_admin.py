import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from ingest.forms import SourceUploadForm
from ingest.models import ImportBatch, Source
from ingest.services.importing import ImportContext, import_article
from ingest.services.recleaning import reclean_source
from tests.ingest.factories import OutletFactory, SourceFactory
from tests.ingest.page_server import Page, PageServer
from tests.ingest.test_import_by_url import ARTICLE

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("admin:ingest_source_upload")


def change_form_data(source: Source, **overrides) -> dict:
    data = {
        "title": source.title or "",
        "body": source.body,
        "outlet": source.outlet_id or "",
        "byline": "\n".join(source.byline),
        "editor": source.editor,
        "published_at_0": source.published_at.strftime("%Y-%m-%d") if source.published_at else "",
        "published_at_1": source.published_at.strftime("%H:%M:%S") if source.published_at else "",
        "dateline": source.dateline,
        "language": source.language,
        "cited_outlets": "\n".join(source.cited_outlets),
        "loaded_version": source.version,
    }
    data.update(overrides)
    return data


@pytest.fixture
def imported(sample_bytes, editor) -> Source:
    context = ImportContext.load(channel=Source.Channel.COMMAND, imported_by=editor)
    return import_article(data=sample_bytes, name="kapal.txt", context=context).source


@pytest.mark.parametrize("count", [10, 60])
def test_source_changelist_costs_the_same_queries_at_any_size(
    editor_client, count, django_assert_max_num_queries
):
    SourceFactory.create_batch(count)

    # session + user + 2 permission lookups, count + page + outlet filter choices + date hierarchy
    # + savepoint pairs; a per-row query would add `count`.
    with django_assert_max_num_queries(14):
        response = editor_client.get(reverse("admin:ingest_source_changelist"))

    assert response.status_code == 200
    assert f"{count} sources" in response.text


def test_the_outlet_filter_offers_only_outlets_that_have_sources(editor_client):
    """The registry holds a couple of hundred outlets; a filter listing them all buries the few in use."""
    SourceFactory(outlet=OutletFactory(name="Warta Pesisir"))
    OutletFactory(name="Kabar Pegunungan")

    page = editor_client.get(reverse("admin:ingest_source_changelist")).text

    assert "Warta Pesisir" in page
    assert "Kabar Pegunungan" not in page


def test_change_page_shows_cleaned_body_beside_removed_lines_and_their_reasons(editor_client, imported):
    response = editor_client.get(reverse("admin:ingest_source_change", args=[imported.pk]))

    assert response.status_code == 200
    page = response.text
    assert "Petugas menolak menjelaskan isi kontainer" in page
    assert "read_also" in page and "Baca juga: Harga Cabai Naik Lagi" in page
    assert "Raw text exactly as received" in page


def test_editor_uploads_many_files_and_sees_a_result_per_file(upload_articles, editor_client, sample_bytes):
    files = [
        SimpleUploadedFile("satu.txt", sample_bytes, content_type="text/plain"),
        SimpleUploadedFile("rusak.txt", b"\x89PNG\r\n\x1a\nxxxx", content_type="text/plain"),
        SimpleUploadedFile("dua.txt", sample_bytes.replace(b"kargo", b"tanker"), content_type="text/plain"),
    ]

    response = upload_articles(editor_client, files)

    assert response.status_code == 200
    rows = response.text.split('<tr class="upload-')[1:]
    assert [row.split('"', 1)[0] for row in rows] == ["created", "rejected", "created"]
    assert "PNG" in rows[1]
    assert Source.objects.count() == 2
    assert "2 created, 0 unchanged, 1 rejected." in response.text


def test_upload_refuses_too_many_files(upload_articles, editor_client, sample_bytes):
    files = [SimpleUploadedFile(f"{i}.txt", sample_bytes + str(i).encode()) for i in range(101)]

    response = upload_articles(editor_client, files)

    assert "upload at most 100 at once" in response.text
    assert not Source.objects.exists()


def test_upload_is_closed_to_outsiders_and_staff_without_the_permission(client, outsider_client, partner):
    assert outsider_client.get(UPLOAD_URL).status_code == 302  # to the login page
    partner.is_staff = True
    partner.save()
    client.force_login(partner)
    assert client.get(UPLOAD_URL).status_code == 403


def test_editor_correction_is_saved_and_survives_reimport_and_recleaning(
    editor_client, imported, sample_bytes
):
    url = reverse("admin:ingest_source_change", args=[imported.pk])

    response = editor_client.post(
        url, change_form_data(imported, title="Kapal kargo di pelabuhan utara", editor="Ani")
    )

    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    imported.refresh_from_db()
    assert imported.title == "Kapal kargo di pelabuhan utara"
    assert set(imported.corrected_fields) == {"title", "editor"}
    context = ImportContext.load(channel=Source.Channel.COMMAND)
    assert import_article(data=sample_bytes, name="again.txt", context=context).status == "unchanged"
    reclean_source(source=imported, context=context)
    imported.refresh_from_db()
    assert (imported.title, imported.editor) == ("Kapal kargo di pelabuhan utara", "Ani")


def test_second_editor_saving_a_stale_form_is_refused_not_overwriting(editor_client, imported):
    url = reverse("admin:ingest_source_change", args=[imported.pk])
    stale = change_form_data(imported, title="Versi kedua")
    editor_client.post(url, change_form_data(imported, title="Versi pertama"))

    response = editor_client.post(url, stale)

    assert response.status_code == 200
    assert "Someone else saved this source while you were editing it" in response.text
    imported.refresh_from_db()
    assert imported.title == "Versi pertama"


def test_a_save_refused_after_the_form_check_announces_no_success(editor_client, imported, monkeypatch):
    """Somebody else saves between the form's version check and the write."""
    from ingest.admin import sources as ingest_admin
    from ingest.services.corrections import StaleEdit

    def lose_the_race(*, source, **kwargs):
        raise StaleEdit(source)

    monkeypatch.setattr(ingest_admin, "correct_source", lose_the_race)
    url = reverse("admin:ingest_source_change", args=[imported.pk])
    response = editor_client.post(url, change_form_data(imported, title="Tidak tersimpan"), follow=True)

    assert response.status_code == 200
    assert "was changed by someone else" in response.text
    assert "changed successfully" not in response.text
    assert "Tidak tersimpan" not in response.text
    imported.refresh_from_db()
    assert imported.title != "Tidak tersimpan"


def test_an_empty_file_in_a_batch_is_named_and_the_others_are_imported(
    upload_articles, editor_client, sample_bytes
):
    files = [
        SimpleUploadedFile("satu.txt", sample_bytes, content_type="text/plain"),
        SimpleUploadedFile("kosong.txt", b"", content_type="text/plain"),
        SimpleUploadedFile("dua.txt", sample_bytes.replace(b"kargo", b"tanker"), content_type="text/plain"),
    ]

    response = upload_articles(editor_client, files)

    rows = response.text.split('<tr class="upload-')[1:]
    assert [row.split('"', 1)[0] for row in rows] == ["created", "rejected", "created"]
    assert "kosong.txt" in rows[1] and "empty" in rows[1].lower()
    assert Source.objects.count() == 2


def test_an_upload_too_large_for_one_request_is_refused_whole_with_the_limit(
    upload_articles, editor_client, sample_bytes, settings
):
    settings.INGEST_UPLOAD_MAX_BYTES = 2 * len(sample_bytes)
    files = [SimpleUploadedFile(f"{i}.txt", sample_bytes + str(i).encode()) for i in range(3)]

    response = upload_articles(editor_client, files)

    assert response.status_code == 200
    assert "one upload takes at most" in response.text and "import_sources" in response.text
    assert not Source.objects.exists()


CORRECTED_ARTICLE = """Kapal Kargo Terlihat di Pelabuhan Utara

Rabu, 4 Oktober 2023 09:15 WIB

SURABAYA - Sebuah kapal kargo terlihat bersandar di pelabuhan utara pada Selasa pagi, kata petugas.

Petugas menolak menjelaskan isi kontainer yang diturunkan dari kapal itu dan tidak memberi tanggal.

(bud/ani)

Ralat: sebelumnya tertulis kapal tanker, yang benar kapal kargo.
"""


def test_a_correction_notice_stays_in_the_body_and_is_flagged_on_the_source(editor_client, editor):
    context = ImportContext.load(channel=Source.Channel.COMMAND, imported_by=editor)
    source = import_article(data=CORRECTED_ARTICLE.encode(), name="ralat.txt", context=context).source

    assert source.correction_notice == "Ralat: sebelumnya tertulis kapal tanker, yang benar kapal kargo."
    assert source.body.endswith(source.correction_notice)
    listed = editor_client.get(reverse("admin:ingest_source_changelist"), {"correction": "yes"})
    assert source.display_title in listed.text and "correction notice" in listed.text
    page = editor_client.get(reverse("admin:ingest_source_change", args=[source.pk])).text
    assert "Ralat: sebelumnya tertulis kapal tanker" in page


def test_the_change_page_says_where_each_field_came_from(editor_client, imported):
    page = editor_client.get(reverse("admin:ingest_source_change", args=[imported.pk])).text

    assert "Where this came from" in page
    # The date's row: the line it was read from, and how sure the importer is.
    assert "Rabu, 4 Oktober 2023 09:15 WIB" in page and "0.90" in page
    assert "published_at" in page and "dateline" in page and "cited_outlets" in page


def test_an_editor_sets_the_address_and_a_copy_mark_but_not_a_copy_of_itself(editor_client, imported):
    url = reverse("admin:ingest_source_change", args=[imported.pk])

    refused = editor_client.post(
        url, change_form_data(imported, url="https://kabarkita.id/a", copy_of=imported.pk)
    )
    assert refused.status_code == 200 and "cannot be a copy of itself" in refused.text

    saved = editor_client.post(url, change_form_data(imported, url="https://kabarkita.id/a"))
    assert saved.status_code == 302
    imported.refresh_from_db()
    assert imported.url == "https://kabarkita.id/a" and "url" in imported.corrected_fields


def test_editor_imports_pages_by_address_and_sees_a_result_per_address(
    editor_client, django_capture_on_commit_callbacks
):
    with PageServer(
        pages={
            "/berita/jalur-sepeda": Page(body=ARTICLE),
            "/dokumen.pdf": Page(body=b"%PDF-1.7", headers={"Content-Type": "application/pdf"}),
        }
    ) as server:
        urls = [server.url("/berita/jalur-sepeda"), server.url("/dokumen.pdf")]
        with django_capture_on_commit_callbacks(execute=True):
            response = editor_client.post(UPLOAD_URL, {"urls": "\n".join(urls)})
        page = editor_client.get(response["Location"]).text

    rows = page.split('<tr class="upload-')[1:]
    assert [row.split('"', 1)[0] for row in rows] == ["created", "rejected"]
    assert urls[0] in rows[0] and urls[1] in rows[1]
    assert "The page is application/pdf, not HTML or plain text." in rows[1]
    assert Source.objects.get().url == urls[0]


@pytest.mark.parametrize(
    ("posted", "message"),
    [
        ({"urls": ""}, "Choose files or type page addresses to import."),
        (
            {"urls": "ftp://news.example/story"},
            "ftp://news.example/story: Use an http:// or https:// address.",
        ),
        ({"urls": "https://user:pw@news.example/"}, "Remove the user name and password"),
    ],
)
def test_the_upload_form_refuses_no_input_and_addresses_that_are_not_web_pages(
    editor_client, posted, message
):
    response = editor_client.post(UPLOAD_URL, posted)

    assert response.status_code == 200
    assert message in response.text
    assert not ImportBatch.objects.exists()


def test_a_refused_address_imports_nothing_keeps_the_addresses_and_names_the_files_to_choose_again(
    editor_client, sample_bytes
):
    files = [
        SimpleUploadedFile("berita-a.txt", sample_bytes),
        SimpleUploadedFile("berita-b.txt", sample_bytes.replace(b"kargo", b"tanker")),
    ]
    typed = "https://news.example/story\nftp://news.example/other\nhttps://user:pw@news.example/x"

    response = editor_client.post(UPLOAD_URL, {"files": files, "urls": typed})

    assert response.status_code == 200
    assert not ImportBatch.objects.exists() and not Source.objects.exists()
    page = response.text
    assert 'id="upload-refused"' in page and "Nothing was imported" in page
    assert "ftp://news.example/other: Use an http:// or https:// address." in page
    assert "https://user:pw@news.example/x: Remove the user name and password" in page, "every bad address"
    textarea = page.split('name="urls"', 1)[1].split("</textarea>", 1)[0]
    assert "https://news.example/story" in textarea and "ftp://news.example/other" in textarea
    assert "Choose these 2 files again" in page and "berita-a.txt, berita-b.txt" in page


def test_a_form_without_files_asks_for_none_again(editor_client):
    response = editor_client.post(UPLOAD_URL, {"urls": "ftp://news.example/story"})

    assert "Nothing was imported" in response.text
    assert "again after correcting" not in response.text


def test_the_page_address_field_is_translated_for_the_indonesian_desk():
    with translation.override("id"):
        field = SourceUploadForm().fields["urls"]
        assert (str(field.label), str(field.help_text)[:20]) == ("Alamat halaman", "Satu alamat http:// ")
