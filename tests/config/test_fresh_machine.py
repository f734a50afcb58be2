"""`make test` on a machine without Debian's chromium: the browser tests are reported as deselected with the
reason, never errors; where REQUIRE_BROWSER=1 (CI) their absence fails the run."""

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO


def _pytest_browser_tests(**extra_env: str) -> subprocess.CompletedProcess:
    env = {name: value for name, value in os.environ.items() if name != "REQUIRE_BROWSER"}
    env.update(CHROMIUM="/nonexistent/chromium", **extra_env)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/browser"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_browser_tests_are_deselected_with_the_reason_where_chromium_is_missing():
    run = _pytest_browser_tests()
    assert "error" not in run.stdout.lower()
    assert run.returncode == pytest.ExitCode.NO_TESTS_COLLECTED
    assert "browser tests deselected" in run.stdout
    assert "/nonexistent/chromium" in run.stdout


@pytest.mark.slow
def test_ci_fails_loudly_when_the_browser_tests_cannot_run():
    run = _pytest_browser_tests(REQUIRE_BROWSER="1")
    assert run.returncode == pytest.ExitCode.USAGE_ERROR
    assert "REQUIRE_BROWSER=1" in run.stderr
