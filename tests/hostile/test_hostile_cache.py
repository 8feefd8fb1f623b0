"""The cache heals itself (issue 14, point 3): an entry that changed since it was written (empty,
truncated, a flipped byte, other content) is not used: one warning, it is built again, and the
edition is the same, byte for byte, as one built from an intact cache. A cache that cannot be
written (read-only, full) means building without it: one warning, no temporary file left."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile_inputs import ARTICLE, NOTES, untouched

import edition.cache
from edition.cli.main import main

DAMAGED = "warning: cache entry {} is damaged ({} bytes that do not match the digest in its name); building it again"
READ_ONLY = "warning: the cache {} cannot be written (Permission denied); building without it, which is slower: make it writable, or set EDITION_CACHE_DIR to a writable folder"
FULL = "warning: the cache {} cannot be written (No space left on device); building without it, which is slower: make it writable, or set EDITION_CACHE_DIR to a writable folder"


@dataclass(frozen=True, slots=True)
class Warm:
    cache: Path  # filled by one PDF and one HTML build of the catalogue's article
    pdf: bytes
    html: bytes


@pytest.fixture(scope="module")
def warm(tmp_path_factory) -> Warm:
    base = tmp_path_factory.mktemp("warm")
    project = base / "project"
    (project / "notes").mkdir(parents=True)
    (project / "articles").mkdir()
    (project / "articles" / "t.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "notes" / "t.yaml").write_text(NOTES.lstrip("\n"), encoding="utf-8")
    cwd, env = os.getcwd(), os.environ["EDITION_CACHE_DIR"]
    os.chdir(project)
    os.environ["EDITION_CACHE_DIR"] = str(base / "cache")
    try:
        assert main(["-q", "build", "notes/t.yaml"]) == 0
        assert main(["-q", "build", "--format", "html", "notes/t.yaml"]) == 0
    finally:
        os.chdir(cwd)
        os.environ["EDITION_CACHE_DIR"] = env
    out = project / "output"
    return Warm(
        base / "cache", (out / "t-booklet.pdf").read_bytes(), (out / "t-booklet.html").read_bytes()
    )


@pytest.fixture
def cache_copy(warm, tmp_path, monkeypatch) -> Path:
    """This test's cache: the warm one, files hard-linked (see :func:`damage`); a fresh state."""
    copy = tmp_path / "cache"
    shutil.copytree(warm.cache, copy, copy_function=os.link)
    monkeypatch.setenv("EDITION_CACHE_DIR", str(copy))
    monkeypatch.setattr(edition.cache, "_state", edition.cache._State())
    return copy


def entry(cache: Path, kind: str, contains: bytes = b"", name: str = "") -> Path:
    """The one entry of ``kind`` whose name has ``name`` and whose bytes contain ``contains``."""
    found = [
        p for p in sorted((cache / kind).iterdir()) if name in p.name and contains in p.read_bytes()
    ]
    assert len(found) == 1, found
    return found[0]


def damage(path: Path, change) -> str:
    """Replace ``path``'s bytes by ``change(bytes)`` (not through the hard link); returns the
    entry as the warning names it, ``kind/name``."""
    data = change(path.read_bytes())
    path.unlink()
    path.write_bytes(data)
    return f"{path.parent.name}/{path.name}"


def flip(at: int):
    return lambda data: data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def built(project_dir: Path, ext: str = "pdf") -> bytes:
    return (project_dir / "output" / f"t-booklet.{ext}").read_bytes()


def ruby_chars(pdf: Path) -> int:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return sum("Ruby" in c["fontname"] for page in doc.pages for c in page.chars)


