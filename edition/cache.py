"""The on-disk cache: where it lives, how entries are named, checked, written and evicted.

Where: ``EDITION_CACHE_DIR``, else the user's cache folder (:func:`edition.files.cache_dir`).
``EDITION_NO_CACHE`` (any non-empty value): nothing is read from or written to it; what a build
needs as a file goes to a private temporary folder, removed when the process ends.

An entry is ``<cache>/<kind>/<key>.<digest><suffix>``: ``key`` names what it was made from
(input and code), ``digest`` is the first 16 hex digits of the SHA-256 of its bytes, so the name
says what the content must be, and one rename publishes both (no side file to race with).

Checked before every use:

* entries read into memory (pickles, tables, template bytecode): their bytes are hashed on each
  read; they are read whole anyway, and the largest (12 MB) only by a build that missed the
  clean stage's cache;
* entries handed to other libraries by path (fonts, stylesheets, the fontconfig file, 25 MB a
  face, read on every build): written with a modification time derived from the digest, the
  *seal*. Any change made through the file system (a truncation, a partial or flipped write,
  another program, a copy) sets the modification time to the clock, so an intact seal is
  trusted with one ``stat``; a broken seal gets the whole file hashed once: the same bytes are
  sealed again, others are damage. Corruption that leaves the time alone (a failing disk) is
  left to the file system.

The digests catch accidents, not an adversary: whoever can write the cache folder can run code
through it (pickles, template bytecode), so it must be the user's own, as the default is.

A damaged entry is removed with one warning and the caller builds it again. A cache that
cannot be written (read-only, full, no home folder) gives one warning per process: entries are
then written to the private temporary folder, and valid entries of the cache are still read.

Bounded: after each write the least recently used entries (access time, set on every use)
are removed until the cache holds at most 90% of ``EDITION_CACHE_MB`` (default
:data:`DEFAULT_BOUND_MB`); entries used in the last minute (a running build's) are kept.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import logging
import os
import pickle
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from edition.errors import EditionError, Problem
from edition.files import cache_dir
from edition.files import write_atomically as _write_new  # no seal: memory entries and tags

log = logging.getLogger(__name__)
T = TypeVar("T")
FORMAT = 2
NO_CACHE_ENV = "EDITION_NO_CACHE"
BOUND_ENV = "EDITION_CACHE_MB"
# The faces of the three script variants take 12 x 25 MB; one edition's own entries (subset
# faces, ruby font, cleaned text, readings) about 6 MB. 1000 MB keeps every face and the
# entries of some hundred editions, and is small beside any disk that holds a TeX or a browser.
DEFAULT_BOUND_MB = 1000
RECENT_NS = 60 * 10**9  # entries used this recently belong to a running build: never evicted
STALE_TMP_NS = 3600 * 10**9  # a temporary file this old was left by a process that died
SEAL_EPOCH = 946_684_800  # 2000-01-01: sealed entries carry a modification time in 2000-2008

# Every kind of entry, with what it holds (for `edition cache info`; clear and prune only touch
# these folders, so a cache folder set to a busy place by mistake loses nothing else).
KINDS = {
    "clean": "cleaned articles (stage 2)",
    "readings": "readings of articles (stage 5)",
    "syllables": "pypinyin's syllable table",
    "charfreq": "character model of the mojibake repair, from jieba's dictionary",
    "opencc": "an OpenCC configuration of one table (s2t for single characters)",
    "words": "words, counts and tags from jieba's dictionary (readings)",
    "lexicon": "word readings merged from CC-CEDICT and pypinyin",
    "fonts": "single faces cut from the Noto Serif CJK collections",
    "subset": "faces cut down to the characters of one document",
    "pdfsubset": "fonts as WeasyPrint subsets them for one PDF (edition/render/pdfsubsets.py)",
    "ruby": "glyph-ruby fonts, one per document and reading style",
    "fontconfig": "fontconfig setup that hides the system's fonts",
    "paper": "page-size stylesheets",
    "pictures": "pictures embedded in articles (.docx)",
    "weasyprint": "WeasyPrint's C declarations compiled by cffi (edition/render/patches.py)",
    "jinja": "compiled layout templates",
    "segments": "jieba's word segmentation: its prefix dictionary, articles' word ends",
}
ENTRY = re.compile(r"^(?P<key>.+)\.(?P<digest>[0-9a-f]{16})(?P<suffix>\.[A-Za-z0-9]+)$")
TMP = re.compile(r"^\..*\.tmp$")
# What a refused write looks like; any other OSError is not the cache's and is raised.
WRITE_ERRNOS = frozenset(
    {
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EFBIG,
        errno.ENOTDIR,
        errno.EEXIST,  # a file where the cache folder should be
        errno.EIO,
    }
)


@dataclass(slots=True)
class _State:
    """Per process: whether the cache was found unwritable, and the private folder."""

    unwritable: Path | None = None  # the cache root that refused a write
    checked: Path | None = None  # the cache root found writable (and tagged)
    private: Path | None = None  # created private folder (inherited by forked workers)
    planned: tuple[int, Path] | None = None  # (pid, path) this process would create


_state = _State()


def enabled() -> bool:
    """False when ``EDITION_NO_CACHE`` is set."""
    return not os.environ.get(NO_CACHE_ENV)


def root() -> Path:
    """The cache's folder (it may not exist yet)."""
    return cache_dir()


