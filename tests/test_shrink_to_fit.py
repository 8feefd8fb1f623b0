"""The ``shrink-to-fit-max-first`` fix: no min-content width when the max-content one fits.

``shrink_to_fit`` is ``min(max(min_content, available), max_content)``: with ``max_content <
available`` that is ``max_content``, so the fix does not compute ``min_content`` then. Each
case lays a tiny document out with the fix and with WeasyPrint's formula, and compares the
widths and the min-content widths computed.
"""

from __future__ import annotations

import pytest

from edition.render import patches

# WeasyPrint is imported in the tests, after edition.render has installed the fixes.

CSS = "@page { size: 80mm 40mm; margin: 5mm } body { margin: 0; font-size: 10pt }"
BOX = "position: absolute; top: 0; right: 0"
CASES = {
    "fits": f"<div style='{BOX}'>12</div>",  # a page number, as in the vocabulary
    "wraps": f"<div style='{BOX}'>{'word ' * 40}</div>",  # wider than the page: both widths
}


def _shipped(context, box, available_content_width):
    from weasyprint.layout import preferred

    return min(
        max(preferred.min_content_width(context, box, outer=False), available_content_width),
        preferred.max_content_width(context, box, outer=False),
    )


def _lay_out(monkeypatch, html: str, shrink) -> tuple[float, int]:
    """The absolute box's width and how many min-content widths were computed."""
    from weasyprint import HTML
    from weasyprint.layout import absolute, preferred

    calls = []
    min_content_width = preferred.min_content_width

    def counted(*args, **kwargs):
        calls.append(1)
        return min_content_width(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(preferred, "min_content_width", counted)
        patch.setattr(absolute, "shrink_to_fit", shrink)
        page = HTML(string=f"<style>{CSS}</style>{html}").render().pages[0]
    (div,) = [b for b in page._page_box.descendants() if b.element_tag == "div"]
    return div.width, len(calls)


def test_the_fix_is_loaded():
    from weasyprint.layout import preferred

    assert "shrink-to-fit-max-first" in patches.applied()
    assert "preferred_width" in preferred.shrink_to_fit.__code__.co_varnames


@pytest.mark.parametrize("case", CASES)
def test_the_same_width_with_fewer_min_content_widths(monkeypatch, case):
    from weasyprint.layout import preferred

    fixed = _lay_out(monkeypatch, CASES[case], preferred.shrink_to_fit)
    shipped = _lay_out(monkeypatch, CASES[case], _shipped)
    assert fixed[0] == shipped[0]
    assert shipped[1] >= 1
    assert fixed[1] == (0 if case == "fits" else shipped[1])
