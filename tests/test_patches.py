"""The WeasyPrint fixes of edition/render/patches.py: pinned, applied, and still needed.

Speed fixes: each test fails when WeasyPrint's version changes or a fix stops applying: then update
the fix (and its SHA-256 in ``SOURCES``) or drop it, and regenerate ``docs/patches/<name>.diff``.
Layout fixes: each is tested twice on a tiny document: with WeasyPrint's own function the defect
shows (when it stops showing, upstream fixed it and the fix can go), with ours it does not.
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from edition.render import patches
from edition.render.footnotes import Landing, landings

ROOT = Path(__file__).resolve().parent.parent
PATCHES = [make() for make in patches.PATCHES]


def _file(module: str) -> str:
    """A module's file under WeasyPrint's folder, as a diff names it (a package: its
    ``__init__.py``)."""
    site = Path(patches.module_path("weasyprint.__init__")).parent.parent
    return Path(patches.module_path(module)).relative_to(site).as_posix()


def _unified(old: str, new: str, module: str) -> str:
    """``old`` -> ``new`` of ``module``'s file as a unified diff naming it as git does."""
    name = _file(module)
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
    )


def _edited(text: str, edits) -> str:
    """``text`` with each (before, after) of ``edits`` made, each ``before`` found once."""
    for before, after in edits:
        assert text.count(before) == 1, before
        text = text.replace(before, after)
    return text


def _diff(patch: patches.Patch) -> str:
    lines: list[str] = []
    for module in sorted(patch.modules):
        old = Path(patches.module_path(module)).read_text(encoding="utf-8")
        lines.append(_unified(old, patches.patched_source(module, old, [patch]), module))
    return "".join(lines)


def test_the_pinned_version_is_installed():
    assert patches.installed_version() == patches.PINNED


@pytest.mark.parametrize("patch", PATCHES, ids=lambda p: p.name)
def test_each_fix_applies_to_the_installed_source(patch):
    assert patches.check(patch) == []


def _git_apply(tmp_path: Path, modules, diff_names) -> None:
    """The pinned files of ``modules`` copied under ``tmp_path`` take each committed diff of
    ``diff_names`` (``docs/patches/<name>``), in turn, with ``git apply``, as upstream would."""
    for module in modules:
        target = tmp_path / _file(module)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(patches.module_path(module), target)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    for name in diff_names:
        proc = subprocess.run(
            ["git", "apply", str(ROOT / "docs" / "patches" / name)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, (name, proc.stderr)


@pytest.mark.parametrize("patch", PATCHES, ids=lambda p: p.name)
def test_the_committed_diff_is_the_fix(patch, tmp_path):
    committed = (ROOT / "docs" / "patches" / f"{patch.name}.diff").read_text(encoding="utf-8")
    assert committed == _diff(patch)
    # ... and applies with git to the pinned files, as upstream would take it
    _git_apply(tmp_path, patch.modules, [f"{patch.name}.diff"])
    for module in patch.modules:
        after = (tmp_path / _file(module)).read_text(encoding="utf-8")
        before = Path(patches.module_path(module)).read_text(encoding="utf-8")
        assert after == patches.patched_source(module, before, [patch])


def test_a_changed_source_is_refused_with_one_warning(monkeypatch, caplog):
    module = "weasyprint.css.targets"
    monkeypatch.setitem(patches.SOURCES, module, "0" * 64)
    assert patches.check(patches.target_counter_anchor()) == [
        "weasyprint.css.targets differs from WeasyPrint 70.0's"
    ]
    finder = patches._Finder()
    with caplog.at_level(logging.WARNING, logger="edition.render.patches"):
        by_module = finder._decide()
    assert "weasyprint.css.targets" not in by_module
    # the fix's other module is left alone too: a fix is applied whole or not at all
    assert "weasyprint.formatting_structure.build" not in by_module
    assert finder.applied == [p.name for p in PATCHES if p.name != "target-counter-anchor"]
    assert [r.getMessage() for r in caplog.records] == [
        "WeasyPrint speed fixes not applied (target-counter-anchor: weasyprint.css.targets "
        "differs from WeasyPrint 70.0's); the output is the same, the build slower; install "
        "the pinned version (pip install weasyprint==70.0)"
    ]


IMPORT_PROBE = """
import ctypes.util, json, sys
searched = []
real = ctypes.util.find_library
ctypes.util.find_library = lambda name: searched.append(name) or real(name)
import edition.render
from edition.render import patches
import weasyprint
import weasyprint.draw
import weasyprint.pdf.fonts
from weasyprint.text import ffi
print(json.dumps({
    "applied": patches.applied(),
    "searched": searched,
    "pycparser_loaded": "pycparser" in sys.modules,
    "subset_loaded": "fontTools.subset" in sys.modules,
    "ttlib_loaded": "fontTools.ttLib" in sys.modules,
    "pil_loaded": "PIL" in sys.modules,
    "loader": type(ffi.__loader__).__name__,
    "ffi": type(ffi.ffi).__module__ + "." + type(ffi.ffi).__name__,
    "works": ffi.pango.pango_units_from_double(1) == 1024,
}))
"""


def _assert_committed_diff(module: str, edits, diff_name: str, tmp_path: Path) -> None:
    """The committed upstream diff ``docs/patches/<diff_name>`` is ``edits`` (before, after)
    made to the pinned ``module``'s file, and applies to it with ``git apply``."""
    path = Path(patches.module_path(module))
    old = path.read_text(encoding="utf-8")
    expected = _unified(old, _edited(old, edits), module)
    diff = ROOT / "docs" / "patches" / diff_name
    assert diff.read_text(encoding="utf-8") == expected
    _git_apply(tmp_path, [module], [diff_name])


def _probe(switch: str | None, cache: Path | None = None, **more: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("EDITION_SPEEDUPS", "EDITION_NO_CACHE")}
    if switch is not None:
        env["EDITION_SPEEDUPS"] = switch
    if cache is not None:
        env["EDITION_CACHE_DIR"] = str(cache)
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE],
        cwd=ROOT,
        env={**env, **more},
        capture_output=True,
        text=True,
        check=True,
    )
    return {**json.loads(proc.stdout), "stderr": proc.stderr}


def test_weasyprint_loads_patched_after_edition_render(tmp_path):
    first = _probe(None, tmp_path)  # writes the out-of-line module into the cache
    (written,) = (tmp_path / "weasyprint").glob("ffi-*.py")
    compiled = {p.name.rsplit("-", 1)[0] for p in (tmp_path / "weasyprint").glob("*.pyc")}
    probe = _probe(None, tmp_path)  # ... and reads it, and the patched modules compiled
    assert written.is_file()
    patched = {m.replace(".", "-") for p in PATCHES for m in p.modules}
    assert compiled == patched | {"weasyprint-text-_ffi"}
    for run in (first, probe):
        assert run["applied"] == [p.name for p in PATCHES]
        assert run["loader"] == "_PatchedLoader"
        assert run["ffi"] == "_cffi_backend.FFI"  # ready-made, nothing parsed
        assert run["works"] is True
        assert run["searched"] == []  # no ldconfig/gcc/ld, not even for a missing library
        assert run["subset_loaded"] is False
        assert run["ttlib_loaded"] is False  # only variable, colour, bitmap and WOFF fonts
        assert run["pil_loaded"] is False  # only raster images
        assert run["stderr"] == ""
    assert probe["pycparser_loaded"] is False


def test_a_damaged_out_of_line_module_is_made_again(tmp_path):
    _probe(None, tmp_path)
    (written,) = (tmp_path / "weasyprint").glob("ffi-*.py")
    written.write_bytes(b"raise RuntimeError('damaged')\n")
    probe = _probe(None, tmp_path)
    assert probe["ffi"] == "_cffi_backend.FFI"
    assert probe["works"] is True
    assert probe["stderr"] == (  # edition.cache's warning
        f"warning: cache entry weasyprint/{written.name} is damaged (30 bytes that do not "
        "match the digest in its name); building it again\n"
    )


def test_without_a_cache_the_declarations_are_parsed(tmp_path):
    probe = _probe(None, tmp_path, EDITION_NO_CACHE="1")
    assert probe["ffi"] == "cffi.api.FFI"
    assert probe["works"] is True
    assert probe["applied"] == [p.name for p in PATCHES]
    assert not (tmp_path / "weasyprint").exists()


def test_out_of_line_code_that_fails_is_an_import_error():
    import types

    loader = patches._CodeLoader(compile("raise RuntimeError('no')", "ffi.py", "exec"))
    with pytest.raises(ImportError) as exc:
        loader.exec_module(types.ModuleType("weasyprint.text._ffi"))
    assert str(exc.value) == "ffi.py: no"


def test_switched_off_weasyprint_loads_as_shipped():
    probe = _probe("off")
    assert probe["applied"] == []
    assert probe["loader"] == "SourceFileLoader"
    assert probe["ffi"] == "cffi.api.FFI"
    assert any("gobject" in n for n in probe["searched"])  # what the first fix saves
    assert probe["subset_loaded"] is True
    assert probe["ttlib_loaded"] is True
    assert probe["pil_loaded"] is True


