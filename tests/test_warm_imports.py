"""A build whose readings come from the cache loads neither the readings engine nor its tables.

The pipeline caches the engine's analysis of a text (``edition.readings.analysis.Analysis``);
unpickling it needs only that small module. The first build of a text (an empty cache) imports
the engine to read it; the second, of the same text, must not: the engine's import (its rule
tables, jieba's words, the doubt model) is some 35 ms of a warm booklet's start-up.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "fixtures" / "speed" / "chashi.yaml"

PROBE = """
import atexit, json, sys
from edition.cli.main import run
atexit.register(lambda: print(json.dumps(sorted(m for m in sys.modules if m.startswith("edition.readings")))))
run(sys.argv[1:])
"""


def _build(cache: Path, out: Path) -> tuple[set[str], bytes]:
    env = {k: v for k, v in os.environ.items() if k != "EDITION_NO_CACHE"}
    command = ["-q", "build", str(NOTES), "--edition", "booklet", "--format", "html"]
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *command, "--out", str(out)],
        cwd=ROOT,
        env={**env, "EDITION_CACHE_DIR": str(cache), "SOURCE_DATE_EPOCH": "1753920000"},
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(proc.stdout.splitlines()[-1])), out.read_bytes()


def test_a_warm_build_does_not_import_the_engine(tmp_path):
    cold, first = _build(tmp_path / "cache", tmp_path / "cold.html")
    warm, second = _build(tmp_path / "cache", tmp_path / "warm.html")
    assert "edition.readings.engine" in cold  # the analysis computed
    assert "edition.readings.analysis" in warm  # the analysis unpickled
    assert not warm & {"edition.readings.engine", "edition.readings.topics"}
    assert first == second
