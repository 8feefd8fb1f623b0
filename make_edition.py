#!/usr/bin/env python3
"""The checkout's command: the same main as `edition` and `python -m edition`."""

import os
import sys
from pathlib import Path

# Run by the system's python3 (./make_edition.py), use the checkout's .venv made by 'make setup'.
_VENV = Path(__file__).resolve().parent / ".venv"
if (_VENV / "bin" / "python").exists() and Path(sys.prefix).resolve() != _VENV.resolve():
    os.execv(_VENV / "bin" / "python", [str(_VENV / "bin" / "python"), __file__, *sys.argv[1:]])

from edition.cli.main import run  # noqa: E402 - after choosing the interpreter

run()