LAYOUT_PROBE = """
import json
import edition.render
from weasyprint import HTML
from weasyprint.layout import page

made = []
make_page = page.make_page
page.make_page = lambda *a, **k: made.append(1) or make_page(*a, **k)
words = "".join(f'<p id="w{i}" style="break-before: page">word {i}</p>' for i in range(4))
refs = "".join(f'<p><a class="ref" href="#w{i}">w{i}</a></p>' for i in range(4))
css = "@page { size: 60mm 40mm; margin: 2mm } p { margin: 0 } " \\
    "a.ref::after { content: ' p. ' target-counter(attr(href), page) }"
doc = HTML(string=f"<style>{css}</style>{words}<div style='break-before: page'>{refs}</div>").render()
print(json.dumps({"made": len(made), "pages": len(doc.pages),
                  "refs": [b.text for p in doc.pages[-1:] for b in p._page_box.descendants()
                           if getattr(b, "text", None) and "p." in b.text]}))
"""


def _on_and_off(probe: str) -> tuple[dict, dict]:
    """What a probe script prints (JSON) with the speed-ups on, and with them off."""
    results = {}
    for switch in ("on", "off"):
        env = {**os.environ, "EDITION_SPEEDUPS": switch}
        proc = subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
            check=True,
        )  # fmt: skip
        results[switch] = json.loads(proc.stdout)
    return results["on"], results["off"]


def test_page_references_are_laid_out_twice_not_three_times():
    """Four pages of words, then a page listing each word's page: the fix saves a pass."""
    on, off = _on_and_off(LAYOUT_PROBE)
    assert on["pages"] == off["pages"] == 5
    assert on["refs"] == off["refs"] == [" p. 1", " p. 2", " p. 3", " p. 4"]
    assert off["made"] == 5 + 2  # the reference page laid out three times
    assert on["made"] == 5 + 1  # ... and twice with the fix


PSEUDO_PROBE = """
import hashlib, json
import edition.render
from weasyprint import HTML
from weasyprint.css import StyleFor

made = []
set_computed_styles = StyleFor.set_computed_styles
def counting(self, element, parent, root=None, pseudo_type=None, **kwargs):
    made.append(pseudo_type)
    return set_computed_styles(self, element, parent, root, pseudo_type, **kwargs)
StyleFor.set_computed_styles = counting
css = ("@page { size: 80mm 50mm; margin: 5mm } li::marker { color: red } "
       "p.quote::before { content: '> ' } .note { float: footnote } "
       "h2::before { content: '# '; -weasy-anchor: 'part' } "
       "a::after { content: ' p. ' target-counter(attr(href), page) }")
body = ("<ul><li>one</li><li>two</li></ul><p class=quote>said<span class=note>a note</span></p>"
        "<p><a href='#part'>see</a></p><h2 style='break-before: page'>Part</h2>"
        + "<p>more</p>" * 12)
doc = HTML(string=f"<style>{css}</style>{body}").render()
pdf = doc.write_pdf(uncompressed_pdf=True)
print(json.dumps({
    "pseudo": sum(1 for kind in made if kind and kind[0] != "@"), "pages": len(doc.pages),
    "text": [b.text for p in doc.pages for b in p._page_box.descendants()
             if getattr(b, "text", None)],
    "pdf": hashlib.sha256(pdf).hexdigest(), "part": pdf.count(b"(part)")}))
"""


def test_pseudo_element_styles_are_made_when_used():
    """List markers, before and after, a footnote's call and marker, a link to an anchor set
    on a pseudo-element: the same PDF, with a style made for each pseudo-element used, not
    six for every element."""
    on, off = _on_and_off(PSEUDO_PROBE)
    assert on["pages"] == off["pages"] == 6
    assert on["pdf"] == off["pdf"]
    assert on["text"] == off["text"]
    assert {"> ", "# ", "1", "1. ", " p."} <= set(on["text"])  # before, call, marker, after
    assert on["part"] == off["part"] >= 1  # h2::before's anchor, a link destination
    # six for each of the 24 elements, or one for each of the seven used (2 markers, 2
    # befores, the footnote's call and marker, the link's after)
    assert (off["pseudo"], on["pseudo"]) == (6 * 24 + 3, 7)


STYLE_PROBE = """
import json
import edition.render
from weasyprint import HTML
from weasyprint.css.properties import INITIAL_VALUES
from weasyprint.formatting_structure import boxes

css = (":root { --gap: 3px } body { font-size: 11px; text-indent: calc(10% + 1em) } "
       "div { direction: rtl; margin-inline-start: 7px; padding-block-end: 5% } "
       "p { margin: calc(2px + 5%) auto; min-width: 40%; max-width: calc(50% - 3px); "
       "border-inline-end: 2px solid; text-decoration: underline; word-spacing: var(--gap) } "
       "span { position: relative; inset-inline-start: 4px; width: 3em; line-height: 1.5 } "
       "em { display: inline-block; width: 20%; padding: var(--gap) 2% } "
       "li { float: left; margin-left: 10% } table { border-collapse: collapse }")
body = ("<div><p>one <span>two</span> <em>three</em></p><ul><li>four</li></ul></div>"
        "<p>five<span>six</span></p><table><tr><td style='padding: 3%'>seven</td></tr></table>")
doc = HTML(string=f"<style>{css}</style>{body}").render()
names = sorted(INITIAL_VALUES)
used = ("margin_left", "margin_right", "margin_top", "margin_bottom", "padding_left",
        "padding_right", "padding_top", "padding_bottom", "width", "min_width", "max_width",
        "height", "min_height", "max_height", "left", "right", "top", "bottom")
def value(style, name):
    try:
        return repr(style[name])
    except Exception as exc:  # a few properties cannot be read (the same either way)
        return type(exc).__name__
seen = []
for box in doc.pages[0]._page_box.descendants():
    seen.append([type(box).__name__, getattr(box, "text", None),
                 {k: repr(getattr(box, k, None)) for k in used},
                 [value(box.style, k) for k in names]])
print(json.dumps(seen))
"""


def test_plain_computed_values_and_percentages_are_the_general_ones():
    """Every property of every box, and every used length, with and without the fixes
    plain-computed-values and plain-percentages: logical properties in both directions,
    percentages, math and var() functions, inherited values holding a percentage in calc()."""
    on, off = _on_and_off(STYLE_PROBE)
    assert len(on) == len(off) > 20
    for box_on, box_off in zip(on, off, strict=True):
        assert box_on == box_off
    # the cases are there: logical margin and inset in rtl and ltr, inherited calc()
    assert [b[2]["margin_right"] for b in on if b[0] == "BlockBox"].count("7.0") == 1
    spans = [(b[2]["left"], b[2]["right"]) for b in on if b[0] == "InlineBox"]
    assert spans == [("'auto'", "4.0"), ("4.0", "'auto'")]
    assert sum("calc" in value for b in on for value in b[3]) > 20


VAR_PROBE = """
import json, logging, logging.handlers
import edition.render
from weasyprint import HTML
from weasyprint.css.properties import INITIAL_VALUES
from weasyprint.css.tokens import Pending

solved = []
solve = Pending.solve
Pending.solve = lambda self, *args: solved.append(args[1]) or solve(self, *args)
warned = logging.handlers.BufferingHandler(1000)
logging.getLogger("weasyprint").addHandler(warned)
# var() in calc(), in shorthands, with a fallback, a variable set from another, variables
# referring to each other, a variable set again on one element, a value that does not validate
css = (":root { --gap: 3px; --col: 20mm; --both: var(--gap) 1px; --bad: red; "
       "--one: var(--two); --two: var(--one, 2px) } p.n { letter-spacing: var(--one) } "
       "p { padding: var(--gap) 2%; min-width: calc(var(--col) - 2mm); "
       "margin: var(--both); text-indent: var(--unset, 4px); border-top: var(--gap) solid; "
       "width: var(--bad) } "
       "p.wide { --col: 40mm } em { font-size: calc(var(--gap) * 4) }")
# each paragraph a style attribute of its own: WeasyPrint shares no style between them
body = "".join(f"<p class={'wide' if i == 3 else 'n'} style='order: {i}'>a<em>b</em></p>"
               for i in range(10))
doc = HTML(string=f"<style>{css}</style>{body}").render()
names = sorted(INITIAL_VALUES)
def value(style, name):
    try:
        return repr(style[name])
    except Exception as exc:  # a few properties cannot be read (the same either way)
        return type(exc).__name__
seen = [[type(box).__name__, [value(box.style, k) for k in names]]
        for box in doc.pages[0]._page_box.descendants()]
min_widths = [repr(box.style["min_width"]) for box in doc.pages[0]._page_box.descendants()
              if box.element_tag == "p" and type(box).__name__ == "BlockBox"]
print(json.dumps({"seen": seen, "solved": solved, "min_widths": min_widths,
                  "warned": [record.getMessage() for record in warned.buffer]}))
"""


