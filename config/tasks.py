"""Diagnostic task: proves a worker consumes the queue and reaches the same database, cache and results."""

import os
import socket

from celery import shared_task
from django.core.cache import cache
from django.db import connection


@shared_task(name="briefdesk.probe", acks_late=True, ignore_result=False)
def probe(token: str) -> dict:
    cache.set(f"probe:{token}", os.getpid(), timeout=300)
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {
        "token": token,
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "database": str(connection.settings_dict["NAME"]),
    }
