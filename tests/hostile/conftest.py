"""Helpers of the hostile-input catalogue: run the CLI in-process, extra layouts, a fonts folder."""

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
def extra_layout(project_dir, monkeypatch):
    """``make(name, page=..., css=...)``: a layout in ``<project>/mylayouts/`` beside the real ones.

    ``layouts/`` is looked up in the edition's own folder; the module constant is pointed at a
    folder holding links to the real layouts plus the new one, for this test only.
    """
    import edition.pipeline.output
    import edition.render.html
    import edition.render.layouts

    real = edition.render.layouts.LAYOUTS
    folder = project_dir / "mylayouts"
    folder.mkdir()
    for entry in real.iterdir():
        (folder / entry.name).symlink_to(entry)
    for module in (edition.render.layouts, edition.render.html, edition.pipeline.output):
        monkeypatch.setattr(module, "LAYOUTS", folder)
    edition.render.layouts.known_layouts.cache_clear()

    def make(name: str, page: str | None = None, css: str = "") -> Path:
        layout = folder / name
        layout.mkdir()
        (layout / "layout.yaml").write_text(
            "description: hostile\npaper: A5\nstylesheets: [style.css]\n", encoding="utf-8"
        )
        (layout / "page.html.j2").write_text(
            page
            if page is not None
            else (real / "booklet" / "page.html.j2").read_text(encoding="utf-8"),
            encoding="utf-8",
        )
        (layout / "style.css").write_text(css, encoding="utf-8")
        edition.render.layouts.known_layouts.cache_clear()
        return layout

    yield make
    monkeypatch.undo()
    edition.render.layouts.known_layouts.cache_clear()


@pytest.fixture
def previous_output(project_dir):
    """``output/t-booklet.<ext>`` holding b'previous', to show a failed build leaves it alone."""

    def make(ext: str = "pdf") -> Path:
        out = project_dir / "output" / f"t-booklet.{ext}"
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(b"previous")
        return out

    return make
