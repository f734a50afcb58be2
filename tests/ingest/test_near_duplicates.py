"""An import that nearly repeats an earlier Source: reported, then kept as its copy, told apart or discarded."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from ingest.models import Source, SourceSketch
from ingest.services.copies import CopyDecisionRefused, discard_import, keep_as_copy, not_a_copy
from ingest.services.corrections import correct_source
from ingest.services.importing import ImportContext, import_article, import_files
from ops.models import AuditEntry
from tests.briefs.factories import ClaimFactory

pytestmark = pytest.mark.django_db

STORY = [
    "Pemerintah kota mengumumkan rencana pembangunan jembatan baru di atas sungai pada pekan depan.",
    "Warga menyambut baik rencana itu karena jembatan lama sudah rusak sejak musim hujan tahun lalu.",
    "Wali kota menegaskan bahwa anggaran untuk proyek tersebut sudah disetujui oleh dewan kota pekan ini.",
    "Pekerjaan fisik dijadwalkan dimulai pada awal bulan depan dan selesai sebelum akhir tahun anggaran.",
    "Dinas pekerjaan umum akan menutup sebagian jalan di sekitar sungai selama pekerjaan berlangsung.",
]
OTHER = [
    "Harga cabai di pasar induk naik dua kali lipat dalam sepekan terakhir menurut para pedagang.",
    "Pedagang mengatakan pasokan dari daerah penghasil berkurang akibat hujan deras berhari-hari.",
    "Dinas perdagangan berjanji menggelar operasi pasar mulai Senin untuk menahan kenaikan harga.",
]


def article(dateline: str, paragraphs: list[str]) -> bytes:
    return "\n\n".join([f"{dateline} - {paragraphs[0]}", *paragraphs[1:]]).encode()


def context() -> ImportContext:
    return ImportContext.load(channel=Source.Channel.COMMAND)


def reworded() -> list[str]:
    return [STORY[0].replace("pekan depan", "minggu depan"), *STORY[1:]]


def test_a_few_words_changed_and_another_dateline_is_reported_with_the_similarity():
    original = import_article(data=article("SURABAYA", STORY), name="a.txt", context=context()).source

    outcome = import_article(data=article("JAKARTA", reworded()), name="b.txt", context=context())

    assert outcome.status == "created"
    assert outcome.near_duplicate_id == original.pk
    assert 0.6 <= outcome.similarity < 1
    assert Source.objects.awaiting_copy_decision().get() == outcome.source


def test_an_unrelated_article_is_not_reported():
    import_article(data=article("SURABAYA", STORY), name="a.txt", context=context())

    outcome = import_article(data=article("MEDAN", OTHER), name="b.txt", context=context())

    assert outcome.near_duplicate_id is None


def test_two_copies_in_one_batch_point_at_the_first():
    files = [("a.txt", article("SURABAYA", STORY)), ("b.txt", article("JAKARTA", reworded()))]

    first, second = import_files(files=files, context=context())

    assert (first.near_duplicate_id, second.near_duplicate_id) == (None, first.source.pk)


def test_the_command_reports_the_near_duplicate_with_a_link(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(article("SURABAYA", STORY))
    (tmp_path / "b.txt").write_bytes(article("JAKARTA", reworded()))

    call_command("import_sources", str(tmp_path), "--format", "json")

    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    original = first["source"]["id"]
    assert first["near_duplicate"] is None
    assert second["near_duplicate"]["id"] == original
    assert second["near_duplicate"]["admin_url"] == reverse("admin:ingest_source_change", args=[original])
    call_command("import_sources", str(tmp_path / "b.txt"))  # unchanged: nothing new to report
    assert "nearly duplicates" not in capsys.readouterr().out


def test_the_admin_upload_links_to_the_source_it_nearly_duplicates(upload_articles, editor_client):
    original = import_article(data=article("SURABAYA", STORY), name="a.txt", context=context()).source
    upload = SimpleUploadedFile("b.txt", article("JAKARTA", reworded()), content_type="text/plain")

    response = upload_articles(editor_client, [upload])

    assert reverse("admin:ingest_source_change", args=[original.pk]) in response.text
    assert "Nearly duplicates" in response.text


@pytest.fixture
def pair():
    original = import_article(data=article("SURABAYA", STORY), name="a.txt", context=context()).source
    copy = import_article(data=article("JAKARTA", reworded()), name="b.txt", context=context()).source
    return original, copy


def test_keeping_the_import_makes_it_a_copy_of_the_original(pair, editor):
    original, copy = pair

    kept = keep_as_copy(source=copy, user=editor)

    assert kept.copy_of == original
    assert Source.objects.awaiting_copy_decision().count() == 0
    assert AuditEntry.objects.filter(action="source.keep_copy", object_id=copy.pk, user=editor).exists()
    with pytest.raises(CopyDecisionRefused):
        keep_as_copy(source=copy, user=editor)


def test_a_copy_of_a_copy_counts_with_the_first_original(pair, editor):
    original, copy = pair
    keep_as_copy(source=copy, user=editor)
    third = import_article(
        data=article("MALANG", [STORY[0], *reworded()[1:], "Tambahan satu kalimat di akhir."]),
        name="c.txt",
        context=context(),
    ).source
    third.near_duplicate_of = copy
    third.save()

    assert keep_as_copy(source=third, user=editor).copy_of == original


def test_telling_them_apart_removes_the_mark(pair, editor):
    _, copy = pair

    apart = not_a_copy(source=copy, user=editor)

    assert (apart.near_duplicate_of, apart.copy_of) == (None, None)
    assert AuditEntry.objects.filter(action="source.not_a_copy", object_id=copy.pk).exists()


def test_discarding_deletes_the_import_but_never_one_with_claims(pair, editor):
    original, copy = pair
    ClaimFactory(source=copy)
    with pytest.raises(CopyDecisionRefused):
        discard_import(source=copy, user=editor)
    assert Source.objects.filter(pk=copy.pk).exists()
    assert not AuditEntry.objects.filter(action="source.discard_copy").exists()

    copy.claims.all().delete()
    discard_import(source=copy, user=editor)

    assert list(Source.objects.values_list("pk", flat=True)) == [original.pk]
    assert AuditEntry.objects.get(action="source.discard_copy").before["near_duplicate_of"] == original.pk
    with pytest.raises(CopyDecisionRefused):
        discard_import(source=original, user=editor)  # not an import awaiting that decision


def test_editors_decide_with_admin_actions(pair, editor_client):
    _, copy = pair
    changelist = reverse("admin:ingest_source_changelist")

    listed = editor_client.get(changelist, {"copies": "awaiting"})
    assert "near-duplicate" in listed.text and copy.display_title in listed.text
    response = editor_client.post(
        changelist, {"action": "keep_as_copies", "_selected_action": [copy.pk]}, follow=True
    )

    assert "1 source kept as a copy" in response.text
    copy.refresh_from_db()
    assert copy.copy_of_id == copy.near_duplicate_of_id


def test_a_corrected_body_gets_a_new_sketch(pair, editor):
    original, _ = pair
    before = set(SourceSketch.objects.filter(source=original).values_list("value", flat=True))

    correct_source(
        source=original, edits={"body": "\n\n".join(OTHER)}, user=editor, expected_version=original.version
    )

    after = set(SourceSketch.objects.filter(source=original).values_list("value", flat=True))
    assert after and after != before
