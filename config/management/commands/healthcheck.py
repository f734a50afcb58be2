from django.core.management.base import BaseCommand, CommandError

from config.diagnostics import probe_worker
from config.health import run_health_checks


class Command(BaseCommand):
    help = "Check the database, cache and broker (and, with --worker, that a worker answers). One line each."

    def add_arguments(self, parser):
        parser.add_argument("--worker", action="store_true", help="also round-trip a task through a worker")
        parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the worker")

    def handle(self, *args, worker: bool, timeout: float, **options):
        failed = []
        for result in run_health_checks():
            status = "ok" if result.ok else "DOWN"
            self.stdout.write(f"{result.name:<9} {status:<5} {result.detail}")
            if not result.ok:
                failed.append(result.name)
        if worker and not failed:
            try:
                answer = probe_worker(timeout=timeout)
            except Exception as exc:  # noqa: BLE001 - a timeout or a broker error both mean "no worker"
                self.stdout.write(f"worker    DOWN  no answer within {timeout:g}s ({exc.__class__.__name__})")
                failed.append("worker")
            else:
                self.stdout.write(f"worker    ok    pid {answer['pid']} on {answer['host']}")
        if failed:
            raise CommandError(f"unavailable: {', '.join(failed)}")
