"""Playwright driving Debian's chromium (never a downloaded browser) against pytest-django's live server."""

import os
from pathlib import Path

import pytest

from tests.conftest import CHROMIUM


@pytest.fixture(scope="module")
def browser():
    """One browser per module: Playwright's event loop must be gone before non-browser tests run."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"browser tests need Debian's chromium at {CHROMIUM}: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in the test thread while the browser lives; the
    # tests' own ORM calls stay synchronous and safe, so Django's async-context guard is relaxed for
    # exactly that long, and restored before any other module runs.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield from _launch(sync_playwright)
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def _launch(sync_playwright):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],  # fmt: skip
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def screenshots(tmp_path, request) -> Path:
    """Where a test saves its screenshots: a temporary folder, or, to keep them as artifacts, a folder
    per test under ``BROWSER_SCREENSHOTS`` (e.g. ``BROWSER_SCREENSHOTS=var/screenshots``)."""
    kept = os.environ.get("BROWSER_SCREENSHOTS")
    folder = Path(kept) / request.node.name if kept else tmp_path / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_in(page, live_server, username: str, password: str = "correct horse battery") -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")
