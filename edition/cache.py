"""A small on-disk cache for stage results that depend only on their input and our code.

Entries live under ``<project>/.cache/<name>/``, named by a hash of the input and of the source
files of the modules that compute them, so editing those modules invalidates old entries.
Entries are written atomically; an unreadable entry is treated as absent.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from edition.files import CACHE_DIR

log = logging.getLogger(__name__)
T = TypeVar("T")
CACHE_ROOT = CACHE_DIR
FORMAT = 1


@functools.cache
def code_fingerprint(modules: tuple[str, ...]) -> str:
    """A hash of the source files of ``modules`` (dotted names) and the cache format."""
    import importlib.util

    digest = hashlib.sha256(str(FORMAT).encode())
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec and spec.origin:
            digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()[:16]


def cached(name: str, key: str, modules: Iterable[str], compute: Callable[[], T]) -> T:
    """``compute()``, or its result from an earlier run with the same key and code."""
    if os.environ.get("EDITION_NO_CACHE"):
        return compute()
    digest = hashlib.sha256(f"{key}\0{code_fingerprint(tuple(modules))}".encode()).hexdigest()[:32]
    folder = CACHE_ROOT / name
    path = folder / f"{digest}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # our own files, written below
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass
    value = compute()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only project still builds, just without the cache
        log.debug("cache %s not written: %s", name, exc)
    return value
