"""Fixes of WeasyPrint 70.0, each pinned to the source it was written for.

Two kinds, applied at two moments:

* speed fixes, edits of WeasyPrint's source applied as its modules load (:func:`install`,
  called when ``edition.render`` is imported; one function per fix, see below);
* fixes of footnote and page-reference layout, applied before the first layout
  (:func:`apply`, called by :func:`edition.render.pdf.lay_out`).

Each speed fix is one function below returning a :class:`Patch`: edits (old text -> new text) of
one or more WeasyPrint modules, the same change as its upstream-ready diff in
``docs/patches/<name>.diff``. :func:`install` (called when ``edition.render`` is imported)
adds an import hook: when a patched module loads, its source file is checked against the
SHA-256 it has in WeasyPrint ``PINNED``, the edits are applied and the result is compiled.
A fix is applied whole or not at all: when the installed version or any of its modules'
source differs, WeasyPrint loads unchanged and one warning says so (the output is the same,
the build slower); ``tests/test_patches.py`` then fails. Nothing of WeasyPrint is copied here
but the lines each fix replaces. Edition's cache (kind ``weasyprint``) keeps the patched modules
compiled and WeasyPrint's C declarations compiled by cffi (see :func:`ffi_out_of_line`), both
made again when missing.

``EDITION_SPEEDUPS=off`` leaves WeasyPrint unpatched (:mod:`edition.render.speedups`).

Each layout fix is written for the pinned version only: :func:`apply` checks the installed
version and the source of every function it replaces or wraps (a hash of
``inspect.getsource``), and leaves WeasyPrint alone, with one warning, when either differs.
The upstream-ready diffs are in ``docs/patches/``; ``tests/test_patches.py`` fails when the
version changes, when a patched function's source changes, or when a fix stops being needed.

``footnote-overflow``
    ``LayoutContext._update_footnote_area`` decides whether a page's footnotes overflow their
    area with a plain ``>`` between two sums of the same lengths taken in different orders, so
    a rounding error of 2e-13 pt made *every* note "overflow" on some page sizes (the A4
    pinyin layout): each was moved to the next page, one per page, piling up after the text.
    The fix compares with ``LayoutContext.overflows``, the tolerance WeasyPrint uses for the
    page bottom (upstream 40d83941 fixed the same error there).
``reported-footnotes``
    Notes moved to the next page wait in ``context.reported_footnotes``. When pages are laid
    out again (``target-counter``, ``counter(pages)``), a page re-made after pages that were
    kept started with whatever that list held last, usually nothing, and the waiting notes
    were lost. The fix keeps the list each page left behind and restores it before a page is
    re-made.
``early-target-counters``
    A ``target-counter()`` whose target lies on an earlier page is known before its own page
    is laid out, but WeasyPrint filled it in only after laying that page out, and then laid
    the page (and every later one) out again: the vocabulary's page numbers cost three extra
    layouts of its pages. The fix fills such pending references in before the page is laid
    out, so it is laid out once.
``notes-stay-with-calls``
    When a line does not fit at the foot of a page and the page may not end before it (orphans,
    widows), ``_linebox_layout`` moves the page's notes to the next page to make room, leaving
    their calls behind, whatever the notes' ``footnote-policy``. The fix does so only when every
    note of the page has ``footnote-policy: auto``; the layouts use ``line``, so the page ends
    earlier instead and the notes stay with their calls.

Two fixes are edits of WeasyPrint's own source, made when they are applied (:func:`_edited`:
the function's source with one line replaced, compiled in its module), so nothing of
WeasyPrint is copied here; the other two wrap a function. With the speed-ups on, those two
edits also make a speed fix each in the same function: ``footnote-overflow``'s
``footnote-area-memo`` (:data:`FOOTNOTE_AREA_MEMO`, :func:`laid_out_footnote_area`, which also
makes ``footnote-area-append``: the area with one note more, edition/render/footnote_area.py) and
``notes-stay-with-calls``' ``footnote-call-lookup`` (:data:`FOOTNOTE_CALL_LOOKUP`).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import inspect
import io
import logging
import marshal
import os
import struct
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from importlib.machinery import PathFinder, SourceFileLoader
from importlib.util import MAGIC_NUMBER, spec_from_loader

from edition.render import uastyles
from edition.render.footnote_area import appended
from edition.render.speedups import enabled

log = logging.getLogger(__name__)

PINNED = "70.0"
OUT_OF_LINE = "weasyprint.text._ffi"  # written by the ffi-out-of-line fix

# SHA-256 of each patched module's source file in WeasyPrint PINNED.
SOURCES = {
    "weasyprint.text.ffi": "530e83118f7841d2791678ece23d5e43a7a24150ee1ea64bb4ba70c70b3eb5da",
    "weasyprint.pdf.fonts": "9ad9a202a416b84585e59d758e6b5e1b35604807dc3fa4472b6829bc5c4cdcb7",
    "weasyprint.text.fonts": "59d74d0c161349b8416f1d13466e16dd47c1161f0a397ff1e4ca70814eb36091",
    "weasyprint.css.targets": "dc7a175f80bbca473564d4462cc60a240c6f4a45456e83165de73dd2c5d574b8",
    "weasyprint.images": "a1637ab32a69f6f9e0a113d7d82dc4e91243a22b56c09b27acf3a20cc4560d3f",
    "weasyprint.draw.text": "c9a450aa209277e760227e1fed2da492647bd28e5a5ebc4c9d8aaedecc400d77",
    "weasyprint.text.line_break": (
        "1f5a855ad992e0bebaf5512d2b806fd991090e0e91bf79d3d5a3a0176b22af97"
    ),
    "weasyprint.css": "77ad7287f90d7cfaf85eb00ebe7af47d2bedfb856d7dc68717152f2d8a7605fd",
    "weasyprint.formatting_structure.build": (
        "335ad8b541295d6b9c5b71830d5184cd692f730d7b83ba5bac39fdb5aea23c87"
    ),
    "weasyprint.layout.inline": "0e7c1569330f54734ed61b568789c4f279ba103c0385115efa6444f3c43b96b4",
    "weasyprint.layout.background": (
        "3d98949e4fe71bc71a96bc7e4c10c137a25a36a07dde755dc619116e85ab1809"
    ),
    "weasyprint.css.tokens": "c7d40bdb50e7961a99690348cbf8ac6ed4c2e15ec602a6da40d92de30b55a710",
    "weasyprint.layout.page": "d99c5aceb36d458619a9cecb466a09df8827b9160fafacab7b4972a0d354dcca",
    "weasyprint.layout.percent": (
        "bac190e240dce17b4342feb99423e8232433d3727c0833897f50fed88cb163a2"
    ),
    "weasyprint.formatting_structure.boxes": (
        "8ffd28ab74a149f0097208fcba6a80df0c8bb01e8fd4f9ced95d11b7e9807e23"
    ),
    "weasyprint.html": "a11b729157862291a6ecf7b7b3517c59d4242ea05a7f9b8d9d96a9882425ad65",
    "weasyprint.layout.preferred": (
        "a7973703cd8ac5fada246b35e7fea6e728a364002adc5dbb248ee08f084c0a6e"
    ),
    # WeasyPrint's HTML parser (WeasyPrint 70.0 requires tinyhtml5 >= 2.0; 2.1.0's source)
    "tinyhtml5.inputstream": "1c89c26bad4745509ecdc087d80a993111886b2ad92f702e12952a90776ddcb2",
}


@dataclass(frozen=True, slots=True)
class Patch:
    name: str  # docs/patches/<name>.diff
    edits: tuple[tuple[str, str, str], ...]  # (module, old text, new text)

    @property
    def modules(self) -> frozenset[str]:
        return frozenset(module for module, _old, _new in self.edits)


def ffi_out_of_line() -> Patch:
    """P1: WeasyPrint's C declarations compiled out of line, no library search at import.

    ``weasyprint.text.ffi`` parsed its 450 lines of declarations with pycparser at every import
    (50 ms, plus 2-3 ms for each new type string later), and cffi gives every library name
    ``dlopen`` cannot open to ``ctypes.util.find_library``, which runs ldconfig, gcc and ld:
    54 processes for the names tried before ``libgobject-2.0.so.0`` and the others, 18 for
    the optional ``libharfbuzz-vector`` where it is not installed. The fix keeps the
    declarations in ``CDEF`` with :func:`write_out_of_line`, which writes them as cffi's
    out-of-line ABI module (``weasyprint.text._ffi``, plain Python: the FFI object comes
    ready-made from cffi's C backend); the module is imported when present (edition builds
    it into its cache on first use, see :class:`_Finder`), else the declarations are parsed as
    before. That FFI's ``dlopen`` does not search, so a required library not found by its
    names is then looked for with ``find_library``; an optional one is used when found by its
    names.
    """
    module = "weasyprint.text.ffi"
    return Patch(
        "ffi-out-of-line",
        (
            (
                module,
                "import cffi\n\nffi = cffi.FFI()\nffi.cdef('''\n",
                "# The C declarations of what WeasyPrint uses. write_out_of_line() writes them as\n"
                "# cffi's out-of-line ABI module weasyprint/text/_ffi.py: importing that needs no\n"
                "# C parsing (no pycparser), and its dlopen() never runs a library search.\n"
                "CDEF = '''\n",
            ),
            (
                module,
                "         PangoFcFontMap* fcfontmap, PangoFcFont* fcfont);\n''')\n",
                "         PangoFcFontMap* fcfontmap, PangoFcFont* fcfont);\n'''\n"
                "\n\n"
                "def write_out_of_line(path):\n"
                '    """Write CDEF as an out-of-line cffi ABI module to ``path``."""\n'
                "    import cffi\n"
                "\n"
                "    builder = cffi.FFI()\n"
                "    builder.cdef(CDEF)\n"
                "    builder.set_source('weasyprint.text._ffi', None)\n"
                "    builder.emit_python_code(str(path))\n"
                "\n\n"
                "try:\n"
                "    from ._ffi import ffi\n"
                "except ImportError:\n"
                "    import cffi\n"
                "\n"
                "    ffi = cffi.FFI()\n"
                "    ffi.cdef(CDEF)\n",
            ),
            (
                module,
                "    if allow_fail:\n        return\n    # Print error message",
                "    if allow_fail:\n"
                "        return\n"
                "    # Out of line, dlopen() does not search for the library: search by name.\n"
                "    from ctypes.util import find_library\n"
                "    for name in names:\n"
                "        if path := find_library(name):\n"
                "            with suppress(OSError):\n"
                "                return ffi.dlopen(path, flags)\n"
                "    # Print error message",
            ),
        ),
    )


def lazy_fonttools_imports() -> Patch:
    """P1: import fontTools only where it is used.

    ``weasyprint.pdf.fonts`` imports fontTools' subsetter and variable-font instancer at load
    (0.1 s with the OpenType table modules they pull in); they are used only without HarfBuzz's
    subsetter and for variable fonts. It and ``weasyprint.text.fonts`` also import
    ``fontTools.ttLib`` (with its WOFF2 module, about 10 ms), used only for variable, colour
    and bitmap fonts, WOFF fonts and fontTools' subsetting: none of them in an edition.
    """
    module = "weasyprint.pdf.fonts"
    text_fonts = "weasyprint.text.fonts"
    return Patch(
        "lazy-fonttools-imports",
        (
            (
                module,
                "import pydyf\nfrom fontTools import subset\n"
                "from fontTools.ttLib import TTFont, TTLibError, ttFont\n"
                "from fontTools.varLib.instancer import instantiateVariableFont\n\n",
                "import pydyf\n\n",
            ),
            (
                module,
                "        if 'fvar' in self.tables:\n",
                "        if 'fvar' in self.tables:\n"
                "            from fontTools.ttLib import TTFont\n"
                "            from fontTools.varLib.instancer import instantiateVariableFont\n\n",
            ),
            (
                module,
                "        if self.png or self.svg or self.colr:\n",
                "        if self.png or self.svg or self.colr:\n"
                "            from fontTools.ttLib import TTFont, TTLibError, ttFont\n\n",
            ),
            (
                module,
                '        """Subset font using Fonttools."""\n',
                '        """Subset font using Fonttools."""\n'
                "        from fontTools import subset\n"
                "        from fontTools.ttLib import TTFont, TTLibError\n\n",
            ),
            (
                module,
                "            # Store width and Unicode map for all glyphs\n",
                "            # Store width and Unicode map for all glyphs\n"
                "            from fontTools.ttLib import TTFont\n\n",
            ),
            (
                module,
                "    char_procs = pydyf.Dictionary({})\n",
                "    char_procs = pydyf.Dictionary({})\n"
                "    from fontTools.ttLib import TTFont\n\n",
            ),
            (
                text_fonts,
                "from xml.etree.ElementTree import Element, SubElement, tostring\n\n"
                "from fontTools.ttLib import TTFont, woff2\n",
                "from xml.etree.ElementTree import Element, SubElement, tostring\n",
            ),
            (
                text_fonts,
                "                if font[:3] == b'wOF':\n",
                "                if font[:3] == b'wOF':\n"
                "                    from fontTools.ttLib import TTFont, woff2\n\n",
            ),
        ),
    )


def lazy_pillow_imports() -> Patch:
    """Pillow imported when a raster image first needs it.

    ``weasyprint.css`` (for ``@color-profile``), ``weasyprint.images`` and
    ``weasyprint.draw.text`` (for PNG emoji glyphs) import Pillow at load, about 10 ms of every
    build; an edition without pictures opens no raster image. ``weasyprint.images`` gets a
    stand-in for Pillow's ``Image`` module that imports (and sets up) Pillow at its first
    attribute, so its functions and ``draw_first_line`` (whose source
    :mod:`edition.render.textlayer` pins) read ``Image.open`` unchanged; ``draw/text.py``'s
    edit keeps its line count, as that pin reads the function by its line in the file.
    """
    images = "weasyprint.images"
    return Patch(
        "lazy-pillow-imports",
        (
            (
                "weasyprint.css",
                "import tinycss2.nth\nfrom PIL.ImageCms import ImageCmsProfile\n",
                "import tinycss2.nth\n",
            ),
            (
                "weasyprint.css",
                "        self.pdf_reference = None\n"
                "        self._profile = ImageCmsProfile(file_object)\n",
                "        self.pdf_reference = None\n"
                "        from PIL.ImageCms import ImageCmsProfile\n\n"
                "        self._profile = ImageCmsProfile(file_object)\n",
            ),
            (
                images,
                "import pydyf\nfrom PIL import EpsImagePlugin, Image, ImageFile, ImageOps\n",
                "import pydyf\n",
            ),
            (
                images,
                "# Don’t crash when converting truncated images\n"
                "ImageFile.LOAD_TRUNCATED_IMAGES = True\n\n"
                "# Don’t use Ghostscript to render possibly dangerous EPS files.\n"
                "EpsImagePlugin.gs_binary = False\n",
                "\n"
                "def pillow():\n"
                '    """Get Pillow\'s ``Image`` module, imported and set up on first use."""\n'
                "    from PIL import EpsImagePlugin, Image, ImageFile\n\n"
                "    # Don’t crash when converting truncated images\n"
                "    ImageFile.LOAD_TRUNCATED_IMAGES = True\n\n"
                "    # Don’t use Ghostscript to render possibly dangerous EPS files.\n"
                "    EpsImagePlugin.gs_binary = False\n\n"
                "    return Image\n\n\n"
                "class LazyPillowImage:\n"
                '    """Pillow\'s ``Image`` module, imported when an attribute is first read.\n\n'
                "    Importing Pillow takes time that documents without raster images don’t\n"
                "    need to spend.\n\n"
                '    """\n'
                "    def __getattr__(self, name):\n"
                "        return getattr(pillow(), name)\n\n\n"
                "Image = LazyPillowImage()\n",
            ),
            (
                images,
                "        if 'exif' in pillow_image.info:\n",
                "        if 'exif' in pillow_image.info:\n"
                "            from PIL import ImageOps\n\n",
            ),
            (
                "weasyprint.draw.text",
                "from PIL import Image\n",
                "from ..images import Image  # Pillow's, imported when first used\n",
            ),
        ),
    )


