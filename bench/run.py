"""`make bench`: import, suggestions, assembly, reader pages and the API, each against a baseline of the
same run, on a throwaway database and the benchmark's own gunicorn. See docs/performance.md.

    python -m bench [--articles 10000] [--claims 1000 10000] [--brief-claims 500] [--rounds 3] [--seconds 4]

Writes ``var/bench.json`` (the figures) and ``var/bench-details.json`` (every round, the baselines, sizes).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BRIEF_SLUG = "bench-brief"
PAGE_HEADERS = {"cached_gzip": {"Accept-Encoding": "gzip"}}
PAGE_SIZE = 50
#: The suggestion rules run over at most this many imported bodies, for at most this long.
SUGGEST_MAX_SECONDS = 20.0
#: Before each load run: wait (at most this long) until a hello-world request answers this fast.
SETTLE_MAX_SECONDS = 30.0
SETTLE_QUICK_SECONDS = 0.05
TARGETS = {
    "import_articles_per_s": 1000,
    "import_ratio": 0.5,
    "assembly_seconds": 2.0,
    "cached_ratio": 0.8,
    "uncached_ratio": 1.0,
    "api_ratio": 1.0,
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles", type=_positive(int), default=10_000, help="synthetic articles to import"
    )
    parser.add_argument(
        "--claims", type=_positive(int), nargs=2, default=[1_000, 10_000], metavar=("SMALL", "LARGE")
    )
    parser.add_argument(
        "--brief-claims", type=_positive(int), default=500, help="claims in the published brief"
    )
    parser.add_argument("--suggest-articles", type=_positive(int), default=500)
    parser.add_argument("--rounds", type=_positive(int), default=3, help="alternating rounds per measurement")
    parser.add_argument("--seconds", type=_positive(float), default=4.0, help="length of one HTTP load run")
    parser.add_argument("--import-rounds", type=_positive(int), default=1)
    parser.add_argument("--output", type=Path, default=REPO / "var" / "bench.json")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, logs)")
    return parser.parse_args(argv)


def _positive(kind):
    def parse(text: str):
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be above 0, not {text}")
        return value

    parse.__name__ = kind.__name__
    return parse


def bench_environment(workdir: Path) -> dict[str, str]:
    """Production settings on throwaway state: every variable the run depends on is set here."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DEBUG", "VAR_DIR"}
    }
    database_url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{workdir / 'bench.sqlite3'}"
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url,
        VAR_DIR=str(workdir / "var"),
        LOG_LEVEL="WARNING",
        # The rate limits stay switched on (their cache round trip is part of every API request and
        # every uncached page), set high enough that the load generator, one address, is never throttled.
        API_THROTTLE_ANON="100000000/second",
        API_THROTTLE_PARTNER="100000000/second",
        API_THROTTLE_EDITOR="100000000/second",
        READER_RENDER_RATE="100000000/second",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH", "")])),
    )
    if os.environ.get("BENCH_REDIS_URL"):
        env["REDIS_URL"] = os.environ["BENCH_REDIS_URL"]
    return env


def use_environment(env: dict[str, str]) -> None:
    """Make ``env`` this process's whole environment: the harness must run on the same throwaway state as
    the servers it starts, so a DATABASE_URL or REDIS_URL it was started with must not linger."""
    for key in [key for key in os.environ if key not in env]:
        del os.environ[key]
    os.environ.update(env)


def prepare_throwaway_state(workdir: Path, env: dict[str, str]) -> None:
    """Run this process on ``env`` and bring its throwaway state to the current code: the database (a
    BENCH_DATABASE_URL is emptied first, as is a BENCH_REDIS_URL) migrated and the static files collected."""
    use_environment(env)
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    say(f"throwaway state in {workdir} ({env['DATABASE_URL'].split(':', 1)[0]})")
    if os.environ.get("BENCH_REDIS_URL"):
        cache.clear()  # the page cache, throttles and queued tasks of an earlier run
    call_command("migrate", interactive=False, verbosity=0)
    if os.environ.get("BENCH_DATABASE_URL"):
        # An earlier run's rows go, and with them the reference data the migrations seeded (which do
        # not run again on a migrated database): seeded again, as on a new installation.
        call_command("flush", interactive=False, verbosity=0)
        _seed_reference_data()
    call_command("collectstatic", interactive=False, verbosity=0)


