"""Signals the ingest app sends explicitly from its services (never from model saves).

`briefs` listens to re-anchor claims when a Source's body changed; `ingest` itself knows nothing about
claims. (Audit entries need no signal: both apps write them through ops.services.audit.)
"""

from django.dispatch import Signal

#: Sent inside the transaction that changed a Source's body. Arguments: source, previous_body, user.
source_body_changed = Signal()
