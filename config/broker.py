"""The embedded default's broker: kombu's filesystem transport, with messages written atomically.

kombu's filesystem channel creates a message file and only then writes into it, so a worker polling the
folder at that moment can take the still-empty file, fail to decode it and exit, and the task is lost
(kombu issue #1551; our load test hit it). Here a message is written under a name no consumer looks
at (it does not end in ``<queue>.msg``) and renamed into place when complete: a rename within one
folder is atomic, so a consumer sees the whole message or nothing.
"""

from __future__ import annotations

import os
import uuid
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps


class Channel(filesystem.Channel):
    def _put(self, queue, payload, **kwargs):
        name = f"{round(monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        partial = os.path.join(self.data_folder_out, f".{name}.partial")
        try:
            with open(partial, "wb") as message:
                message.write(str_to_bytes(dumps(payload)))
            os.replace(partial, final)
        except OSError as exc:
            raise ChannelError(f"Cannot add file {final!r} to directory") from exc


class AtomicFilesystemTransport(filesystem.Transport):
    Channel = Channel
