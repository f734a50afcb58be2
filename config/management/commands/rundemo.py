"""Run the demo: one Celery worker (with beat) and gunicorn on 127.0.0.1, stopped together by Ctrl-C.

Closing the terminal (SIGHUP), `kill` (SIGTERM) and Ctrl-C (SIGINT) all stop every process the demo started:
each child leads its own process group, and the whole group is signalled, so gunicorn's workers and the
Celery pool go with their parents. A child also gets SIGTERM from the kernel if this command dies without
a chance to clean up (SIGKILL), so no demo outlives its terminal.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import socket
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

STOP_GRACE_SECONDS = 10


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_PR_SET_PDEATHSIG = 1


def _raise_keyboard_interrupt(signum, frame):
    raise KeyboardInterrupt


def _die_with_parent() -> None:
    """Runs in the child between fork and exec: ask Linux to SIGTERM it when the demo command dies."""
    libc_name = ctypes.util.find_library("c")
    if libc_name:
        ctypes.CDLL(libc_name, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _signal_group(process: subprocess.Popen, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signum)


class Command(BaseCommand):
    help = "Start a Celery worker and the web server for the demo; Ctrl-C stops both."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--preflight", action="store_true", help="only check that the port is free")

    def handle(self, *args, host: str, port: int, preflight: bool, **options):
        if not port_is_free(host, port):
            raise CommandError(
                f"port {port} on {host} is busy: stop what is using it or run `make demo PORT=8001`"
            )
        if preflight:
            return
        bin_dir = os.path.dirname(sys.executable)
        var_dir = settings.VAR_DIR
        worker = subprocess.Popen(  # noqa: S603 - celery from this venv, fixed arguments, no shell
            [
                os.path.join(bin_dir, "celery"),
                "-A",
                "config",
                "worker",
                "--beat",
                "-c",
                "2",
                "-l",
                "info",
                "--without-gossip",
                "--without-mingle",
                "-s",
                str(var_dir / "celerybeat-schedule"),
            ],
            # Own session: Ctrl-C reaches only this command, which then stops the children in order.
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        web = subprocess.Popen(  # noqa: S603 - gunicorn from this venv, fixed arguments, no shell
            [
                os.path.join(bin_dir, "gunicorn"),
                "config.wsgi",
                "--bind",
                f"{host}:{port}",
                "--workers",
                "2",
                # Each gunicorn opens a control socket at one fixed path in the home folder by default; the
                # demo needs none and must not take over another instance's.
                "--no-control-socket",
                "--timeout",
                "30",  # an admin upload only stores its files in the request; the worker imports them
                "--access-logfile",
                "-",
            ],
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        children = {"worker": worker, "web server": web}
        base = f"http://{host}:{port}"
        self.stdout.write(
            f"\nBriefdesk is running (worker pid {worker.pid}, web pid {web.pid}):\n"
            f"  briefs        {base}/briefs/\n  admin         {base}/admin/\n  health        {base}/healthz\n"
            "Press Ctrl-C to stop.\n"
        )
        for signum in STOP_SIGNALS:
            signal.signal(signum, _raise_keyboard_interrupt)
        try:
            while True:
                for name, process in children.items():
                    if process.poll() is not None:
                        raise CommandError(f"the {name} stopped unexpectedly (exit {process.returncode})")
                time.sleep(0.5)
        except KeyboardInterrupt:
            self.stdout.write("\nStopping…")
        finally:
            self._stop(children.values())

    def _stop(self, processes) -> None:
        # A second signal while stopping must not cut the clean-up short.
        for signum in STOP_SIGNALS:
            signal.signal(signum, signal.SIG_IGN)
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for process in processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            # Whatever the leader left behind in its group (a worker it could not reap) goes too.
            _signal_group(process, signal.SIGKILL)
