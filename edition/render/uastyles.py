"""WeasyPrint's user-agent stylesheets parsed once, then read back from edition's cache.

WeasyPrint 70.0 parses its three HTML stylesheets (``html5_ua.css``, ``html5_ua_form.css``,
``html5_ph.css``: 23 KB, 19 ``@counter-style`` rules, some 300 selectors each compiled to
Python with ``eval``) at every import of ``weasyprint.html``: about 40 ms of CPU, 2% of a
booklet's build. The ``ua-stylesheets-cache`` fix (:mod:`edition.render.patches`) makes
``weasyprint.html`` take them from a module ``weasyprint._ua_stylesheets`` when one can be
imported, and parse them as before when not. :func:`module_spec` makes that module: the four
objects (the counter styles the stylesheets fill, the three ``CSS``) unpickled from the cache
(2 ms), or parsed as WeasyPrint parses them and pickled into it. Only the progress log's three
"parsing CSS" lines are missing when they come from the cache.

A selector's test is a lambda ``eval`` made from the Python source cssselect2 writes for it;
it is pickled as its code object (:mod:`marshal`, so the cache key holds Python's bytecode
magic) and made again with the same global names.
"""

from __future__ import annotations

import hashlib
import io
import logging
import marshal
import pickle
import types
from importlib.util import MAGIC_NUMBER, spec_from_loader

log = logging.getLogger(__name__)

MODULE = "weasyprint._ua_stylesheets"
NAMES = ("UA_COUNTER_STYLE", "UA_STYLESHEET", "UA_FORM_STYLESHEET", "PH_STYLESHEET")
# The globals cssselect2 0.10's CompiledSelector evaluates a selector's source with (and the
# __builtins__ that eval adds).
SELECTOR_GLOBALS = frozenset({"split_whitespace", "ascii_lower", "urlparse", "__builtins__"})


def _selector_globals() -> dict:
    import builtins

    from cssselect2 import compiler

    return {
        "split_whitespace": compiler.split_whitespace,
        "ascii_lower": compiler.ascii_lower,
        "urlparse": compiler.urlparse,
        "__builtins__": builtins.__dict__,
    }


def selector_test(code: bytes) -> types.FunctionType:
    """A selector's test made again from its marshalled code (called by the unpickler)."""
    return types.FunctionType(marshal.loads(code), _selector_globals())


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        if (
            type(obj) is types.FunctionType
            and obj.__name__ == "<lambda>"
            and obj.__closure__ is None
            and set(obj.__globals__) == SELECTOR_GLOBALS
        ):
            return selector_test, (marshal.dumps(obj.__code__),)
        return NotImplemented


def dumps(objects: tuple) -> bytes:
    """``objects`` pickled, selector tests as their code."""
    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(objects)
    return out.getvalue()


def parsed(html) -> tuple:
    """The four objects, parsed from the texts of the partly run module ``html`` as its own
    three lines do (filling its ``UA_COUNTER_STYLE``)."""
    from weasyprint import CSS

    counter = html.UA_COUNTER_STYLE
    return (
        counter,
        CSS(string=html.UA, counter_style=counter),
        CSS(string=html.UA_FORM, counter_style=counter),
        CSS(string=html.PH),
    )


def cache_key(html, fixes: list[str]) -> str:
    """What the pickle is made from: the stylesheets' texts, the parsing libraries' versions,
    the WeasyPrint fixes applied (``fixes``) and the bytecode magic."""
    import cssselect2
    import tinycss2
    from weasyprint import __version__

    parts = [MAGIC_NUMBER.hex(), __version__, tinycss2.__version__, cssselect2.__version__]
    parts += [",".join(sorted(fixes)), html.UA, html.UA_FORM, html.PH]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def module_spec(fixes: list[str]):
    """The spec of ``weasyprint._ua_stylesheets`` for the module ``weasyprint.html`` being
    imported; None (WeasyPrint then parses the stylesheets) without a cache or on any error."""
    import sys

    html = sys.modules.get("weasyprint.html")
    if html is None or not all(hasattr(html, n) for n in ("UA", "UA_FORM", "PH")):
        return None
    try:
        from edition import cache

        if not cache.enabled():
            return None
        where = cache.folder("weasyprint")
        name = f"ua-stylesheets-{cache_key(html, fixes)[:16]}"
        data = cache.load(where, name, ".pickle")
        objects = pickle.loads(data) if data is not None else None
    except Exception as exc:  # a cache error: WeasyPrint parses them
        log.debug("user-agent stylesheets not read from the cache: %s", exc)
        return None
    if objects is None:
        objects = parsed(html)  # once parsed, they are the module's even if not kept
        try:
            cache.save(where, name, ".pickle", dumps(objects))
        except Exception as exc:  # an object that does not pickle, a cache error
            log.debug("user-agent stylesheets not kept in the cache: %s", exc)
    return spec_from_loader(MODULE, _Loader(dict(zip(NAMES, objects, strict=True))))


class _Loader:
    """Makes ``weasyprint._ua_stylesheets`` of the four objects."""

    def __init__(self, objects: dict) -> None:
        self.objects = objects

    def create_module(self, spec):
        return None

    def exec_module(self, module) -> None:
        module.__dict__.update(self.objects)
