"""Outlets the registry does not know: proposed by an import, confirmed or merged by an editor."""

import pytest
from django.urls import reverse

from ingest.models import Outlet, Source
from ingest.selectors import outlet_profiles
from ingest.services.importing import ImportContext, import_article, import_files
from ingest.services.outlets import OutletDecisionRefused, confirm_outlet, merge_outlet
from ops.models import AuditEntry

pytestmark = pytest.mark.django_db

LEAD = "Pemerintah kota mengumumkan rencana pembangunan jembatan baru di atas sungai pada pekan depan."
P2 = "Warga menyambut baik rencana itu karena jembatan lama sudah rusak sejak musim hujan tahun lalu."


def page(lead: str, extra: str = "") -> bytes:
    return f"Jembatan Baru untuk Warga Kota\n\n{lead}\n\n{P2}\n\n{extra}".encode()


def context(**kwargs) -> ImportContext:
    return ImportContext.load(channel=Source.Channel.COMMAND, **kwargs)


def test_an_unknown_domain_in_the_address_becomes_an_unconfirmed_outlet_with_what_was_seen():
    outcome = import_article(
        data=page("Surabaya, Kabar Kita - " + LEAD),
        name="a.txt",
        context=context(urls={"a.txt": "https://m.kabarkita.id/berita/1"}),
    )

    source = outcome.source
    assert source.url == "https://m.kabarkita.id/berita/1"
    assert (source.outlet.name, source.outlet.domain, source.outlet.status) == (
        "Kabar Kita",
        "kabarkita.id",
        Outlet.Status.UNCONFIRMED,
    )
    assert source.outlet.signatures == ["Kabar Kita -"]
    assert "a.txt" in source.outlet.seen_as and "https://m.kabarkita.id/berita/1" in source.outlet.seen_as
    assert source.dateline == "Surabaya"
    outlet_row = next(row for row in source.provenance if row["field"] == "outlet")
    assert outlet_row["confidence"] >= 0.9 and "not in the registry" in outlet_row["how"]


def test_the_next_page_of_that_outlet_lands_on_the_same_row_with_or_without_an_address():
    urls = {"a.txt": "https://kabarkita.id/1", "b.txt": "https://www.kabarkita.id/2"}
    files = [
        ("a.txt", page("Surabaya, Kabar Kita - " + LEAD)),
        ("b.txt", page("Malang, Kabar Kita - " + LEAD.replace("jembatan", "pasar"))),
        ("c.txt", page("KABARKITA.ID, MALANG -- " + LEAD.replace("jembatan", "terminal"))),
    ]

    outcomes = list(import_files(files=files, context=context(urls=urls)))

    assert {outcome.source.outlet_id for outcome in outcomes} == {outcomes[0].source.outlet_id}
    assert Outlet.objects.unconfirmed().count() == 1


def test_an_unconfirmed_outlets_signatures_are_not_handed_to_the_pipeline_until_confirmed(editor):
    first = import_article(
        data=page("KABARKITA.ID, SURABAYA -- " + LEAD), name="a.txt", context=context()
    ).source.outlet
    assert first.slug not in {profile.key for profile in outlet_profiles()}

    confirm_outlet(outlet=first, user=editor)

    assert first.slug in {profile.key for profile in outlet_profiles()}
    again = import_article(
        data=page("KABARKITA.ID, MALANG -- " + LEAD.replace("jembatan", "pasar")),
        name="b.txt",
        context=context(),
    ).source
    assert again.outlet_id == first.pk
    row = next(row for row in again.provenance if row["field"] == "outlet")
    assert "signature" in row["how"] and "not in the registry" not in row["how"]


def test_confirming_twice_is_refused_and_confirming_is_audited(editor):
    outlet = import_article(data=page("KABARKITA.ID, SURABAYA -- " + LEAD), name="a.txt", context=context())
    outlet = outlet.source.outlet

    confirm_outlet(outlet=outlet, user=editor)

    with pytest.raises(OutletDecisionRefused):
        confirm_outlet(outlet=outlet, user=editor)
    entry = AuditEntry.objects.get(action="outlet.confirm")
    assert (entry.user, entry.target_type, entry.object_id) == (editor, "ingest.outlet", outlet.pk)