def _seed_reference_data() -> None:
    from briefs.models import Actor, Place
    from briefs.services.reference_data import seed_default_actors, seed_default_places
    from ingest.models import Outlet
    from ingest.services.reference_data import seed_default_outlets

    seed_default_outlets(Outlet)
    seed_default_actors(Actor)
    seed_default_places(Place)


def say(message: str) -> None:
    print(message, flush=True)


def spread(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": values}


# --- in-process measurements ---------------------------------------------------------------------------


def measure_import(args, details: dict) -> dict:
    from django.conf import settings
    from django.db import transaction

    from bench.data import bench_users, synthetic_corpus
    from ingest.models import Source
    from ingest.services.importing import ImportContext, default_workers, expand_paths, import_paths

    editor, _ = bench_users()
    t0 = time.perf_counter()
    articles = synthetic_corpus(args.articles, settings.CORPUS_DIR)
    say(f"  generated {len(articles):,} synthetic articles in {time.perf_counter() - t0:.1f}s")
    import_rates, bulk_rates, statuses = [], [], {}
    rows: list[dict] = []
    # Links between sources (a near-duplicate's copy_of) point at rows the baseline deletes first.
    fields = [
        f.attname for f in Source._meta.concrete_fields if not f.primary_key and f.related_model is not Source
    ]
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        # Exactly what `manage.py import_sources FOLDER` does: files on disk, the same service, the
        # same default number of worker processes.
        for name, data in articles:
            (Path(folder) / name).write_bytes(data)
        paths = expand_paths([folder])
        workers = default_workers(len(paths))
        for round_number in range(args.import_rounds):
            Source.objects.all().delete()
            context = ImportContext.load(channel=Source.Channel.COMMAND, imported_by=editor)
            t0 = time.perf_counter()
            outcomes = list(import_paths(paths=paths, context=context, workers=workers))
            elapsed = time.perf_counter() - t0
            import_rates.append(len(articles) / elapsed)
            statuses = {
                status: sum(1 for o in outcomes if o.status == status)
                for status in ("created", "unchanged", "rejected")
            }
            say(
                f"  import round {round_number + 1}: {len(articles):,} articles in {elapsed:.1f}s "
                f"({workers} worker{'s' if workers > 1 else ''}) {statuses}"
            )
            rows = list(Source.objects.order_by("pk").values(*fields))
            for _ in range(2):  # the bare insert, twice around each import
                Source.objects.all().delete()
                t0 = time.perf_counter()
                with transaction.atomic():
                    Source.objects.bulk_create([Source(**row) for row in rows])
                bulk_rates.append(len(rows) / (time.perf_counter() - t0))
    imported = statistics.median(import_rates)
    bulk = statistics.median(bulk_rates)
    details["import"] = {
        "articles": len(articles),
        "workers": workers,
        "statuses": statuses,
        "articles_per_s": spread(import_rates),
        "bulk_create_rows_per_s": spread(bulk_rates),
    }
    return {"articles_per_s": round(imported, 1), "ratio_vs_bulk_insert": round(imported / bulk, 3)}


def measure_suggest(args, details: dict) -> dict:
    from django.conf import settings

    from briefs.suggestions.engine import suggest_claims
    from briefs.suggestions.evaluation import evaluate
    from briefs.suggestions.lexicon import default_lexicon
    from ingest.models import Source
    from ingest.pipeline import process_article
    from ingest.pipeline.outlets import load_default_profiles

    lexicon = default_lexicon()
    bodies = list(Source.objects.order_by("pk").values_list("body", flat=True)[: args.suggest_articles])
    done = 0
    t0 = time.perf_counter()
    for body in bodies:
        suggest_claims(body, lexicon)
        done += 1
        if time.perf_counter() - t0 > SUGGEST_MAX_SECONDS:
            break
    rate = done / (time.perf_counter() - t0)
    gold = json.loads((REPO / "tests" / "briefs" / "data" / "seed_claims.json").read_text(encoding="utf-8"))
    profiles = load_default_profiles()
    seeds = {
        path.name[:3]: process_article(path.read_text(encoding="utf-8"), profiles=profiles).body
        for path in sorted(Path(settings.CORPUS_DIR).glob("*.txt"))
    }
    result = evaluate({key: suggest_claims(body, lexicon) for key, body in seeds.items()}, gold)
    details["suggest"] = {"articles": done, "seed_articles": len(seeds), "gold": result["gold"]}
    return {
        "articles_per_s": round(rate, 1),
        "precision": round(result["precision"], 3),
        "recall": round(result["recall"], 3),
    }


def measure_assembly(args, details: dict, editor, reviewer) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.data import build_brief
    from briefs.models import BriefRevision
    from briefs.services.assembly import assemble_brief
    from ingest.models import Source

    small, large = args.claims
    per_source = 10
    sources = list(Source.objects.order_by("pk").only("pk", "body")[: (small + large) // per_source + 200])
    # Each brief gets its own sources, in proportion to its claims (few sources are quoted again).
    split = min(len(sources) - 1, max(1, len(sources) * small // (small + large)))
    briefs = {
        small: build_brief(
            slug="bench-assembly-small",
            count=small,
            sources=sources[:split],
            editor=editor,
            reviewer=reviewer,
            per_source=per_source,
        ),
        large: build_brief(
            slug="bench-assembly-large",
            count=large,
            sources=sources[split:],
            editor=editor,
            reviewer=reviewer,
            per_source=per_source,
        ),
    }
    seconds: dict[int, list[float]] = {small: [], large: []}
    queries: dict[int, int] = {}
    for round_number in range(args.rounds):
        order = (small, large) if round_number % 2 == 0 else (large, small)
        for size in order:
            brief = briefs[size]
            BriefRevision.objects.filter(brief=brief).delete()  # every round assembles a new revision
            with CaptureQueriesContext(connection) as captured:
                t0 = time.perf_counter()
                result = assemble_brief(brief_id=brief.pk)
                seconds[size].append(time.perf_counter() - t0)
            if result.status != "created":  # a figure for a run that did nothing would be a lie
                raise RuntimeError(f"assembly of brief {brief.pk} was {result.status!r}, not 'created'")
            queries[size] = len(captured.captured_queries)
    details["assembly"] = {
        "sizes": [small, large],
        "seconds": {str(k): spread(v) for k, v in seconds.items()},
    }
    return {
        "seconds_1000_claims": round(statistics.median(seconds[small]), 3),
        "seconds_10000_claims": round(statistics.median(seconds[large]), 3),
        "queries_1000_claims": queries[small],
        "queries_10000_claims": queries[large],
    }


def publish_page_brief(args, editor, reviewer) -> None:
    from django.db import transaction

    from bench.data import build_brief, publish_as_reviewer
    from briefs.services.assembly import assemble_brief
    from ingest.models import Source

    sources = list(Source.objects.order_by("-pk").only("pk", "body")[: args.brief_claims // 10 + 50])
    brief = build_brief(
        slug=BRIEF_SLUG,
        count=args.brief_claims,
        sources=sources,
        editor=editor,
        reviewer=reviewer,
        key_points=5,
    )
    with transaction.atomic():
        publish_as_reviewer(revision=assemble_brief(brief_id=brief.pk).revision, reviewer=reviewer)


# --- HTTP measurements ---------------------------------------------------------------------------------


def probe(url: str) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - URLs of the harness's own loopback server
            return response.status, response.read(5_000_000).decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read(2000).decode("utf-8", "replace")
    except OSError as error:
        return 0, str(error)


def settle(base_url: str) -> None:
    """Wait until the server has worked off the previous run's backlog (slow pages leave requests queued
    after the load generator stops), so that no run pays for the one before it. Bounded."""
    deadline = time.monotonic() + SETTLE_MAX_SECONDS
    while time.monotonic() < deadline:
        started = time.monotonic()
        status, _ = probe(base_url + "/bench/hello/")
        if status == 200 and time.monotonic() - started < SETTLE_QUICK_SECONDS:
            return
        time.sleep(0.2)


def measure_http(args, details: dict, env: dict[str, str], workdir: Path) -> tuple[dict, dict]:
    from bench.load import run_load, wrk_path
    from bench.server import Gunicorn

    pages = {
        "hello": "/bench/hello/",
        "cached": f"/briefs/{BRIEF_SLUG}/",
        # The same cached page as browsers ask for it (wrk does not send Accept-Encoding by itself).
        "cached_gzip": f"/briefs/{BRIEF_SLUG}/",
        "rows": "/bench/rows/",
        "uncached": f"/bench/uncached/briefs/{BRIEF_SLUG}/",
        "drf": "/bench/drf/",
        "api": f"/api/v1/claims/?page_size={PAGE_SIZE}",
    }
    results: dict[str, list] = {name: [] for name in pages}
    unavailable: dict[str, str] = {}
    with Gunicorn(env=env, log_dir=workdir) as server:
        # The floor for a response as big as the cached page: hello-world with a body of the same size.
        page_bytes = len(probe(server.base_url + pages["cached"])[1].encode())
        pages["hello_page_size"] = f"/bench/hello/{page_bytes}/"
        results["hello_page_size"] = []
        tool = "wrk" if wrk_path() else "a Python generator"
        say(f"  gunicorn pid {server.process.pid} (2 sync workers) on {server.base_url}, load from {tool}")
        for name, path in pages.items():
            status, body = probe(server.base_url + path)
            if status != 200:
                unavailable[name] = f"GET {path} answered {status or 'nothing'}: {body[:200].strip()}"
                say(f"  {name}: UNAVAILABLE ({unavailable[name]})")
        if "api" not in unavailable:
            count = len(json.loads(probe(server.base_url + pages["api"])[1] or "{}").get("results", []))
            if count != PAGE_SIZE:
                unavailable["api"] = f"/api/v1/claims/ listed {count} claims, expected a page of {PAGE_SIZE}"
        missing = {"hello", "hello_page_size", "cached", "cached_gzip", "rows", "uncached", "drf"} & set(
            unavailable
        )
        if missing:
            raise RuntimeError(
                "pages the run needs failed: " + "; ".join(unavailable[n] for n in sorted(missing))
            )
        live = [name for name in pages if name not in unavailable]
        for name in live:  # warm-up: imports, template loading, connections, the page cache
            settle(server.base_url)
            run_load(server.base_url + pages[name], seconds=1, headers=PAGE_HEADERS.get(name))
        for round_number in range(args.rounds):
            order = live if round_number % 2 == 0 else list(reversed(live))
            for name in order:
                settle(server.base_url)
                result = run_load(
                    server.base_url + pages[name], seconds=args.seconds, headers=PAGE_HEADERS.get(name)
                )
                if not result.ok:
                    raise RuntimeError(f"{pages[name]}: {result.errors} errors in {result.requests} requests")
                results[name].append(result)
            say(
                f"  round {round_number + 1}/{args.rounds}: "
                + ", ".join(f"{name} {results[name][-1].rps:,.0f}/s" for name in live)
            )

    def med(name: str, attribute: str) -> float:
        return statistics.median(getattr(result, attribute) for result in results[name])

    details["http"] = {
        "tool": results["hello"][0].tool,
        "page_bytes": page_bytes,
        "seconds_per_run": args.seconds,
        "rounds": args.rounds,
        "pages": {
            name: {
                "path": pages[name],
                "rps": spread([r.rps for r in results[name]]),
                "p50_ms": spread([r.p50_ms for r in results[name]]),
                "p99_ms": spread([r.p99_ms for r in results[name]]),
            }
            for name in pages
            if results[name]
        },
        "unavailable": unavailable,
    }
    brief_page = {
        "cached_rps": round(med("cached", "rps"), 1),
        "cached_ratio_vs_hello": round(med("cached", "rps") / med("hello", "rps"), 3),
        # Issue 18's target: the floor for sending a body as big as the page.
        "cached_ratio_vs_page_sized_hello": round(med("cached", "rps") / med("hello_page_size", "rps"), 3),
        "uncached_rps": round(med("uncached", "rps"), 1),
        "uncached_ratio_vs_template_baseline": round(med("uncached", "rps") / med("rows", "rps"), 3),
        "cached_p99_ms": round(med("cached", "p99_ms"), 2),
        "uncached_p99_ms": round(med("uncached", "p99_ms"), 2),
    }
    if "api" in unavailable:
        api = {"list_rps": None, "list_ratio_vs_drf_baseline": None, "list_p99_ms": None}
    else:
        api = {
            "list_rps": round(med("api", "rps"), 1),
            "list_ratio_vs_drf_baseline": round(med("api", "rps") / med("drf", "rps"), 3),
            "list_p99_ms": round(med("api", "p99_ms"), 2),
        }
    return brief_page, api


CACHE_CALLS = ("get", "get_many", "get_or_set", "set", "set_many", "add", "incr", "delete", "delete_many")


def measure_request_costs(details: dict) -> dict:
    """Queries and cache calls of one request to each brief page, counted in this process through the whole
    Django stack on the servers' settings, database and cache. On Redis each call is one round trip; the
    uncached page's count includes the bench wrapper's purge (1 query, 2 calls)."""
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    backend = caches["default"]
    calls: list[str] = []
    depth = [0]

    def counted(name: str, method: Callable) -> Callable:
        def call(*args, **kwargs):
            if depth[0] == 0:  # outermost only: the local-memory cache's get_many calls its own get
                calls.append(name)
            depth[0] += 1
            try:
                return method(*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    client = Client(HTTP_HOST="127.0.0.1")
    costs = {}
    for name in CACHE_CALLS:
        setattr(backend, name, counted(name, getattr(backend, name)))
    try:
        for page, path in (
            ("cached", f"/briefs/{BRIEF_SLUG}/"),
            ("uncached", f"/bench/uncached/briefs/{BRIEF_SLUG}/"),
        ):
            for _ in range(2):  # warm: this process's copies, as a gunicorn worker's after its first requests
                client.get(path)
            calls.clear()
            with CaptureQueriesContext(connection) as captured:
                status = client.get(path).status_code
            if status != 200:
                raise RuntimeError(f"GET {path} answered {status}")
            costs[page] = {"queries": len(captured), "cache_calls": list(calls)}
    finally:
        for name in CACHE_CALLS:
            delattr(backend, name)
    details["request_costs"] = costs
    return {
        f"{page}_{kind}": len(cost["cache_calls"]) if kind == "cache_round_trips" else cost["queries"]
        for page, cost in costs.items()
        for kind in ("queries", "cache_round_trips")
    }


def machine_facts() -> dict:
    import django
    from django.db import connection

    with connection.cursor():
        pass
    version = connection.Database.sqlite_version if connection.vendor == "sqlite" else None
    if connection.vendor == "postgresql":
        version = ".".join(str(part) for part in divmod(connection.pg_version, 10000))
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "database": f"{connection.vendor} {version}",
    }


# --- report --------------------------------------------------------------------------------------------


def _mark(ok: bool | None) -> str:
    return "n/a" if ok is None else ("yes" if ok else "NO")


def report(figures: dict, details: dict) -> str:
    imp, sug, asm, page, api = (figures[k] for k in ("import", "suggest", "assembly", "brief_page", "api"))
    http = details["http"]["pages"]
    small, large = details["assembly"]["sizes"]

    def rps(name: str) -> str:
        entry = http[name]["rps"]
        return f"{entry['median']:,.0f}/s ({entry['min']:,.0f}–{entry['max']:,.0f})"

    def lat(name: str) -> str:
        return f"p50 {http[name]['p50_ms']['median']:.1f} / p99 {http[name]['p99_ms']['median']:.1f} ms"

    bulk = details["import"]["bulk_create_rows_per_s"]
    rows = [
        (
            "import",
            f"{imp['articles_per_s']:,.0f} articles/s ({details['import']['articles']:,} articles)",
            f"bare bulk_create {bulk['median']:,.0f} rows/s ({bulk['min']:,.0f}–{bulk['max']:,.0f})",
            f"{imp['ratio_vs_bulk_insert']:.2f}×",
            _mark(
                imp["articles_per_s"] >= TARGETS["import_articles_per_s"]
                and imp["ratio_vs_bulk_insert"] >= TARGETS["import_ratio"]
            ),
            "≥ 1,000/s and ≥ 0.5×",
        ),
        (
            "suggest",
            f"{sug['articles_per_s']:,.0f} articles/s",
            f"precision {sug['precision']:.3f}, recall {sug['recall']:.3f}",
            "",
            "",
            "on the 5 seeds",
        ),
        (
            f"assembly {small:,}",
            f"{asm['seconds_1000_claims']:.3f} s, {asm['queries_1000_claims']} queries",
            "",
            "",
            "",
            "",
        ),
        (
            f"assembly {large:,}",
            f"{asm['seconds_10000_claims']:.3f} s, {asm['queries_10000_claims']} queries",
            "",
            "",
            _mark(
                asm["seconds_10000_claims"] < TARGETS["assembly_seconds"]
                and asm["queries_10000_claims"] == asm["queries_1000_claims"]
            ),
            "< 2 s, same queries",
        ),
        (
            "brief page, cached",
            f"{rps('cached')}, {lat('cached')}",
            f"hello-world {rps('hello')}, {lat('hello')}",
            f"{page['cached_ratio_vs_hello']:.2f}×",
            _mark(page["cached_ratio_vs_hello"] >= TARGETS["cached_ratio"]),
            "≥ 0.8×",
        ),
        (
            "  … gzip, as browsers ask",
            f"{rps('cached_gzip')}, {lat('cached_gzip')}",
            "hello-world",
            f"{http['cached_gzip']['rps']['median'] / http['hello']['rps']['median']:.2f}×",
            "",
            "(not a target)",
        ),
        (
            "  … hello-world, page-sized",
            f"{rps('hello_page_size')}, {lat('hello_page_size')}",
            "hello-world",
            f"{http['hello_page_size']['rps']['median'] / http['hello']['rps']['median']:.2f}×",
            "",
            f"(the floor for {details['http']['page_bytes'] / 1e3:,.0f} kB)",
        ),
        (
            "  … cached, against the floor",
            f"{rps('cached')}",
            "hello-world, page-sized",
            f"{page['cached_ratio_vs_page_sized_hello']:.2f}×",
            _mark(page["cached_ratio_vs_page_sized_hello"] >= TARGETS["cached_ratio"]),
            "≥ 0.8× (issue 18)",
        ),
        (
            "brief page, uncached",
            f"{rps('uncached')}, {lat('uncached')}",
            f"200-row template {rps('rows')}, {lat('rows')}",
            f"{page['uncached_ratio_vs_template_baseline']:.2f}×",
            _mark(page["uncached_ratio_vs_template_baseline"] >= TARGETS["uncached_ratio"]),
            "≥ 1×",
        ),
    ]
    if api["list_rps"] is None:
        reason = details["http"]["unavailable"].get("api", "not measured")
        rows.append(
            (
                "API claims list",
                f"UNAVAILABLE: {reason}",
                f"bare DRF list {rps('drf')}, {lat('drf')}",
                "",
                "n/a",
                "≥ 1×",
            )
        )
    else:
        rows.append(
            (
                "API claims list",
                f"{rps('api')}, {lat('api')}",
                f"bare DRF list {rps('drf')}, {lat('drf')}",
                f"{api['list_ratio_vs_drf_baseline']:.2f}×",
                _mark(api["list_ratio_vs_drf_baseline"] >= TARGETS["api_ratio"]),
                "≥ 1×",
            )
        )
    costs = figures["requests"]
    rows.append(
        (
            "queries, cache round trips",
            f"cached page {costs['cached_queries']}, {costs['cached_cache_round_trips']}; "
            f"uncached {costs['uncached_queries']}, {costs['uncached_cache_round_trips']}",
            "per request, warm process",
            "",
            _mark(costs["cached_queries"] == 0 and costs["cached_cache_round_trips"] <= 1),
            "cached: 0 queries, ≤ 1 trip",
        )
    )
    header = ("what", "measured (median, min–max)", "baseline, same run", "ratio", "met", "target")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    machine = figures["machine"]
    lines.append(
        f"\n{machine['cpus']} CPUs, Python {machine['python']}, Django {machine['django']}, {machine['database']}; "
        f"HTTP load: {details['http']['tool']}, {details['http']['rounds']} alternating rounds of "
        f"{details['http']['seconds_per_run']:g} s, 2 sync gunicorn workers"
    )
    return "\n".join(lines)


def phase(name: str, function: Callable, *args):
    say(f"{name} …")
    t0 = time.perf_counter()
    value = function(*args)
    say(f"  ({time.perf_counter() - t0:.1f}s)")
    return value


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="briefdesk-bench-"))
    env = bench_environment(workdir)
    started = time.perf_counter()
    try:
        prepare_throwaway_state(workdir, env)
        from bench.data import baseline_groups, bench_users

        baseline_groups(200)
        details: dict = {"sizes": vars(args) | {"output": str(args.output)}}
        figures: dict = {}
        figures["import"] = phase("import", measure_import, args, details)
        figures["suggest"] = phase("suggestions", measure_suggest, args, details)
        editor, reviewer = bench_users()
        figures["assembly"] = phase("assembly", measure_assembly, args, details, editor, reviewer)
        phase("published brief for the pages", publish_page_brief, args, editor, reviewer)
        from django.db import connections

        connections.close_all()
        figures["brief_page"], figures["api"] = phase("HTTP", measure_http, args, details, env, workdir)
        figures["requests"] = phase(
            "queries and cache round trips per request", measure_request_costs, details
        )
        figures["machine"] = machine_facts()
        sections = ("import", "suggest", "assembly", "brief_page", "api", "requests", "machine")
        figures = {key: figures[key] for key in sections}
        details["seconds"] = round(time.perf_counter() - started, 1)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(figures, indent=2) + "\n")
        args.output.with_name(args.output.stem + "-details.json").write_text(
            json.dumps(details, indent=2) + "\n"
        )
        say("\n" + report(figures, details))
        say(f"\nwrote {args.output} in {details['seconds']:.0f}s")
        return 0
    finally:
        if args.keep:
            say(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