def test_var_values_are_validated_once_for_the_same_variables():
    """Every property of every box with and without pending-values-memo: var() in calc() and
    in shorthands, with a fallback, a variable set from another, variables referring to each
    other, a variable set again on one element, a value that does not validate (its warning
    once either way); and each value validated once for the same variables' values instead of
    once for each paragraph."""
    on, off = _on_and_off(VAR_PROBE)
    assert len(on["seen"]) == len(off["seen"]) > 30
    assert on["seen"] == off["seen"]
    assert on["warned"] == off["warned"]
    assert len([w for w in on["warned"] if "width: red" in w]) == 1
    assert on["min_widths"] == off["min_widths"]
    assert len(on["min_widths"]) == 10
    assert len(set(on["min_widths"])) == 2  # the .wide paragraph's own --col
    assert off["solved"].count("margin-left") == off["solved"].count("font-size") == 10
    assert on["solved"].count("margin-left") == on["solved"].count("font-size") == 1
    assert on["solved"].count("min-width") == 2
    assert on["solved"].count("letter-spacing") == 1
    assert off["solved"].count("letter-spacing") == 9
    # a fallback and a value that does not validate go WeasyPrint's way each time
    assert on["solved"].count("text-indent") == on["solved"].count("width") == 10


PAGE_STYLE_PROBE = """
import json
import edition.render
from weasyprint import HTML

css = ("@page { size: 80mm 50mm; margin: 10mm; @top-center { content: 'Title'; color: red } "
       "@bottom-center { content: counter(page) ' / ' counter(pages) } } "
       "@page :first { @top-center { content: none } } "
       "@page :left { @bottom-left { content: 'left ' counter(page) } } "
       "@page :nth(3) { margin-top: 15mm; @top-center { color: blue } } "
       "@page wide { size: 120mm 50mm; @top-right { content: 'wide' } } "
       ".wide { page: wide } p { break-after: page; margin: 0 }")
body = "".join(f"<p>{i}</p>" for i in range(5)) + "<div class=wide><p>w1</p><p>w2</p></div><p>end</p>"
doc = HTML(string=f"<style>{css}</style>{body}").render()
pages, styles = [], set()
for page in doc.pages:
    box = page._page_box
    styles.add(id(box.style))
    margins = []
    for child in box.children[1:]:
        styles.add(id(child.style))
        margins.append([child.at_keyword, child.position_x, child.position_y, child.width,
                        str(child.style["color"]), [b.text for b in child.descendants()
                                                    if hasattr(b, "text")]])
    pages.append([page.width, box.margin_top, margins])
print(json.dumps({"pages": pages, "styles": len(styles)}))
"""


def test_pages_of_the_same_rules_share_their_styles():
    """First, left and right pages, an nth() page, a named page: each page's margin boxes and
    size as without the fix, and the styles made once per set of matching rules."""
    on, off = _on_and_off(PAGE_STYLE_PROBE)
    assert on["pages"] == off["pages"]
    assert len(on["pages"]) == 8
    blue, red = "color(srgb 0.0 0.0 1.0 / 1.0)", "color(srgb 1.0 0.0 0.0 / 1.0)"
    assert [[m[0], m[4], m[5]] for m in on["pages"][2][2] if m[0] == "@top-center"] == [
        ["@top-center", blue, ["Title"]]
    ]
    assert [[m[0], m[4], m[5]] for m in on["pages"][3][2] if m[0] == "@top-center"] == [
        ["@top-center", red, ["Title"]]
    ]
    assert [p[2][-1][5] for p in on["pages"]] == [[f"{i} / 8"] for i in range(1, 9)]
    # one style for each page and margin box, or one for each set of matching rules: the
    # first page, right and left pages, the third, wide left and right pages
    assert off["styles"] == 8 + sum(len(p[2]) for p in off["pages"]) == 29
    assert on["styles"] == 2 + 3 + 4 + 3 + 5 + 4


PARSER_PROBE = """
import json
import edition.render
import tinyhtml5
from tinyhtml5 import inputstream

built = []  # the text of each expression chars_until compiles
inputstream.re = type("re", (), {"compile": lambda pattern: built.append(pattern) or
                                 __import__("re").compile(pattern)})
html = '<p class="a" title="b">one &amp; two</p>' * 50
tree = tinyhtml5.parse(html)
print(json.dumps({"built": len(built), "distinct": len(set(built)),
                  "text": "".join(tree.itertext()),
                  "keys": sorted(type(k[0]).__name__ for k in inputstream.characters_until_regex)}))
"""


def test_the_parser_builds_each_expression_once():
    """tinyhtml5 filed chars_until's expressions under themselves, so its cache never answered
    and each of the document's 350 calls built its expression again; with the fix each is built
    once, filed under the characters asked for, and the text parsed is the same."""
    on, off = _on_and_off(PARSER_PROBE)
    assert on["text"] == off["text"] == "one & two" * 50
    assert off["built"] == 350
    assert on["distinct"] == off["distinct"] == on["built"]
    assert "Pattern" in off["keys"]
    assert "Pattern" not in on["keys"]


FLOW_PROBE = """
import json
import edition.render
from weasyprint.formatting_structure import boxes

floats = ["none", "left", "right", "inline-start", "inline-end", "footnote"]
positions = ["static", "relative", "sticky", "absolute", "fixed", ("running()", "head"),
             ("note()", "side")]
flow = []
for kind in (boxes.BlockBox, boxes.InlineBox, boxes.TextBox):
    for float_ in floats:
        for position in positions:
            box = kind.__new__(kind)
            box.style = {"float": float_, "position": position}
            flow.append([kind.__name__, float_, str(position), box.is_in_normal_flow()])
calls = boxes.Box.is_in_normal_flow.__code__.co_names
print(json.dumps({"flow": flow, "one_read": "is_floated" not in calls}))
"""


def test_the_normal_flow_test_gives_the_same_answers():
    """Every float and position a box can have: out of the normal flow when floated (a
    footnote too), absolutely positioned, running or a note, with the one-expression test as
    with WeasyPrint's five calls."""
    on, off = _on_and_off(FLOW_PROBE)
    assert on["one_read"] is True
    assert off["one_read"] is False
    assert on["flow"] == off["flow"]
    inside = [(f, p) for _, f, p, normal in on["flow"] if normal]
    assert set(inside) == {("none", p) for p in ("static", "relative", "sticky")}


# --- Layout fixes (footnotes, page references) ---

PAGE = "@page { size: 100mm 80mm; margin: 10mm }"
BODY = "body { margin: 0; font-size: 10px; line-height: 12px } p { margin: 0 }"


@pytest.fixture(scope="module")
def weasy():
    assert patches.apply() == [
        "footnote-overflow",
        "reported-footnotes",
        "early-target-counters",
        "notes-stay-with-calls",
    ]
    from weasyprint import layout
    from weasyprint.layout import page

    return layout, page


def render(html: str):
    from weasyprint import HTML

    return HTML(string=html).render()


def test_pinned_version_and_sources():
    """A new WeasyPrint, or a changed function under a fix, fails here: re-check every fix."""
    import weasyprint

    assert weasyprint.__version__ == patches.PINNED
    assert patches.mismatches() == []


def test_other_version_leaves_weasyprint_alone(monkeypatch, caplog):
    import weasyprint

    monkeypatch.setattr(weasyprint, "__version__", "71.0")
    assert patches.mismatches() == ["WeasyPrint 71.0 is installed, the fixes are for 70.0"]
    monkeypatch.setattr(patches, "_applied", [])
    with caplog.at_level(logging.WARNING, logger="edition.render.patches"):
        assert patches.apply() == []
    assert caplog.messages == [
        "WeasyPrint footnote fixes not applied (WeasyPrint 71.0 is installed, the fixes are for "
        "70.0): notes may move to later pages or be lost; install the pinned version "
        "(pip install weasyprint==70.0)"
    ]


def test_footnote_overflow_rounding(weasy, monkeypatch):
    """A short note beside a short text: the sums of this page's lengths differ by 1e-13."""
    layout, _ = weasy
    html = f"""<style>{PAGE} {BODY}
      @page {{ @footnote {{ margin-top: 1.5mm; padding-top: 1.5mm; border-top: 0.5pt solid }} }}
      .fn {{ float: footnote; line-height: 11px }}</style>
      <p>Text<span class="fn" data-n="1">Note</span> more text.</p>"""
    fixed = render(html)
    assert len(fixed.pages) == 1
    assert landings(fixed) == {1: Landing(call_page=0, note_page=0, cut=False)}
    original = patches.ORIGINALS["layout.LayoutContext._update_footnote_area"]
    monkeypatch.setattr(layout.LayoutContext, "_update_footnote_area", original)
    broken = render(html)
    assert landings(broken) == {1: Landing(call_page=0, note_page=1, cut=False)}


