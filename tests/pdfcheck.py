"""Reading PDFs back for tests: text per page (pdftotext), fonts (pdffonts), page sizes (pypdf)."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

HAN = re.compile(r"[\u3400-\u9fff]{4}")
ROOT = Path(__file__).resolve().parent.parent


def build_editions(notes: Path, out: Path) -> None:
    """Every edition of ``notes`` built into the folder ``out`` by the command a user runs."""
    tool = [sys.executable, str(ROOT / "make_edition.py"), "-q", "build", str(notes)]
    done = subprocess.run([*tool, "--out", f"{out}/"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def pages_text(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def fonts(pdf: Path) -> list[dict]:
    out = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type... emb sub uni object ID: the last 5 columns are fixed
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    reader = PdfReader(str(pdf))
    return [
        (
            round(float(p.mediabox.width) * 25.4 / 72, 1),
            round(float(p.mediabox.height) * 25.4 / 72, 1),
        )
        for p in reader.pages
    ]


def sample_phrases(text: str, n: int = 500, seed: int = 7) -> list[str]:
    """``n`` random 4-character Han phrases of ``text`` (within one run of Han characters)."""
    candidates = [text[i : i + 4] for i in range(len(text) - 3) if HAN.fullmatch(text[i : i + 4])]
    rng = random.Random(seed)
    return rng.sample(candidates, min(n, len(candidates)))
