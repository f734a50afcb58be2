"""`make loadtest`: readers and partners on a production-like stack while a Celery worker is killed.

    python -m bench.loadtest [--warmup 30] [--duration 180] [--rate 60] [--connections 8]

On a throwaway database (SQLite in a temporary folder with the embedded filesystem broker, or
BENCH_DATABASE_URL / BENCH_REDIS_URL, which it empties, exactly like `make bench`): migrate, import the
seed corpus (CORPUS), load and publish the demo briefing, add a few unpublished briefs that share its
claims, issue partner tokens. Then start gunicorn (production settings, 127.0.0.1, a free port) and two
Celery workers, warm up, and load a mix of 80 % reader pages and 20 % API requests with partner tokens
while an editor process edits and re-approves claims (each edit asks for assemblies). A third of the way
in, one worker (main process and pool) is killed with SIGKILL. Afterwards every brief must be assembled
from everything the editor did, by the surviving worker.

Writes ``var/loadtest.json``; exits 1 when a request failed, a latency target was missed or the tasks did
not survive the kill; exits 2 when the run could not take place (it prints the error and the tail of each
log first). Bounded in time (warm-up + duration + a drain of at most --drain-timeout seconds) and in
requests (--max-requests). See docs/reliability.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.error
import urllib.request
from pathlib import Path

from bench.run import REPO, _positive, bench_environment, machine_facts, prepare_throwaway_state, say

TARGET_P99_MS = {"pages": 300.0, "api": 500.0}
WEIGHTS = {"pages": 0.8, "api": 0.2}
EXTRA_BRIEF_PREFIX = "load-desk-"
PARTNER_PREFIX = "load-partner-"
EDIT_MARK = re.compile(r" \(load edit \d+\)$")
#: After the kill time, wait at most this long for a moment when a worker's pool is running a task.
KILL_WINDOW_SECONDS = 10.0
EDITOR_STOP_SECONDS = 30.0
FIRST_EVENT_DAY = dt.date(2023, 9, 1)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.loadtest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--warmup", type=_positive(float), default=30.0, help="seconds of unmeasured load")
    parser.add_argument("--duration", type=_positive(float), default=180.0, help="seconds measured")
    parser.add_argument(
        "--rate",
        type=float,
        default=60.0,
        help="requests per second over all connections (0: each connection as fast as answers come)",
    )
    parser.add_argument("--connections", type=_positive(int), default=8, help="concurrent client connections")
    parser.add_argument("--web-workers", type=_positive(int), default=4, help="gunicorn sync workers")
    parser.add_argument("--worker-concurrency", type=_positive(int), default=1, help="pool size per worker")
    parser.add_argument("--edit-interval", type=_positive(float), default=1.0, help="seconds between edits")
    parser.add_argument("--debounce", type=_positive(int), default=2, help="BRIEF_ASSEMBLY_DEBOUNCE_SECONDS")
    parser.add_argument("--extra-briefs", type=int, default=2, help="unpublished briefs sharing the claims")
    parser.add_argument("--extra-claims", type=_positive(int), default=300, help="own claims of each")
    parser.add_argument("--partners", type=_positive(int), default=3, help="partners, one token each")
    parser.add_argument("--kill-at", type=float, default=1 / 3, help="fraction of --duration (0–1)")
    parser.add_argument("--drain-timeout", type=_positive(float), default=60.0)
    parser.add_argument("--max-requests", type=_positive(int), default=100_000, help="cap per phase")
    parser.add_argument("--output", type=Path, default=REPO / "var" / "loadtest.json")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, logs)")
    parser.add_argument("--editor", type=Path, help=argparse.SUPPRESS)  # internal: the editor process
    args = parser.parse_args(argv)
    if not 0 < args.kill_at < 1:
        parser.error("--kill-at must be between 0 and 1")
    if args.rate < 0:
        parser.error("--rate must be 0 or more")
    if args.extra_briefs < 0:
        parser.error("--extra-briefs must be 0 or more")
    return args


# --- the data the load reads and the editor changes -----------------------------------------------------


def prepare(args) -> dict:
    """Demo briefing, extra briefs, partner tokens; returns what the load and the editor need."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from bench.data import bench_users, build_brief
    from briefs.models import Brief, BriefRevision, Claim, Partner, Proposition
    from briefs.services.assembly import assemble_brief
    from briefs.services.demo import load_demo_briefing
    from briefs.services.partners import issue_token
    from ingest.models import Source

    editor, reviewer = bench_users()
    corpus = Path(settings.CORPUS_DIR)
    if not any(corpus.glob("*.txt")):
        raise RuntimeError(f"no seed articles (*.txt) in {corpus}: set CORPUS to the seeds folder")
    call_command("import_sources", str(corpus), user=editor.username, stdout=io.StringIO())
    demo = load_demo_briefing(editor=editor, reviewer=reviewer)
    if not demo.published:
        raise RuntimeError("the demo briefing was not published")
    brief = demo.brief
    published = BriefRevision.objects.get(brief=brief, status=BriefRevision.Status.PUBLISHED)
    # Approved claims of its key points: exactly what the publication cites.
    claims = list(
        Claim.objects.filter(key_points__brief=brief, status=Claim.Status.APPROVED)
        .select_related("speaker", "source__outlet")
        .order_by("pk")
        .distinct()
    )
    # The first claim of each source is never edited, so every source, its outlet and that claim's speaker
    # stay visible in the API while the others go through draft and back; the editor edits the rest.
    kept: dict[int, Claim] = {}
    for claim in claims:
        kept.setdefault(claim.source_id, claim)
    protected = list(kept.values())
    editable = [claim for claim in claims if claim not in protected]
    if not editable:
        raise RuntimeError("the demo briefing has no claim the editor could edit")

    extra_ids = []
    sources = list(Source.objects.order_by("pk").only("pk", "body"))
    for number in range(1, args.extra_briefs + 1):
        extra = build_brief(
            slug=f"{EXTRA_BRIEF_PREFIX}{number}",
            count=args.extra_claims,
            sources=sources,
            editor=editor,
            reviewer=reviewer,
            key_points=4,
            seed=number,
        )
        first_point = Proposition.objects.filter(brief=extra).order_by("position").first()
        first_point.claims.add(*editable)
        assemble_brief(brief_id=extra.pk)
        extra_ids.append(extra.pk)

    user_model = get_user_model()
    tokens = []
    for number in range(1, args.partners + 1):
        user = user_model.objects.create_user(username=f"{PARTNER_PREFIX}{number}")
        Partner.objects.create(name=f"Load test partner {number}", user=user)
        tokens.append(issue_token(user=user, name="load test", created_by=editor).plain)

    return {
        "brief": {"id": brief.pk, "slug": brief.slug, "published_revision": published.number},
        "brief_ids": [brief.pk, *extra_ids],
        "claims": {"protected": [claim.pk for claim in protected], "editable": [c.pk for c in editable]},
        "editable": [{"id": claim.pk, "paraphrase": claim.paraphrase} for claim in editable],
        "sources": sorted({claim.source_id for claim in claims}),
        "speakers": sorted({claim.speaker.slug for claim in protected}),
        "all_speakers": sorted({claim.speaker.slug for claim in claims}),
        "outlets": sorted({claim.source.outlet.slug for claim in protected if claim.source.outlet}),
        "stances": sorted({claim.stance for claim in claims}),
        "tokens": tokens,
        "editor": editor.username,
        "reviewer": reviewer.username,
        "counts": {
            "sources": Source.objects.count(),
            "demo_claims": len(claims),
            "editable_claims": len(editable),
            "briefs": Brief.objects.count(),
        },
    }