def folder(kind: str) -> Path:
    """The folder of one kind of entry, e.g. ``folder("ruby")``."""
    if kind not in KINDS:
        raise ValueError(f"unknown cache kind {kind!r}")
    return root() / kind


def bound_bytes() -> int:
    """The size bound: ``EDITION_CACHE_MB`` megabytes, else :data:`DEFAULT_BOUND_MB`."""
    return _bound(os.environ.get(BOUND_ENV, ""))


@functools.cache
def _bound(value: str) -> int:
    try:
        mb = float(value) if value else DEFAULT_BOUND_MB
    except ValueError:
        mb = -1.0
    if not 0 <= mb < float("inf"):
        log.warning(
            "warning: %s=%r is not a number of megabytes; the cache keeps %d MB",
            BOUND_ENV,
            value,
            DEFAULT_BOUND_MB,
        )
        mb = DEFAULT_BOUND_MB
    return int(mb * 1024 * 1024)


def private_folder(create: bool = True) -> Path:
    """This process's private folder (in the system's temporary folder), for entries when the
    cache is off or cannot be written. Removed when the process (or the worker) ends.

    ``create=False`` gives the path it has or will have, without creating it.
    """
    if _state.private is not None and _state.private.is_dir():
        return _state.private  # created here, or by the parent before it forked this worker
    pid = os.getpid()
    if _state.planned is None or _state.planned[0] != pid:
        name = f"edition-cache-{pid}-{secrets.token_hex(4)}"
        _state.planned = (pid, Path(tempfile.gettempdir()) / name)
    path = _state.planned[1]
    if create:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        # multiprocessing's finaliser runs at the exit of the main process and of pool workers
        # alike (atexit does not run in workers), and only in the process that registered it.
        from multiprocessing import util

        util.Finalize(
            None, shutil.rmtree, args=(str(path),), kwargs={"ignore_errors": True}, exitpriority=0
        )
        _state.private = path
    return path


def folders() -> list[Path]:
    """Every folder entries may be read from: the cache and the private folder (for a confined
    fetcher, which must allow them before they exist)."""
    return [root(), private_folder(create=False)]


def _mirror(where: Path) -> Path:
    """The private counterpart of the cache folder ``where``."""
    return private_folder() / where.name


def _writable_root(where: Path) -> bool:
    """Whether to try writing into ``where`` (checking the cache once per process first)."""
    if not enabled():
        return False
    if _state.unwritable is not None and where.is_relative_to(_state.unwritable):
        return False
    top = root()
    if where.is_relative_to(top) and _state.checked != top:
        return check_writable()
    return True


def _refused(where: Path, exc: OSError) -> None:
    """Remember (and say once) that the cache cannot be written."""
    top = root() if where.is_relative_to(root()) else where
    if _state.unwritable is None:
        reason = exc.strerror or str(exc)
        log.warning(
            "warning: the cache %s cannot be written (%s); building without it, which is "
            "slower: make it writable, or set EDITION_CACHE_DIR to a writable folder",
            top,
            reason,
        )
    _state.unwritable = top


def check_writable() -> bool:
    """Create the cache folder if needed and try a write there; warn once when it fails.

    A parent calls this before starting worker processes, so they inherit the answer (one
    warning, not one per worker). Returns whether the cache is written.
    """
    if not enabled():
        _make_private()
        return False
    top = root()
    if _state.checked == top:
        return True
    if _state.unwritable is not None and top.is_relative_to(_state.unwritable):
        return False
    try:
        top.mkdir(parents=True, exist_ok=True)
        tag = top / "CACHEDIR.TAG"
        if not tag.exists():  # tells backup tools to skip the folder (bford.info/cachedir)
            _write_new(
                tag,
                lambda tmp: Path(tmp).write_text(
                    "Signature: 8a477f597d28d172789f06886806bc55\n"
                    "# This file is a cache directory tag created by edition.\n",
                    encoding="ascii",
                ),
            )
        fd, probe = tempfile.mkstemp(dir=top, prefix=".probe-", suffix=".tmp")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        if exc.errno not in WRITE_ERRNOS:
            raise
        _refused(top, exc)
        _make_private()
        return False
    _state.checked = top
    return True


