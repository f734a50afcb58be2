"""Services send tasks by name (config/dispatch.py): no service imports a tasks module, which imports it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from celery.exceptions import NotRegistered

from config import dispatch

REPO = Path(__file__).resolve().parents[2]
#: The layers a task wraps: none of them may import a tasks module, at the top or inside a function.
BELOW_THE_TASKS = ["briefs/services", "ingest/services", "briefs/selectors", "ingest/selectors.py"]


def python_files(*places: str) -> list[Path]:
    files: list[Path] = []
    for place in places:
        path = REPO / place
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return modules


def test_no_service_or_selector_imports_a_tasks_module():
    offenders = {
        str(path.relative_to(REPO)): sorted(
            name for name in imported_modules(path) if name.endswith(".tasks")
        )
        for path in python_files(*BELOW_THE_TASKS)
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_every_task_a_service_sends_by_name_is_registered():
    sent = {
        node.args[0].value
        for path in python_files(*BELOW_THE_TASKS)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and ast.unparse(node.func) == "dispatch.task"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }

    assert {"briefs.assemble_brief", "briefs.deliver_webhook", "ingest.import_upload"} <= sent
    assert {name for name in sent if not dispatch.is_registered(name)} == set()


def test_an_unknown_task_name_is_refused_loudly():
    assert not dispatch.is_registered("briefs.no_such_task")
    with pytest.raises(NotRegistered):
        dispatch.task("briefs.no_such_task")


def test_a_process_that_never_loaded_the_tasks_finds_them_by_name():
    # A web process sends its first task without having imported any tasks module.
    script = (
        "import sys, django; django.setup()\n"
        "from config import dispatch\n"
        "assert 'briefs.tasks' not in sys.modules and 'ingest.tasks' not in sys.modules\n"
        "print(dispatch.task('briefs.assemble_brief').name, dispatch.task('ingest.import_upload').name)\n"
    )
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["briefs.assemble_brief", "ingest.import_upload"]