def target_counter_anchor() -> Patch:
    """P2: file a ``target-counter()``'s missing counters under its target's anchor.

    In ``compute_content_list`` the ``target-counter()`` branch reused the name
    ``missing_counters`` (the box's own page-based counters) for the target's list, and filed
    that list under ``anchor_name_from_token(anchor_token)``, which is None for
    ``attr(href)``. So the box seemed to depend on its own page number, and a change of its
    target's page never reached it directly: a page of references was laid out a third
    time. The fix keeps the two lists apart and files the target's under the anchor
    ``attr()`` names (``TargetCollector.anchor_name``, taken out of ``lookup_target``). These
    are the ``css/targets.py`` and ``formatting_structure/build.py`` parts of
    ``docs/patches/early-target-counters.diff``, whose ``layout/page.py`` part :func:`apply`
    makes at run time in another form (see the layout fixes below).
    """
    build = "weasyprint.formatting_structure.build"
    targets = "weasyprint.css.targets"
    return Patch(
        "target-counter-anchor",
        (
            (
                targets,
                """        if anchor_token[0] == 'attr()':
            attr_name, type_, fallback = anchor_token[1]
            attr_value = source_box.element.get(attr_name, fallback)
            if type_ == 'string':
                anchor_token = ('string', attr_value)
            elif type_ == 'url':
                url_tuple = get_url_tuple(attr_value, source_box.style.base_url)
                anchor_token = ('url', url_tuple)
        anchor_name = anchor_name_from_token(anchor_token)
        item = self.target_lookup_items.get""",
                """        anchor_name = self.anchor_name(anchor_token, source_box)
        item = self.target_lookup_items.get""",
            ),
            (
                targets,
                """        return item

    def store_target(self, anchor_name, target_counter_values, target_box):
""",
                """        return item

    @staticmethod
    def anchor_name(anchor_token, source_box):
        \"\"\"Get the anchor name of ``anchor_token``, ``attr()`` read on ``source_box``.\"\"\"
        if anchor_token[0] == 'attr()':
            attr_name, type_, fallback = anchor_token[1]
            attr_value = source_box.element.get(attr_name, fallback)
            if type_ == 'string':
                anchor_token = ('string', attr_value)
            elif type_ == 'url':
                url_tuple = get_url_tuple(attr_value, source_box.style.base_url)
                anchor_token = ('url', url_tuple)
        return anchor_name_from_token(anchor_token)

    def store_target(self, anchor_name, target_counter_values, target_box):
""",
            ),
            (
                build,
                """                anchor_name = targets.anchor_name_from_token(anchor_token)
                missing_counters = missing_target_counters.setdefault(
                    anchor_name, [])
                if counter_name not in missing_counters:
                    missing_counters.append(counter_name)
""",
                "                # The anchor named by attr(), not None, and a list of its own:"
                " this\n"
                "                # counter is the target's, it is not missing on the page of the"
                " box.\n"
                "                anchor_name = target_collector.anchor_name(anchor_token,"
                " parent_box)\n"
                "                target_counters = missing_target_counters.setdefault(\n"
                "                    anchor_name, [])\n"
                "                if counter_name not in target_counters:\n"
                "                    target_counters.append(counter_name)\n",
            ),
        ),
    )


def split_first_line_cache() -> Patch:
    """Lines split once per text, style and width in a layout, not again and again.

    ``split_first_line`` shapes a text with Pango and finds where its first line ends. The
    same calls come back many times in one layout: a page's footnote area is laid out anew
    for each note added to it, a line break is tried again after the next word, preferred
    widths are measured before the layout. At ten times the bundled article 72% of the
    calls repeat an earlier one exactly (42% once). Their results are kept for the layout
    context (a weak reference: they go with it); the layout wrapper a call returns is a copy,
    as a text box keeps it and drawing sets it up again.
    """
    module = "weasyprint.text.line_break"
    return Patch(
        "split-first-line-cache",
        (
            (
                module,
                "import re\nfrom math import inf\n",
                "import re\nimport weakref\nfrom math import inf\n",
            ),
            (
                module,
                "def split_first_line(text, style, context, max_width, justification_spacing,\n"
                "                     is_line_start=True, minimum=False):\n"
                '    """Fit as much as possible in the available width for one line of text.\n',
                "# split_first_line() results for each layout context: the same lines are split\n"
                "# again and again (footnote areas laid out anew for each new note, line breaks\n"
                "# tried again after the next word, preferred widths measured first).\n"
                "_split_caches = weakref.WeakKeyDictionary()\n"
                "\n"
                "\n"
                "def split_first_line(text, style, context, max_width, justification_spacing,\n"
                "                     is_line_start=True, minimum=False):\n"
                '    """Return _split_first_line(), computed once per layout context."""\n'
                "    if context is None:\n"
                "        return _split_first_line(\n"
                "            text, style, context, max_width, justification_spacing,\n"
                "            is_line_start, minimum)\n"
                "    cache = _split_caches.setdefault(context, {})\n"
                "    key = (\n"
                "        text, id(style), max_width, justification_spacing, is_line_start,\n"
                "        minimum)\n"
                "    cached = cache.get(key)\n"
                "    if cached is None or cached[0] is not style:\n"
                "        cached = cache[key] = (style, _split_first_line(\n"
                "            text, style, context, max_width, justification_spacing,\n"
                "            is_line_start, minimum))\n"
                "    layout, *metrics = cached[1]\n"
                "    # A text box keeps its layout, and drawing sets it up again: one each\n"
                "    # (what copy.copy() makes, without its generic protocol).\n"
                "    twin = Layout.__new__(Layout)\n"
                "    twin.__dict__.update(layout.__dict__)\n"
                "    return (twin, *metrics)\n"
                "\n"
                "\n"
                "def _split_first_line(text, style, context, max_width, justification_spacing,\n"
                "                      is_line_start=True, minimum=False):\n"
                '    """Fit as much as possible in the available width for one line of text.\n',
            ),
        ),
    )


def shared_pango_contexts() -> Patch:
    """One Pango context per font map, direction and language, not one per text layout.

    ``Layout.setup`` makes a new ``PangoContext`` for every layout it sets up: for each line
    shaped and again for each text box drawn (8,265 at ten times the bundled article). The
    contexts differ only in base direction and language, which a layout reads from its
    context and never changes; layouts made from one shared context shape the same. The
    contexts are kept on the font configuration, so they go with it.
    """
    module = "weasyprint.text.line_break"
    return Patch(
        "shared-pango-contexts",
        (
            (
                module,
                "        font_map = style.font_config.font_map\n"
                "        pango_context = ffi.gc(\n"
                "            pango.pango_font_map_create_context(font_map),\n"
                "            gobject.g_object_unref)\n"
                "        pango.pango_context_set_round_glyph_positions(pango_context, False)\n"
                "        pango.pango_context_set_base_dir(\n"
                "            pango_context, PANGO_DIRECTION[style['direction']])\n"
                "\n"
                "        if style['font_language_override'] != 'normal':\n"
                "            lang_p, lang = unicode_to_char_p(LST_TO_ISO.get(\n"
                "                style['font_language_override'].lower(),\n"
                "                style['font_language_override']))\n"
                "        elif style['lang']:\n"
                "            lang_p, lang = unicode_to_char_p(style['lang'])\n"
                "        else:\n"
                "            lang = None\n"
                "            self.language = pango.pango_language_get_default()\n"
                "        if lang:\n"
                "            self.language = pango.pango_language_from_string(lang_p)\n"
                "            pango.pango_context_set_language(pango_context, self.language)\n",
                "        pango_context, self.language = _pango_context(style)\n",
            ),
            (
                module,
                "\n\ndef create_layout(text, style, context, max_width, justification_spacing):\n",
                "\n\n"
                "def _pango_context(style):\n"
                '    """Return a Pango context and language for ``style``, made once.\n'
                "\n"
                "    Layouts only read the base direction and language of their context:\n"
                "    one context per font configuration, direction and language serves all.\n"
                "\n"
                '    """\n'
                "    font_config = style.font_config\n"
                "    if style['font_language_override'] != 'normal':\n"
                "        lang = LST_TO_ISO.get(\n"
                "            style['font_language_override'].lower(),\n"
                "            style['font_language_override'])\n"
                "    else:\n"
                "        lang = style['lang'] or None\n"
                "    key = (style['direction'], lang)\n"
                "    contexts = font_config.__dict__.setdefault('_pango_contexts', {})\n"
                "    if key in contexts:\n"
                "        return contexts[key]\n"
                "    pango_context = ffi.gc(\n"
                "        pango.pango_font_map_create_context(font_config.font_map),\n"
                "        gobject.g_object_unref)\n"
                "    pango.pango_context_set_round_glyph_positions(pango_context, False)\n"
                "    pango.pango_context_set_base_dir(\n"
                "        pango_context, PANGO_DIRECTION[style['direction']])\n"
                "    if lang:\n"
                "        lang_p, lang = unicode_to_char_p(lang)\n"
                "        language = pango.pango_language_from_string(lang_p)\n"
                "        pango.pango_context_set_language(pango_context, language)\n"
                "    else:\n"
                "        language = pango.pango_language_get_default()\n"
                "    contexts[key] = pango_context, language\n"
                "    return contexts[key]\n"
                "\n\n"
                "def create_layout(text, style, context, max_width, justification_spacing):\n",
            ),
        ),
    )


