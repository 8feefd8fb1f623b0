"""edition.cache: entries named by their digest and sealed, the LRU bound, info and clear, and
where the cache lives (never in the checkout or the package, unless EDITION_CACHE_DIR says so)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import edition.cache as cache

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


@pytest.fixture
def own_cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("EDITION_CACHE_MB", raising=False)
    monkeypatch.setattr(cache, "_state", cache._State())
    return tmp_path / "cache"


def write(data: bytes):
    return lambda tmp: Path(tmp).write_bytes(data)


def test_entry_is_named_by_its_digest_and_sealed(own_cache):
    import hashlib

    where = cache.folder("ruby")
    path = cache.store(where, "ruby-above-1234", ".otf", write(b"font bytes"))
    digest = hashlib.sha256(b"font bytes").hexdigest()[:16]
    assert path == own_cache / "ruby" / f"ruby-above-1234.{digest}.otf"
    assert path.stat().st_mtime_ns == cache._seal_ns(digest)
    assert (
        (own_cache / "CACHEDIR.TAG")
        .read_text()
        .startswith("Signature: 8a477f597d28d172789f06886806bc55\n")
    )
    assert cache.find(where, "ruby-above-1234", ".otf") == path
    assert cache.find(where, "ruby-above-5678", ".otf") is None
    assert [p.name for p in (own_cache / "ruby").iterdir()] == [path.name]  # no temporary file


def test_same_bytes_with_a_new_time_are_sealed_again_quietly(own_cache, caplog):
    where = cache.folder("paper")
    path = cache.store(where, "size-a4", ".css", write(b"@page { size: A4 }"))
    sealed = path.stat().st_mtime_ns
    os.utime(path)  # touched, or copied without its times: the seal is broken, not the content
    with caplog.at_level(logging.DEBUG, logger="edition.cache"):
        assert cache.find(where, "size-a4", ".css") == path
    assert [r.levelname for r in caplog.records] == ["DEBUG"]
    assert path.stat().st_mtime_ns == sealed


def test_memory_entries_are_checked_on_every_read(own_cache, caplog):
    where = cache.folder("clean")
    cache.save(where, "k", ".pickle", b"0123456789")
    (path,) = (own_cache / "clean").iterdir()
    assert cache.load(where, "k", ".pickle") == b"0123456789"
    os.chmod(path, 0o644)
    path.write_bytes(b"0123456780")  # same size
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))
    assert cache.load(where, "k", ".pickle") is None
    assert caplog.messages == [
        f"warning: cache entry clean/{path.name} is damaged (10 bytes that do not match the "
        "digest in its name); building it again"
    ]
    assert not path.exists()


def _entry(kind: str, name: str, size: int, used_seconds_ago: float) -> Path:
    path = cache.store(cache.folder(kind), name, ".bin", write(os.urandom(size)))
    used = time.time_ns() - int(used_seconds_ago * 1e9)
    os.utime(path, ns=(used, path.stat().st_mtime_ns))
    return path


def test_bound_removes_least_recently_used_first(own_cache, monkeypatch):
    old = _entry("fonts", "old", MB, 3600)
    middle = _entry("subset", "middle", MB, 1800)
    new = _entry("ruby", "new", MB, 600)
    monkeypatch.setenv("EDITION_CACHE_MB", "2.5")
    # a write prunes: 4 MB over a bound of 2.5 MB -> down to 90% of it, oldest use first
    latest = cache.store(cache.folder("ruby"), "latest", ".bin", write(os.urandom(MB)))
    assert not old.exists()
    assert not middle.exists()
    assert new.exists()
    assert latest.exists()
    assert cache.summary().size == 2 * MB


def test_entries_of_a_running_build_outlast_the_bound(own_cache, monkeypatch):
    recent = [_entry("fonts", f"face{i}", MB, 10) for i in range(3)]
    monkeypatch.setenv("EDITION_CACHE_MB", "1")
    assert cache.prune() == 0
    assert all(p.exists() for p in recent)


def test_prune_removes_temporary_files_of_dead_processes(own_cache, monkeypatch):
    folder = own_cache / "ruby"
    folder.mkdir(parents=True)
    dead, live = folder / ".x.otf.abc.tmp", folder / ".y.otf.def.tmp"
    dead.write_bytes(b"half")
    time.sleep(0.3)
    live.write_bytes(b"half")
    # A write in progress already carries its entry's seal (a time in 2000-2008): its age is
    # its status change time, which no one sets back.
    os.utime(live, ns=(0, cache._seal_ns("0123456789abcdef")))
    monkeypatch.setattr(cache, "STALE_TMP_NS", 200_000_000)  # 0.2 s instead of an hour
    cache.prune()
    assert not dead.exists()
    assert live.exists()


def test_bad_bound_is_reported_once(own_cache, monkeypatch, caplog):
    monkeypatch.setenv("EDITION_CACHE_MB", "lots")
    assert cache.bound_bytes() == cache.DEFAULT_BOUND_MB * MB
    assert cache.bound_bytes() == cache.DEFAULT_BOUND_MB * MB
    assert caplog.messages == [
        "warning: EDITION_CACHE_MB='lots' is not a number of megabytes; the cache keeps 1000 MB"
    ]


def test_cache_info_and_clear(own_cache, capsys):
    from edition.cli.main import main

    _entry("fonts", "face", 3 * MB, 60)
    _entry("ruby", "a", MB // 2, 60)
    _entry("ruby", "b", MB // 2, 60)
    foreign = own_cache / "fonts" / "mine.txt"  # not an entry: clear leaves it
    foreign.write_text("keep")
    assert main(["cache", "info"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [
        f"cache: {own_cache} (EDITION_CACHE_DIR is set)",
        "size: 4.0 MB in 3 entries, at most 1000 MB (EDITION_CACHE_MB); the least recently used go first",
    ]
    assert (
        "  fonts          1    3.0 MB  single faces cut from the Noto Serif CJK collections"
        in lines
    )
    assert (
        "  ruby           2    1.0 MB  glyph-ruby fonts, one per document and reading style"
        in lines
    )
    assert "  clean          0    0.0 MB  cleaned articles (stage 2)" in lines
    assert len(lines) == 2 + len(cache.KINDS)
    assert main(["cache", "clear"]) == 0
    assert capsys.readouterr().out == f"removed 3 entries (4.0 MB) from {own_cache}\n"
    assert foreign.read_text() == "keep"
    assert sorted(p.name for p in own_cache.iterdir()) == ["CACHEDIR.TAG", "fonts"]


def test_default_cache_is_the_users_even_in_a_new_home(tmp_path):
    """No EDITION_CACHE_DIR: the cache goes to the user's cache folder (here a home that does not
    exist yet, as on a fresh CI machine), not into the checkout."""
    home = tmp_path / "new-home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EDITION_", "XDG_"))}
    env["HOME"] = str(home)
    run = subprocess.run(
        [sys.executable, "make_edition.py", "-q", "pinyin", "--style", "numbers"],
        input="銀行\n",
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (run.returncode, run.stderr, run.stdout) == (0, "", "yin2 hang2\n")
    info = subprocess.run(
        [sys.executable, "make_edition.py", "cache", "info"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert info.stdout.splitlines()[0] == (
        f"cache: {home}/.cache/edition (set EDITION_CACHE_DIR to move it)"
    )
    assert any((home / ".cache" / "edition" / "words").iterdir())
