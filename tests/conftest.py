"""Shared fixtures: the project root, and small notes/article files written per test."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project_dir(tmp_path, monkeypatch):
    """A working folder with notes/ and articles/, as a user's project; cwd set to it."""
    (tmp_path / "notes").mkdir()
    (tmp_path / "articles").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def write_notes(project_dir):
    """Write an article and a notes file; returns the notes path (relative, as a user types it)."""

    def write(
        yaml_text: str,
        article: str = "陳信翰和帕霍基在倫敦見面。\n他們談到了銀行和長城。\n",
        name: str = "t",
    ) -> Path:
        (project_dir / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
        path = Path("notes") / f"{name}.yaml"
        path.write_text(textwrap.dedent(yaml_text).lstrip("\n"), encoding="utf-8")
        return path

    return write


os.environ.setdefault("SOURCE_DATE_EPOCH", "1753920000")
# Tests never write into the user's cache (nor one EDITION_CACHE_DIR names): they keep their own,
# in the checkout, so that a second run is warm and a fresh clone (or a new home) needs nothing.
os.environ["EDITION_CACHE_DIR"] = str(ROOT / ".cache" / "tests")
os.environ.pop("EDITION_CACHE_MB", None)
os.environ.pop("EDITION_NO_CACHE", None)
