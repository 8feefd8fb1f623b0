"""Layouts are data, shared like themes: a template cannot run code or change its data (Jinja's
sandbox), and no template, stylesheet or layout.yaml is read from outside the layout's folders
(its own, those of the layouts it extends, _shared/ and fonts/), links included. Each case is
one line at its place, exit 1, and the previous output left as it was."""

from __future__ import annotations

import pytest
from hostile_inputs import NOTES, untouched

EVIL = NOTES + "editions:\n  - name: booklet\n    layout: evil\n"
OUTSIDE = (
    "outside the layout's folders; a layout may use only the files of its own folder, of the "
    "layouts it extends, of _shared/ and of fonts/"
)
SANDBOX = (
    "template: refused by the sandbox (a layout is data: its templates may not reach Python "
    "internals or change what they are given)"
)


@pytest.mark.parametrize(
    ("page", "message"),
    [
        pytest.param(
            '<html>\n{{ cycler.__init__.__globals__.os.popen("id").read() }}\n</html>\n',
            f"{SANDBOX}: access to attribute '__init__' of 'type' object is unsafe.",
            id="python-internals",
        ),
        pytest.param(
            "<html>\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n</html>\n",
            f"{SANDBOX}: access to attribute '__class__' of 'str' object is unsafe.",
            id="subclasses",
        ),
        pytest.param(
            "<html>\n{% set _ = notes.append(1) %}\n</html>\n",
            f"{SANDBOX}: access to attribute 'append' of 'list' object is unsafe.",
            id="mutating-the-data",
        ),
    ],
)
def test_template_cannot_run_code(page, message, write_notes, extra_layout, previous_output, cli):
    extra_layout("evil", page=page)
    path = write_notes(EVIL)
    out = previous_output("pdf")
    assert cli("build", str(path)) == (1, [f"layouts/evil/page.html.j2:2: error: {message}"])
    assert untouched(out)


def test_include_through_a_link_to_outside(
    project_dir, write_notes, extra_layout, previous_output, cli
):
    secret = project_dir / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    layout = extra_layout("evil", page='<html>\n\n{% include "s.txt" %}\n</html>\n')
    (layout / "s.txt").symlink_to(secret)
    path = write_notes(EVIL)
    out = previous_output("pdf")
    assert cli("build", str(path)) == (
        1,
        [f"layouts/evil/page.html.j2:3: error: template: 's.txt' resolves to {secret}, {OUTSIDE}"],
    )
    assert untouched(out)


def test_include_of_a_parent_folder_is_not_found(write_notes, extra_layout, previous_output, cli):
    extra_layout("evil", page='<html>\n{% include "../../notes/t.yaml" %}\n</html>\n')
    path = write_notes(EVIL)
    out = previous_output("pdf")
    assert cli("build", str(path)) == (
        1,
        ["layouts/evil/page.html.j2:2: error: template: ../../notes/t.yaml"],
    )
    assert untouched(out)


def test_stylesheet_outside_the_layout(
    project_dir, write_notes, extra_layout, previous_output, cli
):
    (project_dir / "x.css").write_text("body { color: red }\n", encoding="utf-8")
    extra_layout("evil", yaml="extends: booklet\nstylesheets: [../_shared/base.css, ../../x.css]\n")
    path = write_notes(EVIL)
    out = previous_output("pdf")
    expected = [
        f"layouts/evil/layout.yaml:2:36: error: stylesheet '../../x.css' resolves to "
        f"{project_dir / 'x.css'}, {OUTSIDE}"
    ]
    assert cli("check", str(path)) == (1, expected)
    assert cli("build", str(path)) == (1, expected)
    assert untouched(out)


def test_stylesheet_linked_to_outside(project_dir, write_notes, extra_layout, previous_output, cli):
    layout = extra_layout("evil", yaml="extends: booklet\nstylesheets: [style.css]\n")
    (layout / "style.css").unlink()
    (layout / "style.css").symlink_to("/etc/passwd")
    path = write_notes(EVIL)
    out = previous_output("pdf")
    assert cli("build", str(path)) == (
        1,
        [
            f"layouts/evil/layout.yaml:2:15: error: stylesheet 'style.css' resolves to /etc/passwd, {OUTSIDE}"
        ],
    )
    assert untouched(out)


def test_page_template_linked_to_outside(project_dir, write_notes, extra_layout, cli):
    layout = extra_layout("evil", yaml="extends: booklet\n")
    (layout / "page.html.j2").unlink()
    (layout / "page.html.j2").symlink_to("/etc/hostname")
    path = write_notes(EVIL)
    assert cli("check", str(path)) == (
        1,
        [
            f"layouts/evil/layout.yaml:1:1: error: template 'page.html.j2' resolves to /etc/hostname, {OUTSIDE}"
        ],
    )


def test_layout_yaml_linked_to_outside(project_dir, write_notes, extra_layout, cli):
    layout = extra_layout("evil")
    (layout / "layout.yaml").unlink()
    (layout / "layout.yaml").symlink_to("/etc/passwd")
    path = write_notes(EVIL)
    assert cli("check", str(path)) == (
        1,
        [f"layouts/evil/layout.yaml:1: error: layout.yaml resolves to /etc/passwd, {OUTSIDE}"],
    )


def test_layouts_that_extend_each_other(write_notes, extra_layout, cli):
    extra_layout("evil", yaml="extends: loop\n")
    extra_layout("loop", yaml="extends: evil\n")
    path = write_notes(EVIL)
    assert cli("check", str(path)) == (
        1,
        ["layouts/loop/layout.yaml:1:10: error: 'extends: evil' leads back to a layout it extends"],
    )


def test_extends_an_unknown_layout(write_notes, extra_layout, cli):
    extra_layout("evil", yaml="extends: bookelt\n")
    path = write_notes(EVIL)
    assert cli("check", str(path)) == (
        1,
        [
            "layouts/evil/layout.yaml:1:10: error: unknown layout 'bookelt'; available: booklet, evil, pinyin, reader"
        ],
    )
