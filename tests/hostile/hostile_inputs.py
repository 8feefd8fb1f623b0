"""What the catalogue's tests share: the default notes file and article, and an output check."""

from __future__ import annotations

from pathlib import Path

NOTES = """
article: ../articles/t.txt
meta:
  title: 測試
"""
ARTICLE = "陳信翰和帕霍基在倫敦見面。\n他們談到了銀行和長城。\n"


def untouched(out: Path) -> bool:
    """The previous output is there, unchanged, with no temporary file beside it."""
    return out.read_bytes() == b"previous" and [p.name for p in out.parent.iterdir()] == [out.name]
