"""The ``shared-cascades`` fix: an element that matched the same rules as one cascaded before,
and has no declarations of its own, gets a copy of that element's cascaded declarations.

Each case cascades a small document with the fix and compares every element's cascaded dicts
(keys in order, values and weights) with the shipped algorithm's, recomputed here from the same
stylesheets. The PDFs are the same bytes either way (``tests/test_speedups.py``).
"""

from __future__ import annotations

import sys
from math import inf

import pytest

from edition.render import patches

# WeasyPrint is imported in the tests, after edition.render has installed the fixes.

USER_CSS = (
    "span.r { color: red; font-size: 9pt } span.r { color: blue }"
    " .k::before { content: '*'; color: green } .k::after { content: '!' }"
    " em { font-style: normal !important } p em { font-weight: bold }"
    # One rule's declarations for an element and for another's pseudo-element, of one
    # specificity.
    " span.m, .n::before { content: '+'; color: olive }"
)
CASES = {
    # Many elements matching the same rules, as a booklet's rubies do.
    "alike": "<p>" + "<span class=r>字</span>" * 6 + "</p>",
    # Same tag, other rules (a class, the parent's selector, pseudo-elements): other cascades.
    "unlike": "<p><span class=r>字</span><span class='r k'>字</span><span>字</span>"
    "<em>a</em></p><div><em>b</em><span class='r k'>字</span></div>",
    # The same declarations matched for the element itself and for its ::before: not alike.
    "selector-list": "<p><span class=m>字</span><span class=n>字</span><span class=m>字</span></p>",
    # A style attribute: the element's own declarations weigh too, never shared.
    "own": "<p><span class=r style='color: black'>字</span><span class=r>字</span>"
    "<span class=r style='color: black'>字</span></p>",
}


def _shipped(html, sheets) -> dict:
    """Every element's cascaded dicts as WeasyPrint 70's ``StyleFor`` makes them."""
    from weasyprint.css import (
        declaration_precedence,
        find_style_attributes,
        preprocess_declarations,
    )

    cascaded: dict = {}
    for specificity, element, declarations, base_url in find_style_attributes(
        html.etree_element, False, html.base_url
    ):
        style = cascaded.setdefault((element, None), {})
        for name, values, importance in preprocess_declarations(base_url, declarations):
            weight = (declaration_precedence("author", importance), inf, specificity)
            old_weight = style.get(name, (None, None))[1]
            if old_weight is None or old_weight <= weight:
                style[name] = values, weight
    for element in html.wrapper_element.iter_subtree():
        for sheet, origin, sheet_specificity in sheets:
            for selector in sheet.matcher.match(element):
                specificity, _order, pseudo_type, (declarations, layer) = selector
                layer_order = inf if layer is None else sheet.layers.index(layer)
                specificity = sheet_specificity or specificity
                style = cascaded.setdefault((element.etree_element, pseudo_type), {})
                for name, values, importance in declarations:
                    weight = (declaration_precedence(origin, importance), layer_order, specificity)
                    old_weight = style.get(name, (None, None))[1]
                    if old_weight is None or old_weight <= weight:
                        style[name] = values, weight
    return cascaded


def _cascaded(html, user_css: str):
    """The style function of ``html`` and its cascaded dicts as made (``StyleFor`` empties
    them before it returns: they are read from its ``clear`` call)."""
    from weasyprint import CSS
    from weasyprint.css import get_all_computed_styles

    made: dict = {}

    def watch(frame, event, arg):
        if event == "c_call" and getattr(arg, "__name__", "") == "clear" and not made:
            cascaded = frame.f_locals.get("cascaded_styles")
            if cascaded is not None and arg.__self__ is cascaded:
                made.update({key: list(style.items()) for key, style in cascaded.items()})
                made["ids"] = {key: id(style) for key, style in cascaded.items()}

    sys.setprofile(watch)
    try:
        style_for = get_all_computed_styles(html, user_stylesheets=[CSS(string=user_css)])
    finally:
        sys.setprofile(None)
    return style_for, made


def test_the_fix_is_loaded():
    from weasyprint.css import StyleFor

    assert "shared-cascades" in patches.applied()
    assert "cascade_cache" in StyleFor.__init__.__code__.co_varnames


@pytest.mark.parametrize("case", CASES)
def test_the_same_cascade_as_weasyprint(case):
    from weasyprint import HTML

    html = HTML(string=f"<html><body>{CASES[case]}</body></html>")
    style_for, fixed = _cascaded(html, USER_CSS)
    ids = fixed.pop("ids")
    shipped = {key: list(style.items()) for key, style in _shipped(html, style_for._sheets).items()}
    assert list(fixed) == list(shipped)  # the same keys in the same order (pseudo-elements)
    # By repr: a style attribute parsed again here gives tokens equal but not the same objects.
    assert repr(fixed) == repr(shipped)
    assert fixed == shipped or case == "own"
    spans = [key for key in fixed if key[0].tag == "span" and key[1] is None]
    assert len(spans) >= 2
    # Copies, not one dict shared: a later change to one element's cascade stays its own.
    assert len({ids[key] for key in spans}) == len(spans)
