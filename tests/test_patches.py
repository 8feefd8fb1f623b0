"""The WeasyPrint fixes of edition/render/patches.py: pinned, applied, and still needed.

Each fix is tested twice on a tiny document: with WeasyPrint's own function the defect shows
(when it stops showing, upstream fixed it and the fix can go), with ours it does not.
"""

from __future__ import annotations

import logging

import pytest

from edition.render import patches
from edition.render.footnotes import Landing, landings

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
    assert (made, _page_refs(slow)) == ([1, 2, 3, 3, 3], ["2", "1"])


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