def test_reported_note_survives_a_second_pass(weasy, monkeypatch):
    """The note does not fit on page 1 and moves to page 2, which a forward page reference
    makes WeasyPrint lay out again."""
    _, page = weasy
    html = f"""<style>{PAGE} {BODY}
      .fn {{ float: footnote; line-height: 12px }}
      .ref::after {{ content: target-counter(attr(href), page) }}
      h1 {{ break-before: page; font-size: 10px; margin: 0 }}</style>
      {"<p>line</p>" * 16}<p>call<span class="fn" data-n="1">{"note text " * 30}</span></p>
      <p><a class="ref" href="#end"></a></p><h1 id="end">End</h1>"""
    fixed = render(html)
    assert landings(fixed) == {1: Landing(call_page=0, note_page=1, cut=False)}
    monkeypatch.setattr(page, "remake_page", patches.ORIGINALS["layout.page.remake_page"])
    broken = render(html)
    assert landings(broken) == {1: Landing(call_page=0, note_page=None, cut=False)}


def _page_refs(document) -> list[str]:
    return [
        box.text
        for p in document.pages
        for box in p._page_box.descendants()
        if getattr(box, "element_tag", "") == "a::after" and hasattr(box, "text")
    ]


def test_back_reference_laid_out_once(weasy, monkeypatch):
    """A vocabulary-like page of references to earlier pages: each page laid out once."""
    _, page = weasy
    html = f"""<style>{PAGE} {BODY}
      .ref::after {{ content: target-counter(attr(href), page) }}
      .list {{ break-before: page }}</style>
      <p id="a">first</p><p style="break-before: page" id="b">second</p>
      <div class="list"><p><a class="ref" href="#b"></a></p><p><a class="ref" href="#a"></a></p>
      </div>"""
    made = []

    def counting(make_page):
        def make(*args):
            made.append(args[4])  # page_number
            return make_page(*args)

        return make

    monkeypatch.setattr(page, "make_page", counting(page.make_page))
    fixed = render(html)
    assert (made, _page_refs(fixed)) == ([1, 2, 3], ["2", "1"])
    made.clear()
    original = patches.ORIGINALS["layout.page.make_page"]
    monkeypatch.setattr(page, "make_page", counting(original))
    slow = render(html)
    from weasyprint.css.targets import TargetCollector

    # The speed fix target-counter-anchor, when it was applied at import, saves one pass.
    recorded = hasattr(TargetCollector, "anchor_name")
    assert (made, _page_refs(slow)) == ([1, 2, 3, 3] if recorded else [1, 2, 3, 3, 3], ["2", "1"])


@pytest.mark.usefixtures("weasy")
def test_forward_reference_keeps_weasyprints_way():
    """A reference to a later page (a table of contents) is still filled in."""
    html = f"""<style>{PAGE} {BODY}
      .ref::after {{ content: target-counter(attr(href), page) }}</style>
      <p><a class="ref" href="#c"></a></p><p style="break-before: page">x</p>
      <p style="break-before: page" id="c">third</p>"""
    assert _page_refs(render(html)) == ["3"]


def test_note_stays_with_its_call(weasy, monkeypatch):
    """The last paragraph's second line does not fit and its first may not stand alone
    (orphans: 2): WeasyPrint moved the page's note away from its call to make room."""
    from weasyprint.layout import block

    html = f"""<style>{PAGE} {BODY} p {{ orphans: 2; widows: 2 }}
      .fn {{ float: footnote; footnote-policy: line; line-height: 12px }}</style>
      <p>call<span class="fn" data-n="1">note</span></p>{"<p>line</p>" * 14}
      <p>{"word " * 60}</p>"""
    assert landings(render(html)) == {1: Landing(call_page=0, note_page=0, cut=False)}
    original = patches.ORIGINALS["layout.block._linebox_layout"]
    monkeypatch.setattr(block, "_linebox_layout", original)
    assert landings(render(html)) == {1: Landing(call_page=0, note_page=1, cut=False)}



def test_the_committed_footnote_call_lookup_diff_is_the_fix(tmp_path):
    """footnote-call-lookup is applied with notes-stay-with-calls' edit of _linebox_layout (one
    function, pinned by its source hash); its upstream diff is the same line and applies."""
    edits = [patches.FOOTNOTE_CALL_LOOKUP]
    _assert_committed_diff("weasyprint.layout.block", edits, "footnote-call-lookup.diff", tmp_path)


LOOKUP_PROBE = """
import json
from edition.render import patches
patches.apply()
looked_up = []
class Waiting(list):  # context.footnotes, counting what each line's boxes look for in it
    def __contains__(self, item):
        looked_up.append(item is None)
        return super().__contains__(item)
from weasyprint import layout
init = layout.LayoutContext.__init__
def counting_init(self, *args, **kwargs):
    init(self, *args, **kwargs)
    self.footnotes = Waiting(self.footnotes)
layout.LayoutContext.__init__ = counting_init
from edition.render.footnotes import landings
from weasyprint import HTML
def placed():  # the document is freed on return, not in the interpreter's teardown
    notes = "".join(f'a line <span style="float: footnote" data-n="{n}">note</span> and more<br>'
                    for n in (1, 2, 3))
    document = HTML(string=f"<p>{notes}</p><p>{'word ' * 40}</p>").render()
    return [[n, at.call_page, at.note_page] for n, at in sorted(landings(document).items())]
print(json.dumps([placed(), looked_up.count(True), len(looked_up)]))
"""


