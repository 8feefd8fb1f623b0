"""The bundled article is the user's file, unchanged: everything editorial lives elsewhere."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "articles" / "openai-research.txt"
SEED = ROOT.parent / "shared" / "seed" / "000_040338d94b1b9f7e.txt"
SHA256 = "c6f38ad79b00314c30ecc5b6d8c1461b1aee5f6c5f8f96fbec96a558347fb431"


def test_article_bytes_are_the_seed():
    assert hashlib.sha256(ARTICLE.read_bytes()).hexdigest() == SHA256


@pytest.mark.skipif(not SEED.is_file(), reason="the shared seed folder is not beside this clone")
def test_article_equals_the_shared_seed():
    assert ARTICLE.read_bytes() == SEED.read_bytes()