def request_mix(scenario: dict) -> dict:
    """The two classes of the load: reader pages (both interface languages) and the API with tokens."""
    from bench.load import MixClass

    slug = scenario["brief"]["slug"]
    pages = [
        "/briefs/",
        f"/briefs/{slug}/",
        f"/briefs/{slug}/",
        f"/briefs/{slug}/",
        f"/briefs/{slug}/revisions/",
        f"/briefs/{slug}/revisions/{scenario['brief']['published_revision']}/",
        *(f"/sources/{pk}/" for pk in scenario["sources"]),
        *(f"/actors/{speaker}/" for speaker in scenario["all_speakers"]),
        "/feeds/briefs.atom",
        "/feeds/briefs.rss",
    ]
    protected = scenario["claims"]["protected"]
    api = [
        "/api/v1/briefs/",
        f"/api/v1/briefs/{slug}/",
        f"/api/v1/briefs/{slug}/revisions/",
        "/api/v1/key-points/",
        "/api/v1/claims/",
        "/api/v1/claims/?page_size=50",
        f"/api/v1/claims/?brief={slug}",
        f"/api/v1/claims/?ordering=said_on&brief={slug}",
        *(f"/api/v1/claims/?speaker={speaker}" for speaker in scenario["speakers"][:3]),
        *(f"/api/v1/claims/?stance={stance}" for stance in scenario["stances"][:3]),
        *(f"/api/v1/claims/?outlet={outlet}" for outlet in scenario["outlets"][:2]),
        *(f"/api/v1/claims/{pk}/" for pk in protected[:3]),
        "/api/v1/sources/",
        *(f"/api/v1/sources/{pk}/" for pk in scenario["sources"][:3]),
        "/api/v1/actors/",
        "/api/v1/outlets/",
        "/api/v1/changes/?since=0",
    ]
    languages = ({"Accept-Language": "en"}, {"Accept-Language": "id"})
    tokens = tuple({"Authorization": f"Bearer {token}"} for token in scenario["tokens"])
    return {
        "pages": MixClass(weight=WEIGHTS["pages"], paths=pages, headers=languages),
        "api": MixClass(weight=WEIGHTS["api"], paths=api, headers=tokens),
    }


