"""Speed-ups change no output: the bundled article built with and without them, byte for byte.

``EDITION_SPEEDUPS=off`` turns them all off (edition/render/speedups.py). The booklet has the
vocabulary whose page references the target-counter fix lays out fewer times; the pinyin
edition has more of them on A4. All four builds run at once, through the command a user runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "notes" / "openai-research.yaml"
EDITIONS = ("booklet", "pinyin")


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("speedups")
    procs = {}
    for edition in EDITIONS:
        for switch in ("on", "off"):
            path = out / f"{edition}-{switch}.pdf"
            env = {**os.environ, "SOURCE_DATE_EPOCH": "1753920000", "EDITION_SPEEDUPS": switch}
            command = [sys.executable, "make_edition.py", "-q", "build", str(NOTES)]
            procs[edition, switch] = (
                path,
                subprocess.Popen(
                    [*command, "--edition", edition, "--out", str(path)],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                ),
            )
    paths, said = {}, {}
    for key, (path, proc) in procs.items():
        _out, said[key] = proc.communicate(timeout=600)
        assert proc.returncode == 0, (key, said[key])
        paths[key] = path
    for edition in EDITIONS:  # the same warnings (those of the notes file), and no other
        assert said[edition, "on"] == said[edition, "off"]
    return paths


@pytest.mark.parametrize("edition", EDITIONS)
def test_same_bytes_with_and_without_speedups(builds, edition):
    on, off = builds[edition, "on"].read_bytes(), builds[edition, "off"].read_bytes()
    assert len(on) > 100_000
    assert on == off
