"""Lists served from the JSON their publication stored, spliced as text rather than parsed and dumped again.

Published rows never change until the next publication, so the JSON of each row is written once (at
publication, briefs/public/publication.py) and a page of a list is those fragments joined: no json.loads
and json.dumps per row on every request. A serializer opts in by defining ``fragment(row) -> str``, the
row's complete JSON object, and ``fragment_fields``, the columns it reads (the list fetches those as plain
tuples: no model instances), some of them computed by ``fragment_annotations``; its ``to_representation`` parses that same text, so the detail and the list
say the same thing by construction.
"""

from __future__ import annotations

import json

from rest_framework.renderers import JSONRenderer


class RawJSON(str):
    """Text that is already JSON, written into the response as it is."""


class FragmentJSONRenderer(JSONRenderer):
    """DRF's JSON renderer, except that a top-level value that is ``RawJSON`` is copied, not encoded."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if not isinstance(data, dict) or not any(isinstance(value, RawJSON) for value in data.values()):
            return super().render(data, accepted_media_type, renderer_context)
        members = []
        for key, value in data.items():
            encoded = value if isinstance(value, RawJSON) else super().render(value).decode()
            members.append(f"{json.dumps(key, ensure_ascii=False)}:{encoded or 'null'}")
        return ("{" + ",".join(members) + "}").encode()


class FragmentListMixin:
    """For list views whose serializer defines ``fragment(row)``: the page's rows as one RawJSON array."""

    def list(self, request, *args, **kwargs):
        serializer = self.get_serializer()
        if not hasattr(serializer, "fragment"):
            return super().list(request, *args, **kwargs)
        queryset = self.filter_queryset(self.get_queryset()).annotate(
            **getattr(serializer, "fragment_annotations", {})
        )
        sort_keys = [name.lstrip("-") for name in queryset.query.order_by]
        columns = dict.fromkeys([*serializer.fragment_fields, *sort_keys])
        rows = self.paginate_queryset(queryset.values_list(*columns, named=True))
        if rows is None:
            return super().list(request, *args, **kwargs)
        results = RawJSON("[" + ",".join(serializer.fragment(row) for row in rows) + "]")
        return self.get_paginated_response(results)