def test_empty_ruby_font_is_rebuilt(project_dir, write_notes, cache_copy, warm, cli):
    font = entry(cache_copy, "ruby")
    shown = damage(font, lambda _: b"")
    path = write_notes(NOTES)
    assert cli("build", str(path)) == (0, [DAMAGED.format(shown, 0)])
    assert built(project_dir) == warm.pdf
    assert ruby_chars(project_dir / "output" / "t-booklet.pdf") >= 20  # every Han character
    assert font.stat().st_size > 0  # the entry is whole again, under the same name
    assert cli("build", str(path)) == (0, [])  # and used from now on


def test_truncated_ruby_font_is_rebuilt(project_dir, write_notes, cache_copy, warm, cli):
    font = entry(cache_copy, "ruby")
    half = font.stat().st_size // 2
    shown = damage(font, lambda data: data[:half])
    assert cli("build", str(write_notes(NOTES))) == (0, [DAMAGED.format(shown, half)])
    assert built(project_dir) == warm.pdf
    assert ruby_chars(project_dir / "output" / "t-booklet.pdf") >= 20


def test_flipped_byte_in_template_bytecode_is_not_run(
    project_dir, write_notes, cache_copy, warm, cli
):
    import re

    # A class attribute the compiled templates write into this page, changed by one bit: the
    # bytecode still loads, and run, it would write the changed name.
    for code in sorted((cache_copy / "jinja").iterdir()):
        data = code.read_bytes()
        found = [m for m in re.finditer(rb'class="[a-z-]{5,}"', data) if m[0] in warm.html]
        if found:
            literal, at = found[0][0], found[0].end() - 2
            break
    else:
        pytest.fail("no class attribute of the page in the compiled templates")
    changed = literal[:-2] + bytes([literal[-2] ^ 0x01]) + b'"'
    shown = damage(code, flip(at))
    path = write_notes(NOTES)
    assert cli("build", "--format", "html", str(path)) == (
        0,
        [DAMAGED.format(shown, code.stat().st_size)],
    )
    assert built(project_dir, "html") == warm.html
    assert changed not in built(project_dir, "html")


