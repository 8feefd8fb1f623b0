"""The clean stage's cache entry is keyed by the source of every module the stage runs, so a
change to any of them cleans the text again (a stale entry once hid a change to unwrap.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CODE = """
import sys
from edition.text.clean import clean
from edition.text.source import SourceText
text = "\\u3000\\u3000第一段文字在这里停\\n下来。OpenAI 的模型\\n\\u3000\\u3000第二段。\\n" * 3
clean(SourceText("a.txt", text + "?? 他說(shuō)：“好”/p>\\n"))
print("\\n".join(m for m in sys.modules if m.startswith("edition.text.")))
"""


def test_every_module_the_clean_stage_runs_keys_its_cache():
    from edition.pipeline.prepare import CLEAN_MODULES

    out = subprocess.run(
        [sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out, "the clean stage loaded no module of edition.text"
    assert sorted(set(out) - set(CLEAN_MODULES)) == []
