"""Stopping a build: Ctrl-C or SIGTERM stops every worker at once, replaces no output, leaves
no process behind, and says which editions were written before it (issue 14, point 2)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_inputs import NOTES, untouched

ROOT = Path(__file__).resolve().parents[2]
TWO = NOTES + "editions:\n  - name: a\n  - name: b\n"
# Long enough that no edition is done within a few seconds, with nothing cached.
SLOW = "陳信翰和帕霍基在倫敦見面，談到了銀行、長城和推理模型的未來。\n" * 4000


def _previous(project_dir: Path, *names: str) -> list[Path]:
    out = project_dir / "output"
    out.mkdir(exist_ok=True)
    paths = [out / name for name in names]
    for path in paths:
        path.write_bytes(b"previous")
    return paths


def _intact(paths: list[Path]) -> bool:
    folder = paths[0].parent
    return all(p.read_bytes() == b"previous" for p in paths) and sorted(
        p.name for p in folder.iterdir()
    ) == sorted(p.name for p in paths)


def _group_members(pgid: int) -> list[int]:
    """Processes still in the process group ``pgid`` (zombies not yet reaped are gone too)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                members.append(int(entry.name))
    return members


def _start_and_stop(project_dir: Path, notes: Path, signum: int, to_group: bool):
    """Start a build of the two editions, signal it once both workers run, and return (exit
    code, stderr lines, workers seen, processes left in its group, files left in its TMPDIR)."""
    tmp = project_dir / "tmp"
    tmp.mkdir()
    env = {**os.environ, "EDITION_NO_CACHE": "1", "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "edition", "-q", "build", "--format", "html", str(notes)],
        cwd=project_dir,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group, as a shell job is: Ctrl-C reaches the group
    )
    deadline = time.monotonic() + 60
    # Each worker has a private temporary folder, made just before it is forked.
    while len(list(tmp.glob("**/edition-worker-*"))) < 2 and time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        time.sleep(0.02)
    time.sleep(0.2)
    workers = len(list(tmp.glob("**/edition-worker-*")))
    if to_group:
        os.killpg(proc.pid, signum)
    else:
        os.kill(proc.pid, signum)
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        time.sleep(0.2)
        left = _group_members(proc.pid)
        if left or proc.poll() is None:  # what a broken build leaves goes all the same
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode, err.splitlines(), workers, left, sorted(p.name for p in tmp.iterdir())


def _parallel() -> bool:
    from edition.cli.workers import cpus

    return Path("/proc/self/task").exists() and cpus() >= 2


@pytest.mark.skipif(not _parallel(), reason="reads /proc; needs two processors")
def test_ctrl_c_stops_every_edition_at_once(project_dir, write_notes):
    notes = write_notes(TWO, article=SLOW)
    outputs = _previous(project_dir, "t-a.html", "t-b.html")
    code, err, workers, left, tmp = _start_and_stop(project_dir, notes, signal.SIGINT, True)
    assert (code, err) == (
        130,
        ["interrupted: no edition was written; previous outputs are untouched"],
    )
    assert (workers, left, tmp) == (2, [], [])
    assert _intact(outputs)


@pytest.mark.skipif(not _parallel(), reason="reads /proc; needs two processors")
def test_sigterm_to_the_parent_alone_stops_its_workers(project_dir, write_notes):
    notes = write_notes(TWO, article=SLOW)
    outputs = _previous(project_dir, "t-a.html", "t-b.html")
    code, err, workers, left, tmp = _start_and_stop(project_dir, notes, signal.SIGTERM, False)
    assert (code, err) == (
        143,
        ["stopped by SIGTERM: no edition was written; previous outputs are untouched"],
    )
    assert (workers, left, tmp) == (2, [], [])
    assert _intact(outputs)


def _fake_builds(monkeypatch, behaviour):
    """Replace the making of one edition: ``behaviour[name]()`` runs in its place (in the
    worker, which is forked from this process), then the real build goes on."""
    import edition.cli.commands as commands

    real = commands.make_one

    def make_one(layer, edition, *args, **kwargs):
        behaviour.get(edition.name, lambda: None)()
        return real(layer, edition, *args, **kwargs)

    monkeypatch.setattr(commands, "make_one", make_one)


def test_editions_written_before_the_interrupt_stay_and_are_named(
    project_dir, write_notes, monkeypatch, cli
):
    """Edition b interrupts the run once a's output is written: a stays, b's is untouched."""
    notes = write_notes(TWO)
    outputs = _previous(project_dir, "t-a.html", "t-b.html")
    parent = os.getpid()
    a = outputs[0]

    def interrupt_after_a() -> None:
        deadline = time.monotonic() + 60
        while a.read_bytes() == b"previous" and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(parent, signal.SIGINT)
        time.sleep(60)

    def wait() -> None:
        time.sleep(60)

    monkeypatch.setattr("edition.cli.workers.cpus", lambda: 2)
    _fake_builds(monkeypatch, {"b": interrupt_after_a, "a": lambda: None, "c": wait})
    code, err = cli("build", "--format", "html", str(notes))
    assert (code, err) == (
        130,
        [
            "interrupted: 1 of 2 editions was written before it and kept: output/t-a.html (a); no other output was replaced"
        ],
    )
    assert a.read_bytes().startswith(b"<!DOCTYPE html>")
    assert outputs[1].read_bytes() == b"previous"
    assert sorted(p.name for p in a.parent.iterdir()) == ["t-a.html", "t-b.html"]


def test_interrupt_of_a_single_edition_writes_nothing(
    write_notes, previous_output, monkeypatch, cli
):
    notes = write_notes(NOTES)
    out = previous_output("html")
    _fake_builds(monkeypatch, {"booklet": lambda: os.kill(os.getpid(), signal.SIGINT)})
    assert cli("build", "--format", "html", str(notes)) == (
        130,
        ["interrupted: no edition was written; previous outputs are untouched"],
    )
    assert untouched(out)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_worker_killed_outright_is_an_error_naming_memory(
    project_dir, write_notes, monkeypatch, cli
):
    """The kernel's answer to a machine out of memory (SIGKILL), or a native library's to a failed
    allocation (SIGABRT): the other edition is still written."""
    notes = write_notes(TWO)
    outputs = _previous(project_dir, "t-a.html", "t-b.html")
    monkeypatch.setattr("edition.cli.workers.cpus", lambda: 2)
    _fake_builds(monkeypatch, {"b": lambda: os.kill(os.getpid(), signal.SIGKILL)})
    assert cli("build", "--format", "html", str(notes)) == (
        1,
        [
            "notes/t.yaml:6:5: error: the process building edition 'b' ended with SIGKILL, most likely out of memory (the limit is 4096 MB); nothing was written; build it alone (--edition NAME) or change the limit with --max-memory-mb N"
        ],
    )
    assert outputs[0].read_bytes().startswith(b"<!DOCTYPE html>")
    assert outputs[1].read_bytes() == b"previous"
