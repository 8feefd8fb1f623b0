"""`edition cache info` and `edition cache clear`: where it is and what it holds; emptying it."""

from __future__ import annotations

import os

from edition import cache
from edition.files import CACHE_ENV


def _mb(n_bytes: int) -> str:
    return f"{n_bytes / (1024 * 1024):.1f} MB"


def info(args) -> int:
    found = cache.summary()
    moved = f"{CACHE_ENV} is set" if os.environ.get(CACHE_ENV) else f"set {CACHE_ENV} to move it"
    print(f"cache: {found.root} ({moved})")
    print(
        f"size: {_mb(found.size)} in {found.count} entries, at most "
        f"{found.bound // (1024 * 1024)} MB ({cache.BOUND_ENV}); the least recently used go first"
    )
    if not cache.enabled():
        print(f"{cache.NO_CACHE_ENV} is set: builds neither read nor write it")
    width = max(map(len, cache.KINDS))
    for kind, (count, size) in found.kinds.items():
        print(f"  {kind:{width}} {count:5} {_mb(size):>9}  {cache.KINDS[kind]}")
    return 0


def clear(args) -> int:
    count, size = cache.clear()
    print(f"removed {count} entries ({_mb(size)}) from {cache.root()}")
    return 0