def lazy_pseudo_styles() -> Patch:
    """A pseudo-element's computed style made when first asked for, not for every element.

    The user agent's ``::marker`` and ``::footnote-call``/``::footnote-marker`` rules and their
    ``note`` counterparts match every element, so every element had six pseudo-element styles
    computed before the layout (7,859 for the bundled booklet's 1,300 elements, ten times that
    at ten times the text), of which the layout asks for a few dozen: a list item's marker, a
    footnote's call. Only those that set an ``anchor`` are made before the layout (anchors are
    collected there, for ``target-counter()``); the others keep their cascaded values and are
    computed by ``StyleFor.__call__``, the only way the layout reads them.
    """
    module = "weasyprint.css"
    return Patch(
        "lazy-pseudo-styles",
        (
            (
                module,
                "        self._computed_styles = computed_styles = {}\n",
                "        self._computed_styles = computed_styles = {}\n"
                "        # keys: (element, pseudo_element_type), values: cascaded styles of\n"
                "        # pseudo-elements whose computed style is not made yet\n"
                "        self._pending_pseudo = {}\n",
            ),
            (
                module,
                "        # Only iterate on pseudo-elements that have cascaded styles. (Others\n"
                "        # might as well not exist.)\n"
                "        for element, pseudo_type in cascaded_styles:\n"
                "            if pseudo_type:\n",
                "        # Only iterate on pseudo-elements that have cascaded styles. (Others\n"
                "        # might as well not exist.) Most are never used: compute them when\n"
                "        # asked for, but now those setting an anchor, collected before layout.\n"
                "        self._pending_args = (\n"
                "            html.etree_element, html.base_url, target_collector)\n"
                "        for (element, pseudo_type), cascaded in cascaded_styles.items():\n"
                "            if pseudo_type and 'anchor' not in cascaded:\n"
                "                self._pending_pseudo[element, pseudo_type] = cascaded\n"
                "            elif pseudo_type:\n",
            ),
            (
                module,
                "    def __call__(self, element, pseudo_type=None):\n"
                "        if style := self._computed_styles.get((element, pseudo_type)):\n",
                "    def __call__(self, element, pseudo_type=None):\n"
                "        style = self._computed_styles.get((element, pseudo_type))\n"
                "        if style is None and (element, pseudo_type) in self._pending_pseudo:\n"
                "            root, base_url, target_collector = self._pending_args\n"
                "            self.set_computed_styles(\n"
                "                element, pseudo_type=pseudo_type, root=root, parent=element,\n"
                "                base_url=base_url, target_collector=target_collector)\n"
                "            style = self._computed_styles[element, pseudo_type]\n"
                "        if style:\n",
            ),
            (
                module,
                "        cascaded = cascaded_styles.get((element, pseudo_type), {})\n",
                "        cascaded = cascaded_styles.get((element, pseudo_type))\n"
                "        if cascaded is None:\n"
                "            cascaded = self._pending_pseudo.pop((element, pseudo_type), {})\n",
            ),
        ),
    )


def inline_block_width_hint() -> Patch:
    """An inline-block that says its text's width no shrink-to-fit measuring when that text
    clearly fits its ``min-width``.

    The vocabulary's columns are inline-blocks at least a set width (``min-width``), wider
    for a longer text: WeasyPrint lays each one's text out to find its width, then again to
    set it. The HTML gives the text's width in em (``data-em``, edition/render/measure.py);
    when that is a pixel or more short of the ``min-width``, the width is the ``min-width``,
    which is what the shrink-to-fit came to. Otherwise (a longer text, or no ``data-em``)
    WeasyPrint measures as shipped, so that a wider column is Pango's width to the last
    rounding.
    """
    return Patch(
        "inline-block-width-hint",
        (
            (
                "weasyprint.layout.inline",
                "    if box.width == 'auto':\n"
                "        box.width = shrink_to_fit(context, box, available_content_width)\n",
                "    if box.width == 'auto':\n"
                "        em = box.element.get('data-em') if box.element is not None else None\n"
                "        if (em and box.min_width != 'auto' and\n"
                "                float(em) * box.style['font_size'] + 1 <= box.min_width):\n"
                "            box.width = box.min_width\n"
                "        else:\n"
                "            box.width = shrink_to_fit(\n"
                "                context, box, available_content_width)\n",
            ),
        ),
    )


def plain_computed_values() -> Patch:
    """A property that is not cascaded takes its initial or inherited value at once.

    ``ComputedStyle.__missing__`` computes a property's value the first time it is read, in
    one general way: it looks for the property's logical counterpart (``margin-left`` for
    ``margin-inline-start``...), for ``var()`` and math functions, for the properties that
    depend on each other. Most reads are of properties that no rule sets on the element
    (its margins, paddings, borders, sizes): 89,229 calls for the bundled booklet, ten times
    that at ten times the text. When neither the property nor any logical counterpart it
    may have is cascaded, and it is none of the properties the general way treats apart,
    its value is the initial one or its parent's, as the general way finds it (which
    also keeps a parent's value that still holds a math function to its own course).
    """
    module = "weasyprint.css"
    return Patch(
        "plain-computed-values",
        (
            (
                module,
                "\n\nclass ComputedStyle(Style):\n",
                "\n\n"
                "# Properties whose value, when neither they nor their logical counterparts\n"
                "# (for either inline direction) are cascaded, is plainly the initial value or\n"
                "# the parent's: property -> its two logical counterparts ('' for none).\n"
                "_PLAIN_PROPERTIES = {\n"
                "    key: tuple(\n"
                "        PHYSICAL_FUNCTIONS[key](block='ttb', inline=direction)\n"
                "        if key in PHYSICAL_FUNCTIONS else ''\n"
                "        for direction in ('ltr', 'rtl'))\n"
                "    for key in INITIAL_VALUES\n"
                "    if key[:16] != 'text_decoration_' and\n"
                "    key not in ('page', 'position', 'float', 'display')}\n"
                "\n"
                "\n"
                "class ComputedStyle(Style):\n",
            ),
            (
                module,
                "    def __missing__(self, key):\n"
                "        if key == 'float':\n",
                "    def __missing__(self, key):\n"
                "        cascaded = self.cascaded\n"
                "        if (logical := _PLAIN_PROPERTIES.get(key)) and not (\n"
                "                key in cascaded or logical[0] in cascaded or\n"
                "                logical[1] in cascaded):\n"
                "            # Not cascaded: the initial or the parent's value, as below.\n"
                "            parent_style = self.parent_style\n"
                "            if key in INHERITED and parent_style is not None:\n"
                "                value = parent_style[key]\n"
                "                if not check_math(value):\n"
                "                    self[key] = value\n"
                "                    return value\n"
                "            elif key not in INITIAL_NOT_COMPUTED:\n"
                "                value = self[key] = INITIAL_VALUES[key]\n"
                "                return value\n"
                "\n"
                "        if key == 'float':\n",
            ),
        ),
    )


def pending_values_memo() -> Patch:
    """A property holding ``var()`` validated once for each set of the variables' values.

    A declaration with ``var()`` is validated when each element's style reads it: its
    variables are substituted and the tokens parsed and checked again, though the variables
    usually hold the same tokens for every element (set once on ``:root``): 1,579 times for
    the bundled booklet (its vocabulary's columns, the notes' sizes; 55 with the fix).
    The value validated is kept on the declaration, keyed by the property wanted, the base
    URL and the identity of the variables' values (kept with it), and taken back when the
    same values come again. Not for a ``var()`` with a fallback (its variables are read only
    when the first is unset), a variable whose value holds ``var()`` itself, nor a custom
    property (variables may refer to each other); a value that does not validate goes
    WeasyPrint's way each time (its warning once).
    """
    module = "weasyprint.css"
    return Patch(
        "pending-values-memo",
        (
            (
                module,
                "        if pending:\n"
                "            # Property with pending values, validate them.\n",
                "        if pending and (known := _known_pending(self, value, wanted_key)):\n"
                "            # Validated before for the same variables' values.\n"
                "            value, pending = known[0], False\n"
                "        if pending:\n"
                "            # Property with pending values, validate them.\n",
            ),
            (
                module,
                "                value = value.solve(solved_tokens, wanted_key, self.base_url)\n",
                "                value = _keep_pending(\n"
                "                    self, value, wanted_key,\n"
                "                    value.solve(solved_tokens, wanted_key, self.base_url))\n",
            ),
            (
                module,
                "\n\ndef resolve_var(computed, token, parent_style):\n",
                "\n\n"
                "def _pending_variables(tokens):\n"
                '    """Names of the variables resolve_var() reads in ``tokens``, or None.\n'
                "\n"
                "    None when a var() has a fallback value (whose variables are read only\n"
                "    when the first is unset) or is not a plain variable name.\n"
                "\n"
                '    """\n'
                "    names = []\n"
                "    for token in tokens:\n"
                "        if token.type == 'function' and token.lower_name == 'var':\n"
                "            arguments = [\n"
                "                argument for argument in token.arguments\n"
                "                if argument.type != 'whitespace']\n"
                "            if len(arguments) != 1 or arguments[0].type != 'ident' or (\n"
                "                    not arguments[0].value.startswith('--')):\n"
                "                return None\n"
                "            names.append(arguments[0].value.replace('-', '_'))\n"
                "        elif token.type in ('function', '() block'):\n"
                "            inner = _pending_variables(\n"
                "                token.arguments if token.type == 'function' else token.content)\n"
                "            if inner is None:\n"
                "                return None\n"
                "            names.extend(inner)\n"
                "    return names\n"
                "\n"
                "\n"
                "def _pending_key(style, pending, wanted_key):\n"
                '    """The key of ``pending``\'s value validated for ``style``, or None.\n'
                "\n"
                "    None for a custom property: variables may refer to each other, and\n"
                "    resolve_var() reads them with the property marked as invalid.\n"
                "\n"
                '    """\n'
                "    if wanted_key[:2] == '--':\n"
                "        return None\n"
                "    names = pending.__dict__.get('_variables', False)\n"
                "    if names is False:\n"
                "        names = pending._variables = _pending_variables(pending.tokens)\n"
                "    if names is None:\n"
                "        return None\n"
                "    values = tuple(style[name] for name in names)\n"
                "    return (wanted_key, style.base_url, tuple(map(id, values))), values\n"
                "\n"
                "\n"
                "def _known_pending(style, pending, wanted_key):\n"
                '    """``(value,)`` validated before for these variables\' values, or None."""\n'
                "    kept = pending.__dict__.get('_validated')\n"
                "    if kept and (key := _pending_key(style, pending, wanted_key)):\n"
                "        if found := kept.get(key[0]):\n"
                "            return found[1]\n"
                "\n"
                "\n"
                "def _keep_pending(style, pending, wanted_key, value):\n"
                '    """Keep ``value``, validated for ``style``, on ``pending``; return it."""\n'
                "    key = _pending_key(style, pending, wanted_key)\n"
                "    # Not when a variable holds var(): resolve_var() reads more variables.\n"
                "    if key and not any(\n"
                "            check_var(token) for value in key[1] for token in value or ()):\n"
                "        # The variables' values are kept with it: their ids stay theirs.\n"
                "        pending.__dict__.setdefault('_validated', {})[key[0]] = (\n"
                "            key[1], (value,))\n"
                "    return value\n"
                "\n"
                "\n"
                "def resolve_var(computed, token, parent_style):\n",
            ),
        ),
    )