@pytest.mark.parametrize("switch", ["on", "off"])
def test_only_boxes_with_notes_are_looked_for_among_waiting_notes(switch):
    """With the speed-ups, a line's boxes without a note are not looked for in the list of
    notes waiting to be placed; the notes land where they did."""
    env = {**os.environ, "EDITION_SPEEDUPS": switch}
    proc = subprocess.run(
        [sys.executable, "-c", LOOKUP_PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    placed, of_none, looked = json.loads(proc.stdout)
    assert placed == [[1, 0, 0], [2, 0, 0], [3, 0, 0]]
    if switch == "on":
        assert (of_none, looked) == (0, 3)
    else:
        assert of_none > 10


def _page(notes, floats=()):
    area = SimpleNamespace(children=notes)
    return SimpleNamespace(current_footnote_area=area, excluded_shapes=list(floats), in_column=False)


def test_a_footnote_area_is_laid_out_once_for_the_same_notes():
    """footnote-area-memo: the page's area laid out for the same notes, in the same order, is
    taken back; other notes, another order, another page's area or floats beside the text are
    laid out anew."""
    one, two = object(), object()
    context = _page([one, two])
    assert patches.laid_out_footnote_area(context) is None
    laid_out = object()
    assert patches.laid_out_footnote_area(context, laid_out) is laid_out
    assert patches.laid_out_footnote_area(context) is laid_out
    context.current_footnote_area.children = [two, one]
    assert patches.laid_out_footnote_area(context) is None
    context.current_footnote_area.children = [one]
    assert patches.laid_out_footnote_area(context) is None
    assert patches.laid_out_footnote_area(_page([one, two])) is None
    context.current_footnote_area = SimpleNamespace(children=[one, two])  # the next page's
    assert patches.laid_out_footnote_area(context) is None
    beside = _page([one, two], floats=[object()])
    assert patches.laid_out_footnote_area(beside, laid_out) is laid_out
    assert patches.laid_out_footnote_area(beside) is None


# footnote-area-memo as proposed upstream: the same keeping, written into the method
AREA_MEMO_UPSTREAM = (
    "            footnote_area = build.create_anonymous_boxes(\n"
    "                self.current_footnote_area.deepcopy())\n"
    "            footnote_area = block_level_layout(\n"
    "                self, footnote_area, -inf, None,\n"
    "                self.current_footnote_area.page)[0]\n",
    "            # Laid out anew each time a note is added, moved on or taken back, often\n"
    "            # for notes already laid out on this page: keep this area's layouts by\n"
    "            # notes (not beside floats, which may narrow lines and come and go).\n"
    "            if self.footnote_area_layouts[0] is not self.current_footnote_area:\n"
    "                self.footnote_area_layouts = (self.current_footnote_area, {})\n"
    "            layouts = self.footnote_area_layouts[1]\n"
    "            key = (self.in_column, *map(id, self.current_footnote_area.children))\n"
    "            footnote_area = None if self.excluded_shapes else layouts.get(key)\n"
    "            if footnote_area is None:\n"
    "                footnote_area = build.create_anonymous_boxes(\n"
    "                    self.current_footnote_area.deepcopy())\n"
    "                footnote_area = block_level_layout(\n"
    "                    self, footnote_area, -inf, None,\n"
    "                    self.current_footnote_area.page)[0]\n"
    "                if not self.excluded_shapes:\n"
    "                    layouts[key] = footnote_area\n",
)
AREA_MEMO_INIT = (
    "        self.current_footnote_area = None  # Not initialized yet\n",
    "        self.current_footnote_area = None  # Not initialized yet\n"
    "        self.footnote_area_layouts = (None, {})\n",
)


def test_the_committed_footnote_area_memo_diff_applies(tmp_path):
    edits = [AREA_MEMO_INIT, AREA_MEMO_UPSTREAM]
    _assert_committed_diff("weasyprint.layout", edits, "footnote-area-memo.diff", tmp_path)

def test_the_footnote_area_edit_applies_to_the_pinned_source():
    from weasyprint import layout

    function = patches.ORIGINALS.get(
        "layout.LayoutContext._update_footnote_area", layout.LayoutContext._update_footnote_area
    )
    edited = patches._edited(function, *patches.FOOTNOTE_AREA_MEMO)
    assert edited.__code__.co_firstlineno == function.__code__.co_firstlineno
    assert "_edition_footnote_area" in edited.__code__.co_names

@pytest.mark.usefixtures("weasy")
def test_edited_function_is_compiled_in_its_module():
    from weasyprint.layout import block

    function = block._linebox_layout
    original = patches.ORIGINALS["layout.block._linebox_layout"]
    assert function is not original
    assert function.__globals__ is original.__globals__
    assert function.__code__.co_filename == original.__code__.co_filename
    assert function.__code__.co_firstlineno == original.__code__.co_firstlineno
    with pytest.raises(ValueError, match="the line to replace is not there once"):
        patches._edited(original, "no such line", "x")


CACHE_PROBE = """
import json
import edition.render
from weasyprint import HTML
from weasyprint.text import line_break

calls = {"split": 0, "shaped": 0}
split, shaped = line_break.split_first_line, line_break._split_first_line
def counting_split(*args, **kwargs):
    calls["split"] += 1
    return split(*args, **kwargs)
def counting_shaped(*args, **kwargs):
    calls["shaped"] += 1
    return shaped(*args, **kwargs)
line_break._split_first_line = counting_shaped
from weasyprint.layout import inline
inline.split_first_line = counting_split
notes = "".join(f'<span style="float: footnote">note {i} of some length</span>' for i in range(4))
HTML(string=f"<p>{notes} text</p>").render()
print(json.dumps(calls))
"""


def test_a_page_of_footnotes_shapes_each_line_once():
    """Each new note lays the page's footnote area out anew: its lines come from the cache."""
    proc = subprocess.run(
        [sys.executable, "-c", CACHE_PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    calls = json.loads(proc.stdout)
    assert calls["split"] > 10  # the four notes, laid out 1 + 2 + 3 + 4 times, and the text
    assert calls["shaped"] < calls["split"] / 2


COPY_PROBE = """
import copy, json
import edition.render
from weasyprint import HTML
from weasyprint.text import line_break

returned = []
split = line_break.split_first_line
def keeping(*args, **kwargs):
    result = split(*args, **kwargs)
    returned.append((args, result[0]))
    return result
from weasyprint.layout import inline
inline.split_first_line = keeping
HTML(string="<p>one line of text</p><p>one line of text</p>").render()
args, first = returned[0]
again = split(*args)[0]
print(json.dumps({
    "calls": len(returned),
    "distinct": len({id(layout) for _args, layout in returned} | {id(again)}),
    "type": type(again) is type(first) is line_break.Layout,
    "same_as_copy": vars(again) == vars(copy.copy(first)) and vars(again) is not vars(first),
}))
"""


def test_a_cached_line_gives_each_box_a_layout_of_its_own():
    """A repeated line's layout comes from the cache as copy.copy() would make it: a new
    Layout of the same attributes, one for each text box (drawing sets each up again)."""
    proc = subprocess.run(
        [sys.executable, "-c", COPY_PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    probe = json.loads(proc.stdout)
    assert probe["calls"] >= 2  # the second paragraph's line is the first's, from the cache
    assert probe["distinct"] == probe["calls"] + 1
    assert probe["type"]
    assert probe["same_as_copy"]


CONTEXT_PROBE = """
import json
import edition.render
from weasyprint import HTML
from weasyprint.text.ffi import ffi, pango
document = HTML(string=(
    '<html lang="zh-Hant"><p>中文一行，再一行。<span lang="en">English words</span></p>'
    '<p dir="rtl" lang="ar">abc</p><p lang="en" style="font-language-override: &quot;TRK&quot;">x</p>'
    '<p>又是中文。</p></html>'
)).render()
contexts = document.font_config.__dict__.get("_pango_contexts", {})
print(json.dumps(sorted(
    [direction, lang, language == pango.pango_language_from_string(
        (lang or "").lower().encode() or ffi.NULL)]
    for (direction, lang), (_context, language) in contexts.items()
)))
"""


def test_layouts_share_one_pango_context_per_direction_and_language():
    """Text layouts of the same direction and language are made from one Pango context."""
    proc = subprocess.run(
        [sys.executable, "-c", CONTEXT_PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(proc.stdout) == [
        ["ltr", "en", True],
        ["ltr", "tur", True],  # TRK, an OpenType language tag, as ISO 639
        ["ltr", "zh-Hant", True],
        ["rtl", "ar", True],
    ]


INLINE_PROBE = """
import json
import edition.render
from weasyprint import HTML
from weasyprint.formatting_structure import boxes

css = ("@page { size: 90mm 60mm; margin: 5mm } body { font-size: 10px; line-height: 1.4 } "
       "span { padding: 0 2% 1px 1em; margin: 0 calc(1% + 1px); border: 1px solid } "
       "b { font-size: 150%; line-height: 2; font-kerning: none } "
       "i { padding-left: 10%; font-feature-settings: 'liga' 0; text-decoration: underline } "
       ".narrow { width: 50%; float: right } .wide { margin-left: 5mm } "
       "table { border-collapse: collapse } td { border: 2px solid } td span { border: 3px solid }")
words = " ".join(f"word{i} <span>in <b>bold</b> <i>it{i}</i></span>" for i in range(40))
body = (f"<div class=narrow>{words}</div><div class=wide>{words}</div>"
        f"<p>{words}</p><table><tr><td>{words[:400]}</td></tr></table>")
doc = HTML(string=f"<style>{css}</style>{body}").render()
used = ("margin_left", "margin_right", "margin_top", "margin_bottom", "padding_left",
        "padding_right", "padding_top", "padding_bottom", "border_left_width",
        "border_top_width", "width", "min_width", "max_width", "height", "min_height",
        "max_height", "position_x", "position_y", "baseline")
seen, kept = [], set()
for page in doc.pages:
    for box in page._page_box.descendants():
        seen.append([type(box).__name__, getattr(box, "text", None),
                     {k: repr(getattr(box, k, None)) for k in used}])
        for name in ("_used_lengths", "_strut", "_font_of"):
            if box.style.__dict__.get(name):
                kept.add(name)
print(json.dumps({"pages": len(doc.pages), "boxes": seen, "kept": sorted(kept),
                  "pdf": doc.write_pdf().hex()}))
"""


def test_inline_used_lengths_struts_and_fonts_are_the_general_ones():
    """Inline boxes with lengths in %, em and calc() in blocks of three widths (one beside a
    float) and inside collapsed table borders, split over many lines on several pages, in
    three fonts (no kerning, a feature off, underlined): with the fixes inline-used-lengths,
    style-struts and style-font-descriptions the same used lengths, positions and baselines
    on every box, and the same PDF, as WeasyPrint's own way; the kept values are used."""
    on, off = _on_and_off(INLINE_PROBE)
    assert on["pages"] == off["pages"] >= 2
    assert len(on["boxes"]) == len(off["boxes"]) > 500
    for box_on, box_off in zip(on["boxes"], off["boxes"], strict=True):
        assert box_on == box_off
    assert on["pdf"] == off["pdf"]
    assert (on["kept"], off["kept"]) == (["_font_of", "_strut", "_used_lengths"], [])


# The upstream form of draw-glyph-buffers: the edits of patches.draw_glyph_buffers, with a helper
# of WeasyPrint's own in place of the one edition sets on the module.
GLYPH_HELPER = (
    "from io import BytesIO\n",
    "from io import BytesIO\nfrom struct import iter_unpack\n",
)
GLYPH_HELPER_DEF = (
    "\n\ndef draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix):\n",
    "\n\n"
    "def glyph_infos(glyphs, count):\n"
    '    """Return (glyph, width, x_offset, y_offset, attr) of ``count`` glyphs."""\n'
    "    return iter_unpack(\n"
    f"        '{patches.GLYPH_INFO}', ffi.buffer(glyphs, count * ffi.sizeof('PangoGlyphInfo')))\n"
    "\n\n"
    "def draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix):\n",
)


def _glyph_buffers_diff() -> str:
    path = Path(patches.module_path("weasyprint.draw.text"))
    old = path.read_text(encoding="utf-8")
    edits = [(o, n.replace("_edition_glyphs(", "glyph_infos(")) for o, n in
             patches.draw_glyph_buffers()]  # fmt: skip
    new = _edited(old, (GLYPH_HELPER, GLYPH_HELPER_DEF, *edits))
    return _unified(old, new, "weasyprint.draw.text")


def test_the_committed_glyph_buffers_diff_is_the_fix(tmp_path):
    """draw-glyph-buffers is applied with textlayer's edit of draw_first_line (one function,
    pinned by one source hash there); its upstream diff applies to the pinned file."""
    diff = ROOT / "docs" / "patches" / "draw-glyph-buffers.diff"
    assert diff.read_text(encoding="utf-8") == _glyph_buffers_diff()
    _git_apply(tmp_path, ["weasyprint.draw.text"], ["draw-glyph-buffers.diff"])


def test_glyph_buffers_read_what_cffi_reads():
    """The unpacked PangoGlyphInfo fields are the ones cffi reads, glyph for glyph (offsets
    of a combining accent and of a raised run included)."""
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes
    from weasyprint.text.ffi import ffi, pango
    from weasyprint.text.line_break import create_layout

    assert patches.glyph_buffers_fit()
    html = '<p style="font-family: serif">Ax\u0301 W\u00e4ve \u4e2d\u6587</p>'
    box = HTML(string=html).render().pages[0]._page_box
    while not isinstance(box, boxes.TextBox):
        box = box.children[0]
    style = box.style
    layout = create_layout("Ax\u0301 W\u00e4ve, \u4e2d\u6587 fi", style, None, None, 0)
    line, _ = layout.get_first_line()
    run, runs, widths = line.runs, 0, 0
    while run != ffi.NULL:
        string = run.data.glyphs
        count = string.num_glyphs
        cffi = [
            (g.glyph, g.geometry.width, g.geometry.x_offset, g.geometry.y_offset)
            for g in string.glyphs[0:count]
        ]
        unpacked = [info[:4] for info in patches.glyph_infos(string.glyphs, count)]
        assert unpacked == cffi
        # after test_justify or test_blank_glyphs in the same process a run may hold only
        # zero-width glyphs (seen in the whole suite); the comparison must still see real
        # advances somewhere
        widths += sum(1 for _, width, _, _ in cffi if width)
        runs, run = runs + 1, run.next
    assert runs >= 2  # Latin and Han runs
    assert widths >= 5
    assert pango.PANGO_GLYPH_EMPTY not in {g for g, *_ in cffi}


def test_drawing_reads_glyph_buffers_when_sped_up():
    """The drawing function in use unpacks each run's glyphs (only with speed-ups on: the
    bytes are compared with WeasyPrint's own loop in tests/test_speedups.py)."""
    from weasyprint.draw import text as draw_text

    from edition.render.textlayer import skip_blanks_when_drawing

    assert skip_blanks_when_drawing()
    names = draw_text.draw_first_line.__code__.co_names
    assert "_edition_glyphs" in names
    assert "geometry" not in names


def test_function_sources_are_inspects_and_follow_their_file(tmp_path, monkeypatch):
    """The sources the fixes check and edit come from edition's cache by their file's bytes:
    the same text as ``inspect.getsource``, and a changed file is read again."""
    import importlib.util
    import inspect

    from weasyprint.layout import block

    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(patches, "_sources", {})
    function = patches.ORIGINALS.get("layout.block._linebox_layout", block._linebox_layout)
    assert patches.function_source(function) == inspect.getsource(function)
    monkeypatch.setattr(patches, "_sources", {})
    assert patches.function_source(function) == inspect.getsource(function)  # from the cache
    assert list((tmp_path / "cache").rglob("source-_linebox_layout-*"))

    module = tmp_path / "probe.py"
    for body in ("    return 1\n", "    x = 2\n    return x\n"):
        module.write_text(f"def probe():\n{body}", encoding="utf-8")
        spec = importlib.util.spec_from_file_location("probe", module)
        loaded = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded)
        patches._sources.clear()
        assert patches.function_source(loaded.probe) == f"def probe():\n{body}"


PICTURE_PROBE = """
import base64, hashlib, io, json, struct, sys, zlib
import edition.render
from weasyprint import HTML

def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

# a 2 x 2 RGBA PNG, written by hand: Pillow is not imported before the render
rows = b"".join(b"\\0" + bytes([200, 30, 30, 255, 30, 200, 30, 128]) for _ in range(2))
png = (b"\\x89PNG\\r\\n\\x1a\\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
before = "PIL" in sys.modules
src = "data:image/png;base64," + base64.b64encode(png).decode()
pdf = HTML(string=f'<p>x <img src="{src}" style="width: 20px; image-orientation: 90deg">'
                  f'<img src="{src}" style="width: 10px"></p>').write_pdf(uncompressed_pdf=True)
print(json.dumps({"pil_before": before, "pil_after": "PIL" in sys.modules,
                  "pdf": hashlib.sha256(pdf).hexdigest(), "images": pdf.count(b"/Image")}))
"""


def test_raster_images_import_pillow_when_drawn():
    on, off = _on_and_off(PICTURE_PROBE)
    assert on["pil_before"] is False
    assert off["pil_before"] is True
    assert on["pil_after"] is True
    assert on["images"] >= 2
    assert on["pdf"] == off["pdf"]


IMPORTS_PROBE = """
import dis, json
import edition.render
from weasyprint.css import tokens
from weasyprint.draw import color, text
from weasyprint.layout import background, percent
from weasyprint.text import line_break
import weasyprint.css
import weasyprint.css.functions
functions = (
    line_break._split_first_line, line_break.strut, text.draw_text,
    background.layout_box_backgrounds, tokens.get_length,
)
print(json.dumps({
    "importing": [
        f.__name__ for f in functions
        for op in dis.get_instructions(f) if op.opname == "IMPORT_NAME"
    ],
    "same": [
        line_break._imported("..layout.percent", "percentage") is percent.percentage,
        line_break._imported("..css.functions", "check_math")
        is weasyprint.css.functions.check_math,
        text._imported("..layout.percent", "percentage") is percent.percentage,
        background._imported("..draw.color", "get_color") is color.get_color,
        tokens._imported(".", "resolve_math") is weasyprint.css.resolve_math,
    ],
}))
"""


def test_functions_run_for_every_box_import_nothing_each_time():
    """function-imports-once: the five functions get their names from ``_imported``, the same
    objects their import statements gave."""
    probe = json.loads(
        subprocess.run(
            [sys.executable, "-c", IMPORTS_PROBE],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert probe["importing"] == []
    assert probe["same"] == [True] * 5


# The upstream form of draw-glyph-pieces, after draw-glyph-buffers': a helper of WeasyPrint's
# own in place of the one edition sets on the module.
PIECES_HELPER_DEF = (
    "\n\ndef draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix):\n",
    "\n\n"
    "def glyph_pieces(font, font_size):\n"
    '    """Return what each glyph drawn in ``font`` at ``font_size`` adds to a line."""\n'
    "    return font.__dict__.setdefault('glyph_pieces', {}).setdefault(font_size, {})\n"
    "\n\n"
    "def draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix):\n",
)


def _with_glyph_buffers(source: str) -> str:
    edits = [(o, n.replace("_edition_glyphs(", "glyph_infos(")) for o, n in
             patches.draw_glyph_buffers()]  # fmt: skip
    for before, after in (GLYPH_HELPER, GLYPH_HELPER_DEF, *edits):
        assert source.count(before) == 1, before
        source = source.replace(before, after)
    return source


def _glyph_pieces_diff() -> str:
    old = _with_glyph_buffers(
        Path(patches.module_path("weasyprint.draw.text")).read_text(encoding="utf-8")
    )
    upstream = {"_edition_pieces(": "glyph_pieces(", "_edition_glyphs(": "glyph_infos("}

    def named(line: str) -> str:
        for ours, theirs in upstream.items():
            line = line.replace(ours, theirs)
        return line

    edits = [(named(o), named(n)) for o, n in patches.draw_glyph_pieces()]
    return _unified(old, _edited(old, (PIECES_HELPER_DEF, *edits)), "weasyprint.draw.text")


def test_the_committed_glyph_pieces_diff_is_the_fix(tmp_path):
    """draw-glyph-pieces is applied with textlayer's edit of draw_first_line, after
    draw-glyph-buffers; its upstream diff applies to the pinned file after that one's."""
    diff = ROOT / "docs" / "patches" / "draw-glyph-pieces.diff"
    assert diff.read_text(encoding="utf-8") == _glyph_pieces_diff()
    _git_apply(
        tmp_path, ["weasyprint.draw.text"], ["draw-glyph-buffers.diff", "draw-glyph-pieces.diff"]
    )


def test_glyphs_drawn_again_write_what_they_wrote_the_first_time(caplog):
    """A page drawn with each glyph's piece kept per font and size is the page drawn glyph by
    glyph: the same bytes, for repeated Latin and Han text, justified lines (blanks of varying
    width), letter spacing, superscripts, a combining accent (an offset) and a character no
    font has (drawn as another glyph, its warning each time)."""
    from weasyprint import HTML
    from weasyprint.draw import text

    from edition.render import textlayer
    from edition.render.patches import _edited, draw_glyph_buffers

    assert textlayer.skip_blanks_when_drawing()
    fast = text.draw_first_line
    assert "_edition_pieces" in fast.__code__.co_names
    slow = _edited(
        textlayer._drawing["original"],
        textlayer.KERNING,
        textlayer.SKIP,
        (textlayer.SHOW_RUN, textlayer.SHOW_RUN_WIDENED),
        (textlayer.SHOW_LINE, textlayer.SHOW_LINE_WIDENED),
        *draw_glyph_buffers(),
    )
    line = (
        "Ax\u0301 W\u00e4ve, fine \u4e2d\u6587\u4e2d\u6587\uff0c "
        "<span style='letter-spacing: 1px'>spaced \u4e2d\u6587</span> "
        "<sup>2</sup> x<sup>2</sup> \U000f0001 "
    )
    html = (
        "<style>@page { size: 70mm 60mm; margin: 5mm } p { text-align: justify; "
        "font-family: serif; font-size: 9px }</style>" + f"<p>{line * 12}</p>"
    )
    kept: list[dict] = []
    pieces = text._edition_pieces

    def keeping(font, font_size):
        kept.append(found := pieces(font, font_size))
        return found

    document = HTML(string=html).render()
    written = {}
    try:
        text._edition_pieces = keeping
        for name, function in (("fast", fast), ("slow", slow)):
            text.draw_first_line = function
            caplog.clear()
            with caplog.at_level(logging.WARNING, logger="weasyprint"):
                written[name] = document.write_pdf()
            written[f"{name} warnings"] = sum(".notdef" in r.getMessage() for r in caplog.records)
    finally:
        text.draw_first_line, text._edition_pieces = fast, pieces
    assert written["fast"] == written["slow"]
    assert written["fast warnings"] == written["slow warnings"] >= 12
    entries = {key for found in kept for key in found}
    assert len(entries) > 20
    assert all(y_offset == 0 for _glyph, _width, _x, y_offset in entries)
    assert any(x_offset for _glyph, _width, x_offset, _y in entries)  # the accent


# The upstream form of kept-lines' drawing part: a helper of WeasyPrint's own in place of the
# one edition sets on the module (without the check of which draw_first_line is in place).
KEPT_HELPER_DEF = (
    "\n\ndef draw_emojis(stream, style, x, y, emojis):\n",
    "\n\n"
    "def kept_line(textbox, text_overflow, block_ellipsis):\n"
    '    """Return the Pango layout kept with the line of ``textbox``, or ``None``.\n\n'
    "    ``first_line_metrics`` keeps the layout of a text on one line: it is the line\n"
    "    drawing would shape again, unless the box's text or style changed since, or the\n"
    "    box is justified (spacing is added when drawing) or ellipsized.\n\n"
    '    """\n'
    "    layout = textbox.pango_layout\n"
    "    kept = getattr(layout, 'kept_line', None)\n"
    "    if kept is None or hasattr(layout, 'layout') or layout.justification_spacing:\n"
    "        return None\n"
    "    pango_layout, style, text = kept\n"
    "    if style is not textbox.style or text != layout.text:\n"
    "        return None\n"
    "    if text_overflow == 'ellipsis' or block_ellipsis != 'none':\n"
    "        return None\n"
    "    return pango_layout\n"
    "\n\n"
    "def add_kept_font(stream, pango_font, kept):\n"
    '    """Return ``stream.add_font(pango_font)``, kept for a font held by ``kept``.\n\n'
    "    A font held by a kept line cannot be freed, so its address is its own.\n\n"
    '    """\n'
    "    fonts = stream.__dict__.setdefault('kept_fonts', {})\n"
    "    if pango_font in fonts:\n"
    "        return fonts[pango_font][0]\n"
    "    added = stream.add_font(pango_font)\n"
    "    if kept is not None:\n"
    "        fonts[pango_font] = (added, kept)\n"
    "    return added\n"
    "\n\n"
    "def draw_emojis(stream, style, x, y, emojis):\n",
)


def _kept_lines_diff() -> str:
    old = Path(patches.module_path("weasyprint.draw.text")).read_text(encoding="utf-8")
    upstream = (
        (
            "_edition_kept(\n        textbox, text_overflow, block_ellipsis, draw_first_line)",
            "kept_line(textbox, text_overflow, block_ellipsis)",
        ),
        ("_edition_kept(", "kept_line("),
        ("_edition_add_font(", "add_kept_font("),
    )

    def named(text: str) -> str:
        for ours, theirs in upstream:
            text = text.replace(ours, theirs)
        return text

    edits = [(o, named(n)) for o, n in (*patches.draw_text_kept_lines(),
                                        *patches.draw_kept_lines(),
                                        *patches.draw_kept_fonts())]  # fmt: skip
    return _unified(old, _edited(old, (KEPT_HELPER_DEF, *edits)), "weasyprint.draw.text")


def test_the_committed_kept_lines_drawing_diff_is_the_fix(tmp_path):
    """kept-lines' drawing part is applied with textlayer's edits of draw_first_line (pinned by
    one source hash there) and of draw_text (pinned by ``DRAW_TEXT``); its upstream diff
    applies to the pinned file, after the glyph fixes' diffs, with the layout's part
    (kept-lines.diff)."""
    diff = ROOT / "docs" / "patches" / "draw-kept-lines.diff"
    assert diff.read_text(encoding="utf-8") == _kept_lines_diff()
    from edition.render import textlayer

    assert textlayer.skip_blanks_when_drawing()
    assert patches.source_hash(textlayer._drawing["draw_text"]) == patches.DRAW_TEXT
    names = ("draw-glyph-buffers", "draw-glyph-pieces", "kept-lines", "draw-kept-lines")
    _git_apply(
        tmp_path,
        ["weasyprint.draw.text", "weasyprint.text.line_break"],
        [f"{name}.diff" for name in names],
    )


def test_the_committed_spaced_lines_diff_applies_after_kept_lines(tmp_path):
    """spaced-lines (a justified box drawn from its kept line, ``edition/render/spaced.py``)
    is applied with textlayer's edits of draw_first_line, after kept-lines'; its upstream diff
    (the runs made in a new ``weasyprint/text/spacing.py``) applies to the pinned files after
    the glyph fixes' and kept-lines' diffs."""
    from weasyprint.draw import text

    from edition.render import textlayer

    assert textlayer.skip_blanks_when_drawing()
    assert "_edition_first_line" in text.draw_first_line.__code__.co_names
    names = ("draw-glyph-buffers", "draw-glyph-pieces", "kept-lines", "draw-kept-lines")
    _git_apply(
        tmp_path,
        ["weasyprint.draw.text", "weasyprint.text.line_break", "weasyprint.layout.inline"],
        [f"{name}.diff" for name in (*names, "spaced-lines")],
    )
    made = (tmp_path / "weasyprint" / "text" / "spacing.py").read_text(encoding="utf-8")
    assert "def spaced_line(layout, style, kept):" in made
    drawing = (tmp_path / "weasyprint" / "draw" / "text.py").read_text(encoding="utf-8")
    assert "return spaced_line(layout, textbox.style, spaced_from)" in drawing


def test_boxes_drawn_from_kept_lines_are_the_boxes_shaped_again():
    """A page drawn with text boxes taken from the lines their layouts kept is the page drawn
    with every box shaped again: the same bytes, for ragged and justified Latin and Han lines,
    a line with a break, letter and word spacing, an underline, a raised note number and a
    text that overflows with an ellipsis; most ragged boxes come from kept lines, no justified
    one with spacing to add does; the fonts of kept lines looked up once per page or not."""
    from weasyprint import HTML
    from weasyprint.draw import text

    from edition.render import textlayer

    assert textlayer.skip_blanks_when_drawing()
    assert "_edition_kept" in text.draw_first_line.__code__.co_names
    assert "_edition_kept" in text.draw_text.__code__.co_names
    line = (
        "Ax\u0301 W\u00e4ve, fine \u4e2d\u6587\u4e2d\u6587\uff0c "
        "<span style='letter-spacing: 1px'>spaced \u4e2d\u6587</span> "
        "<u>under \u4e2d</u> <span style='word-spacing: 3px'>wide words</span> x<sup>2</sup> "
    )
    html = (
        "<style>@page { size: 80mm 120mm; margin: 5mm } p { font-family: serif; "
        "font-size: 9px } .j { text-align: justify } .e { white-space: nowrap; "
        "overflow: hidden; text-overflow: ellipsis }</style>"
        f"<p>{line * 6}</p><p class=j>{line * 6}</p><p>one<br>two</p>"
        f"<p class=e>{line * 2}</p>"
    )
    found = text._edition_kept
    kept = {"kept": 0, "shaped": 0, "justified": 0}

    def counting(textbox, text_overflow, block_ellipsis, drawing=None):
        layout = found(textbox, text_overflow, block_ellipsis, drawing)
        if drawing is not None:
            kept["kept" if layout is not None else "shaped"] += 1
            # a box given a layout with justification spacing is shaped again
            kept["justified"] += layout is None and textbox.pango_layout.justification_spacing > 0
        return layout

    add_font = text._edition_add_font
    looked_up = []

    def adding(stream, pango_font, kept_layout):
        looked_up.append(kept_layout is not None)
        return add_font(stream, pango_font, kept_layout)

    def added(stream, pango_font, kept_layout):
        return stream.add_font(pango_font)

    written = {}
    try:
        for name, helper, fonts in (
            ("kept", counting, adding),
            ("shaped", lambda *args: None, added),
            ("kept, fonts looked up", found, added),
        ):
            text._edition_kept, text._edition_add_font = helper, fonts
            written[name] = HTML(string=html).write_pdf()
    finally:
        text._edition_kept, text._edition_add_font = found, add_font
    assert written["kept"] == written["shaped"] == written["kept, fonts looked up"]
    assert kept["kept"] > 20
    assert kept["shaped"] > kept["justified"] > 10
    # fonts of kept lines are looked up once per page, and others found among them
    assert any(looked_up)
    assert not all(looked_up)


def test_a_font_is_kept_on_the_stream_only_with_a_kept_line():
    """The stream's answer for a Pango font is kept only when a kept line holds the font
    (its address cannot be another font's then), and given back for any run in that font."""
    calls = []
    stream = SimpleNamespace(add_font=lambda font: calls.append(font) or ("pdf font", 9.0))
    assert patches.add_font(stream, "font A", None) == ("pdf font", 9.0)
    assert patches.add_font(stream, "font A", None) == ("pdf font", 9.0)
    assert calls == ["font A", "font A"]  # not kept: asked again
    assert patches.add_font(stream, "font A", "a kept layout") == ("pdf font", 9.0)
    assert patches.add_font(stream, "font A", None) == ("pdf font", 9.0)
    assert calls == ["font A"] * 3
    assert stream._edition_fonts["font A"][1] == "a kept layout"  # holds the font


# footnote-area-append as proposed upstream (edition/render/footnote_area.py): the area with one
# note more, after the same area laid out with the others, lays out only that note
AREA_APPEND_INIT = (
    "        self.current_footnote_area = None  # Not initialized yet\n",
    "        self.current_footnote_area = None  # Not initialized yet\n"
    "        self.last_footnote_area = (None, None, (), None)\n",
)
AREA_APPEND_METHOD = (
    "    def _update_footnote_area(self):\n",
    "    def _append_footnote(self):\n"
    '        """Lay out the footnote area with only its last footnote added.\n'
    "\n"
    "        Only when the area has just been laid out with the other footnotes and\n"
    "        they all stack plainly: blocks of lines, without margins, clearance or\n"
    "        positioning. Return ``None`` otherwise.\n"
    "\n"
    '        """\n'
    "        area = self.current_footnote_area\n"
    "        last_area, in_column, footnotes, before = self.last_footnote_area\n"
    "        if (last_area is not area or in_column != self.in_column or\n"
    "                self.excluded_shapes or\n"
    "                len(footnotes) != len(area.children) - 1 or\n"
    "                any(a is not b for a, b in zip(footnotes, area.children))):\n"
    "            return None\n"
    "        style = area.style\n"
    "        if (style['column_width'] != 'auto' or style['column_count'] != 'auto' or\n"
    "                style['max_lines'] != 'none' or style['continue'] != 'auto' or\n"
    "                style['position'] != 'static' or style['height'] != 'auto'):\n"
    "            return None\n"
    "\n"
    "        def stacks(footnote):\n"
    "            return (\n"
    "                type(footnote) is boxes.BlockBox and\n"
    "                footnote.margin_top == footnote.margin_bottom == 0 and\n"
    "                footnote.clearance is None and\n"
    "                footnote.style['position'] == 'static' and\n"
    "                all(type(child) is boxes.LineBox for child in footnote.children))\n"
    "\n"
    "        if not before.children or not all(map(stacks, before.children)):\n"
    "            return None\n"
    "        # Resumed at its only child, the copy has no top margin, border or\n"
    "        # padding: the footnote is laid out where the whole area would put it.\n"
    "        last = before.children[-1]\n"
    "        position_y = last.border_box_y() + last.border_height()\n"
    "        rest = build.create_anonymous_boxes(\n"
    "            area.copy_with_children(area.children[-1:]).deepcopy())\n"
    "        rest.position_y = position_y\n"
    "        rest = block_level_layout(\n"
    "            self, rest, -inf, {0: None}, area.page, False)[0]\n"
    "        if rest is None or len(rest.children) != 1:\n"
    "            return None\n"
    "        footnote, = rest.children\n"
    "        if footnote.position_y != position_y or not stacks(footnote):\n"
    "            return None\n"
    "        footnote.index = len(before.children)\n"
    "        footnote_area = before.copy_with_children(\n"
    "            [*before.children, footnote])\n"
    "        bottom = footnote.border_box_y() + footnote.border_height()\n"
    "        footnote_area.height = max(min(\n"
    "            max(0, bottom - footnote_area.content_box_y()),\n"
    "            footnote_area.max_height), footnote_area.min_height)\n"
    "        return footnote_area\n"
    "\n"
    "    def _update_footnote_area(self):\n",
)
AREA_APPEND_UPDATE = (
    "            footnote_area = build.create_anonymous_boxes(\n"
    "                self.current_footnote_area.deepcopy())\n"
    "            footnote_area = block_level_layout(\n"
    "                self, footnote_area, -inf, None,\n"
    "                self.current_footnote_area.page)[0]\n",
    "            # A page of n footnotes would lay n(n+1)/2 of them out: when the area\n"
    "            # was just laid out with the other ones, only the new one is laid out.\n"
    "            footnote_area = self._append_footnote()\n"
    "            if footnote_area is None:\n"
    "                footnote_area = build.create_anonymous_boxes(\n"
    "                    self.current_footnote_area.deepcopy())\n"
    "                footnote_area = block_level_layout(\n"
    "                    self, footnote_area, -inf, None,\n"
    "                    self.current_footnote_area.page)[0]\n"
    "            self.last_footnote_area = (\n"
    "                self.current_footnote_area, self.in_column,\n"
    "                tuple(self.current_footnote_area.children), footnote_area)\n",
)


def test_the_committed_footnote_area_append_diff_applies(tmp_path):
    edits = [AREA_APPEND_INIT, AREA_APPEND_METHOD, AREA_APPEND_UPDATE]
    _assert_committed_diff("weasyprint.layout", edits, "footnote-area-append.diff", tmp_path)


# footnote-area-final as proposed upstream, after footnote-area-memo (whose layouts it takes)
AREA_FINAL_UPSTREAM = (
    "    footnote_area = build.create_anonymous_boxes(footnote_area.deepcopy())\n"
    "    footnote_area = block_level_layout(\n"
    "        context, footnote_area, bottom_space=-inf, skip_stack=None,\n"
    "        containing_block=footnote_area.page, page_is_empty=True,\n"
    "        absolute_boxes=positioned_boxes, fixed_boxes=positioned_boxes)[0]\n",
    "    # The area was laid out with these footnotes when the last one was added:\n"
    "    # take that layout, unless it holds boxes out of the flow (they are filed\n"
    "    # with the page's positioned boxes below) or floats stand beside it.\n"
    "    layouts = context.footnote_area_layouts\n"
    "    laid_out = None\n"
    "    if layouts[0] is footnote_area and not context.excluded_shapes:\n"
    "        key = (context.in_column, *map(id, footnote_area.children))\n"
    "        laid_out = layouts[1].pop(key, None)\n"
    "        if laid_out and not all(\n"
    "                box.is_in_normal_flow() for box in laid_out.descendants()):\n"
    "            laid_out = None\n"
    "    footnote_area = laid_out or block_level_layout(\n"
    "        context, build.create_anonymous_boxes(footnote_area.deepcopy()),\n"
    "        bottom_space=-inf, skip_stack=None,\n"
    "        containing_block=footnote_area.page, page_is_empty=True,\n"
    "        absolute_boxes=positioned_boxes, fixed_boxes=positioned_boxes)[0]\n",
)


def test_the_committed_footnote_area_final_diff_applies(tmp_path):
    _assert_committed_diff(
        "weasyprint.layout.page", [AREA_FINAL_UPSTREAM], "footnote-area-final.diff", tmp_path
    )
    # ... and with footnote-area-memo's, whose layouts it takes
    _git_apply(
        tmp_path / "both",
        ["weasyprint.layout", "weasyprint.layout.page"],
        ["footnote-area-memo.diff", "footnote-area-final.diff"],
    )


def test_the_page_end_edit_applies_to_the_pinned_source():
    from weasyprint.layout import page

    function = patches.ORIGINALS.get("layout.page.make_page", page.make_page)
    edited = patches._edited(function, *patches.FINAL_FOOTNOTE_AREA)
    assert edited.__code__.co_firstlineno == function.__code__.co_firstlineno
    assert "_edition_final_footnote_area" in edited.__code__.co_names
    last = max(line for _, _, line in edited.__code__.co_lines() if line)
    assert last == max(line for _, _, line in function.__code__.co_lines() if line)
