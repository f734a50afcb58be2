"""The Celery application. Configuration comes from Django settings (CELERY_* names)."""

import os
import sys
from pathlib import Path

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")


def _report_a_closed_redis_transport_as_a_connection_error() -> None:
    """Keep the worker alive through a Redis restart (celery 5.7 / kombu 5.7).

    When the worker loses Redis, its consumer first collects the broken connection (which drops the
    transport's client) and then closes it; closing tries to restore the unacked messages through that
    transport and fails with AttributeError instead of a connection error. That is not an error the
    worker retries, so it exits ("Unrecoverable error") instead of reconnecting, and nothing consumes
    until someone restarts it. Reporting the closed transport as the connection error it is lets the
    worker's usual reconnect loop take over. Measured by tests/integration/test_broker_restart.py;
    remove once that test passes without it.
    """
    from kombu.transport import redis as kombu_redis
    from redis.exceptions import ConnectionError as RedisConnectionError

    connparams = kombu_redis.Channel._connparams
    if getattr(connparams, "closed_transport_is_a_connection_error", False):
        return

    def _connparams(self, asynchronous=False):
        if self.connection.client is None:
            raise RedisConnectionError("the broker connection is closed")
        return connparams(self, asynchronous=asynchronous)

    _connparams.closed_transport_is_a_connection_error = True
    kombu_redis.Channel._connparams = _connparams


_report_a_closed_redis_transport_as_a_connection_error()

app = Celery("briefdesk")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_configure.connect
def load_settings_or_exit(sender: Celery, **kwargs) -> None:
    """`celery worker` / `celery beat` with a malformed setting: one line naming it, as manage.py does."""
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.INSTALLED_APPS  # noqa: B018 - forces the settings to load and be validated now
    except ImproperlyConfigured as exc:
        sys.exit(f"briefdesk: configuration error: {exc}")


@app.on_after_configure.connect
def prepare_embedded_broker(sender: Celery, **kwargs) -> None:
    """The filesystem transport and file result backend need their folders before the first message."""
    options = sender.conf.broker_transport_options or {}
    folders = [options.get(key) for key in ("data_folder_in", "data_folder_out", "control_folder")]
    backend = str(sender.conf.result_backend or "")
    if backend.startswith("file://"):
        folders.append(backend.removeprefix("file://"))
    for folder in filter(None, folders):
        Path(folder).mkdir(parents=True, exist_ok=True)
