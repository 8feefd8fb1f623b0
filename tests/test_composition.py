"""Glyph-ruby composition on an article of our own (Simplified, wide syllables, Latin names,
a URL, damage to repair): every reading style and the booklet layout, read back from the PDF.

The bundled article's editions are measured in tests/test_editions.py; this one has more
wide neighbours (庄稼 zhuāng jia, 成双 chéng shuāng, 未尝 wèicháng, 回乡 huíxiāng).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.pdfcheck import pages_text
from tests.test_editions import stray_spaces

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "fixtures" / "own" / "huixiang.yaml"
BUILDS = {  # name -> extra options
    "marks": ["--style", "marks"],
    "numbers": ["--style", "numbers"],
    "zhuyin": ["--style", "zhuyin"],
    "booklet": ["--layout", "booklet"],
    "tones": ["--layout", "booklet", "--tone-colors"],
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("own")
    tool = [sys.executable, str(ROOT / "make_edition.py"), "-q", "build", str(NOTES)]
    procs = {
        name: subprocess.Popen(
            [*tool, *options, "--out", str(out / f"{name}.pdf")],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, options in BUILDS.items()
    }
    for name, proc in procs.items():
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, (name, err)
    return {name: out / f"{name}.pdf" for name in BUILDS}


@pytest.mark.parametrize("name", BUILDS)
def test_even_pitch_and_readings_apart(built, name):
    from bench.pitch import measure

    m = measure(built[name])
    assert m["pairs"] > 400
    assert m["off"] / m["pairs"] <= 0.01, m["off"]
    assert min(m["gaps"]) >= 0.15


@pytest.mark.parametrize("name", BUILDS)
def test_text_layer_has_the_sentences(built, name):
    from pdfminer.high_level import extract_text

    source = (NOTES.parent / "huixiang.txt").read_text(encoding="utf-8")
    poppler = "".join(pages_text(built[name]))
    assert stray_spaces(poppler, source) == []
    assert stray_spaces(extract_text(str(built[name])), source) == []
    flat = "".join(poppler.split())
    assert "我未尝想过，这条铁路会在十年之间变成双轨" in flat
    assert "所谓回乡，不过是回到一个一直在等你的人身边" in flat
