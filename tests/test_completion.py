"""Shell completion: the bash script shtab writes from our parser completes commands, options,
their choices and file names, in a real bash."""

from __future__ import annotations

import contextlib
import io
import subprocess

import pytest

from edition.cli.main import main


@pytest.fixture(scope="module")
def script(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("completion")
    (folder / "notes").mkdir()
    (folder / "notes" / "story.yaml").write_text("", encoding="utf-8")
    capture = folder / "edition.bash"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["completion", "bash"]) == 0
    capture.write_text(out.getvalue(), encoding="utf-8")
    return str(folder)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["bu"], "build"),
        (["la"], "layouts"),
        (["build", "--ed"], "--edition"),
        (["build", "--format", ""], "pdf html epub anki tsv"),
        (["build", "--impose", "s"], "saddle"),
        (["build", "notes/st"], "notes/story.yaml"),
        (["pinyin", "--ts"], "--tsv"),
        (["completion", "z"], "zsh"),
    ],
)
def test_bash_completes(script, words, expected):
    line = " ".join(f"'{w}'" for w in ["make_edition.py", *words])
    code = (
        f"source edition.bash; COMP_WORDS=({line}); COMP_CWORD={len(words)}; "
        '_shtab_make_edition_py; echo "${COMPREPLY[*]}"'
    )
    out = subprocess.run(
        ["bash", "-c", code], cwd=script, capture_output=True, text=True, check=False
    )
    assert (out.returncode, out.stdout, out.stderr) == (0, expected + "\n", "")