def plain_percentages() -> Patch:
    """A used length read without a call to ``percentage`` when it is a length or a
    percentage.

    ``resolve_percentages`` sets fourteen used values on a box each time the box is laid
    out (an inline box again for each line it is tried on), each through
    ``resolve_one_percentage`` and ``percentage``: 91,590 calls of each for the bundled
    booklet. Nearly all values are plain lengths; ``percentage`` is called only for the
    others (``auto``, ``None``, math functions).
    """
    module = "weasyprint.layout.percent"
    return Patch(
        "plain-percentages",
        (
            (
                module,
                "    # box attributes are used values\n"
                "    percent = percentage(box.style[property_name], box.style, refer_to)\n",
                "    # box attributes are used values\n"
                "    value = box.style[property_name]\n"
                "    unit = getattr(value, 'unit', None)\n"
                "    if unit == '%':\n"
                "        percent = refer_to * value.value / 100\n"
                "    elif unit is not None:\n"
                "        percent = value.value\n"
                "    else:\n"
                "        percent = percentage(value, box.style, refer_to)\n",
            ),
        ),
    )


def shared_page_styles() -> Patch:
    """Pages whose type matches the same ``@page`` declarations share their computed styles.

    Each page has a page type (side, blank, first, name, index, groups) and
    ``set_page_type_computed_styles`` computes a new style for it and for each of its margin
    boxes, though pages of the same rules get the same values: 174 page styles and 348
    margin-box styles at ten times the bundled article, where four distinct sets of rules
    match. A margin box's text (the running title, the page number) was then laid out anew
    on every page, as the line cache is kept per style. The fix keys the computed styles by
    the declarations matched (their names, values and weights, in order) and hands the page
    types that match the same ones the same styles. The new function is added at the end of
    the module and the old one renamed, so that no other function moves (the layout fixes
    check their source by line).
    """
    module = "weasyprint.layout.page"
    return Patch(
        "shared-page-styles",
        (
            (
                module,
                "def set_page_type_computed_styles(page_type, html, style_for):\n",
                "def _set_page_type_computed_styles(page_type, html, style_for):\n",
            ),
            (
                module,
                "            context.broken_out_of_flow.clear()\n"
                "            context.reported_footnotes.clear()\n"
                "            return\n",
                "            context.broken_out_of_flow.clear()\n"
                "            context.reported_footnotes.clear()\n"
                "            return\n"
                "\n"
                "\n"
                "def set_page_type_computed_styles(page_type, html, style_for):\n"
                '    """Set style for page types and pseudo-types matching ``page_type``.\n'
                "\n"
                "    Page types matching the same declarations share the same styles.\n"
                "\n"
                '    """\n'
                "    cascaded_styles = style_for.get_cascaded_styles()\n"
                "    before = len(cascaded_styles)\n"
                "    style_for.add_page_declarations(page_type)\n"
                "    # The page type's entries: those just added, at the end of the dict,\n"
                "    # unless an equal page type added them before (then found by a scan).\n"
                "    pseudo_types = style_for.__dict__.setdefault('_page_pseudo_types', {})\n"
                "    if page_type not in pseudo_types:\n"
                "        added = len(cascaded_styles) - before\n"
                "        pseudo_types[page_type] = [\n"
                "            pseudo_type for element, pseudo_type in cascaded_styles\n"
                "            if element == page_type] if not added else [\n"
                "            pseudo_type for _, (_, pseudo_type) in\n"
                "            zip(range(added), reversed(cascaded_styles))][::-1]\n"
                "    matched = [\n"
                "        (pseudo_type, cascaded_styles[page_type, pseudo_type])\n"
                "        for pseudo_type in pseudo_types[page_type]]\n"
                "    key = tuple(\n"
                "        (pseudo_type, tuple(\n"
                "            (name, id(values), repr(weight))\n"
                "            for name, (values, weight) in cascaded.items()))\n"
                "        for pseudo_type, cascaded in matched)\n"
                "    shared = style_for.__dict__.setdefault('_shared_page_styles', {})\n"
                "    computed_styles = style_for.get_computed_styles()\n"
                "    if key in shared:\n"
                "        for pseudo_type, style in shared[key][1].items():\n"
                "            computed_styles[page_type, pseudo_type] = style\n"
                "        return\n"
                "    _set_page_type_computed_styles(page_type, html, style_for)\n"
                "    # The cascaded values are kept with their ids in the key.\n"
                "    shared[key] = matched, {\n"
                "        pseudo_type: computed_styles[page_type, pseudo_type]\n"
                "        for pseudo_type in {None, *(pseudo for pseudo, _ in matched)}}\n",
            ),
        ),
    )


def inline_used_lengths() -> Patch:
    """An inline box's used lengths kept per style and containing block, not computed again
    for every line the box is tried on.

    ``split_inline_level`` calls ``resolve_percentages`` each time it lays out an inline
    box or a text box: for every line attempt, footnote area and pass, eighteen used values
    read from the style one by one, though a text box shares its style with every other
    text of its parent and the containing block is the same for a whole paragraph. The
    values depend on nothing but the style and the containing block's size, so they are
    computed once for each pair and set on the box in one step. Only plain inline and text
    boxes take the short way (their styles are never changed in place once laid out), and
    not inside collapsed table borders, where a box may keep the widths set on it before.
    """
    module = "weasyprint.layout.inline"
    return Patch(
        "inline-used-lengths",
        (
            (
                module,
                "        box.process_text_transform()\n"
                "    resolve_percentages(box, containing_block)\n",
                "        box.process_text_transform()\n"
                "    _resolve_inline_percentages(box, containing_block)\n",
            ),
            (
                module,
                "    elif text_wrap and isinstance(box, boxes.ParentBox):\n"
                "        return any(can_break_inside(child) for child in box.children)\n"
                "    return False\n",
                "    elif text_wrap and isinstance(box, boxes.ParentBox):\n"
                "        return any(can_break_inside(child) for child in box.children)\n"
                "    return False\n"
                "\n"
                "\n"
                "# What resolve_percentages() sets on a box outside collapsed table borders.\n"
                "_USED_LENGTHS = (\n"
                "    'margin_top', 'margin_right', 'margin_bottom', 'margin_left',\n"
                "    'padding_top', 'padding_right', 'padding_bottom', 'padding_left',\n"
                "    'border_top_width', 'border_right_width', 'border_bottom_width',\n"
                "    'border_left_width', 'width', 'min_width', 'max_width', 'height',\n"
                "    'min_height', 'max_height')\n"
                "\n"
                "\n"
                "def _resolve_inline_percentages(box, containing_block):\n"
                '    """Call resolve_percentages(), once per style and containing block size.\n'
                "\n"
                "    An inline box is laid out again for every line it is tried on, with the\n"
                "    same style and the same containing block: its used values are the same.\n"
                "\n"
                '    """\n'
                "    if type(box) not in (boxes.TextBox, boxes.InlineBox):\n"
                "        resolve_percentages(box, containing_block)\n"
                "        return\n"
                "    if isinstance(containing_block, boxes.Box):\n"
                "        size = (containing_block.width, containing_block.height)\n"
                "    else:\n"
                "        size = tuple(containing_block)\n"
                "    kept = box.style.__dict__.get('_used_lengths')\n"
                "    if kept is None:\n"
                "        kept = box.style._used_lengths = (\n"
                "            {} if box.style['border_collapse'] != 'collapse' else False)\n"
                "    if kept is False:\n"
                "        resolve_percentages(box, containing_block)\n"
                "    elif size in kept:\n"
                "        box.__dict__.update(kept[size])\n"
                "    else:\n"
                "        resolve_percentages(box, containing_block)\n"
                "        kept[size] = {name: getattr(box, name) for name in _USED_LENGTHS}\n",
            ),
        ),
    )


def style_struts() -> Patch:
    """A style's strut (line height and baseline) kept on the style during layout.

    ``strut`` is asked for the line height of a box's style for each text box split and
    each line's heights (about 60,000 calls at ten times the bundled article). It already
    keeps its result per font, but finds it through a key made anew on each call: the text
    of a tuple of fourteen font properties. A style's font properties do not change once
    computed, so layout keeps the answer on the style itself. Only the layout of inline
    boxes reads the kept value; style computation (``lh`` units) calls ``strut`` as before.
    """
    line_break = "weasyprint.text.line_break"
    return Patch(
        "style-struts",
        (
            (
                "weasyprint.layout.inline",
                "    can_break_text, character_ratio, create_layout, split_first_line, strut)\n",
                "    can_break_text, character_ratio, create_layout, split_first_line,\n"
                "    style_strut as strut)\n",
            ),
            (
                line_break,
                "def strut(style):\n",
                "def style_strut(style):\n"
                '    """Return strut(style), kept on the style: its font does not change."""\n'
                "    kept = style.__dict__.get('_strut')\n"
                "    if kept is None:\n"
                "        kept = style._strut = strut(style)\n"
                "    return kept\n"
                "\n"
                "\n"
                "def strut(style):\n",
            ),
        ),
    )


def style_font_descriptions() -> Patch:
    """A style's Pango font description and OpenType features made once, not for every
    layout.

    ``Layout.setup`` builds a ``PangoFontDescription`` (family, style, stretch, weight, size,
    variant, variations) and the text of the font features from the style for every layout
    it sets up: each line shaped and each text box drawn (3,785 for the bundled booklet, from
    638 styles; 15,284 at ten times the article). Pango copies the description into the
    layout, and a style's font properties do not change once computed, so both are kept on
    the style.
    """
    module = "weasyprint.text.line_break"
    return Patch(
        "style-font-descriptions",
        (
            (
                module,
                "        font_description = get_font_description(style)\n",
                "        font_description, features = _font_of(style)\n",
            ),
            (
                module,
                "        features = font_features(\n"
                "            style['font_kerning'], style['font_variant_ligatures'],\n"
                "            style['font_variant_position'], style['font_variant_caps'],\n"
                "            style['font_variant_numeric'], style['font_variant_alternates'],\n"
                "            style['font_variant_east_asian'], style['font_feature_settings'])\n"
                "        if features:\n"
                "            features = ','.join(\n"
                "                f'{key} {value}' for key, value in features.items()).encode()\n",
                "        if features:\n",
            ),
            (
                module,
                "\n\ndef create_layout(text, style, context, max_width, justification_spacing):\n",
                "\n\n"
                "def _font_of(style):\n"
                '    """Return the font description and features of ``style``, made once.\n'
                "\n"
                "    Pango copies the description into each layout, and a style's font\n"
                "    properties do not change once computed.\n"
                "\n"
                '    """\n'
                "    kept = style.__dict__.get('_font_of')\n"
                "    if kept is None:\n"
                "        features = font_features(\n"
                "            style['font_kerning'], style['font_variant_ligatures'],\n"
                "            style['font_variant_position'], style['font_variant_caps'],\n"
                "            style['font_variant_numeric'], style['font_variant_alternates'],\n"
                "            style['font_variant_east_asian'], style['font_feature_settings'])\n"
                "        if features:\n"
                "            features = ','.join(\n"
                "                f'{key} {value}' for key, value in features.items()).encode()\n"
                "        kept = style._font_of = (get_font_description(style), features)\n"
                "    return kept\n"
                "\n\n"
                "def create_layout(text, style, context, max_width, justification_spacing):\n",
            ),
        ),
    )


def kept_lines() -> Patch:
    """A text shaped on one line during the layout kept for drawing it, not shaped again.

    ``first_line_metrics`` frees a line's Pango layout once it is measured (``deactivate``),
    and drawing sets the layout up again and shapes the same text anew (``reactivate``): for
    every text box drawn, 7% of the CPU at ten times the bundled article. Where the layout
    holds its text on one line, it is kept with the style and text it was made from;
    ``edition/render/textlayer.py``'s edit of ``draw_text`` and ``draw_first_line``
    (:func:`draw_kept_lines`) draws a box from it when the box still has that text and style
    and no justification spacing (which only drawing adds), nor an ellipsis. Pango's layout
    of one line does not depend on the width it was given nor on the single-paragraph mode
    drawing sets (a text with a paragraph break is on two lines), so it is the same line.
    """
    module = "weasyprint.text.line_break"
    return Patch(
        "kept-lines",
        (
            (
                module,
                "    baseline = pango.pango_layout_get_baseline(layout.layout) * FROM_UNITS\n"
                "    layout.deactivate()\n",
                "    baseline = pango.pango_layout_get_baseline(layout.layout) * FROM_UNITS\n"
                "    _keep_line(layout)\n"
                "    layout.deactivate()\n",
            ),
            (
                module,
                "\n\ndef create_layout(text, style, context, max_width, justification_spacing):\n",
                "\n\n"
                "def _keep_line(layout):\n"
                '    """Keep the Pango layout of a text on one line, to be drawn as it is.\n'
                "\n"
                "    Drawing would shape the same text with the same style again: a layout\n"
                "    of one line is the line drawn, whatever its width, unless the text or\n"
                "    its justification spacing (which only drawing adds) changes.\n"
                "\n"
                '    """\n'
                "    if pango.pango_layout_get_line_readonly(layout.layout, 1) == ffi.NULL:\n"
                "        layout.kept_line = (layout.layout, layout.style, layout.text)\n"
                "\n\n"
                "def create_layout(text, style, context, max_width, justification_spacing):\n",
            ),
        ),
    )


