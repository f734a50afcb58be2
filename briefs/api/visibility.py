"""What the current request may see, worked out once per request (see briefs.selectors)."""

from __future__ import annotations

from briefs.selectors import PublicIndex, PublicState, public_index, public_state


def request_state(request) -> PublicState:
    state = getattr(request, "_briefdesk_public_state", None)
    if state is None:
        state = public_state()
        request._briefdesk_public_state = state
    return state


def request_index(request) -> PublicIndex:
    index = getattr(request, "_briefdesk_public_index", None)
    if index is None:
        index = public_index(request_state(request))
        request._briefdesk_public_index = index
    return index
