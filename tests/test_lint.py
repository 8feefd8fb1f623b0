"""The code follows the project's lint rules (pyproject.toml's [tool.ruff]): ruff comes with the
test extras, so `make test` checks what a contributor's editor would."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ruff() -> str | None:
    here = Path(sys.executable).parent / "ruff"
    return str(here) if here.exists() else shutil.which("ruff")


def test_ruff_finds_nothing_in_the_package_tests_and_bench():
    ruff = _ruff()
    assert ruff, "ruff is not installed: make setup installs it with the test extras"
    got = subprocess.run(
        [ruff, "check", "--no-cache", "edition", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert got.returncode == 0, got.stdout + got.stderr
