"""Speed-ups change no output: editions built with and without them, byte for byte.

``EDITION_SPEEDUPS=off`` turns them all off (edition/render/speedups.py). The bundled article's
booklet has the vocabulary whose page references the target-counter fix lays out fewer times;
its pinyin edition has more of them on A4. ``tests/fixtures/speed/chashi.yaml`` is a short
Simplified article of another register, its booklet and reader built in one run (two worker
processes, each rendering after the other has); ``router.yaml``, Traditional, is full of Latin
runs. All builds run at once, through the command a user runs. The command pauses the
collector from its start until its first render (``speedups.pause_gc_until_render``).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from edition.render import speedups

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "notes" / "openai-research.yaml"
OWN = ROOT / "tests" / "fixtures" / "speed" / "chashi.yaml"
# Traditional, a product review: many Latin runs (accented names, prices, units, signs), one
# with a note call inside: lines of mixed scripts for the line-splitting cache.
LATIN = ROOT / "tests" / "fixtures" / "speed" / "router.yaml"
# (notes file, --edition or None for all, the PDFs written)
CASES = {
    "booklet": (NOTES, "booklet", ["booklet.pdf"]),
    "pinyin": (NOTES, "pinyin", ["pinyin.pdf"]),
    "own": (OWN, None, ["chashi-booklet.pdf", "chashi-reader.pdf"]),
    "latin": (LATIN, "booklet", ["booklet.pdf"]),
}


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("speedups")
    procs = {}
    for case, (notes, edition, _files) in CASES.items():
        for switch in ("on", "off"):
            folder = out / f"{case}-{switch}"
            env = {**os.environ, "SOURCE_DATE_EPOCH": "1753920000", "EDITION_SPEEDUPS": switch}
            command = [sys.executable, "make_edition.py", "-q", "build", str(notes)]
            if edition:
                command += ["--edition", edition, "--out", str(folder / f"{edition}.pdf")]
            else:
                command += ["--out", f"{folder}/"]
            procs[case, switch] = (
                folder,
                subprocess.Popen(
                    command,
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                ),
            )
    folders, said = {}, {}
    for key, (folder, proc) in procs.items():
        _out, said[key] = proc.communicate(timeout=600)
        assert proc.returncode == 0, (key, said[key])
        folders[key] = folder
    for case in CASES:  # the same warnings (those of the notes file), and no other
        assert said[case, "on"] == said[case, "off"]
    return folders


@pytest.mark.parametrize("case", CASES)
def test_same_bytes_with_and_without_speedups(builds, case):
    for name in CASES[case][2]:
        on = (builds[case, "on"] / name).read_bytes()
        off = (builds[case, "off"] / name).read_bytes()
        assert len(on) > 50_000, name
        assert on == off, name


@pytest.fixture
def collector():
    """The collector as a test found it, whatever the test left."""
    was, threshold = gc.isenabled(), gc.get_threshold()
    yield
    speedups._startup = False
    gc.set_threshold(*threshold)
    if was:
        gc.enable()


def test_the_command_pauses_the_collector_until_its_first_render(collector, monkeypatch):
    monkeypatch.delenv(speedups.SWITCH, raising=False)
    before = gc.get_threshold()
    speedups.pause_gc_until_render()
    # young collections come far apart: a cold build's cycles are still freed
    assert gc.isenabled()
    assert gc.get_threshold()[0] == speedups.STARTUP_THRESHOLD
    made_at_start = [[]]  # a tracked object the start-up made
    with speedups.paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_threshold() == before
    # moved to the oldest generation: no young collection walks the start-up's objects
    assert any(o is made_at_start for o in gc.get_objects(generation=2))


def test_a_server_resumes_the_collector_at_once(collector, monkeypatch):
    monkeypatch.delenv(speedups.SWITCH, raising=False)
    before = gc.get_threshold()
    speedups.pause_gc_until_render()
    speedups.resume_gc()
    assert gc.isenabled()
    assert gc.get_threshold() == before
    speedups.resume_gc()  # nothing paused: nothing to do
    assert gc.isenabled()
    assert gc.get_threshold() == before


def test_switched_off_the_collector_is_not_paused(collector, monkeypatch):
    monkeypatch.setenv(speedups.SWITCH, "off")
    before = gc.get_threshold()
    speedups.pause_gc_until_render()
    assert gc.isenabled()
    assert gc.get_threshold() == before