def test_merging_a_proposal_moves_its_sources_and_teaches_the_outlet_its_names(editor):
    kompas = Outlet.objects.get(slug="kompas")
    proposal = import_article(
        data=page("SURABAYA, KOMPAS.TV - " + LEAD), name="a.txt", context=context()
    ).source.outlet
    assert proposal.status == Outlet.Status.UNCONFIRMED

    merge_outlet(outlet=proposal, into=kompas, user=editor)

    kompas.refresh_from_db()
    assert not Outlet.objects.filter(pk=proposal.pk).exists()
    assert Source.objects.get(original_filename="a.txt").outlet == kompas
    assert "Kompas.tv" in kompas.aliases and "KOMPAS.TV -" in kompas.signatures
    assert AuditEntry.objects.filter(action="outlet.merge", object_id=kompas.pk).exists()
    # From now on the signature recognises the page as Kompas's.
    again = import_article(
        data=page("MALANG, KOMPAS.TV - " + LEAD.replace("jembatan", "pasar")), name="b.txt", context=context()
    )
    assert again.source.outlet == kompas


def test_a_confirmed_outlet_is_never_merged_away(editor):
    kompas, tempo = Outlet.objects.get(slug="kompas"), Outlet.objects.get(slug="okezone")
    with pytest.raises(OutletDecisionRefused):
        merge_outlet(outlet=tempo, into=kompas, user=editor)


def test_editors_confirm_and_merge_in_the_admin(editor_client, editor):
    proposals = [
        import_article(
            data=page(lead + LEAD.replace("jembatan", word)), name=f"{word}.txt", context=context()
        ).source.outlet
        for lead, word in (("SURABAYA, KABAR.TV - ", "pasar"), ("MALANG, WARTA.CO.ID - ", "terminal"))
    ]
    changelist = reverse("admin:ingest_outlet_changelist")

    response = editor_client.post(
        changelist, {"action": "confirm_selected", "_selected_action": [proposals[0].pk]}, follow=True
    )
    assert "1 outlet confirmed" in response.text
    kompas = Outlet.objects.get(slug="kompas")
    # Merging asks which outlet first, then merges.
    step = editor_client.post(changelist, {"action": "merge_selected", "_selected_action": [proposals[1].pk]})
    assert step.status_code == 200 and "Warta.co.id" in step.text
    done = editor_client.post(
        changelist,
        {"action": "merge_selected", "_selected_action": [proposals[1].pk], "apply": "1", "into": kompas.pk},
        follow=True,
    )
    assert "1 outlet merged into Kompas" in done.text
    assert Outlet.objects.get(pk=proposals[0].pk).status == Outlet.Status.CONFIRMED
    assert not Outlet.objects.filter(pk=proposals[1].pk).exists()


@pytest.mark.parametrize("extra", [0, 30])
def test_outlet_changelist_costs_the_same_queries_at_any_size(
    editor_client, extra, django_assert_max_num_queries
):
    Outlet.objects.bulk_create(
        Outlet(name=f"Usulan {n}", slug=f"usulan-{n}", status=Outlet.Status.UNCONFIRMED) for n in range(extra)
    )
    # session + user + permissions, the count, the page (sources counted in the same query), filter choices.
    with django_assert_max_num_queries(12):
        response = editor_client.get(reverse("admin:ingest_outlet_changelist"))
    assert response.status_code == 200


def test_an_editor_types_an_outlets_names_and_signatures_one_per_line(editor_client):
    outlet = Outlet.objects.get(slug="kompas")
    address = reverse("admin:ingest_outlet_change", args=[outlet.pk])
    form = editor_client.get(address)
    assert "KOMPAS.com" in form.text and "[" not in form.context["adminform"].form["signatures"].value()

    data = {
        field: value
        for field, value in form.context["adminform"].form.initial.items()
        if value is not None and field not in {"aliases", "signatures", "id"}
    }
    data.update(aliases="Kompas\n  Harian   Kompas \n\nKompas", signatures="KOMPAS.com -\nKOMPAS.TV -")
    response = editor_client.post(address, data, follow=True)

    assert response.status_code == 200
    outlet.refresh_from_db()
    assert outlet.aliases == ["Kompas", "Harian Kompas"]
    assert outlet.signatures == ["KOMPAS.com -", "KOMPAS.TV -"]
