"""What the current request may see, worked out once per request (see briefs.selectors)."""

from __future__ import annotations

import secrets
import threading

from django.core.cache import cache
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from redis.exceptions import RedisError

from briefs.models import Claim
from briefs.selectors import PublicIndex, PublicState, public_index, public_state

#: How long a process trusts its own copy of an index without asking the cache whether it still holds it.
_STAMP_CACHE_SECONDS = 24 * 60 * 60

# The last index this process read, with the stamp the cache held for it. Unpickling the whole index from
# the cache on every request was a large part of a list's cost; a stamp is a few bytes. An index never
# changes for a given fingerprint (published snapshots are immutable), so the stamp only guards against
# the cache being emptied (a flush, an eviction, a test's cache.clear()): then the index is read again.
_memo = threading.local()


def request_state(request) -> PublicState:
    state = getattr(request, "_briefdesk_public_state", None)
    if state is None:
        state = public_state()
        request._briefdesk_public_state = state
    return state


def _stamp_key(state: PublicState) -> str:
    return f"briefs:public-index-stamp:v1:{state.fingerprint}"


def shared_index(state: PublicState) -> PublicIndex:
    """The index for this publication state: this process's copy while the cache still vouches for it,
    else briefs.selectors.public_index (from the cache, or built with 1 query)."""
    try:
        stamp = cache.get(_stamp_key(state))
    except RedisError:  # the cache is down: build the index from the database (public_index does)
        return public_index(state)
    memo = getattr(_memo, "value", None)
    if stamp is not None and memo is not None and memo[0] == state.fingerprint and memo[1] == stamp:
        return memo[2]
    index = public_index(state)
    if stamp is None:
        stamp = secrets.token_hex(8)
        try:
            cache.set(_stamp_key(state), stamp, timeout=_STAMP_CACHE_SECONDS)
        except RedisError:
            return index
    _memo.value = (state.fingerprint, stamp, index)
    return index


def request_index(request) -> PublicIndex:
    index = getattr(request, "_briefdesk_public_index", None)
    if index is None:
        index = shared_index(request_state(request))
        request._briefdesk_public_index = index
    return index


def visible_claims(index: PublicIndex) -> QuerySet[Claim]:
    """briefs.selectors.public_claims(index) — approved claims a public revision cites — with the cited
    ids written into the SQL as a literal list built once per index: Django prepares a parameter per id
    on every query, which for a few hundred published claims cost more than the rest of a claims page.
    The ids are integers read from our own snapshots (int() again here), never client input; a test holds
    this to the same rows as public_claims."""
    if not index.claim_ids:
        return Claim.objects.none()
    return Claim.objects.approved().filter(pk__in=RawSQL(_id_list_sql(index), ()))


def _id_list_sql(index: PublicIndex) -> str:
    memo = getattr(_memo, "id_list", None)
    if memo is None or memo[0] is not index:
        memo = (index, ",".join(str(int(pk)) for pk in sorted(index.claim_ids)))
        _memo.id_list = memo
    return memo[1]
