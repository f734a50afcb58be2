"""Tasks looked up by their registered name, so that services never import a `tasks` module.

Each app's `tasks.py` imports its services (a task is a thin wrapper around one service call), so a service
that imported the tasks back would close an import circle. A service asks here for the task by name
(`task("briefs.assemble_brief").apply_async(...)`) and gets the one object Celery registered: eager mode,
`on_commit` and tests that patch the task's `delay` behave exactly as with the import.
"""

from __future__ import annotations

from celery import Task

from config.celery import app


def task(name: str) -> Task:
    """The task registered under `name`. A process that has not loaded the apps' task modules yet (a web
    process that has sent nothing so far) imports them first, as a worker does at start; an unknown name
    raises celery's NotRegistered (a KeyError)."""
    if name not in app.tasks:
        app.loader.import_default_modules()  # autodiscovery: every installed app's tasks module
    return app.tasks[name]


def is_registered(name: str) -> bool:
    """A task of this name exists (e.g. a failure recorded under a task since renamed does not)."""
    if name not in app.tasks:
        app.loader.import_default_modules()
    return name in app.tasks
