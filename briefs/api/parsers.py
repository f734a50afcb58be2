"""Request parsers that answer hostile bodies with a 400, never a 500."""

from __future__ import annotations

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class BoundedJSONParser(JSONParser):
    """DRF's JSON parser, plus: JSON nested deeper than Python's recursion limit (a few hundred levels of
    `[[[…]]]` in a few kilobytes) is a parse error like any other malformed body, not a crash."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - nested too deeply.") from None