def normal_flow_test() -> Patch:
    """``Box.is_in_normal_flow`` in one expression over the box's two properties.

    The layout asks it of every child it places, every line's boxes and every footnote call
    (32,111 times for the booklet), and it answered through five method calls, each reading
    ``float`` or ``position`` again: about 1% of a build. The same conditions, in the same
    order, read once.
    """
    return Patch(
        "normal-flow-test",
        (
            (
                "weasyprint.formatting_structure.boxes",
                "        return not (\n"
                "            self.is_floated() or self.is_absolutely_positioned() or\n"
                "            self.is_running() or self.is_footnote() or self.is_note())\n",
                "        style = self.style\n"
                "        position = style['position']\n"
                "        return not (\n"
                "            style['float'] in (\n"
                "                'left', 'right', 'inline-start', 'inline-end', 'footnote') or\n"
                "            position in ('absolute', 'fixed') or\n"
                "            position[0] in ('running()', 'note()'))\n",
            ),
        ),
    )


def parser_regex_cache() -> Patch:
    """tinyhtml5's cache of ``chars_until`` regular expressions keyed by the characters asked for.

    ``chars_until`` (the tokenizer reads each run of text, attribute name and value with it)
    keeps its compiled expressions in a dict, but files each under the expression itself
    instead of the characters, because the chained assignment binds ``characters`` to the
    expression before the dict's key is made: the dict never answers, and every call builds
    the expression's text again and looks it up in ``re``'s cache (5,577 calls for the
    booklet, about 2% of a build at ten times the article). Filed under the characters, the
    same expressions are compiled once.
    """
    return Patch(
        "parser-regex-cache",
        (
            (
                "tinyhtml5.inputstream",
                "            characters = characters_until_regex[(characters, opposite)] = regex\n",
                "            characters_until_regex[(characters, opposite)] = characters = regex\n",
            ),
        ),
    )


def ua_stylesheets_cache() -> Patch:
    """WeasyPrint's user-agent stylesheets taken ready-made when an application keeps them.

    ``weasyprint.html`` parses its three HTML stylesheets (23 KB, some 300 selectors compiled
    with ``eval``) at every import: about 40 ms, 2% of a booklet's CPU. With the fix it imports
    them from ``weasyprint._ua_stylesheets`` when that module exists and parses them as before
    when not; :class:`_Finder` makes that module from edition's cache
    (:mod:`edition.render.uastyles`: the parsed objects pickled on first use, 2 ms to read).
    """
    return Patch(
        "ua-stylesheets-cache",
        (
            (
                "weasyprint.html",
                "UA_STYLESHEET = CSS(string=UA, counter_style=UA_COUNTER_STYLE)\n"
                "UA_FORM_STYLESHEET = CSS(string=UA_FORM, counter_style=UA_COUNTER_STYLE)\n"
                "PH_STYLESHEET = CSS(string=PH)\n",
                "try:\n"
                "    # The same objects, parsed and kept beforehand by the application\n"
                "    # (weasyprint/_ua_stylesheets.py does not ship with WeasyPrint).\n"
                "    from ._ua_stylesheets import (\n"
                "        UA_COUNTER_STYLE, UA_STYLESHEET, UA_FORM_STYLESHEET, PH_STYLESHEET)\n"
                "except ImportError:\n"
                "    UA_STYLESHEET = CSS(string=UA, counter_style=UA_COUNTER_STYLE)\n"
                "    UA_FORM_STYLESHEET = CSS(string=UA_FORM, counter_style=UA_COUNTER_STYLE)\n"
                "    PH_STYLESHEET = CSS(string=PH)\n",
            ),
        ),
    )


def shrink_to_fit_max_first() -> Patch:
    """A shrink-to-fit width without the min-content width when the max-content one fits.

    ``shrink_to_fit`` returns ``min(max(min_content, available), max_content)``, computing both
    preferred widths; when ``max_content < available`` that is ``max_content`` whatever
    ``min_content`` is (``max(min_content, available) >= available > max_content``), and the
    min-content width, a line break tried at every opportunity of the text, is the dearer of
    the two: 1.6% of a booklet's CPU, for the vocabulary's absolutely positioned page numbers.
    A tie goes WeasyPrint's way (``min`` then returns its first argument).
    """
    return Patch(
        "shrink-to-fit-max-first",
        (
            (
                "weasyprint.layout.preferred",
                "    return min(\n"
                "        max(\n"
                "            min_content_width(context, box, outer=False),\n"
                "            available_content_width),\n"
                "        max_content_width(context, box, outer=False))\n",
                "    preferred_width = max_content_width(context, box, outer=False)\n"
                "    if preferred_width < available_content_width:\n"
                "        # Then the result is preferred_width, whatever the minimum is.\n"
                "        return preferred_width\n"
                "    return min(\n"
                "        max(\n"
                "            min_content_width(context, box, outer=False),\n"
                "            available_content_width),\n"
                "        preferred_width)\n",
            ),
        ),
    )


def shared_cascades() -> Patch:
    """An element's cascaded declarations copied from an element that matched the same rules.

    ``StyleFor`` cascades every element's matched rules declaration by declaration, comparing
    weights, although most elements (each character's ruby, its reading, a run of Latin) match
    the same rules as many others: 1.8% of a booklet's CPU at ten times the article. An element
    without declarations of its own (``style`` attribute, presentational hints) whose matched
    rules, in order, are those of an element cascaded before gets a copy of that element's
    cascaded dicts, taken before its computed style is made: the same keys in the same order,
    the same ``(values, weight)``. Each element keeps dicts of its own, as before.
    """
    return Patch(
        "shared-cascades",
        (
            (
                "weasyprint.css",
                "        computed_cache = {}\n"
                "        for element in html.wrapper_element.iter_subtree():\n",
                "        computed_cache = {}\n"
                "        # Cascaded dicts by rules matched, for elements without their own.\n"
                "        cascade_cache = {}\n"
                "        for element in html.wrapper_element.iter_subtree():\n",
            ),
            (
                "weasyprint.css",
                "            selectors_keys = []\n"
                "            for sheet, origin, sheet_specificity in sheets:\n"
                "                # Add declarations for matching elements.\n"
                "                for selector in sheet.matcher.match(element):\n"
                "                    specificity, order, pseudo_type, (declar"
                "ations, layer) = selector\n"
                "                    layer_order = inf if layer is None else "
                "sheet.layers.index(layer)\n"
                "                    selectors_keys.append(\n"
                "                        (sheet, specificity, id(declarations), layer_order))\n"
                "                    specificity = sheet_specificity or specificity\n"
                "                    style = cascaded_styles.setdefault((etre"
                "e_element, pseudo_type), {})\n"
                "                    for name, values, importance in declarations:\n"
                "                        precedence = declaration_precedence(origin, importance)\n"
                "                        weight = (precedence, layer_order, specificity)\n"
                "                        old_weight = style.get(name, (None, None))[1]\n"
                "                        if old_weight is None or old_weight <= weight:\n"
                "                            style[name] = values, weight\n",
                "            selectors_keys = []\n"
                "            matches = []\n"
                "            for sheet, origin, sheet_specificity in sheets:\n"
                "                for selector in sheet.matcher.match(element):\n"
                "                    specificity, order, pseudo_type, (declar"
                "ations, layer) = selector\n"
                "                    layer_order = inf if layer is None else "
                "sheet.layers.index(layer)\n"
                "                    selectors_keys.append(\n"
                "                        (sheet, specificity, id(declarations), layer_order))\n"
                "                    matches.append((\n"
                "                        origin, sheet_specificity or specificity, pseudo_type,\n"
                "                        declarations, layer_order))\n"
                "            cascade_key = None\n"
                "            if element_declarations is None:\n"
                "                cascade_key = tuple(\n"
                "                    (origin, specificity, pseudo_type, id(de"
                "clarations), layer_order)\n"
                "                    for origin, specificity, pseudo_type, de"
                "clarations, layer_order\n"
                "                    in matches)\n"
                "                if (cascaded := cascade_cache.get(cascade_key)) is not None:\n"
                "                    # Same rules matched in the same order: the same cascade.\n"
                "                    for pseudo_type, style in cascaded:\n"
                "                        cascaded_styles[etree_element, pseud"
                "o_type] = style.copy()\n"
                "                    matches = ()\n"
                "            pseudo_types = {}\n"
                "            # Add declarations for matching elements.\n"
                "            for origin, specificity, pseudo_type, declaratio"
                "ns, layer_order in matches:\n"
                "                pseudo_types[pseudo_type] = None\n"
                "                style = cascaded_styles.setdefault((etree_el"
                "ement, pseudo_type), {})\n"
                "                for name, values, importance in declarations:\n"
                "                    precedence = declaration_precedence(origin, importance)\n"
                "                    weight = (precedence, layer_order, specificity)\n"
                "                    old_weight = style.get(name, (None, None))[1]\n"
                "                    if old_weight is None or old_weight <= weight:\n"
                "                        style[name] = values, weight\n",
            ),
            (
                "weasyprint.css",
                "            # Store computed styles.\n"
                "            key = (parent_id, element_declarations, tuple(selectors_keys))\n",
                "            if cascade_key is not None and cascade_key not in cascade_cache:\n"
                "                cascade_cache[cascade_key] = tuple(\n"
                "                    (pseudo_type, cascaded_styles[etree_elem"
                "ent, pseudo_type].copy())\n"
                "                    for pseudo_type in pseudo_types)\n"
                "\n"
                "            # Store computed styles.\n"
                "            key = (parent_id, element_declarations, tuple(selectors_keys))\n",
            ),
        ),
    )


# --- A speed fix of drawing, applied with textlayer's edit of the same function -----------

# PangoGlyphInfo as WeasyPrint 70.0 declares it: PangoGlyph glyph (guint); PangoGlyphGeometry
# width, x_offset, y_offset (gint each); PangoGlyphVisAttr (one guint of bit fields).
GLYPH_INFO = "@IiiiI"


def draw_glyph_buffers() -> tuple[tuple[str, str], ...]:
    """A run's glyphs read in one step when drawn, not each field through cffi.

    ``draw_first_line`` loops over the glyphs of every text box it draws (the bundled
    booklet: 1,711 boxes of 21,090 characters, most Han characters followed by a zero-width
    blank), reading each glyph's id, width and offsets as cffi attributes of a new
    ``PangoGlyphInfo`` and ``PangoGlyphGeometry`` object each. The run's ``PangoGlyphInfo``
    array is unpacked at once with ``struct`` instead (the same integers). Returned as
    ``(old line, new line)`` edits of ``weasyprint.draw.text.draw_first_line``, which
    ``edition/render/textlayer.py`` compiles with its own edits of that function (one
    function pinned by one source hash there); the new lines call ``_edition_glyphs``
    (:func:`glyph_infos`), set on the module.
    """
    return (
        (
            "        for i, glyph_info in enumerate(glyphs_info[0:num_glyphs]):\n"
            "            glyph_id = glyph_info.glyph\n"
            "            width = glyph_info.geometry.width\n",
            "        for i, (glyph_id, width, x_offset, y_offset, _) in enumerate(\n"
            "                _edition_glyphs(glyphs_info, num_glyphs)):\n",
        ),
        (
            "            offset = glyph_info.geometry.x_offset / font_size\n"
            "            rise = glyph_info.geometry.y_offset / 1000\n",
            "            offset = x_offset / font_size\n            rise = y_offset / 1000\n",
        ),
    )


def glyph_infos(glyphs, count: int):
    """``(glyph, width, x_offset, y_offset, attr)`` of the ``count`` ``PangoGlyphInfo`` at
    ``glyphs``, read from their memory at once (``glyphs`` as they are when already a list:
    a run of ``edition/render/spaced.py``)."""
    if glyphs.__class__ is list:
        return glyphs
    return _GLYPHS(_ffi_buffer()(glyphs, count * _GLYPH_SIZE))


@functools.cache
def _ffi_buffer():
    """cffi's ``buffer`` of WeasyPrint's FFI, imported once: drawing reads a buffer for every
    run of glyphs (11,525 for the bundled booklet), and an import statement costs ~2 us."""
    from weasyprint.text.ffi import ffi

    return ffi.buffer


