"""Strict parsing of settings from the environment.

A malformed value stops start-up with an ImproperlyConfigured that names the variable, instead of
silently falling back to a default the operator did not ask for.
"""

from __future__ import annotations

import builtins
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import overload
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_PERIODS = {"second": 1, "minute": 60, "hour": 60 * 60, "day": 24 * 60 * 60}


@dataclass(frozen=True)
class Rate:
    """A budget of ``count`` requests per ``seconds``."""

    count: int
    seconds: int


def parse_rate(value: str, *, variable: str) -> Rate:
    """'N/second', 'N/minute', 'N/hour' or 'N/day' with N at least 1."""
    count, _, period = value.partition("/")
    if not (count.isascii() and count.isdigit()) or int(count) < 1 or period not in _PERIODS:
        raise ImproperlyConfigured(f"{variable}={value!r}: expected N/second, N/minute, N/hour or N/day")
    return Rate(count=int(count), seconds=_PERIODS[period])


@dataclass(frozen=True)
class Env:
    """A read-only view of the process environment (injectable for tests).

    Its methods are named after the types they parse, which they shadow inside the class: annotations here
    spell the types `builtins.str`, `builtins.int` and so on."""

    values: Mapping[builtins.str, builtins.str]

    @classmethod
    def from_os(cls) -> Env:
        return cls(values=dict(os.environ))

    def raw(self, name: builtins.str) -> builtins.str | None:
        value = self.values.get(name)
        if value is None or value.strip() == "":
            return None
        return value.strip()

    @overload
    def str(
        self, name: builtins.str, default: builtins.str, *, required: builtins.bool = False
    ) -> builtins.str: ...
    @overload
    def str(
        self, name: builtins.str, default: None = None, *, required: builtins.bool = False
    ) -> builtins.str | None: ...
    def str(
        self, name: builtins.str, default: builtins.str | None = None, *, required: builtins.bool = False
    ) -> builtins.str | None:
        value = self.raw(name)
        if value is None:
            if required:
                raise ImproperlyConfigured(f"{name} is required but not set")
            return default
        return value

    def bool(self, name: builtins.str, default: builtins.bool) -> builtins.bool:
        value = self.raw(name)
        if value is None:
            return default
        lowered = value.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ImproperlyConfigured(
            f"{name}={value!r} is not a boolean; use one of true/false, 1/0, yes/no, on/off"
        )

    def int(
        self, name: builtins.str, default: builtins.int, *, minimum: builtins.int | None = None
    ) -> builtins.int:
        value = self.raw(name)
        if value is None:
            return default
        digits = value.strip().removeprefix("-")
        # int() also reads other scripts' digits and underscores; a setting is plain ASCII digits.
        if not (digits.isascii() and digits.isdigit()):
            raise ImproperlyConfigured(f"{name}={value!r} is not a whole number")
        number = int(value)
        if minimum is not None and number < minimum:
            raise ImproperlyConfigured(f"{name}={number} must be at least {minimum}")
        return number

    def float(
        self, name: builtins.str, default: builtins.float, *, minimum: builtins.float, maximum: builtins.float
    ) -> builtins.float:
        value = self.raw(name)
        if value is None:
            return default
        # float() also reads other scripts' digits, underscores, "nan" and exponents; a setting is a plain
        # ASCII decimal.
        if not _DECIMAL.fullmatch(value.strip()):
            raise ImproperlyConfigured(f"{name}={value!r} is not a number")
        number = float(value)
        if not minimum <= number <= maximum:
            raise ImproperlyConfigured(f"{name}={number} must lie between {minimum} and {maximum}")
        return number

    def rate(self, name: builtins.str, default: builtins.str) -> builtins.str:
        """A request budget such as '60/minute', checked here and kept as written."""
        value = self.str(name, default)
        parse_rate(value, variable=name)
        return value

    def list(self, name: builtins.str, default: builtins.list[builtins.str]) -> builtins.list[builtins.str]:
        value = self.raw(name)
        if value is None:
            return list(default)
        items = [item.strip() for item in value.split(",")]
        if any(not item for item in items):
            raise ImproperlyConfigured(
                f"{name}={value!r} has an empty item; separate values with single commas"
            )
        return items


_DB_ENGINES = {
    "postgres": "django.db.backends.postgresql",
    "postgresql": "django.db.backends.postgresql",
    "pgsql": "django.db.backends.postgresql",
    "sqlite": "django.db.backends.sqlite3",
}


def parse_database_url(url: str, *, variable: str = "DATABASE_URL") -> dict:
    """Turn postgres://user:pass@host:port/name?opt=v or sqlite:///path into a DATABASES entry."""
    parts = urlsplit(url)
    engine = _DB_ENGINES.get(parts.scheme)
    if engine is None:
        known = ", ".join(sorted(_DB_ENGINES))
        raise ImproperlyConfigured(
            f"{variable} has an unsupported scheme {parts.scheme!r}; use one of {known}"
        )
    if engine.endswith("sqlite3"):
        path = unquote(parts.path)
        if parts.netloc or not path or path == "/":
            raise ImproperlyConfigured(f"{variable} must look like sqlite:////absolute/path.sqlite3")
        # sqlite:////abs and sqlite:///abs both name /abs (the first is the documented form).
        return {"ENGINE": engine, "NAME": "/" + path.lstrip("/")}
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ImproperlyConfigured(f"{variable} names no database (expected postgres://user@host:port/name)")
    try:
        port = parts.port
    except ValueError:
        raise ImproperlyConfigured(f"{variable} has a malformed port") from None
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    return {
        "ENGINE": engine,
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(port or ""),
        "OPTIONS": options,
    }


def validate_redis_url(url: str, *, variable: str = "REDIS_URL") -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"redis", "rediss"} or not parts.hostname:
        raise ImproperlyConfigured(f"{variable}={url!r} must look like redis://host:port/db")
    try:
        _ = parts.port  # urlsplit only validates the port when it is read
    except ValueError:
        raise ImproperlyConfigured(f"{variable} has a malformed port") from None
    return url
