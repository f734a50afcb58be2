import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.conftest import REPO
from tests.waiting import wait_for


def test_demo_says_so_when_its_port_is_busy():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(CommandError, match=f"port {port} on 127.0.0.1 is busy"):
            call_command("rundemo", "--preflight", "--port", str(port))


def test_demo_preflight_passes_on_a_free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    call_command("rundemo", "--preflight", "--port", str(port))


def _descendants(pid: int) -> set[int]:
    """Every process below `pid`, read from /proc (Linux), whatever session or group it moved to."""
    found: set[int] = set()
    pending = [pid]
    while pending:
        parent = pending.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    pending.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.parametrize("stop_signal", [signal.SIGHUP, signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_demo_stops_everything_it_started_when_its_terminal_goes(tmp_path, stop_signal):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env["VAR_DIR"] = str(tmp_path)
    demo = subprocess.Popen(
        [sys.executable, "manage.py", "rundemo", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # like a terminal: the demo leads its own group, as under a shell
    )
    started: set[int] = set()
    try:
        # gunicorn listening and at least its two workers plus the Celery worker's pool started
        wait_for(lambda: _listening(port), timeout=30)
        started = wait_for(lambda: _at_least(5, _descendants(demo.pid)), timeout=30)
        demo.send_signal(stop_signal)
        demo.wait(timeout=30)
        wait_for(lambda: not [pid for pid in started if _alive(pid)], timeout=15)
        assert not _listening(port)
    finally:
        if demo.poll() is None:
            os.killpg(demo.pid, signal.SIGKILL)
        for pid in started | _descendants(demo.pid):
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def _at_least(count: int, pids: set[int]) -> set[int] | None:
    return pids if len(pids) >= count else None


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0
