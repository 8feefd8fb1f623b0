"""Two builds of the same edition from two separate copies of the project give the same bytes.

Each copy has its own absolute path and a cold cache (fonts, ruby font, clean stage: its own
``EDITION_CACHE_DIR``), so neither the folder nor the cache can leak into the PDF. The big font collections are linked,
the rest copied; the article is small so that the cold builds stay cheap. Both builds run at once.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "陳信翰和帕霍基在倫敦見面。\n他們談到了銀行和長城，也談到了重新思考。\n"
NOTES = """article: ../articles/r.txt
meta:
  title: 可重現
  author: 測試
  date: 2025-07-31
editions:
  - name: booklet
    layout: booklet
notes:
  - id: chen
    anchor: 陳信翰
    body: "**陳信翰**（*Mark Chen*）：研究主管。"
glossary:
  - word: 銀行
    gloss: bank
"""


def _copy_project(dest: Path) -> Path:
    dest.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "edition", dest / "edition", ignore=ignore)
    shutil.copytree(ROOT / "layouts", dest / "layouts", ignore=ignore)
    shutil.copy2(ROOT / "make_edition.py", dest / "make_edition.py")
    (dest / "fonts").mkdir()
    for font in (ROOT / "fonts").iterdir():
        if font.suffix == ".ttc":  # read by fontTools into the cache: a link is fine
            (dest / "fonts" / font.name).symlink_to(font)
        else:  # served to WeasyPrint, which only loads files really inside fonts/
            shutil.copy2(font, dest / "fonts" / font.name)
    (dest / "articles").mkdir()
    (dest / "articles" / "r.txt").write_text(ARTICLE, encoding="utf-8")
    (dest / "notes").mkdir()
    (dest / "notes" / "r.yaml").write_text(NOTES, encoding="utf-8")
    return dest


def test_two_copies_build_identical_pdfs(tmp_path):
    copies = [_copy_project(tmp_path / name) for name in ("one", "copy-two")]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1753920000", "PYTHONDONTWRITEBYTECODE": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "make_edition.py", "-q", "build", "notes/r.yaml"],
            cwd=copy,
            env={**env, "EDITION_CACHE_DIR": str(copy / "cache")},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for copy in copies
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert err == "", err
    pdfs = [(copy / "output" / "r-booklet.pdf").read_bytes() for copy in copies]
    assert pdfs[0][:5] == b"%PDF-"
    for copy in copies:
        assert any((copy / "cache" / "ruby").iterdir())  # the build was cold, in its own cache
        assert str(copy).encode() not in pdfs[0]
        assert str(copy).encode() not in pdfs[1]
    assert hashlib.sha256(pdfs[0]).hexdigest() == hashlib.sha256(pdfs[1]).hexdigest()