_GLYPHS = struct.Struct(GLYPH_INFO).iter_unpack
_GLYPH_SIZE = struct.calcsize(GLYPH_INFO)


def glyph_buffers_fit() -> bool:
    """Whether the installed cffi declarations lay ``PangoGlyphInfo`` out as GLYPH_INFO."""
    from weasyprint.text.ffi import ffi

    return ffi.sizeof("PangoGlyphInfo") == _GLYPH_SIZE and ffi.offsetof(
        "PangoGlyphInfo", "geometry"
    ) == struct.calcsize("@I")


def draw_glyph_pieces() -> tuple[tuple[str, str], ...]:
    """A glyph drawn again in the same font and size written from what it wrote the first
    time, not worked out again.

    For each glyph, ``draw_first_line`` tests it for an empty or missing glyph, looks its
    text and width up in the font, writes its id, offset and kerning into the TJ array and
    adds its advance, some twenty steps (the bundled booklet draws about 40,000 glyphs, a
    Han text few distinct ones: each character and the blank after it). What a glyph adds
    to the array and to the advance depends only on the font, the size, the glyph and its
    width and offsets once its text and width are in the font: it is kept per font and size
    (:func:`glyph_pieces`) after the first time and added in one step. Not for a raised glyph
    (written apart), a missing one (drawn as another) nor in a font of colour or bitmap
    emoji (their images are collected glyph by glyph). Edits of
    ``weasyprint.draw.text.draw_first_line`` after :func:`draw_glyph_buffers`' (the same
    function, pinned by one source hash in ``edition/render/textlayer.py``); the new lines
    call ``_edition_pieces`` (:func:`glyph_pieces`), set on the module.
    """
    return (
        (
            "            stream.set_font_size(font.hash, 1 if font.bitmap else font_size)\n",
            "            stream.set_font_size(font.hash, 1 if font.bitmap else font_size)\n"
            "            pieces = _edition_pieces(font, font_size)\n",
        ),
        (
            "        for i, (glyph_id, width, x_offset, y_offset, _) in enumerate(\n"
            "                _edition_glyphs(glyphs_info, num_glyphs)):\n",
            "        for i, (glyph_id, width, x_offset, y_offset, _) in enumerate(\n"
            "                _edition_glyphs(glyphs_info, num_glyphs)):\n"
            "            key = glyph_id, width, x_offset, y_offset\n"
            "            piece = pieces.get(key)\n"
            "            if piece is not None:\n"
            "                string += piece[0]\n"
            "                x_advance += piece[1]\n"
            "                continue\n"
            "            start = len(string)\n",
        ),
        (
            "            x_advance += (logical_width + offset - kerning) / 1000\n",
            "            x_advance += (logical_width + offset - kerning) / 1000\n"
            "            if key[0] == glyph_id and not (\n"
            "                    rise or font.svg or font.png or font.colr):\n"
            "                pieces[key] = (\n"
            "                    string[start:], (logical_width + offset - kerning) / 1000)\n",
        ),
    )


def glyph_pieces(font, font_size: float) -> dict:
    """What each glyph drawn in ``font`` at ``font_size`` added to the TJ array and to the
    advance (:func:`draw_glyph_pieces`), kept on the font (one for each PDF written)."""
    sizes = font.__dict__.get("_edition_pieces")
    if sizes is None:
        sizes = font._edition_pieces = {}
    pieces = sizes.get(font_size)
    if pieces is None:
        pieces = sizes[font_size] = {}
    return pieces


# sha256 of inspect.getsource(weasyprint.draw.text.draw_text) in WeasyPrint PINNED: the
# function draw_kept_lines edits with draw_first_line (both or neither).
DRAW_TEXT = "ebaf96239c6ca3635d2b91bfb34718c2dcebd7809fec1c53fb8dffd1366befe3"


def draw_kept_lines() -> tuple[tuple[str, str], ...]:
    """A text box drawn from the line its layout kept (the ``kept-lines`` fix), not shaped
    again.

    ``draw_text`` sets the box's layout up again (``reactivate``: a Pango layout, its font
    description, attributes and text) and ``draw_first_line`` shapes it anew, though the
    layout kept the same line when the box's text was split (:func:`kept_line` says when it
    may be drawn from it: most boxes that are not justified). Returned as ``(old, new)`` edits
    of ``weasyprint.draw.text.draw_first_line``, made by ``edition/render/textlayer.py`` after
    :func:`draw_glyph_pieces`' (one function, pinned by one source hash there), with
    :func:`draw_text_kept_lines`' edits of ``draw_text``; the new lines call
    ``_edition_kept`` (:func:`kept_line`), set on the module.
    """
    return (
        (
            "    pango.pango_layout_set_single_paragraph_mode(textbox.pango_layout.layout, True)\n",
            "    kept = _edition_kept(textbox, text_overflow, block_ellipsis)\n"
            "    if kept is None:\n"
            "        pango.pango_layout_set_single_paragraph_mode(\n"
            "            textbox.pango_layout.layout, True)\n",
        ),
        (
            "    first_line, index = textbox.pango_layout.get_first_line()\n\n"
            "    if block_ellipsis != 'none':\n",
            "    if kept is None:\n"
            "        first_line, index = textbox.pango_layout.get_first_line()\n"
            "    else:\n"
            "        first_line = pango.pango_layout_get_line_readonly(kept, 0)\n\n"
            "    if block_ellipsis != 'none':\n",
        ),
    )


def draw_spaced_lines() -> tuple[tuple[str, str], ...]:
    """A justified text box drawn from the runs ``edition/render/spaced.py`` makes of its kept
    line, not set up and shaped again with its spacing.

    :func:`kept_line` answers for a justified box with those runs when it can; the first line
    drawn is then that answer itself (:func:`kept_first_line`). Returned as an ``(old, new)``
    edit of ``weasyprint.draw.text.draw_first_line`` after :func:`draw_kept_lines`'; the new
    line calls ``_edition_first_line``, set on the module.
    """
    return (
        (
            "        first_line = pango.pango_layout_get_line_readonly(kept, 0)\n",
            "        first_line = _edition_first_line(kept)\n",
        ),
    )


def draw_text_kept_lines() -> tuple[tuple[str, str], ...]:
    """The edits of ``weasyprint.draw.text.draw_text`` that go with :func:`draw_kept_lines`:
    a box drawn from its kept line is neither set up again nor released."""
    return (
        (
            "    textbox.pango_layout.reactivate(textbox.style)\n",
            "    kept = _edition_kept(\n"
            "        textbox, text_overflow, block_ellipsis, draw_first_line)\n"
            "    if kept is None:\n"
            "        textbox.pango_layout.reactivate(textbox.style)\n",
        ),
        (
            "    textbox.pango_layout.deactivate()\n",
            "    if kept is None:\n        textbox.pango_layout.deactivate()\n",
        ),
    )


def draw_kept_fonts() -> tuple[tuple[str, str], ...]:
    """The PDF font of a Pango font drawn from a kept line looked up once per page.

    ``Stream.add_font`` describes the run's Pango font and hashes the description for every
    run drawn in a font other than the run's before (2,954 for the bundled booklet): its
    key cannot be kept by the font's address, which a font freed and another made may share
    (WeasyPrint's TODO in ``get_pango_font_key``). A font in a kept line (:func:`kept_lines`)
    is held by that line's layout, which nothing changes or frees: its address is its own
    while the page's stream keeps the layout, and the stream's answer for it is kept with
    it (:func:`add_font`), for any run drawn in that font on the page. Returned as an edit
    of ``weasyprint.draw.text.draw_first_line`` after :func:`draw_kept_lines`' (whose
    ``kept`` it reads); the new line calls ``_edition_add_font``, set on the module.
    """
    return (
        (
            "            font, font_size = stream.add_font(pango_font)\n",
            "            font, font_size = _edition_add_font(stream, pango_font, kept)\n",
        ),
    )


def add_font(stream, pango_font, kept):
    """``stream.add_font(pango_font)``, kept on the stream for a font that the kept line
    ``kept`` (a Pango layout, or None) holds (:func:`draw_kept_fonts`)."""
    known = stream.__dict__.get("_edition_fonts")
    if known is None:
        known = stream._edition_fonts = {}
    found = known.get(pango_font)
    if found is not None:
        return found[0]
    added = stream.add_font(pango_font)
    if kept is not None:  # the font lives as long as the layout kept with it
        known[pango_font] = (added, kept)
    return added


def kept_line(textbox, text_overflow: str, block_ellipsis: str, drawing=None):
    """The Pango layout that ``textbox``'s layout kept of its text on one line
    (:func:`kept_lines`), when drawing it would shape the same line; else None.

    Not when the layout is set up (someone else draws it), when its text or the box's style
    is not the one the line was shaped with, when the box is justified (drawing adds the
    spacing to the spaces), nor when an ellipsis may replace its end. (A decorated text's
    metrics are the layout's, set up from the same style either way.)
    ``drawing``: the ``draw_first_line`` that ``draw_text`` will call, which must be one that
    draws kept lines (a test or :func:`~edition.render.textlayer.blanks_drawn` may have put
    another in place).
    """
    if drawing is not None and "_edition_kept" not in drawing.__code__.co_names:
        return None
    layout = textbox.pango_layout
    found = layout.__dict__
    if layout.justification_spacing:  # a justified line, made from the unspaced one
        if "layout" in found or text_overflow == "ellipsis" or block_ellipsis != "none":
            return None
        return _spaced().spaced_line(layout, textbox.style, found.get("spaced_from"))
    kept = found.get("kept_line")
    if kept is None or "layout" in found:
        return None
    pango_layout, style, text = kept
    if (
        style is not textbox.style
        or text != layout.text
        or text_overflow == "ellipsis"
        or block_ellipsis != "none"
    ):
        return None
    return pango_layout


@functools.cache
def _spaced():
    from edition.render import spaced

    return spaced


def kept_first_line(kept):
    """The first line of ``kept`` (:func:`kept_line`'s answer): a Pango layout's, or the runs
    of a justified line made without Pango (``edition/render/spaced.py``)."""
    if kept.__class__ is _spaced().Line:
        return kept
    return _pango_line(kept, 0)


@functools.cache
def _line_of():
    from weasyprint.text.ffi import pango

    return pango.pango_layout_get_line_readonly


def _pango_line(layout, index):
    return _line_of()(layout, index)


def function_imports_once() -> Patch:
    """Names that functions import when called (the modules import each other) imported once.

    ``strut`` and ``_split_first_line`` (``text/line_break.py``), ``draw_text``,
    ``layout_box_backgrounds`` and ``get_length`` (``css/tokens.py``) import a name of another
    module of WeasyPrint each time they run: for every style's strut, line split, text box
    drawn, box of the page and length parsed (some 12,700 imports for the bundled booklet).
    An import statement costs microseconds even when the module is loaded (the package's
    spec is checked, a package goes through ``_handle_fromlist``). Each module gets
    ``_imported(module, name)``, which imports once and then answers from a cache; the
    statements become one call each, line for line (``draw/text.py`` keeps the lines that
    ``edition/render/textlayer.py``'s pin of ``draw_first_line`` reads), and the helper goes
    at the end of the module.
    """
    helper = (
        "\n\n"
        "import functools  # noqa: E402\n"
        "import importlib  # noqa: E402\n"
        "\n\n"
        "@functools.cache\n"
        "def _imported(module, name):\n"
        '    """Get ``name`` from ``module`` (relative to this package), imported once.\n\n'
        "    For functions that run for every box, line or length and cannot import the\n"
        "    module at load (the modules import each other): an import statement costs\n"
        "    microseconds each time it runs.\n\n"
        '    """\n'
        "    return getattr(importlib.import_module(module, __package__), name)\n"
    )
    line_break = "weasyprint.text.line_break"
    percentage = "    percentage = _imported('..layout.percent', 'percentage')\n"
    return Patch(
        "function-imports-once",
        (
            (
                line_break,
                "    from ..layout.percent import percentage\n\n"
                "    # See https://www.w3.org/TR/css-text-3/#white-space-property\n",
                percentage + "\n    # See https://www.w3.org/TR/css-text-3/#white-space-property\n",
            ),
            (
                line_break,
                "    from ..css.functions import check_math\n"
                "    from ..layout.percent import percentage\n\n"
                "    if style['font_size'] == 0:\n",
                "    check_math = _imported('..css.functions', 'check_math')\n"
                + percentage
                + "\n    if style['font_size'] == 0:\n",
            ),
            (
                line_break,
                "        if i and attr.is_word_end:\n            return len(text) - i\n",
                "        if i and attr.is_word_end:\n            return len(text) - i\n" + helper,
            ),
            (
                "weasyprint.draw.text",
                '    """Draw a textbox to a pydyf stream."""\n'
                "    from ..layout.percent import percentage\n",
                '    """Draw a textbox to a pydyf stream."""\n' + percentage,
            ),
            (
                "weasyprint.draw.text",
                "        thickness, textbox.style['text_decoration_style'], color, offset_x)\n",
                "        thickness, textbox.style['text_decoration_style'], color, offset_x)\n"
                + helper,
            ),
            (
                "weasyprint.layout.background",
                '    """Fetch and position background images."""\n'
                "    from ..draw.color import get_color\n",
                '    """Fetch and position background images."""\n'
                "    get_color = _imported('..draw.color', 'get_color')\n",
            ),
            (
                "weasyprint.layout.background",
                "        chosen_box.background = None\n"
                "    else:\n"
                "        page.canvas_background = None\n",
                "        chosen_box.background = None\n"
                "    else:\n"
                "        page.canvas_background = None\n" + helper,
            ),
            (
                "weasyprint.css.tokens",
                '    """Parse a <length> token."""\n    from . import resolve_math\n',
                '    """Parse a <length> token."""\n'
                "    resolve_math = _imported('.', 'resolve_math')\n",
            ),
            (
                "weasyprint.css.tokens",
                "        else:\n"
                "            return DimensionToken(0, 0, value, int_value, representation, unit)\n",
                "        else:\n"
                "            return DimensionToken(0, 0, value, int_value, representation, unit)\n"
                + helper,
            ),
        ),
    )


