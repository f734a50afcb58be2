#!/usr/bin/env python
"""Django's command-line utility, with configuration and connection errors reported in one line."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line
    from django.db import OperationalError as DatabaseUnreachable
    from kombu.exceptions import OperationalError as BrokerUnreachable

    try:
        settings.INSTALLED_APPS  # noqa: B018 - forces the settings to load and be validated now
    except ImproperlyConfigured as exc:
        sys.exit(f"briefdesk: configuration error: {exc}")
    try:
        execute_from_command_line(sys.argv)
    except DatabaseUnreachable as exc:
        sys.exit(f"briefdesk: the database is unreachable (check DATABASE_URL): {_one_line(exc)}")
    except BrokerUnreachable as exc:
        sys.exit(f"briefdesk: the task broker is unreachable (check REDIS_URL): {_one_line(exc)}")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


if __name__ == "__main__":
    main()
