"""Folders and files that hold the database, its backups or secrets: readable by their owner only.

Creating them with the mode already set (rather than chmod afterwards) leaves no moment in which another
local user could open them.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) if absent; the folder itself is created 0700. An existing
    folder is left as it is: the operator may have chosen its mode."""
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # created meanwhile by another process
            path.mkdir(mode=PRIVATE_DIR_MODE)
    return path


def ensure_private_file(path: Path) -> bool:
    """Create `path` empty with mode 0600 if it does not exist; True when it was created here."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(descriptor)
    return True


def private_file(path: Path) -> Path:
    """A file we are about to (over)write with sensitive content: created 0600, or tightened to 0600."""
    if not ensure_private_file(path):
        path.chmod(PRIVATE_FILE_MODE)
    return path
