"""The import service: one Source per article, clear errors, nothing half-written, re-imports are no-ops."""

import codecs

import pytest

from ingest.models import Source
from ingest.services import importing
from ingest.services.importing import ImportContext, import_article, import_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def context(editor):
    return ImportContext.load(channel=Source.Channel.ADMIN, imported_by=editor)


def test_import_creates_one_source_with_the_clutter_gone_and_nothing_lost(sample_bytes, context, editor):
    outcome = import_article(data=sample_bytes, name="uploads/kapal.txt", context=context)

    assert outcome.status == "created" and outcome.error is None
    source = Source.objects.get()
    assert source.raw_text == sample_bytes.decode("utf-8"), "raw text is kept exactly as received"
    assert source.title == "Kapal Kargo Terlihat di Pelabuhan Utara"
    assert source.byline == ["Budi Santoso"]
    assert source.dateline == "Surabaya"
    assert source.published_at.isoformat() == "2023-10-04T02:15:00+00:00"
    assert source.cited_outlets == ["Reuters"]
    assert source.language == "id"
    assert source.body.startswith("SURABAYA - Sebuah kapal kargo")
    assert "Petugas menolak menjelaskan isi kontainer" in source.body
    for clutter in ("Baca juga", "Advertisement", "Iklan", "(bud/ani)"):
        assert clutter not in source.body
    reasons = {line["reason"] for line in source.removed_lines}
    assert "read_also" in reasons and "advertisement" in reasons
    assert (source.original_filename, source.imported_by, source.import_channel) == (
        "kapal.txt",
        editor,
        "admin",
    )


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda text: text.replace("\n", "\r\n").encode(), id="crlf"),
        pytest.param(lambda text: codecs.BOM_UTF8 + text.encode(), id="utf8-bom"),
        pytest.param(lambda text: text.encode("utf-16"), id="utf16"),
        pytest.param(
            lambda text: "\n".join(line + "  " for line in text.split("\n")).encode(), id="trailing-space"
        ),
    ],
)
def test_the_same_article_again_is_unchanged(sample_bytes, context, variant):
    first = import_article(data=sample_bytes, name="a.txt", context=context)

    again = import_article(data=variant(sample_bytes.decode()), name="b.txt", context=context)

    assert again.status == "unchanged"
    assert again.source.pk == first.source.pk
    assert Source.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"   \n\t  \n", "whitespace", id="blank"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG", id="png"),
        pytest.param(b"Judul\x00berita", "NUL", id="nul"),
    ],
)
def test_bad_input_is_rejected_with_a_clear_error_and_leaves_no_trace(context, data, message):
    outcome = import_article(data=data, name="bad.txt", context=context)

    assert outcome.status == "rejected"
    assert message.lower() in outcome.error.lower()
    assert outcome.source is None
    assert not Source.objects.exists()


def test_oversize_input_is_rejected_naming_the_limit(sample_bytes, context):
    context.max_bytes = 100

    outcome = import_article(data=sample_bytes, name="big.txt", context=context)

    assert outcome.status == "rejected"
    assert "limit" in outcome.error
    assert not Source.objects.exists()


def test_invalid_utf8_falls_back_to_cp1252(context):
    text = "JAKARTA - Menteri berkata \u201ckami menolak\u201d tuduhan itu pada hari Senin.\n"
    outcome = import_article(data=text.encode("cp1252"), name="lama.txt", context=context)

    assert outcome.status == "created"
    assert "\u201ckami menolak\u201d" in outcome.source.body
    assert outcome.source.encoding == "cp1252"


def test_one_bad_file_among_good_ones_does_not_stop_the_others(sample_bytes, context):
    other = sample_bytes.replace(b"kapal kargo", b"kapal tanker")
    files = [("good-1.txt", sample_bytes), ("broken.txt", b"\x00\x01\x02binary"), ("good-2.txt", other)]

    outcomes = list(import_files(files=files, context=context))

    assert [outcome.status for outcome in outcomes] == ["created", "rejected", "created"]
    assert Source.objects.count() == 2


def test_losing_an_import_race_reports_unchanged_instead_of_failing(sample_bytes, context, monkeypatch):
    """Two imports of one article at once: the unique hash keeps one row and the loser says 'unchanged'."""
    winner = import_article(data=sample_bytes, name="first.txt", context=context)
    real_lookup = importing.source_by_hash
    lookups = iter([None])  # the loser's first look finds nothing: the winner had not committed yet
    monkeypatch.setattr(importing, "source_by_hash", lambda h: next(lookups, None) or real_lookup(h))

    loser = import_article(data=sample_bytes, name="second.txt", context=context)

    assert loser.status == "unchanged"
    assert loser.source.pk == winner.source.pk
    assert Source.objects.count() == 1


@pytest.mark.parametrize("count", [1, 10])
def test_import_costs_a_constant_number_of_queries_per_file(
    sample_bytes, context, count, django_assert_max_num_queries
):
    files = [(f"f{i}.txt", sample_bytes.replace(b"pagi", f"pagi nomor {i}".encode())) for i in range(count)]

    # Per file: look up the hash, then SAVEPOINT / INSERT / RELEASE; per batch, the text sketches' INSERT and
    # the near-duplicate lookup. Nothing grows with the table.
    with django_assert_max_num_queries(4 * count + 2):
        outcomes = list(import_files(files=files, context=context))

    assert all(outcome.status == "created" for outcome in outcomes)


def test_cleaning_in_worker_processes_gives_the_same_outcomes_in_the_same_order(sample_bytes, context):
    files = [(f"f{i}.txt", sample_bytes.replace(b"pagi", f"pagi nomor {i}".encode())) for i in range(7)]
    files[3] = ("broken.txt", b"\x00\x01\x02binary")
    files.append(("again.txt", files[0][1]))  # the same article twice in one import

    outcomes = list(import_files(files=files, context=context, batch_size=3, workers=2))

    assert [(o.name, o.status) for o in outcomes] == [
        ("f0.txt", "created"), ("f1.txt", "created"), ("f2.txt", "created"), ("broken.txt", "rejected"),
        ("f4.txt", "created"), ("f5.txt", "created"), ("f6.txt", "created"), ("again.txt", "unchanged"),
    ]  # fmt: skip
    assert outcomes[-1].source.pk == outcomes[0].source.pk
    serial = {source.content_hash: source.body for source in Source.objects.all()}
    Source.objects.all().delete()
    list(import_files(files=files, context=context, batch_size=3, workers=1))
    assert {source.content_hash: source.body for source in Source.objects.all()} == serial


def test_import_paths_reports_missing_files_in_place(tmp_path, sample_bytes, context):
    (tmp_path / "a.txt").write_bytes(sample_bytes)
    paths = [tmp_path / "a.txt", tmp_path / "missing.txt"]

    outcomes = list(importing.import_paths(paths=paths, context=context, workers=2))

    assert [o.status for o in outcomes] == ["created", "rejected"]
    assert "No such file or folder" in outcomes[1].error
