"""Command line: parse arguments, run the pipeline, print problems, choose the exit code.

Exit codes: 0 success, 1 problems in the user's files (one ``path:line:col: error:`` line
each), 2 usage errors, 3 an internal error (a bug of ours: one line, the traceback with
``--debug``), 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path

from edition import __version__, limits
from edition.cli.report import print_problems, setup_logging
from edition.errors import EditionError

log = logging.getLogger("edition")
DEFAULT_NOTES_DIR = Path("notes")
EXIT_CODES = """exit status:
  0    success
  1    problems in your files, one 'path:line:col: error: message' line each
  2    usage errors (unknown option or value)
  3    internal error: a bug in edition, reported in one line (--debug shows the traceback)
  130  interrupted (Ctrl-C)"""


def _positive(kind: type, allow_zero: bool = False):
    """An argparse type: a number > 0 (or >= 0)."""

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
        if value < 0 or (value == 0 and not allow_zero) or value != value or value == float("inf"):
            raise argparse.ArgumentTypeError(
                f"'{text}' must be {'0 or more' if allow_zero else 'more than 0'}"
            )
        return value

    parse.__name__ = kind.__name__
    return parse


def _parser() -> argparse.ArgumentParser:
    # SUPPRESS: an option given before the command is not reset by the command's own default.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("-v", "--verbose", action="store_true", help="show timings and details")
    common.add_argument("-q", "--quiet", action="store_true", help="only show problems")
    common.add_argument(
        "--debug", action="store_true", help="show a traceback on unexpected errors"
    )
    common.add_argument("--strict", action="store_true", help="treat warnings as errors")
    common.add_argument(
        "--max-article-mb",
        dest="max_article_mb",
        type=_positive(float),
        metavar="MB",
        help=f"refuse article files larger than this (default {limits.DEFAULT.max_article_mb:g})",
    )
    common.add_argument(
        "--max-seconds",
        dest="max_seconds",
        type=_positive(float, allow_zero=True),
        metavar="S",
        help=(
            "stop the build of an edition after this many seconds (default "
            f"{limits.DEFAULT.max_seconds:g}; 0: no limit)"
        ),
    )

    parser = argparse.ArgumentParser(
        prog="make_edition.py",
        description="Turn a Chinese article and its notes file into printable editions. "
        "Without a command, builds every edition declared in notes/*.yaml into output/.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"edition {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", parents=[common], help="build the editions of one notes file")
    b.add_argument("notes", type=Path, help="the notes file, e.g. notes/openai-research.yaml")
    b.add_argument("--edition", help="build only this edition (by name)")
    b.add_argument("--layout", help="use this layout instead of the edition's")
    b.add_argument("--script", help="script conversion: source, t2s, s2t, t2tw, t2hk, s2twp")
    b.add_argument("--style", help="reading style: marks, numbers, zhuyin, none")
    b.add_argument("--pinyin", help="which characters get readings: all, glossary, first, none")
    b.add_argument(
        "--proof", action="store_true", default=None, help="mark unreviewed polyphones in colour"
    )
    b.add_argument("--out", type=Path, help="output file (only with a single edition)")
    b.add_argument(
        "--tone-colors",
        dest="tone_colors",
        action="store_true",
        default=None,
        help="colour each character and its reading by tone",
    )
    b.add_argument(
        "--notes",
        dest="note_place",  # 'notes' is the notes file
        choices=("footnotes", "endnotes"),
        help="notes at the page bottom (footnotes) or after the text (endnotes)",
    )
    b.add_argument(
        "--format",
        choices=("pdf", "html", "epub", "anki", "tsv"),
        help="pdf (default), an HTML preview, an EPUB book, or the vocabulary as an Anki deck "
        "or a word list for Pleco and Anki (tsv); overrides the editions' 'format'",
    )
    b.add_argument(
        "--impose",
        choices=("none", "saddle"),
        help="saddle: print-ready sheets, two pages a side, in folding order",
    )
    b.add_argument(
        "--bleed", type=float, metavar="MM", help="bleed around each page, in millimetres"
    )
    b.add_argument("--marks", choices=("none", "crop"), help="crop marks outside the bleed")
    b.add_argument(
        "--pdf-variant",
        dest="pdf_variant",
        choices=("none", "pdf/a-3b", "pdf/ua-1"),
        help="write a PDF/A-3b or PDF/UA-1 file",
    )

    c = sub.add_parser(
        "check", parents=[common], help="validate a notes file and its article without rendering"
    )
    c.add_argument("notes", type=Path)

    r = sub.add_parser(
        "clean", parents=[common], help="report every automatic repair of the article"
    )
    r.add_argument("notes", type=Path)

    rd = sub.add_parser(
        "readings", parents=[common], help="review table of every polyphonic character"
    )
    rd.add_argument("notes", type=Path)
    rd.add_argument("--tsv", action="store_true", help="tab-separated output")

    p = sub.add_parser(
        "pinyin", parents=[common], help="read lines of text on standard input, print their pinyin"
    )
    p.add_argument("--style", default="marks", help="marks (default), numbers, zhuyin")
    p.add_argument(
        "--tsv", action="store_true", help="one row per Han character: line, index, char, reading"
    )
    p.add_argument("--sandhi", action="store_true", help="mark the tone changes of 一 and 不")

    n = sub.add_parser("new", parents=[common], help="write a starting notes file for an article")
    n.add_argument("article", type=Path, help="the article text, e.g. articles/my-article.txt")

    sub.add_parser("layouts", parents=[common], help="list the available layouts")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    for flag in ("verbose", "quiet", "debug", "strict"):
        setattr(args, flag, getattr(args, flag, False))
    setup_logging(args)
    args.limits = limits.Limits(
        max_article_mb=getattr(args, "max_article_mb", None) or limits.DEFAULT.max_article_mb,
        max_seconds=getattr(args, "max_seconds", limits.DEFAULT.max_seconds),
    )
    limits.configure(args.limits)
    try:
        return _run(args)
    except EditionError as exc:
        print_problems(exc.problems)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours: say so in one line, unless --debug
        if args.debug:
            traceback.print_exc()
        else:
            print(
                f"internal error: {_one_line(exc)} (run again with --debug for the traceback)",
                file=sys.stderr,
            )
        return 3
    finally:
        limits.configure(limits.DEFAULT)


def _one_line(exc: BaseException) -> str:
    """``Type: message`` on one line, at most 300 characters."""
    text = " ".join(str(exc).split())
    text = text if len(text) <= 300 else text[:297] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _run(args) -> int:
    from edition.cli import commands

    command = args.command or "all"
    if command == "pinyin":
        return commands.pinyin(args)
    if command == "layouts":
        return commands.layouts(args)
    if command == "all":
        return commands.build_all(args)
    return getattr(commands, command)(args)
