"""WeasyPrint's user-agent stylesheets read back from the cache are the ones it parses.

The ``ua-stylesheets-cache`` fix (``edition/render/uastyles.py``): the first import parses the
three stylesheets and pickles them into the cache, later imports unpickle them. The PDFs are
the same bytes either way (``tests/test_speedups.py`` builds with and without the fixes).
"""

from __future__ import annotations

import io
import json
import os
import pickle
import subprocess
import sys
import types
from pathlib import Path
from types import SimpleNamespace

import cssselect2
import pytest
import tinyhtml5

from edition.render import uastyles

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import hashlib, json, logging, sys
parsing = []
progress = logging.getLogger("weasyprint.progress")
progress.setLevel(logging.INFO)
progress.addHandler(logging.Handler())
progress.handlers[0].emit = lambda record: parsing.append(record.getMessage())
import edition.render
from weasyprint import HTML, html
at_import = list(parsing)
pdf = HTML(string="<ol><li>one<li>two</ol><h1>title</h1>").write_pdf()
print(json.dumps({"parsed": at_import, "module": "weasyprint._ua_stylesheets" in sys.modules,
                  "counter_styles": len(html.UA_COUNTER_STYLE), "pdf": hashlib.sha256(pdf).hexdigest()}))
"""


def _probe(cache: Path, **more: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("EDITION_SPEEDUPS", "EDITION_NO_CACHE")}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**env, "EDITION_CACHE_DIR": str(cache), **more},
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.stderr == ""
    return json.loads(proc.stdout)


def test_the_second_import_reads_what_the_first_parsed(tmp_path):
    first, second = _probe(tmp_path), _probe(tmp_path)
    assert first["parsed"] == ["Step 2 - Fetching and parsing CSS - CSS string"] * 3
    assert second["parsed"] == []  # nothing parsed: read from the cache
    assert first["module"] is second["module"] is True
    assert first["counter_styles"] == second["counter_styles"] > 10
    assert len(list((tmp_path / "weasyprint").glob("ua-stylesheets-*.pickle"))) == 1
    uncached = _probe(tmp_path, EDITION_NO_CACHE="1")
    assert uncached["parsed"] == first["parsed"]
    assert uncached["module"] is False  # WeasyPrint's own lines parsed them
    assert uncached["counter_styles"] == first["counter_styles"]
    assert first["pdf"] == second["pdf"] == uncached["pdf"]  # a list's markers, a heading


def _parsed() -> tuple:
    from weasyprint import html
    from weasyprint.css.counters import CounterStyle

    return uastyles.parsed(
        SimpleNamespace(UA=html.UA, UA_FORM=html.UA_FORM, PH=html.PH, UA_COUNTER_STYLE=CounterStyle())
    )


def _code_key(code: types.CodeType) -> tuple:
    consts = tuple(_code_key(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return (code.co_code, consts, code.co_names, code.co_varnames)


class _CodeAsKey(pickle.Pickler):
    """Pickles a selector's test as what its code does (marshal's bytes depend on refcounts)."""

    def reducer_override(self, obj):
        if type(obj) is types.FunctionType and obj.__name__ == "<lambda>":
            return tuple, (_code_key(obj.__code__),)
        return NotImplemented


def _comparable(objects) -> bytes:
    out = io.BytesIO()
    pickler = _CodeAsKey(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: equal values, whichever objects they share
    pickler.dump(objects)
    return out.getvalue()


def test_unpickled_stylesheets_match_elements_as_parsed_ones():
    parsed = _parsed()
    back = pickle.loads(uastyles.dumps(parsed))
    assert _comparable(back) == _comparable(parsed)  # the same objects, selector code included
    assert back[0] == parsed[0]  # the counter styles
    root = cssselect2.ElementWrapper.from_html_root(
        tinyhtml5.parse('<p lang="zh" hidden>x<ul><li>y<input type="checkbox"></ul><td>z')
    )
    for element in root.iter_subtree():
        for sheet, again in zip(parsed[1:], back[1:], strict=True):
            want = sheet.matcher.match(element)
            got = again.matcher.match(element)
            assert [m[:3] for m in got] == [m[:3] for m in want]
            assert pickle.dumps([m[3] for m in got]) == pickle.dumps([m[3] for m in want])


def test_only_selector_tests_are_pickled_as_code():
    selector = _parsed()[1].matcher.lower_local_name_selectors["p"][0][0]
    assert selector.__name__ == "<lambda>"
    assert pickle.loads(uastyles.dumps(selector)).__code__ == selector.__code__
    other = eval("lambda el: el", {"ascii_lower": str.lower})  # not cssselect2's globals
    with pytest.raises(pickle.PicklingError):
        uastyles.dumps(other)
