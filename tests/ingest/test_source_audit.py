"""Editors' corrections of a Source and re-cleaning it are in the audit trail, like every other change."""

import datetime as dt

import pytest
from django.urls import reverse

from ingest.models import Source
from ingest.services.corrections import StaleEdit, correct_source
from ingest.services.importing import ImportContext, import_article
from ingest.services.recleaning import reclean_source
from ops.models import AuditEntry
from ops.selectors import audit_trail
from tests.ingest.test_admin import change_form_data

pytestmark = pytest.mark.django_db

WIB = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture
def imported(sample_bytes, editor) -> Source:
    context = ImportContext.load(channel=Source.Channel.COMMAND, imported_by=editor)
    return import_article(data=sample_bytes, name="kapal.txt", context=context).source


def test_a_correction_on_the_source_page_says_who_changed_what_from_what(editor_client, editor, imported):
    old_title = imported.title
    url = reverse("admin:ingest_source_change", args=[imported.pk])

    response = editor_client.post(url, change_form_data(imported, title="Kapal kargo di pelabuhan utara"))

    assert response.status_code == 302
    [entry] = audit_trail(imported).filter(action="source.correct")
    assert entry.user == editor
    assert (entry.before, entry.after) == ({"title": old_title}, {"title": "Kapal kargo di pelabuhan utara"})


def test_a_corrected_date_records_what_the_editor_vouched_for(editor, imported):
    correct_source(
        source=imported,
        edits={"published_at": dt.datetime(2023, 10, 3, 8, 0, tzinfo=WIB)},
        user=editor,
        expected_version=imported.version,
    )

    entry = AuditEntry.objects.get(action="source.correct", object_id=imported.pk)
    assert dt.datetime.fromisoformat(entry.after["published_at"]) == dt.datetime(
        2023, 10, 3, 8, 0, tzinfo=WIB
    )
    assert entry.after["published_at_source"] == Source.DateSource.EDITOR
    assert entry.after["published_at_confirmed_by"] == editor.pk
    assert entry.before["published_at_confirmed_by"] is None


def test_a_corrected_body_is_recorded_by_size_and_hash_not_copied(editor, imported):
    new_body = imported.body.replace("pelabuhan utara", "pelabuhan selatan")

    correct_source(source=imported, edits={"body": new_body}, user=editor, expected_version=imported.version)

    entry = AuditEntry.objects.get(action="source.correct", object_id=imported.pk)
    assert entry.before["body"] != entry.after["body"]
    assert entry.after["body"].startswith(f"{len(new_body)} characters, sha256 ")
    assert "selatan" not in str(entry.after)


def test_saving_without_a_change_or_over_someone_elses_writes_no_entry(editor, imported):
    correct_source(
        source=imported, edits={"title": imported.title}, user=editor, expected_version=imported.version
    )
    with pytest.raises(StaleEdit):
        correct_source(
            source=imported, edits={"title": "Lain"}, user=editor, expected_version=imported.version - 1
        )

    assert not AuditEntry.objects.filter(object_id=imported.pk, target_type="ingest.source").exists()


def test_recleaning_that_changes_a_source_is_recorded_as_the_systems_doing(imported):
    cleaned_body = imported.body
    # As if the cleaning rules of the day had kept an advertisement line.
    Source.objects.filter(pk=imported.pk).update(body=cleaned_body + "\nAdvertisement")
    stale = Source.objects.get(pk=imported.pk)
    context = ImportContext.load(channel=Source.Channel.COMMAND)

    assert reclean_source(source=stale, context=context)
    assert not reclean_source(source=Source.objects.get(pk=imported.pk), context=context), "nothing new"

    [entry] = audit_trail(imported).filter(action="source.reclean")
    assert entry.user is None
    assert entry.before["body"].startswith(f"{len(cleaned_body) + len(chr(10) + 'Advertisement')} characters")
    assert entry.after["body"].startswith(f"{len(cleaned_body)} characters")
