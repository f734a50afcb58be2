"""`make bench-growth`: how the cost of import, assembly and a brief page grows at 1×, 10× and 100× the data.

    python -m bench.growth [--batch 1000] [--claims 1000] [--page-claims 50] [--rounds 3]

- import: the time to import one batch of new articles (``--batch``) into a table that already holds
  1×, 10× and 100× that many Sources (the 100× table is filled with copies of imported rows, each with
  its own hash, so that it costs seconds instead of an hour of cleaning);
- assembly: a brief of 1×, 10× and 100× ``--claims`` approved claims (ten per source), its seconds and
  queries;
- brief page: a published brief of 1×, 10× and 100× ``--page-claims`` claims through the real view
  in-process: first render, a render from the stored markup, a cached hit, the page's size and queries;
- a missing source page (`/sources/<id>/` for an id no publication cites) with 1 and with 50 publications:
  a 404 must cost the same however much has been published.

Same throwaway state and settings as `make bench` (bench/run.py); never part of `make test`. Writes
``var/bench-growth.json``. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.run import REPO, _positive, bench_environment, machine_facts, prepare_throwaway_state, say

SCALES = (1, 10, 100)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.growth", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--batch", type=_positive(int), default=1000, help="articles imported per measurement"
    )
    parser.add_argument("--claims", type=_positive(int), default=1000, help="claims of the 1× brief")
    parser.add_argument("--page-claims", type=_positive(int), default=50, help="claims of the 1× page")
    parser.add_argument("--rounds", type=_positive(int), default=3, help="repetitions (median reported)")
    parser.add_argument("--output", type=Path, default=REPO / "var" / "bench-growth.json")
    return parser.parse_args(argv)


def median_seconds(function, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        function()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def import_batch(articles: list[tuple[str, bytes]], editor, folder: Path) -> float:
    """Seconds to import ``articles`` the way `import_sources FOLDER` does."""
    from ingest.models import Source
    from ingest.services.importing import ImportContext, default_workers, import_paths

    batch = folder / f"batch-{time.monotonic_ns()}"
    batch.mkdir()
    paths = []
    for name, data in articles:
        (batch / name).write_bytes(data)
        paths.append(batch / name)
    context = ImportContext.load(channel=Source.Channel.COMMAND, imported_by=editor)
    t0 = time.perf_counter()
    outcomes = list(import_paths(paths=paths, context=context, workers=default_workers(len(paths))))
    elapsed = time.perf_counter() - t0
    created = sum(1 for outcome in outcomes if outcome.status == "created")
    if created != len(articles):
        raise RuntimeError(f"only {created} of {len(articles)} synthetic articles were created")
    return elapsed


def fill_sources(target: int) -> None:
    """Copies of imported Sources, each with its own hash, until the table holds ``target`` rows."""
    from django.db import transaction

    from ingest.models import Source

    fields = [f.attname for f in Source._meta.concrete_fields if not f.primary_key]
    originals = list(Source.objects.order_by("pk").values(*fields)[:1000])
    have = Source.objects.count()
    copy = 0
    while have < target:
        rows = []
        for row in originals[: target - have]:
            copy += 1
            clone = dict(row)
            clone["content_hash"] = f"growth-{copy:08d}".ljust(64, "0")[:64]
            rows.append(Source(**clone))
        with transaction.atomic():
            Source.objects.bulk_create(rows, batch_size=500)
        have += len(rows)


def measure_import(args, editor, folder: Path) -> list[dict]:
    from django.conf import settings

    from bench.data import synthetic_corpus
    from ingest.models import Source

    batch = args.batch
    articles = synthetic_corpus(batch * 12, settings.CORPUS_DIR)
    rows = []
    first = import_batch(articles[:batch], editor, folder)  # into an empty table
    rows.append({"scale": 1, "table_rows": 0, "seconds": first})
    import_batch(articles[batch : batch * 10], editor, folder)  # the 10× table, real articles
    rows.append({"scale": 10, "table_rows": Source.objects.count(), "seconds": None})
    rows[-1]["seconds"] = import_batch(articles[batch * 10 : batch * 11], editor, folder)
    fill_sources(batch * 100)
    rows.append({"scale": 100, "table_rows": Source.objects.count(), "seconds": None})
    rows[-1]["seconds"] = import_batch(articles[batch * 11 : batch * 12], editor, folder)
    for row in rows:
        row["articles"] = batch
        row["articles_per_s"] = round(batch / row["seconds"], 1)
        row["seconds"] = round(row["seconds"], 2)
        say(
            f"  import of {batch:,} into {row['table_rows']:,} rows: {row['seconds']}s ({row['articles_per_s']}/s)"
        )
    return rows


def real_sources(count: int):
    from ingest.models import Source

    return list(
        Source.objects.exclude(content_hash__startswith="growth-").order_by("pk").only("pk", "body")[:count]
    )


def measure_assembly(args, editor, reviewer) -> list[dict]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.data import build_brief
    from briefs.models import BriefRevision
    from briefs.services.assembly import assemble_brief

    rows = []
    offset = 0
    for scale in SCALES:
        count = args.claims * scale
        sources = real_sources(offset + count // 10 + 50)[offset:]
        offset += len(sources)
        brief = build_brief(
            slug=f"growth-assembly-{scale}", count=count, sources=sources, editor=editor, reviewer=reviewer
        )

        def assemble(brief=brief):
            BriefRevision.objects.filter(brief=brief).delete()
            status = assemble_brief(brief_id=brief.pk).status
            if status != "created":  # a figure for a run that did nothing would be a lie
                raise RuntimeError(f"assembly of brief {brief.pk} was {status!r}, not 'created'")

        rounds = args.rounds if scale < 100 else 1
        seconds = median_seconds(assemble, rounds)
        BriefRevision.objects.filter(brief=brief).delete()
        with CaptureQueriesContext(connection) as captured:
            assemble_brief(brief_id=brief.pk)
        rows.append({"scale": scale, "claims": count, "seconds": round(seconds, 3), "queries": len(captured)})
        say(f"  assembly of {count:,} claims: {seconds:.2f}s, {len(captured)} queries")
    return rows


def measure_pages(args, editor, reviewer) -> list[dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.data import build_brief, publish_as_reviewer
    from briefs.brief_page_parts import forget_brief_page_parts
    from briefs.models import RevisionRendering
    from briefs.page_cache import forget_process_pages, purge_reader_pages
    from briefs.services.assembly import assemble_brief

    client = Client(HTTP_HOST="127.0.0.1")
    sources = real_sources(args.page_claims * 100 // 5 + 100)
    rows = []
    for scale in SCALES:
        count = args.page_claims * scale
        slug = f"growth-page-{scale}"
        brief = build_brief(
            slug=slug,
            count=count,
            sources=sources,
            editor=editor,
            reviewer=reviewer,
            key_points=5,
            per_source=5,
        )
        revision = publish_as_reviewer(revision=assemble_brief(brief_id=brief.pk).revision, reviewer=reviewer)
        path = f"/briefs/{slug}/"

        def get(path=path) -> bytes:
            response = client.get(path)
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code}")
            return response.content

        def first_render(revision=revision):
            RevisionRendering.objects.filter(revision=revision).delete()
            purge_reader_pages()
            forget_process_pages()
            forget_brief_page_parts()
            get()

        def stored_render():
            # A process that has not shown this revision since it started: the markup comes from the database.
            purge_reader_pages()
            forget_process_pages()
            forget_brief_page_parts()
            get()

        def purged_render():
            # The usual page after a publication: this process has shown the revision before.
            purge_reader_pages()
            get()

        first = median_seconds(first_render, args.rounds)
        stored = median_seconds(stored_render, args.rounds)
        purged = median_seconds(purged_render, args.rounds)
        body = get()
        cached = median_seconds(get, max(args.rounds, 20))
        with CaptureQueriesContext(connection) as captured:
            get()
        rows.append(
            {
                "scale": scale,
                "claims": count,
                "bytes": len(body),
                "first_render_ms": round(first * 1000, 1),
                "stored_render_ms": round(stored * 1000, 1),
                "purged_render_ms": round(purged * 1000, 1),
                "cached_ms": round(cached * 1000, 2),
                "cached_queries": len(captured),
            }
        )
        say(
            f"  page of {count:,} claims, {len(body) / 1e6:.2f} MB: first render {first * 1000:.0f} ms, "
            f"from stored markup {stored * 1000:.0f} ms, after a purge {purged * 1000:.0f} ms, cached {cached * 1000:.1f} ms ({len(captured)} queries)"
        )
    return rows


MISSING_SOURCE_PUBLICATIONS = (1, 50)


def measure_missing_source(args, editor, reviewer) -> list[dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.data import build_brief, publish_as_reviewer
    from briefs.models import BriefRevision
    from briefs.services.assembly import assemble_brief

    client = Client(HTTP_HOST="127.0.0.1")
    sources = real_sources(20)
    path = "/sources/2147483000/"

    def missing() -> None:
        response = client.get(path)
        if response.status_code != 404:
            raise RuntimeError(f"{path} answered {response.status_code}")

    rows = []
    for target in MISSING_SOURCE_PUBLICATIONS:
        while (published := BriefRevision.objects.public().count()) < target:
            brief = build_brief(
                slug=f"growth-missing-{published}",
                count=20,
                sources=sources,
                editor=editor,
                reviewer=reviewer,
                key_points=2,
                per_source=2,
            )
            publish_as_reviewer(revision=assemble_brief(brief_id=brief.pk).revision, reviewer=reviewer)
        seconds = median_seconds(missing, max(args.rounds, 50))
        with CaptureQueriesContext(connection) as captured:
            missing()
        rows.append({"publications": published, "ms": round(seconds * 1000, 2), "queries": len(captured)})
        say(
            f"  a missing source with {published} publications: {seconds * 1000:.2f} ms, {len(captured)} queries"
        )
    return rows


def report(figures: dict) -> str:
    rows = [
        (
            "scale",
            "import: batch into a table of",
            "assembly",
            "brief page: first render / stored / purged / cached",
        )
    ]
    for imported, assembled, page in zip(
        figures["import"], figures["assembly"], figures["pages"], strict=True
    ):
        rows.append(
            (
                f"{imported['scale']}×",
                f"{imported['articles']:,} into {imported['table_rows']:,} rows: {imported['articles_per_s']:,.0f}/s",
                f"{assembled['claims']:,} claims: {assembled['seconds']:.2f} s, {assembled['queries']} queries",
                f"{page['claims']:,} claims, {page['bytes'] / 1e6:.2f} MB: {page['first_render_ms']:.0f} / "
                f"{page['stored_render_ms']:.0f} / {page['purged_render_ms']:.0f} / {page['cached_ms']:.1f} ms",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    table = "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    )
    missing = "; ".join(
        f"{row['publications']} publications: {row['ms']:.2f} ms, {row['queries']} queries"
        for row in figures["missing_source"]
    )
    return f"{table}\n\na missing source page (404) with {missing}"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="briefdesk-growth-"))
    env = bench_environment(workdir)
    started = time.perf_counter()
    try:
        prepare_throwaway_state(workdir, env)
        from bench.data import bench_users

        editor, reviewer = bench_users()
        figures = {"sizes": {key: value for key, value in vars(args).items() if key != "output"}}
        say("import …")
        figures["import"] = measure_import(args, editor, workdir)
        say("assembly …")
        figures["assembly"] = measure_assembly(args, editor, reviewer)
        say("missing source pages …")
        figures["missing_source"] = measure_missing_source(args, editor, reviewer)
        say("brief pages …")
        figures["pages"] = measure_pages(args, editor, reviewer)
        figures["machine"] = machine_facts()
        figures["seconds"] = round(time.perf_counter() - started, 1)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(figures, indent=2) + "\n")
        say("\n" + report(figures))
        say(f"\nwrote {args.output} in {figures['seconds']:.0f}s")
        return 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