PATCHES = (
    ffi_out_of_line,
    lazy_fonttools_imports,
    lazy_pillow_imports,
    target_counter_anchor,
    split_first_line_cache,
    shared_pango_contexts,
    lazy_pseudo_styles,
    inline_block_width_hint,
    plain_computed_values,
    plain_percentages,
    pending_values_memo,
    shared_page_styles,
    inline_used_lengths,
    style_struts,
    style_font_descriptions,
    parser_regex_cache,
    normal_flow_test,
    ua_stylesheets_cache,
    shrink_to_fit_max_first,
    shared_cascades,
    function_imports_once,
    kept_lines,
)


def module_path(module: str) -> str | None:
    """The source file of a module of WeasyPrint (or of a package it uses), found without
    importing anything."""
    package, *inside = module.split(".")
    spec = PathFinder.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(spec.submodule_search_locations[0], *inside)
    return os.path.join(path, "__init__.py") if os.path.isdir(path) else path + ".py"


def installed_version() -> str | None:
    """WeasyPrint's ``VERSION`` line, read from its ``__init__.py`` without importing it."""
    path = module_path("weasyprint.__init__")
    try:
        with open(path or "", encoding="utf-8") as file:
            for line in file:
                if line.startswith("VERSION = __version__ = "):
                    return line.split("=")[-1].strip().strip("'\"")
    except OSError:
        return None
    return None


def _read(module: str) -> str | None:
    path = module_path(module)
    try:
        with open(path or "", "rb") as file:
            return file.read().decode("utf-8")
    except OSError:
        return None


def check(patch: Patch) -> list[str]:
    """Why ``patch`` cannot be applied to the installed WeasyPrint (empty when it can)."""
    version = installed_version()
    if version != PINNED:
        return [f"WeasyPrint {version} is installed, the fix is for {PINNED}"]
    reasons = []
    for module in sorted(patch.modules):
        source = _read(module)
        if source is None:
            reasons.append(f"{module} not found")
        elif hashlib.sha256(source.encode("utf-8")).hexdigest() != SOURCES[module]:
            reasons.append(f"{module} differs from WeasyPrint {PINNED}'s")
        else:
            for mod, old, _new in patch.edits:
                if mod == module and source.count(old) != 1:
                    reasons.append(
                        f"{module}: the text to replace occurs {source.count(old)} times"
                    )
    return reasons


def patched_source(module: str, source: str, patches: list[Patch]) -> str:
    """``source`` of ``module`` with the edits of ``patches`` applied, in order."""
    for patch in patches:
        for mod, old, new in patch.edits:
            if mod == module:
                source = source.replace(old, new, 1)
    return source


def compiled(module: str, source: str, path: str):
    """``source`` compiled, through edition's cache (12 ms for the patched modules, against
    0.5 ms to read them back): the bytecode cache Python keeps beside a module does not hold
    the source with the fixes."""
    key = hashlib.sha256(MAGIC_NUMBER + path.encode() + b"\0" + source.encode()).hexdigest()
    name = f"{module.replace('.', '-')}-{key[:16]}"
    try:
        from edition import cache

        where = cache.folder("weasyprint") if cache.enabled() else None
        data = cache.load(where, name, ".pyc") if where else None
        if data is not None:
            return marshal.loads(data)
    except Exception as exc:  # a cache error: compile
        log.debug("patched %s not read from the cache: %s", module, exc)
        where = None
    code = compile(source, path, "exec", dont_inherit=True)
    if where is not None:
        with contextlib.suppress(Exception):
            cache.save(where, name, ".pyc", marshal.dumps(code))
    return code


class _PatchedLoader(SourceFileLoader):
    """Loads a module from its source with the fixes applied (no bytecode cache)."""

    def __init__(self, fullname: str, path: str, patches: list[Patch]) -> None:
        super().__init__(fullname, path)
        self.patches = patches

    def get_code(self, fullname):
        source = self.get_data(self.path).decode("utf-8")
        source = patched_source(fullname, source, self.patches)
        return compiled(fullname, source, self.path)


class _Finder:
    """A ``sys.meta_path`` finder that hands the patched modules to :class:`_PatchedLoader`."""

    def __init__(self) -> None:
        self.ready: dict[str, list[Patch]] | None = None
        self.applied: list[str] = []

    def _decide(self) -> dict[str, list[Patch]]:
        by_module: dict[str, list[Patch]] = {}
        refused = []
        for make in PATCHES:
            patch = make()
            reasons = check(patch)
            if reasons:
                refused.append(f"{patch.name}: {'; '.join(reasons)}")
                continue
            self.applied.append(patch.name)
            for module in patch.modules:
                by_module.setdefault(module, []).append(patch)
        if refused:
            log.warning(
                "WeasyPrint speed fixes not applied (%s); the output is the same, the build "
                "slower; install the pinned version (pip install weasyprint==%s)",
                ", ".join(refused),
                PINNED,
            )
        return by_module

    def find_spec(self, fullname, path=None, target=None):
        if fullname == OUT_OF_LINE:
            return self._out_of_line_spec()
        if fullname == uastyles.MODULE:
            return uastyles.module_spec(self.applied)
        if fullname not in SOURCES:
            return None
        if self.ready is None:
            self.ready = self._decide()
        patches = self.ready.get(fullname)
        if not patches:
            return None
        spec = PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, SourceFileLoader):
            return None
        spec.loader = _PatchedLoader(fullname, spec.origin, patches)
        return spec

    def _out_of_line_spec(self):
        """The module ``weasyprint.text._ffi`` of the patched ``weasyprint.text.ffi``, made
        once into edition's cache; None (WeasyPrint then parses its declarations as before)
        without a cache or when it cannot be made."""
        ffi = sys.modules.get("weasyprint.text.ffi")
        cdef, write = getattr(ffi, "CDEF", None), getattr(ffi, "write_out_of_line", None)
        if cdef is None or write is None:
            return None
        try:
            import _cffi_backend

            from edition import cache

            if not cache.enabled():
                return None
            key = hashlib.sha256(f"{_cffi_backend.__version__}\0{cdef}".encode()).hexdigest()
            where = cache.folder("weasyprint")
            source = cache.load(where, f"ffi-{key[:16]}", ".py")
            if source is None:
                with tempfile.TemporaryDirectory() as tmp:
                    made = os.path.join(tmp, "ffi.py")
                    with contextlib.redirect_stdout(io.StringIO()):  # "generating ..."
                        write(made)
                    with open(made, "rb") as file:
                        source = file.read()
                cache.save(where, f"ffi-{key[:16]}", ".py", source)
            code = compiled(OUT_OF_LINE, source.decode("utf-8"), f"{where}/ffi-{key[:16]}.py")
        except Exception as exc:  # no cffi parser, a cache error: the declarations are parsed
            log.debug("no out-of-line module for WeasyPrint's declarations: %s", exc)
            return None
        return spec_from_loader(OUT_OF_LINE, _CodeLoader(code))


class _CodeLoader:
    """Runs compiled code as a module; a failure is an ImportError, which
    ``weasyprint.text.ffi`` answers by parsing its declarations."""

    def __init__(self, code) -> None:
        self.code = code

    def create_module(self, spec):
        return None

    def exec_module(self, module) -> None:
        try:
            exec(self.code, module.__dict__)
        except Exception as exc:
            raise ImportError(f"{self.code.co_filename}: {exc}") from exc


_FINDER = _Finder()


def install() -> None:
    """Apply the fixes to WeasyPrint's modules as they load (once; not when switched off).

    A module already imported stays as it is (and a warning says so): import
    ``edition.render`` before WeasyPrint.
    """
    if not enabled() or _FINDER in sys.meta_path:
        return
    early = sorted(m for m in SOURCES if m in sys.modules)
    if early:
        log.warning("WeasyPrint was imported before edition.render: %s not patched", early)
    sys.meta_path.insert(0, _FINDER)


def applied() -> list[str]:
    """Names of the fixes in effect (decided when the first patched module loaded)."""
    return list(_FINDER.applied)


# --- Fixes of footnote and page-reference layout, applied before the first layout ---------

# sha256 of inspect.getsource of each function a fix replaces or wraps, in WeasyPrint PINNED.
# make_all_pages is not replaced: the fixes rely on it calling remake_page, which calls make_page.
FUNCTIONS = {
    "layout.LayoutContext._update_footnote_area": (
        "2e317e4b066fb80cb369a41cd6f054a127722f9961c18ef4d6e1eef93673c4c1"
    ),
    "layout.page.remake_page": "1ff09b2dffa17839c03aec1150866068066c43e76a5cace0ea298e68909c6d31",
    "layout.page.make_page": "656f183328e8b1b56311a342621442056c067422958dcaf6730acdfb6c7b8971",
    "layout.page.make_all_pages": (
        "b5e4034894841caa9581fa5d33338c71a7d8948be65618d358ab4b946f367edb"
    ),
    "layout.block._linebox_layout": (
        "e07bbe000974787ee370be1f419a01a21b327a1a1e3025a65afd47589060883d"
    ),
}

FIXES = (
    "footnote-overflow",
    "reported-footnotes",
    "early-target-counters",
    "notes-stay-with-calls",
)
# footnote-call-lookup, a speed fix made with notes-stay-with-calls' edit of _linebox_layout
# (EDITION_SPEEDUPS): while notes wait to be placed, every box of every line laid out was looked
# for in the list of waiting notes, ``None`` for all but the calls (a scan of the whole list each:
# 0.7% of the booklet's CPU at x10); only a box that has a note is looked for now.
FOOTNOTE_CALL_LOOKUP = (
    "if descendant.footnote in context.footnotes)",
    "if descendant.footnote is not None and descendant.footnote in context.footnotes)",
)
# footnote-area-memo, a speed fix made with footnote-overflow's edit of _update_footnote_area
# (EDITION_SPEEDUPS): the page's footnote area is laid out anew each time a note is added, moved
# on or taken back, often for a set of notes already laid out on the same page (when a line is
# tried again: 42 of 417 layouts at x10); such a layout is taken from the page's area instead.
# Six lines for six, so that the function keeps WeasyPrint's line numbers (the method's
# source is dedented by one level when edited).
FOOTNOTE_AREA_MEMO = (
    "        footnote_area = build.create_anonymous_boxes(\n"
    "            self.current_footnote_area.deepcopy())\n"
    "        footnote_area = block_level_layout(\n"
    "            self, footnote_area, -inf, None,\n"
    "            self.current_footnote_area.page)[0]\n",
    "        footnote_area = _edition_footnote_area(self)\n"
    "        if footnote_area is None:\n"
    "            footnote_area = build.create_anonymous_boxes(\n"
    "                self.current_footnote_area.deepcopy())\n"
    "            footnote_area = _edition_footnote_area(self, block_level_layout(\n"
    "                self, footnote_area, -inf, None, self.current_footnote_area.page)[0])\n",
)