def _make_private() -> None:
    """Make the private folder now, so that forked workers share it."""
    try:
        private_folder()
    except OSError:
        pass  # the first entry that needs it says so


# --- names, seals, digests -----------------------------------------------------------------


def _digest_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _digest_file(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()[:16]


def _seal_ns(digest: str) -> int:
    """The modification time a sealed entry with ``digest`` carries (whole even seconds, so
    file systems with coarse times keep it)."""
    return (SEAL_EPOCH + 2 * int(digest[:7], 16)) * 10**9


def _candidates(where: Path, key: str, suffix: str) -> list[tuple[Path, str]]:
    """Entries of ``where`` named ``key.<digest>suffix`` (usually one), sorted by name."""
    found = []
    prefix = key + "."
    try:
        with os.scandir(where) as listing:
            for entry in listing:
                name = entry.name
                if name.startswith(prefix) and name.endswith(suffix):
                    match = ENTRY.match(name)
                    if match and match["key"] == key and match["suffix"] == suffix:
                        found.append((Path(entry.path), match["digest"]))
    except OSError:  # missing or unreadable folder: no entries
        return []
    return sorted(found)


def _touch(path: Path, mtime_ns: int) -> None:
    """Record a use (access time) for the LRU bound, keeping the modification time (the seal)."""
    try:
        os.utime(path, ns=(time.time_ns(), mtime_ns))
    except OSError:
        pass  # a read-only cache: its entries are still used


def _damaged(path: Path, why: str) -> None:
    try:
        shown = path.relative_to(root())
    except ValueError:
        shown = path
    log.warning("warning: cache entry %s is damaged (%s); building it again", shown, why)
    try:
        path.unlink()
    except OSError:
        pass


def _search(where: Path) -> list[Path]:
    """The folders a lookup in ``where`` reads: the cache folder (unless the cache is off) and
    its private counterpart (when this process has one)."""
    out = [where] if enabled() else []
    if _state.private is not None and _state.private.is_dir():
        out.append(_state.private / where.name)
    return out


# --- entries read into memory --------------------------------------------------------------


def load(where: Path, key: str, suffix: str) -> bytes | None:
    """The bytes of entry ``key`` in folder ``where``, checked against their digest; None when
    there is no valid entry (a damaged one is removed with a warning)."""
    for place in _search(where):
        for path, digest in _candidates(place, key, suffix):
            try:
                data = path.read_bytes()
                mtime = path.stat().st_mtime_ns
            except OSError:
                continue
            if _digest_bytes(data) != digest:
                _damaged(path, f"{len(data)} bytes that do not match the digest in its name")
                continue
            _touch(path, mtime)
            return data
    return None


def save(where: Path, key: str, suffix: str, data: bytes) -> None:
    """Store ``data`` as entry ``key`` of ``where``; a cache that cannot be written is skipped
    (the value is in memory already)."""
    name = f"{key}.{_digest_bytes(data)}{suffix}"
    if not _writable_root(where):
        return
    try:
        _write_new(where / name, lambda tmp: Path(tmp).write_bytes(data))
    except OSError as exc:
        if exc.errno not in WRITE_ERRNOS:
            raise
        _refused(where, exc)
        return
    prune()


# --- entries used by path ------------------------------------------------------------------


def find(where: Path, key: str, suffix: str) -> Path | None:
    """The path of entry ``key`` in ``where`` if it is there and intact (see the module's
    docstring: seal, else whole-file digest); None otherwise (a damaged one is removed with a
    warning)."""
    for place in _search(where):
        for path, digest in _candidates(place, key, suffix):
            try:
                st = path.stat()
                seal = _seal_ns(digest)
                if st.st_mtime_ns != seal:
                    actual = _digest_file(path)
                    if actual != digest:
                        _damaged(
                            path,
                            f"{st.st_size} bytes that do not match the digest in its name",
                        )
                        continue
                    log.debug("cache entry %s changed time but not content; sealed again", path)
            except OSError:
                continue
            _touch(path, seal)
            return path
    return None


def store(where: Path, key: str, suffix: str, write: Callable[[str], object]) -> Path:
    """Write entry ``key`` of ``where`` by calling ``write(tmp_path)``, seal it and return its
    path. When the cache cannot be written (warned once) the entry goes to the private folder.

    Raises EditionError when neither can be written.
    """
    if _writable_root(where):
        try:
            path = _write_entry(where, key, suffix, write)
        except OSError as exc:
            if exc.errno not in WRITE_ERRNOS:
                raise
            _refused(where, exc)
        else:
            prune()
            return path
    try:
        return _write_entry(_mirror(where), key, suffix, write)
    except OSError as exc:
        if exc.errno not in WRITE_ERRNOS:
            raise
        raise EditionError(
            Problem(
                None,
                f"cannot write temporary files in {tempfile.gettempdir()}: "
                f"{exc.strerror or exc}; free some space or set TMPDIR to a writable folder",
            )
        ) from None


def _write_entry(where: Path, key: str, suffix: str, write: Callable[[str], object]) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=where, prefix=f".{key}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        digest = _digest_file(Path(tmp))
        os.chmod(tmp, 0o644)
        os.utime(tmp, ns=(time.time_ns(), _seal_ns(digest)))
        path = where / f"{key}.{digest}{suffix}"
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path



# --- the bound, info and clear -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    path: Path
    kind: str
    size: int
    used_ns: int  # access time: the last use


def entries(top: Path | None = None) -> Iterator[Entry]:
    """Every entry of the cache (files of the known kinds named like entries)."""
    top = top or root()
    for kind in KINDS:
        try:
            listing = list(os.scandir(top / kind))
        except OSError:
            continue
        for item in listing:
            if not ENTRY.match(item.name):
                continue
            try:
                st = item.stat(follow_symlinks=False)
            except OSError:
                continue
            if item.is_file(follow_symlinks=False):
                yield Entry(Path(item.path), kind, st.st_size, st.st_atime_ns)


def _stale_temporaries(top: Path) -> Iterator[Path]:
    now = time.time_ns()
    for kind in KINDS:
        try:
            listing = list(os.scandir(top / kind))
        except OSError:
            continue
        for item in listing:
            if TMP.match(item.name):
                try:
                    # ctime, not mtime: a file being written already carries its seal
                    if now - item.stat(follow_symlinks=False).st_ctime_ns > STALE_TMP_NS:
                        yield Path(item.path)
                except OSError:
                    continue


def prune(bound: int | None = None) -> int:
    """Remove least recently used entries until the cache holds at most 90% of ``bound``
    (default :func:`bound_bytes`) when it holds more; returns the bytes removed. Temporary
    files left by processes that died are removed too."""
    top = root()
    bound = bound_bytes() if bound is None else bound
    for tmp in _stale_temporaries(top):
        tmp.unlink(missing_ok=True)
    found = sorted(entries(top), key=lambda e: e.used_ns)
    total = sum(e.size for e in found)
    if total <= bound:
        return 0
    target, recent, removed = bound * 9 // 10, time.time_ns() - RECENT_NS, 0
    for entry in found:
        if total <= target:
            break
        if entry.used_ns > recent:
            continue
        try:
            entry.path.unlink()
        except OSError:
            continue
        total -= entry.size
        removed += entry.size
    if removed:
        log.debug("cache: removed %d bytes of least recently used entries", removed)
    return removed


@dataclass(frozen=True, slots=True)
class Summary:
    """What ``edition cache info`` shows."""

    root: Path
    bound: int
    kinds: dict[str, tuple[int, int]]  # kind -> (entries, bytes), every kind listed

    @property
    def size(self) -> int:
        return sum(size for _, size in self.kinds.values())

    @property
    def count(self) -> int:
        return sum(count for count, _ in self.kinds.values())


def summary() -> Summary:
    kinds = dict.fromkeys(KINDS, (0, 0))
    for entry in entries():
        count, size = kinds[entry.kind]
        kinds[entry.kind] = (count + 1, size + entry.size)
    return Summary(root(), bound_bytes(), kinds)


def clear() -> tuple[int, int]:
    """Remove every entry of the cache, and the temporary files of processes that died (not
    those of a build writing now); returns (entries, bytes)."""
    top = root()
    count = size = 0
    for entry in list(entries(top)):
        try:
            entry.path.unlink()
        except FileNotFoundError:
            continue
        count += 1
        size += entry.size
    for tmp in _stale_temporaries(top):
        tmp.unlink(missing_ok=True)
    for kind in KINDS:
        try:
            (top / kind).rmdir()  # only when empty: anything not ours stays
        except OSError:
            continue
    return count, size


# --- values computed by a stage ------------------------------------------------------------


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


def cached(kind: str, key: str, modules: Iterable[str], compute: Callable[[], T]) -> T:
    """``compute()``, or its result from an earlier run with the same key and code."""
    where = folder(kind)
    name = hashlib.sha256(f"{key}\0{code_fingerprint(tuple(modules))}".encode()).hexdigest()[:32]
    data = load(where, name, ".pickle")
    if data is not None:
        try:
            return pickle.loads(data)  # our own bytes, checked against their digest
        except (EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            log.debug("cache entry %s/%s no longer loads; computing it again", kind, name)
    value = compute()
    save(where, name, ".pickle", pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value
