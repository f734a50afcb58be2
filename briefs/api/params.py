"""Whole numbers in query parameters and request bodies: ASCII digits within bounds, or a 400 that says so.

`int()` is too lenient for input from the network: it takes "٣" (an Arabic-Indic three), " 3", "+3" and
"3_000", while `str.isdigit()` takes "²", which `int()` then refuses with a crash. Every number the API
reads goes through `whole_number`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from django import forms
from rest_framework import serializers

#: The largest id a row can have (a 64-bit signed primary key).
MAX_ID = 2**63 - 1

_ASCII_DIGITS = re.compile(r"[0-9]+")


def whole_number(raw: str | int, *, minimum: int = 0, maximum: int = MAX_ID) -> int:
    """`raw` as an int in [minimum, maximum]; a string must be ASCII digits only. Raises ValueError with
    a message for the caller."""
    expected = f"Expected a whole number from {minimum} to {maximum}, in ASCII digits."
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        raise ValueError(expected)
    if isinstance(raw, str):
        # The length check first: the digits of a number above MAX_ID need not be converted.
        if len(raw) > len(str(maximum)) or not _ASCII_DIGITS.fullmatch(raw):
            raise ValueError(expected)
        raw = int(raw)
    if not minimum <= raw <= maximum:
        raise ValueError(expected)
    return raw


def query_int(
    params: Mapping[str, str], name: str, *, default: int, minimum: int = 0, maximum: int = MAX_ID
) -> int:
    """The query parameter `name` as a whole number, `default` when absent or empty; else a 400."""
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        return whole_number(raw, minimum=minimum, maximum=maximum)
    except ValueError as exc:
        raise serializers.ValidationError({name: [str(exc)]}) from None


class WholeNumberFormField(forms.Field):
    """A filter's form field (django-filter) for an id."""

    def __init__(self, *, minimum: int = 0, maximum: int = MAX_ID, **kwargs):
        self.minimum, self.maximum = minimum, maximum
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return whole_number(value, minimum=self.minimum, maximum=self.maximum)
        except ValueError as exc:
            raise forms.ValidationError(str(exc), code="invalid") from None


class AsciiDecimalField(serializers.DecimalField):
    """DRF's DecimalField, without other scripts' digits in strings (Python's Decimal reads "١٠٠٠")."""

    def to_internal_value(self, data):
        if isinstance(data, str) and not data.isascii():
            self.fail("invalid")
        return super().to_internal_value(data)


class WholeNumberField(serializers.IntegerField):
    """A serializer field: a JSON integer, or a string of ASCII digits (DRF's IntegerField also takes
    "٣", true and 7.0)."""

    def __init__(self, *, minimum: int = 0, maximum: int = MAX_ID, **kwargs):
        super().__init__(min_value=minimum, max_value=maximum, **kwargs)

    def to_internal_value(self, data):
        try:
            return whole_number(data, minimum=self.min_value, maximum=self.max_value)
        except ValueError as exc:
            raise serializers.ValidationError(str(exc), code="invalid") from None
