"""Signals the ingest app sends explicitly from its services (never from model saves).

`briefs` listens to re-anchor claims and to keep its audit trail; `ingest` itself knows nothing about
claims or the trail.
"""

from django.dispatch import Signal

#: Sent inside the transaction that changed a Source's body. Arguments: source, previous_body, user.
source_body_changed = Signal()

#: Sent inside the transaction of an editor's decision on an ingest record: an outlet confirmed or merged,
#: an import kept as a copy, told apart or discarded. Arguments: user, action (e.g. "outlet.confirm"),
#: target (the model instance), before, after (dicts of the changed values), note.
editorial_decision = Signal()
