"""Helpers of the hostile-input catalogue: run the CLI in-process, a user's layouts, a fonts folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.cli.main import main


@pytest.fixture
def cli(capsys):
    """Run ``make_edition.py -q ARGS``; returns (exit code, stderr lines).

    A usage error's ``SystemExit`` becomes its code, as the shell would see it.
    """

    def run(*argv: str) -> tuple[int, list[str]]:
        capsys.readouterr()
        try:
            code = main(["-q", *argv])
        except SystemExit as exc:
            code = exc.code
        return code, capsys.readouterr().err.splitlines()

    return run


@pytest.fixture
def extra_layout(project_dir):
    """``make(name, page=..., css=..., yaml=...)``: a layout of the user's own, in
    ``<project>/layouts/`` beside ``notes/``, where editions find it before the built-in ones."""
    from edition.render.layouts import LAYOUTS

    def make(name: str, page: str | None = None, css: str = "", yaml: str | None = None) -> Path:
        layout = project_dir / "layouts" / name
        layout.mkdir(parents=True)
        (layout / "layout.yaml").write_text(
            yaml
            if yaml is not None
            else "description: hostile\npaper: A5\nstylesheets: [style.css]\n",
            encoding="utf-8",
        )
        (layout / "page.html.j2").write_text(
            page
            if page is not None
            else (LAYOUTS / "booklet" / "page.html.j2").read_text(encoding="utf-8"),
            encoding="utf-8",
        )
        (layout / "style.css").write_text(css, encoding="utf-8")
        return layout

    return make


@pytest.fixture
def previous_output(project_dir):
    """``output/t-booklet.<ext>`` holding b'previous', to show a failed build leaves it alone."""

    def make(ext: str = "pdf") -> Path:
        out = project_dir / "output" / f"t-booklet.{ext}"
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(b"previous")
        return out

    return make
