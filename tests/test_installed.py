"""The installed form: the wheel holds every module, the layouts and the fonts, and once installed
into a fresh virtualenv the ``edition`` command builds a booklet in a folder outside the checkout.

The wheel is built without build isolation (no network) from a copy of the checkout (setuptools
writes build/ into the source folder); the fonts are linked into the copy, not copied. The venv
gets no dependencies of its own: a .pth file points at this interpreter's site-packages, whose
own .pth files (the checkout's editable install among them) are not read from there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from pdfcheck import fonts, page_sizes_mm, pages_text, squeeze

from edition import __version__

ROOT = Path(__file__).resolve().parent.parent
PIP = (sys.executable, "-m", "pip", "-q", "--disable-pip-version-check")
ARTICLE = "春天來了，花都開了。\n我們一起去公園散步，看見很多人在銀行門口排隊。\n"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    shutil.copy(ROOT / "pyproject.toml", src)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "edition", src / "edition", ignore=ignore)
    shutil.copytree(ROOT / "layouts", src / "layouts", ignore=ignore)
    (src / "fonts").mkdir()
    for font in (ROOT / "fonts").iterdir():
        (src / "fonts" / font.name).symlink_to(font)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(src)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("edition-*.whl")
    return found


def _checkout_files() -> set[str]:
    """What the wheel must hold: every module, every layout file and every font file."""
    files = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "edition").rglob("*.py") if p.is_file()
    }
    for folder in ("layouts", "fonts"):
        files |= {
            "edition/" + p.relative_to(ROOT).as_posix()
            for p in (ROOT / folder).rglob("*")
            if p.is_file() and not p.name.startswith(".")
        }
    return files


def test_wheel_holds_every_module_layout_and_font(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    held = {n for n in names if not n.startswith("edition-")}
    missing = _checkout_files() - held
    assert not missing, f"add these folders to 'packages' in pyproject.toml: {sorted(missing)}"
    entry = zipfile.ZipFile(wheel).read(f"edition-{__version__}.dist-info/entry_points.txt")
    assert "[console_scripts]\nedition = edition.cli.main:run" in entry.decode()


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(purelib) / "edition-test-deps.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    subprocess.run(
        [*PIP, "--python", python, "install", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    return venv


def _run(venv: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess:
    # No EDITION_CACHE_DIR (the tests' own cache): the installed command finds its default.
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "EDITION_CACHE_DIR")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["XDG_CACHE_HOME"] = str(cwd.parent / "cache")
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def test_installed_command_builds_a_booklet_outside_the_checkout(venv, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "story.txt").write_text(ARTICLE, encoding="utf-8")

    where = _run(venv, work, "python", "-c", "import edition.files as f; print(f.PROJECT)")
    assert Path(where.stdout.strip()).is_relative_to(venv), where
    assert _run(venv, work, "edition", "--version").stdout == f"edition {__version__}\n"
    listed = _run(venv, work, "python", "-m", "edition", "layouts").stdout.split("\n")
    assert [line.split()[0] for line in listed if line] == ["booklet", "pinyin", "reader"]

    new = _run(venv, work, "edition", "new", "story.txt")
    assert (new.returncode, new.stdout) == (0, "notes/story.yaml\n"), new.stderr
    built = _run(venv, work, "edition", "build", "notes/story.yaml")
    assert built.returncode == 0, built.stderr
    assert "wrote output/story-booklet.pdf (3 pages" in built.stderr

    pdf = work / "output" / "story-booklet.pdf"
    text = squeeze("".join(pages_text(pdf)))
    assert squeeze(ARTICLE) in text
    assert len(page_sizes_mm(pdf)) == 3
    assert {f["emb"] for f in fonts(pdf)} == {"yes"}
    assert any("Ruby" in f["name"] for f in fonts(pdf))
    # Nothing was written into the installed package: the cache went to XDG_CACHE_HOME.
    assert (tmp_path / "cache" / "edition").is_dir()
    package = Path(where.stdout.strip())
    assert not (package / ".cache").exists()
