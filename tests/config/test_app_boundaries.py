"""Dependencies point one way: briefs → ingest → ops. Nothing below imports what sits above it."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Each app and the apps it must never import.
FORBIDDEN = {"ops": {"briefs", "ingest"}, "ingest": {"briefs"}}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_an_app_never_imports_the_apps_above_it(app):
    files = sorted((ROOT / app).rglob("*.py"))
    assert files, f"no Python files under {app}/"
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) & FORBIDDEN[app]) for path in files
    }
    assert {path: found for path, found in offenders.items() if found} == {}