def check_paths(base_url: str, mix: dict) -> list[str]:
    """Every path answers 200 once (with the class's first headers) before any load starts."""
    problems = []
    for name, spec in mix.items():
        for path in sorted(set(spec.paths)):
            request = urllib.request.Request(base_url + path, headers=dict(spec.headers[0]))  # noqa: S310 - the harness's own loopback server, base URL built by bench.server
            try:
                with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - the harness's own loopback server, base URL built by bench.server
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError as error:
                status = f"no answer ({error})"
            if status != 200:
                problems.append(f"{name} {path}: {status}")
    return problems


# --- the editor (a process of its own, so that its work never competes with the load generator's GIL) ----


def run_editor(spec_path: Path) -> int:
    """Every ``interval`` seconds an editor rewords a claim and corrects its event date, and a reviewer
    approves it again: two assembly requests, and a snapshot that differs from the last one (the date
    and wording are on the timeline)."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from briefs.models import Claim
    from briefs.services.claims import update_claim
    from briefs.services.review import approve_claim

    spec = json.loads(spec_path.read_text())
    users = get_user_model().objects
    editor, reviewer = users.get(username=spec["editor"]), users.get(username=spec["reviewer"])
    originals = {item["id"]: EDIT_MARK.sub("", item["paraphrase"]) for item in spec["claims"]}
    ids = list(originals)
    edits: list[list] = []
    errors: list[str] = []
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    number = 0
    while not stop.is_set() and time.time() < spec["until"]:
        claim_id = ids[number % len(ids)]
        try:
            claim = Claim.objects.get(pk=claim_id)
            edited = {
                "paraphrase": f"{originals[claim_id]} (load edit {number})",
                "event_start": FIRST_EVENT_DAY + dt.timedelta(days=number % 60),
                "event_end": None,
                "event_precision": Claim.Precision.DAY,
            }
            claim = update_claim(claim=claim, edits=edited, user=editor, expected_version=claim.version)
            approve_claim(claim=claim, reviewer=reviewer, note="load test")
            edits.append([time.time(), claim_id, number])
        except Exception as error:  # noqa: BLE001 - reported and counted: an editor's failure is a failure
            errors.append(f"{time.time():.1f} claim {claim_id}: {type(error).__name__}: {error}")
        number += 1
        stop.wait(spec["interval"])
    Path(spec["report"]).write_text(json.dumps({"edits": edits, "errors": errors}))
    return 0


class Editor:
    def __init__(self, *, env: dict[str, str], workdir: Path, scenario: dict, interval: float, until: float):
        self.spec_path = workdir / "editor.json"
        self.report_path = workdir / "editor-report.json"
        self.log_path = workdir / "editor.log"
        self.spec_path.write_text(
            json.dumps(
                {
                    "claims": scenario["editable"],
                    "editor": scenario["editor"],
                    "reviewer": scenario["reviewer"],
                    "interval": interval,
                    "until": until,
                    "report": str(self.report_path),
                }
            )
        )
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(  # noqa: S603 - this interpreter running our own module, no shell
            [sys.executable, "-m", "bench.loadtest", "--editor", str(self.spec_path)],
            env=env,
            cwd=REPO,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def finish(self, timeout: float) -> dict:
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.kill(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=EDITOR_STOP_SECONDS)
        self._log.close()
        if not self.report_path.exists():
            return {"edits": [], "errors": [f"the editor exited with {self.process.returncode}; see its log"]}
        return json.loads(self.report_path.read_text())

    def stop(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=EDITOR_STOP_SECONDS)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)


# --- the worker kill and what survived it ---------------------------------------------------------------


def kill_a_worker(workers: list, at: float, outcome: dict) -> None:
    """At ``at`` (time.time()), SIGKILL a running worker whose pool is running a task, else the first
    running one. A worker that already exited on its own is a finding of its own (see ``evaluate``)."""
    from bench.server import process_gone

    time.sleep(max(0.0, at - time.time()))
    deadline = time.monotonic() + KILL_WINDOW_SECONDS
    candidates = [worker for worker in workers if worker.alive]
    if not candidates:
        return
    ticks = {worker.name: worker.busy_ticks() for worker in candidates}
    victim, busy = None, False
    while time.monotonic() < deadline:
        time.sleep(0.1)
        now = {worker.name: worker.busy_ticks() for worker in candidates}
        running = [worker for worker in candidates if now[worker.name] > ticks[worker.name]]
        if running:
            victim, busy = running[0], True
            break
        ticks = now
    victim = victim or candidates[0]
    killed_at = time.time()
    pids = victim.kill()
    gone_by = time.monotonic() + 5
    while not all(process_gone(pid) for pid in pids) and time.monotonic() < gone_by:
        time.sleep(0.05)
    outcome.update(
        victim=victim.name,
        pids=pids,
        at_epoch=killed_at,
        busy=busy,
        dead=all(process_gone(pid) for pid in pids),
    )


def stale_briefs(brief_ids: list[int]) -> list[str]:
    """Briefs whose latest revision is not what assembling them now would give (read-only)."""
    from briefs.assembly import assemble, snapshot_hash
    from briefs.models import Brief
    from briefs.selectors.assembly_inputs import assembly_inputs

    stale = []
    for brief in Brief.objects.filter(pk__in=brief_ids).order_by("pk"):
        inputs = assembly_inputs(brief)
        expected = snapshot_hash(assemble(inputs.brief, inputs.claims, inputs.sources, inputs.aliases))
        latest = brief.revisions.order_by("-number").first()
        if latest is None or latest.content_hash != expected:
            stale.append(brief.slug)
    return stale


def wait_until_assembled(brief_ids: list[int], timeout: float) -> tuple[list[str], float]:
    started = time.monotonic()
    stale = stale_briefs(brief_ids)
    while stale and time.monotonic() - started < timeout:
        time.sleep(1.0)
        stale = stale_briefs(brief_ids)
    return stale, time.monotonic() - started


def revisions_since(brief_ids: list[int], epoch: float) -> int:
    from briefs.models import BriefRevision

    moment = dt.datetime.fromtimestamp(epoch, tz=dt.UTC)
    return BriefRevision.objects.filter(brief_id__in=brief_ids, created_at__gt=moment).count()


# --- the run --------------------------------------------------------------------------------------------


def load_environment(args, workdir: Path) -> dict[str, str]:
    env = bench_environment(workdir)
    env["BRIEF_ASSEMBLY_DEBOUNCE_SECONDS"] = str(args.debounce)
    return env


def run(args, env: dict[str, str], workdir: Path) -> dict:
    from django.conf import settings
    from django.db import connections

    from bench.load import run_mix
    from bench.server import CeleryWorker, Gunicorn
    from config.celery import app

    say("data …")
    t0 = time.perf_counter()
    scenario = prepare(args)
    say(f"  {scenario['counts']} in {time.perf_counter() - t0:.1f}s")
    connections.close_all()
    mix = request_mix(scenario)
    result: dict = {}
    workers = [
        CeleryWorker(
            env=env,
            log_dir=workdir,
            name=f"w{number}",
            queues=[settings.CELERY_TASK_DEFAULT_QUEUE],
            concurrency=args.worker_concurrency,
        )
        for number in (1, 2)
    ]
    editor = None
    try:
        with Gunicorn(env=env, log_dir=workdir, workers=args.web_workers) as server:
            # One after the other: two workers declaring their queues at the same moment on the embedded
            # filesystem broker race on its exchange table file, and one may read it half written and exit.
            for worker in workers:
                worker.start()
                seconds = worker.wait_ready(app)
                say(f"  celery worker {worker.name} pid {worker.process.pid} ready in {seconds:.1f}s")
            say(f"  gunicorn pid {server.process.pid} ({args.web_workers} sync workers) on {server.base_url}")
            problems = check_paths(server.base_url, mix)
            if problems:
                raise RuntimeError("paths the load needs do not answer 200: " + "; ".join(problems))
            say(
                f"  {len(mix['pages'].paths)} page paths, {len(mix['api'].paths)} API paths, "
                f"{len(scenario['tokens'])} partner tokens, {len(scenario['editable'])} claims to edit"
            )

            started = time.time()
            end = started + args.warmup + args.duration
            editor = Editor(
                env=env, workdir=workdir, scenario=scenario, interval=args.edit_interval, until=end
            )
            say(f"warm-up {args.warmup:g}s (not measured) …")
            warmup = run_mix(
                server.base_url,
                mix,
                seconds=args.warmup,
                connections=args.connections,
                rate=args.rate or None,
                max_requests=args.max_requests,
            )
            say(f"  {warmup.requests} requests, {warmup.errors} errors")

            load_before = os.getloadavg()[0]
            measured_from = time.time()
            kill_at = measured_from + args.duration * args.kill_at
            kill: dict = {}
            killer = threading.Thread(target=kill_a_worker, args=(workers, kill_at, kill), daemon=True)
            killer.start()
            say(f"measured run {args.duration:g}s, a worker killed at {args.duration * args.kill_at:.0f}s …")
            measured = run_mix(
                server.base_url,
                mix,
                seconds=args.duration,
                connections=args.connections,
                rate=args.rate or None,
                max_requests=args.max_requests,
            )
            load_after = os.getloadavg()[0]
            killer.join(timeout=KILL_WINDOW_SECONDS + 30)
            say(
                f"  {measured.requests} requests, {measured.errors} errors; "
                + (
                    f"killed worker {kill['victim']} (pids {kill['pids']}, busy: {kill['busy']})"
                    if kill
                    else "NO worker was killed"
                )
            )
            edits = editor.finish(timeout=max(0.0, end - time.time()) + EDITOR_STOP_SECONDS)
            say(
                f"  editor: {len(edits['edits'])} edits, {len(edits['errors'])} errors; waiting for assembly …"
            )
            stale, drained = wait_until_assembled(scenario["brief_ids"], args.drain_timeout)
            survivors = [worker for worker in workers if worker.name != kill.get("victim")]
            survivor = survivors[0] if len(survivors) == 1 else None
            # A worker that exited by itself (not the one killed) is a failure whatever else happened.
            crashed = {
                worker.name: worker.exit_reason() for worker in survivors if worker.exit_reason() is not None
            }
            result = {
                "warmup": {
                    "requests": warmup.requests,
                    "errors": warmup.errors,
                    "classes": {name: warmup.classes[name].summary(warmup.elapsed) for name in mix},
                },
                "measured": measured,
                "kill": kill,
                "edits": edits,
                "tasks": {
                    "edits": len(edits["edits"]),
                    "edits_after_kill": sum(
                        1 for edit in edits["edits"] if kill and edit[0] > kill["at_epoch"]
                    ),
                    "editor_errors": edits["errors"][:10],
                    "revisions_assembled": revisions_since(scenario["brief_ids"], started),
                    "revisions_after_kill": revisions_since(scenario["brief_ids"], kill["at_epoch"])
                    if kill
                    else 0,
                    "stale_briefs": stale,
                    "drain_seconds": round(drained, 1),
                    "survivor": survivor.name if survivor else None,
                    "survivor_alive": bool(survivor and survivor.alive),
                    "crashed_workers": crashed,
                    "survivor_answers": bool(
                        survivor and survivor.alive and survivor.answers(app, timeout=15)
                    ),
                },
                "scenario": scenario,
                "measured_from": measured_from,
                # The machine's 1-minute load average around the measured run: other work competes for
                # the same cores, and the figures mean little without it.
                "load_average": [round(load_before, 2), round(load_after, 2)],
                "base_url": server.base_url,
                "gunicorn_pid": server.process.pid,
            }
    finally:
        if editor is not None:
            editor.stop()
        for worker in workers:
            if worker.process is not None:
                worker.stop()
    return result


def evaluate(args, result: dict) -> dict:
    """The figures of var/loadtest.json, with every failure named."""
    measured = result["measured"]
    classes = {name: measured.classes[name].summary(measured.elapsed) for name in measured.classes}
    failures = []
    for name, figures in classes.items():
        figures["target_p99_ms"] = TARGET_P99_MS[name]
        figures["met"] = figures["errors"] == 0 and figures["p99_ms"] <= TARGET_P99_MS[name]
        if figures["errors"]:
            failures.append(f"{name}: {figures['errors']} errors in {figures['requests']} requests")
        if figures["p99_ms"] > TARGET_P99_MS[name]:
            failures.append(f"{name}: p99 {figures['p99_ms']:.0f} ms > {TARGET_P99_MS[name]:.0f} ms")
        if not figures["requests"]:
            failures.append(f"{name}: no requests")
    if result["warmup"]["errors"]:
        failures.append(f"warm-up: {result['warmup']['errors']} errors")
    kill, tasks = result["kill"], result["tasks"]
    if not kill:
        failures.append("no worker was killed")
    elif not kill["dead"]:
        failures.append(f"worker {kill['victim']} still runs after SIGKILL")
    if tasks["editor_errors"]:
        failures.append(f"editor: {len(result['edits']['errors'])} failed edits")
    if kill and tasks["edits_after_kill"] and not tasks["revisions_after_kill"]:
        failures.append("no revision was assembled after the kill")
    if tasks["stale_briefs"]:
        failures.append(f"not assembled from the latest edits: {', '.join(tasks['stale_briefs'])}")
    for name, reason in tasks["crashed_workers"].items():
        failures.append(f"worker {name} was not killed but {reason}")
    if tasks["survivor_alive"] and not tasks["survivor_answers"]:
        failures.append("the surviving worker does not answer")
    total = sum(figures["requests"] for figures in classes.values())
    return {
        "ok": not failures,
        "failures": failures,
        "classes": classes,
        "share": {
            name: round(figures["requests"] / total, 3) if total else 0 for name, figures in classes.items()
        },
        "warmup": result["warmup"],
        "worker_kill": {key: kill.get(key) for key in ("victim", "pids", "busy", "dead")}
        | {"at_s": round(kill["at_epoch"] - (result["measured_from"]), 1) if kill else None},
        "tasks": tasks,
        "settings": {
            "warmup_s": args.warmup,
            "duration_s": args.duration,
            "rate": args.rate,
            "connections": args.connections,
            "web_workers": args.web_workers,
            "celery_workers": 2,
            "worker_concurrency": args.worker_concurrency,
            "edit_interval_s": args.edit_interval,
            "debounce_s": args.debounce,
            "extra_briefs": args.extra_briefs,
            "extra_claims": args.extra_claims,
            "partners": args.partners,
            "capped": measured.capped,
            "load_average_before_after": result["load_average"],
            "elapsed_s": round(measured.elapsed, 1),
        },
    }


# --- report ---------------------------------------------------------------------------------------------


def report(figures: dict) -> str:
    header = (
        "class",
        "share",
        "requests",
        "errors",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "target",
        "met",
    )
    rows = [
        (
            name,
            f"{figures['share'][name]:.0%}",
            f"{c['requests']:,}",
            str(c["errors"]),
            f"{c['rps']:.1f}",
            f"{c['p50_ms']:.0f}",
            f"{c['p95_ms']:.0f}",
            f"{c['p99_ms']:.0f}",
            f"{c['max_ms']:.0f}",
            f"p99 ≤ {c['target_p99_ms']:.0f} ms, 0 errors",
            "yes" if c["met"] else "NO",
        )
        for name, c in figures["classes"].items()
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    kill, tasks, settings = figures["worker_kill"], figures["tasks"], figures["settings"]
    if kill["victim"]:
        lines.append(
            f"\nworker {kill['victim']} SIGKILLed at {kill['at_s']:.0f}s (pids {kill['pids']}; "
            f"{'mid-task' if kill['busy'] else 'idle'}; {'gone' if kill['dead'] else 'STILL RUNNING'})"
        )
    else:
        lines.append("\nNO worker was killed")
    lines.append(
        f"editor: {tasks['edits']} edits and re-approvals ({tasks['edits_after_kill']} after the kill), "
        f"{len(tasks['editor_errors'])} errors; {tasks['revisions_assembled']} revisions assembled, "
        f"{tasks['revisions_after_kill']} after the kill by {tasks['survivor']} "
        f"({'answering' if tasks['survivor_answers'] else 'NOT answering'}); "
        + (
            f"every brief assembled from the last edits {tasks['drain_seconds']:.0f}s after the run"
            if not tasks["stale_briefs"]
            else f"NOT assembled after {tasks['drain_seconds']:.0f}s: {', '.join(tasks['stale_briefs'])}"
        )
    )
    machine = figures["machine"]
    lines.append(
        f"{settings['duration_s']:g}s measured after {settings['warmup_s']:g}s of warm-up "
        f"({figures['warmup']['requests']:,} requests, {figures['warmup']['errors']} errors); "
        f"{settings['rate']:g} req/s asked over {settings['connections']} connections; "
        f"gunicorn {settings['web_workers']} sync workers, 2 Celery workers × {settings['worker_concurrency']}; "
        f"{machine['cpus']} CPUs, Python {machine['python']}, Django {machine['django']}, {machine['database']}, "
        f"broker {machine['broker']}; load average {settings['load_average_before_after'][0]:.1f} before, "
        f"{settings['load_average_before_after'][1]:.1f} at the end of the measured run"
    )
    if figures["failures"]:
        lines.append("\nFAILED: " + "; ".join(figures["failures"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.editor:
        return run_editor(args.editor)
    workdir = Path(tempfile.mkdtemp(prefix="briefdesk-loadtest-"))
    env = load_environment(args, workdir)
    started = time.perf_counter()
    try:
        prepare_throwaway_state(workdir, env)
        from django.conf import settings

        result = run(args, env, workdir)
        figures = evaluate(args, result)
        figures["machine"] = machine_facts() | {
            "broker": "redis" if settings.CELERY_BROKER_URL.startswith("redis") else "filesystem (embedded)"
        }
        figures["seconds"] = round(time.perf_counter() - started, 1)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(figures, indent=2) + "\n")
        say("\n" + report(figures))
        say(f"\nwrote {args.output} in {figures['seconds']:.0f}s")
        return 0 if figures["ok"] else 1
    except Exception as error:  # noqa: BLE001 - the run could not take place: say why before the logs go
        say(f"\nLOAD TEST COULD NOT RUN: {type(error).__name__}: {error}")
        for log in sorted(workdir.rglob("*.log")):
            say(
                f"--- last lines of {log.name} ---\n"
                + "\n".join(log.read_text(errors="replace").splitlines()[-40:])
            )
        traceback.print_exc()
        return 2
    finally:
        if args.keep:
            say(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