def test_flipped_byte_in_a_cached_face_is_rebuilt(project_dir, write_notes, cache_copy, warm, cli):
    face = entry(cache_copy, "fonts", name="-Regular-3-latin-")  # ruby labels are drawn from it
    shown = damage(face, flip(face.stat().st_size // 2))
    assert cli("build", str(write_notes(NOTES))) == (
        0,
        [DAMAGED.format(shown, face.stat().st_size)],
    )
    assert built(project_dir) == warm.pdf


def test_truncated_subset_face_is_rebuilt(project_dir, write_notes, cache_copy, warm, cli):
    face = entry(cache_copy, "subset", name="-Regular-3-han-")
    shown = damage(face, lambda data: data[:1000])
    assert cli("build", str(write_notes(NOTES))) == (0, [DAMAGED.format(shown, 1000)])
    assert built(project_dir) == warm.pdf


def test_garbage_fontconfig_file_is_rebuilt(project_dir, write_notes, cache_copy, warm, cli):
    conf = entry(cache_copy, "fontconfig")
    garbage = b"<fontconfig><dir>/usr/share/fonts\xff"  # system fonts, and not even UTF-8
    shown = damage(conf, lambda _: garbage)
    assert cli("build", str(write_notes(NOTES))) == (0, [DAMAGED.format(shown, len(garbage))])
    assert built(project_dir) == warm.pdf


def test_other_paper_css_is_not_used(project_dir, write_notes, cache_copy, warm, cli):
    from pdfcheck import page_sizes_mm

    css = entry(cache_copy, "paper")
    wrong = b"@page { size: 100mm 100mm; }\n"  # valid CSS: the PDF would silently change size
    shown = damage(css, lambda _: wrong)
    assert cli("build", str(write_notes(NOTES))) == (0, [DAMAGED.format(shown, len(wrong))])
    assert built(project_dir) == warm.pdf
    assert set(page_sizes_mm(project_dir / "output" / "t-booklet.pdf")) == {(148.0, 210.0)}


def test_flipped_byte_in_cleaned_text_is_rebuilt(project_dir, write_notes, cache_copy, warm, cli):
    cleaned = entry(cache_copy, "clean", contains=ARTICLE[:5].encode())
    shown = damage(cleaned, flip(cleaned.read_bytes().index(ARTICLE[:5].encode())))
    assert cli("build", str(write_notes(NOTES))) == (
        0,
        [DAMAGED.format(shown, cleaned.stat().st_size)],
    )
    assert built(project_dir) == warm.pdf


def _files(cache: Path) -> dict[str, bytes]:
    return {str(p.relative_to(cache)): p.read_bytes() for p in cache.rglob("*") if p.is_file()}


def test_read_only_cache_builds_without_it(
    project_dir, write_notes, cache_copy, warm, monkeypatch, cli
):
    entry(cache_copy, "ruby").unlink()  # the build has something to write
    before = _files(cache_copy)
    if os.geteuid() == 0:  # root writes anyway: make the folder refuse as a read-only one does
        mkstemp = tempfile.mkstemp

        def refuse(*args, dir=None, **kwargs):
            if dir is not None and Path(dir).is_relative_to(cache_copy):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(dir))
            return mkstemp(*args, dir=dir, **kwargs)

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    for folder in (cache_copy, *cache_copy.iterdir()):
        if folder.is_dir():
            folder.chmod(0o555)
    try:
        assert cli("build", str(write_notes(NOTES))) == (0, [READ_ONLY.format(cache_copy)])
    finally:
        for folder in (cache_copy, *cache_copy.iterdir()):
            if folder.is_dir():
                folder.chmod(0o755)
    assert built(project_dir) == warm.pdf
    assert _files(cache_copy) == before  # nothing written, no temporary file left


def test_full_cache_builds_without_it(project_dir, write_notes, cache_copy, warm, monkeypatch, cli):
    entry(cache_copy, "ruby").unlink()
    before = _files(cache_copy)
    mkstemp = tempfile.mkstemp

    def full(*args, dir=None, **kwargs):
        """Temporary files in the cache are links to /dev/full: writing them fails with ENOSPC."""
        fd, name = mkstemp(*args, dir=dir, **kwargs)
        if dir is not None and Path(dir).is_relative_to(cache_copy):
            os.close(fd)
            os.unlink(name)
            os.symlink("/dev/full", name)
            fd = os.open(name, os.O_WRONLY)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", full)
    assert cli("build", str(write_notes(NOTES))) == (0, [FULL.format(cache_copy)])
    assert built(project_dir) == warm.pdf
    assert _files(cache_copy) == before


def test_no_cache_reads_and_writes_nothing(
    project_dir, write_notes, cache_copy, warm, monkeypatch, cli
):
    shown = damage(entry(cache_copy, "ruby"), lambda _: b"")
    before = _files(cache_copy)
    monkeypatch.setenv("EDITION_NO_CACHE", "1")
    assert cli("build", str(write_notes(NOTES))) == (0, [])  # the damaged entry was not even read
    assert shown.startswith("ruby/")
    assert built(project_dir) == warm.pdf
    assert _files(cache_copy) == before


def test_nowhere_to_write_is_one_line(
    project_dir, write_notes, cache_copy, previous_output, monkeypatch, cli
):
    blocker = project_dir / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("EDITION_CACHE_DIR", str(blocker / "cache"))  # cannot be a folder
    monkeypatch.setattr(tempfile, "tempdir", str(blocker / "tmp"))
    out = previous_output("html")
    assert cli("build", "--format", "html", str(write_notes(NOTES))) == (
        1,
        [
            f"warning: the cache {blocker}/cache cannot be written (Not a directory); building without it, which is slower: make it writable, or set EDITION_CACHE_DIR to a writable folder",
            f"error: cannot write temporary files in {blocker}/tmp: Not a directory; free some space or set TMPDIR to a writable folder",
        ],
    )
    assert untouched(out)