# footnote-area-final, a speed fix made as an edit of make_page (EDITION_SPEEDUPS): the page's
# footnote area, laid out when its last note was added, is laid out again as the page ends; its
# last layout is taken instead (five lines for five: make_page keeps WeasyPrint's line numbers).
FINAL_FOOTNOTE_AREA = (
    "    footnote_area = build.create_anonymous_boxes(footnote_area.deepcopy())\n"
    "    footnote_area = block_level_layout(\n"
    "        context, footnote_area, bottom_space=-inf, skip_stack=None,\n"
    "        containing_block=footnote_area.page, page_is_empty=True,\n"
    "        absolute_boxes=positioned_boxes, fixed_boxes=positioned_boxes)[0]\n",
    "    footnote_area = _edition_final_footnote_area(context) or block_level_layout(\n"
    "        context, build.create_anonymous_boxes(footnote_area.deepcopy()),\n"
    "        bottom_space=-inf, skip_stack=None,\n"
    "        containing_block=footnote_area.page, page_is_empty=True,\n"
    "        absolute_boxes=positioned_boxes, fixed_boxes=positioned_boxes)[0]\n",
)


def final_footnote_area(context):
    """The page's footnote area as the page ends (``make_page``), taken from the layouts
    :func:`laid_out_footnote_area` keeps: the one for the area's notes now, in order; None
    (lay it out) when there is none, with floats beside the text, or when a note holds a box
    out of the normal flow (the final layout files positioned boxes with the page's).

    Handed out once: ``make_page`` moves the area into place (``translate``) afterwards.
    """
    area = context.current_footnote_area
    if context.excluded_shapes or not area.children:
        return None
    of_area, kept = context.__dict__.get("_edition_laid_out_areas", (None, None))
    if of_area is not area:
        return None
    laid_out = kept.pop((context.in_column, *map(id, area.children)), None)
    if laid_out is None or not all(box.is_in_normal_flow() for box in laid_out.descendants()):
        return None
    return laid_out


def laid_out_footnote_area(context, laid_out=None):
    """The page's footnote area as laid out before with the same notes, or None (``laid_out``
    None); else keep ``laid_out`` for the notes the area holds now, and return it.

    Kept for the page's area (made anew for each page and pass; not on the area, whose
    copies share its attributes), by the notes in order, until the next page's area. Not with
    floats beside the text: they may narrow the area's lines and come or go between two
    layouts. The caller only reads the laid-out area's sizes and positions. Asked for the
    notes of an area kept with one note fewer, it lays out only that note when the notes stack
    plainly (``footnote-area-append``, :func:`edition.render.footnote_area.appended`).
    """
    area = context.current_footnote_area
    if context.excluded_shapes:
        return laid_out
    key = (context.in_column, *map(id, area.children))
    of_area, kept = context.__dict__.get("_edition_laid_out_areas", (None, None))
    if of_area is not area:
        kept = {}
        context._edition_laid_out_areas = (area, kept)
    if laid_out is None:
        laid_out = kept.get(key)
        if laid_out is None and len(key) > 2 and (before := kept.get(key[:-1])) is not None:
            # footnote-area-append: only the note added laid out (edition/render/footnote_area.py)
            laid_out = appended(context, area, before)
            if laid_out is not None:
                kept[key] = laid_out
        return laid_out
    kept[key] = laid_out
    return laid_out


_applied: list[str] = []
ORIGINALS: dict = {}  # the functions as WeasyPrint defines them, kept when the fixes are applied


def _targets() -> dict:
    if ORIGINALS:
        return dict(ORIGINALS)
    from weasyprint import layout
    from weasyprint.layout import block, page

    return {
        "layout.LayoutContext._update_footnote_area": layout.LayoutContext._update_footnote_area,
        "layout.page.remake_page": page.remake_page,
        "layout.page.make_page": page.make_page,
        "layout.page.make_all_pages": page.make_all_pages,
        "layout.block._linebox_layout": block._linebox_layout,
    }


def source_hash(function) -> str:
    return hashlib.sha256(function_source(function).encode("utf-8")).hexdigest()


_sources: dict = {}  # code object -> its function's source, for this process


def function_source(function) -> str:
    """``inspect.getsource(function)``, kept in edition's cache by the bytes of its file.

    Every build checks and edits a few WeasyPrint functions by their source; finding where a
    function ends tokenizes it (2-3 ms for the long ones, about 20 ms a build in all, some
    asked for twice). The source is the function's block of its file from its first line, so
    the file's bytes, that line and the name determine it.
    """
    code = function.__code__
    if code in _sources:
        return _sources[code]
    text = None
    try:
        from edition import cache

        with open(code.co_filename, "rb") as file:
            data = file.read()
        where = cache.folder("weasyprint") if cache.enabled() else None
        key = hashlib.sha256(
            f"{code.co_firstlineno}\0{code.co_qualname}\0".encode() + data
        ).hexdigest()
        name = f"source-{code.co_name}-{key[:16]}"
        if where is not None and (kept := cache.load(where, name, ".py")) is not None:
            text = kept.decode("utf-8")
    except Exception as exc:  # no file, a cache error: read it as inspect does
        log.debug("source of %s not read from the cache: %s", code.co_qualname, exc)
        where = None
    if text is None:
        text = inspect.getsource(function)
        if where is not None:
            with contextlib.suppress(Exception):
                cache.save(where, name, ".py", text.encode("utf-8"))
    _sources[code] = text
    return text


def mismatches() -> list[str]:
    """Why the fixes cannot be applied to the installed WeasyPrint (empty when they can)."""
    import weasyprint

    if weasyprint.__version__ != PINNED:
        return [f"WeasyPrint {weasyprint.__version__} is installed, the fixes are for {PINNED}"]
    return [
        f"{name} differs from WeasyPrint {PINNED}'s"
        for name, function in _targets().items()
        if source_hash(function) != FUNCTIONS[name]
    ]


def apply() -> list[str]:
    """Apply every fix once; return the names of those in effect (empty when none could be)."""
    if _applied:
        return list(_applied)
    problems = mismatches()
    if problems:
        log.warning(
            "WeasyPrint footnote fixes not applied (%s): notes may move to later pages or be "
            "lost; install the pinned version (pip install weasyprint==%s)",
            "; ".join(problems),
            PINNED,
        )
        return []
    from weasyprint import layout
    from weasyprint.layout import block, page

    originals = _targets()
    ORIGINALS.update(originals)
    if enabled():
        layout._edition_footnote_area = laid_out_footnote_area
    layout.LayoutContext._update_footnote_area = _edited(
        originals["layout.LayoutContext._update_footnote_area"],
        "overflow = last_child_bottom > footnote_area_bottom",
        "overflow = self.overflows(footnote_area_bottom, last_child_bottom)",
        *((FOOTNOTE_AREA_MEMO,) if enabled() else ()),
    )
    page.remake_page = _restoring_reported_footnotes(originals["layout.page.remake_page"])
    make_page = originals["layout.page.make_page"]
    if enabled():
        page._edition_final_footnote_area = final_footnote_area
        make_page = _edited(make_page, *FINAL_FOOTNOTE_AREA)
    page.make_page = _resolving_targets_first(make_page)
    block._linebox_layout = _edited(
        originals["layout.block._linebox_layout"],
        "report = not context.in_column and can_break_now and not could_break_before",
        "report = (not context.in_column and can_break_now and not could_break_before and all("
        "note.style['footnote_policy'] == 'auto' for note in context.current_page_footnotes))",
        *((FOOTNOTE_CALL_LOOKUP,) if enabled() else ()),
    )
    _applied.extend(FIXES)
    return list(_applied)


def _edited(function, old: str, new: str, *more: tuple[str, str]):
    """``function`` compiled from its own source with the one line ``old`` replaced by ``new``
    (and each further ``(old, new)`` pair of ``more``).

    The code is compiled with the function's module as globals and its file and line numbers,
    so it behaves and reports as WeasyPrint's own. Raises ValueError when ``old`` is not in the
    source exactly once (the source hashes make that impossible for the pinned version).
    """
    source = textwrap.dedent(function_source(function))
    first = function.__code__.co_firstlineno
    for line, replacement in ((old, new), *more):
        if source.count(line) != 1:
            raise ValueError(f"{function.__qualname__}: the line to replace is not there once")
        source = source.replace(line, replacement)
    code = compiled(function.__qualname__, "\n" * (first - 1) + source, inspect.getfile(function))
    namespace: dict = {}
    exec(code, function.__globals__, namespace)  # WeasyPrint's own source, one line edited
    return namespace[function.__name__]


def _restoring_reported_footnotes(remake_page):
    """``remake_page`` that starts page ``index`` with the notes page ``index - 1`` moved on."""

    def remake(index, context, root_box, html):
        left = context.__dict__.setdefault("edition_reported_after", {})
        carried = list(left.get(index - 1, ())) if index else []
        if context.reported_footnotes != carried:
            context.reported_footnotes = carried
            # make_page puts each carried note back on the waiting list before placing it.
            context.footnotes = [f for f in context.footnotes if f not in carried]
        result = remake_page(index, context, root_box, html)
        left[index] = list(context.reported_footnotes)
        return result

    return remake


def _resolving_targets_first(make_page):
    """``make_page`` that first fills in page references whose targets are already placed."""
    from weasyprint.formatting_structure import build
    from weasyprint.layout.page import _standardize_page_based_counters

    def make(context, root_box, page_type, resume_at, page_number, page_state):
        collector = context.target_collector
        counters = None
        again = not enabled()
        for (box, token), lookup in collector.counter_lookup_items.items():
            # Only boxes not laid out yet: filling them in now is as if it had been known when
            # the boxes were built. A reference to a later page keeps WeasyPrint's way.
            if token != "content" or lookup.page_maker_index is not None:
                continue
            if not lookup.missing_target_counters:
                continue
            anchors = lookup.__dict__.get("_edition_anchors")
            if anchors is None:
                anchors = lookup._edition_anchors = _target_anchors(box)
            if not anchors or not all(_placed(collector, a, page_number) for a in anchors):
                continue
            # Filled in before a page of this pass from targets that have not moved since, and
            # no counter of its own page in it: the same content as then (a box waiting for a
            # later page was filled in again before every page, 164 times at x10).
            targets = [_target_state(collector, a) for a in anchors]
            filled = lookup.__dict__.get("_edition_filled")
            if not again and not lookup.missing_counters and filled == targets:
                continue
            if counters is None:  # the counters this page will have, as make_page sets them
                style = context.style_for(page_type)
                _standardize_page_based_counters(style, None)
                state = copy.deepcopy(page_state)
                build.update_counters(state, style)
                counters = state[1]
            lookup.parse_again(counters)
            # make_page compares these with the page's counters: equal, nothing to re-make.
            lookup.cached_page_counter_values = copy.deepcopy(counters)
            lookup.pending = False
            lookup._edition_filled = copy.deepcopy(targets)
        return make_page(context, root_box, page_type, resume_at, page_number, page_state)

    return make


def _target_anchors(box) -> list[str | None]:
    """The anchors named by the ``target-counter()``/``target-counters()`` of ``box``'s content."""
    from weasyprint.css.targets import anchor_name_from_token
    from weasyprint.urls import get_url_tuple

    names = []
    content = box.style["content"]
    if not isinstance(content, (list, tuple)):
        return names
    for kind, value in content:
        if kind not in ("target-counter()", "target-counters()"):
            continue
        token = value[0]
        if token[0] == "attr()":  # resolved the way TargetCollector.lookup_target does
            name, kind_, fallback = token[1]
            text = box.element.get(name, fallback) if box.element is not None else fallback
            token = (
                ("string", text) if kind_ == "string" else ("url", get_url_tuple(text or "", ""))
            )
        names.append(anchor_name_from_token(token) if token[1] else None)
    return names


def _target_state(collector, anchor: str | None) -> tuple:
    """Where ``anchor``'s target was laid out and its page counters (what a reference to it
    reads)."""
    item = collector.target_lookup_items[anchor]
    return item.page_maker_index, item.cached_page_counter_values


def _placed(collector, anchor: str | None, page_number: int) -> bool:
    """Whether ``anchor`` was laid out on a page before ``page_number`` in this pass."""
    item = collector.target_lookup_items.get(anchor) if anchor else None
    return (
        item is not None
        and item.state == "up-to-date"
        and item.page_maker_index is not None
        and item.page_maker_index < page_number - 1
        and bool(item.cached_page_counter_values)
    )
