"""Command line: parse arguments, run the pipeline, print problems, choose the exit code.

Exit codes: 0 success, 1 problems in the user's files (one ``path:line:col: error:`` line
each), 2 usage errors, 3 an internal error (a bug of ours: one line, the traceback with
``--debug``), 130 interrupted, 143 stopped by SIGTERM.
"""

from __future__ import annotations

import argparse
import logging
import sys
import textwrap
import traceback
from pathlib import Path
from typing import NoReturn

from edition import __version__, limits
from edition.cache import DEFAULT_BOUND_MB as DEFAULT_CACHE_MB
from edition.cli.report import print_problems, setup_logging
from edition.errors import EditionError, escape_controls
from edition.render.speedups import enabled, pause_gc_until_render, resume_gc

log = logging.getLogger("edition")
DEFAULT_NOTES_DIR = Path("notes")
EXIT_CODES = """exit status:
  0    success
  1    problems in your files, one 'path:line:col: error: message' line each
       (or a Python module edition needs is missing: the message says how to set up)
  2    usage errors (unknown option or value)
  3    internal error: a bug in edition, reported in one line (--debug shows the traceback)
  130  interrupted (Ctrl-C); 143 stopped by SIGTERM: outputs written before stay, no
       other is replaced
  141  the reader of the output went away ('... | head'), as for other commands"""


def _positive(kind: type, allow_zero: bool = False, maximum: float | None = None):
    """An argparse type: a number > 0 (or >= 0), at most ``maximum``."""

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
        if value < 0 or (value == 0 and not allow_zero) or value != value or value == float("inf"):
            raise argparse.ArgumentTypeError(
                f"'{text}' must be {'0 or more' if allow_zero else 'more than 0'}"
            )
        if maximum is not None and value > maximum:
            raise argparse.ArgumentTypeError(f"'{text}' must be at most {maximum:g}")
        return value

    parse.__name__ = kind.__name__
    return parse


def _paper(text: str) -> str:
    """An argparse type: a page size the editions can print on (A4, 'A5 landscape', ...)."""
    from edition.render.layouts import paper_problem

    if problem := paper_problem(text):
        raise argparse.ArgumentTypeError(problem)
    return text


def _port(text: str) -> int:
    """An argparse type: a TCP port, 0 to 65535."""
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number (0 to 65535)")
    return int(text)


def _prog() -> str:
    """The name the user typed: ``edition`` (the installed command), ``python -m edition``, or
    ``make_edition.py`` (the checkout's script; also what tests and embedders see)."""
    argv0 = Path(sys.argv[0] if sys.argv else "")
    if argv0.name == "edition":
        return "edition"
    if argv0.name == "__main__.py" and argv0.parent.name == "edition":
        return "python -m edition"
    return "make_edition.py"


def _option_groups() -> dict[str, argparse.ArgumentParser]:
    """Options by what they apply to; each command takes the groups that concern it.

    SUPPRESS: an option given before the command is not reset by the command's own default.
    """

    def group() -> argparse.ArgumentParser:
        return argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)

    every = group()
    every.add_argument("--version", action="version", version=f"edition {__version__}")
    every.add_argument("-v", "--verbose", action="store_true", help="show timings and details")
    every.add_argument("-q", "--quiet", action="store_true", help="only show problems")
    every.add_argument("--debug", action="store_true", help="show a traceback on unexpected errors")
    strict = group()
    strict.add_argument("--strict", action="store_true", help="treat warnings as errors")
    article = group()
    article.add_argument(
        "--max-article-mb",
        dest="max_article_mb",
        type=_positive(float),
        metavar="MB",
        help=f"refuse article files larger than this (default {limits.DEFAULT.max_article_mb:g})",
    )
    seconds = group()
    seconds.add_argument(
        "--max-seconds",
        dest="max_seconds",
        type=_positive(float, allow_zero=True, maximum=limits.MAX_SECONDS),
        metavar="S",
        help=(
            "stop the build of an edition after this many seconds (default "
            f"{limits.DEFAULT.max_seconds:g}; 0: no limit)"
        ),
    )
    seconds.add_argument(
        "--max-memory-mb",
        dest="max_memory_mb",
        type=_positive(float, allow_zero=True),
        metavar="MB",
        help=(
            "stop the build of an edition that needs more memory (address space) than this "
            f"(default {limits.DEFAULT.max_memory_mb:g}; 0: no limit)"
        ),
    )
    layouts = group()
    _files(
        layouts.add_argument(
            "--layouts",
            dest="layout_dirs",
            type=Path,
            action="append",
            metavar="DIR",
            help="a folder of your own layouts, searched before layouts/ beside the notes file and "
            "the built-in layouts (may be given more than once)",
        ),
        folders=True,
    )
    return {
        "every": every,
        "strict": strict,
        "article": article,
        "seconds": seconds,
        "layouts": layouts,
    }


SHELLS = ("bash", "zsh", "tcsh", "fish")


def _word(prog: str) -> str:
    """The command word a completion script is for (``python -m edition`` completes ``edition``)."""
    return prog.split()[-1]


def _files(action: argparse.Action, folders: bool = False) -> argparse.Action:
    """Tell shtab to complete file (or folder) names here (its FILE and DIRECTORY values)."""
    action.complete = (  # type: ignore[attr-defined]
        {"bash": "_shtab_compgen_dirs", "zsh": "_files -/", "tcsh": "d"}
        if folders
        else {"bash": "_shtab_compgen_files", "zsh": "_files", "tcsh": "f"}
    )
    action.complete["fish"] = (  # type: ignore[attr-defined]
        "(__fish_complete_directories)" if folders else "(__fish_complete_path (commandline -ct))"
    )
    return action


def _command(sub, name: str, help: str, description: str, examples: list[str], parents):
    """A subcommand with its one-line help, and a description and examples in its --help."""
    return sub.add_parser(
        name,
        parents=parents,
        help=help,
        description=textwrap.fill(description, 78),
        epilog="examples:\n" + "\n".join(f"  {e}" for e in examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _parser(prog: str | None = None) -> argparse.ArgumentParser:
    prog = prog or _prog()
    g = _option_groups()
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Turn a Chinese article and its notes file into printable editions. "
        "Without a command, builds every edition declared in notes/*.yaml into output/.",
        epilog=f"{EXIT_CODES}\n\nfirst steps:\n  {prog} new story.txt\n"
        f"  {prog} build notes/story.yaml\n\n'{prog} COMMAND --help' describes each command.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[g["every"], g["strict"], g["article"], g["seconds"], g["layouts"]],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    b = _command(
        sub,
        "build",
        "build the editions of one notes file",
        "Build the editions a notes file declares (all of them, or those named with --edition) "
        "into output/. An option below overrides the edition's own setting; the file then gets a "
        "name of its own (output/story-booklet-t2s.pdf for --script t2s), so the edition's "
        "file is not overwritten.",
        [
            f"{prog} build notes/story.yaml",
            f"{prog} build notes/story.yaml --edition booklet --script t2s",
            f"{prog} build notes/story.yaml --format html   # a preview for the browser",
        ],
        [g["every"], g["strict"], g["article"], g["seconds"], g["layouts"]],
    )
    _files(b.add_argument("notes", type=Path, help="the notes file, e.g. notes/story.yaml"))
    b.add_argument(
        "--edition",
        action="append",
        metavar="NAME",
        help="build only this edition (by name); repeat it for several",
    )
    b.add_argument("--layout", help="use this layout instead of the edition's")
    b.add_argument("--script", help="script conversion: source, t2s, s2t, t2tw, t2hk, s2twp")
    b.add_argument("--style", help="reading style: marks, numbers, zhuyin, none")
    b.add_argument("--pinyin", help="which characters get readings: all, glossary, first, none")
    b.add_argument(
        "--proof", action="store_true", default=None, help="mark unreviewed polyphones in colour"
    )
    b.add_argument(
        "--out",
        metavar="PATH",  # text, not a Path: a final '/' (a folder) must survive
        help="output file (with a single edition), or a folder that gets each edition under "
        "its own file name: an existing one, one ending in /, or for several editions a name "
        "without an extension",
    )
    b.add_argument(
        "--tone-colors",
        dest="tone_colors",
        action="store_true",
        default=None,
        help="colour each character and its reading by tone",
    )
    b.add_argument(
        "--neutral",
        choices=("dictionary", "full"),
        help="neutral tones as the dictionary has them (dìfang) or full tones (dìfāng)",
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
        "--bleed",
        type=_positive(float, allow_zero=True, maximum=20),
        metavar="MM",
        help="bleed around each page, in millimetres (0 to 20)",
    )
    b.add_argument(
        "--paper",
        type=_paper,
        metavar="SIZE",
        help="page size instead of the edition's: A4, A5, Letter, 'A5 landscape', "
        "'148mm 210mm' (each side 50 to 1200 mm)",
    )
    b.add_argument("--marks", choices=("none", "crop"), help="crop marks outside the bleed")
    b.add_argument(
        "--pdf-variant",
        dest="pdf_variant",
        choices=("none", "pdf/a-3b", "pdf/ua-1"),
        help="write a PDF/A-3b or PDF/UA-1 file",
    )

    c = _command(
        sub,
        "check",
        "validate a notes file and its article without rendering",
        "Read the notes file and its article and run every stage before the layout: each "
        "problem is printed as 'path:line:col: error: message'. Nothing is written.",
        [f"{prog} check notes/story.yaml", f"{prog} check --strict notes/story.yaml"],
        [g["every"], g["strict"], g["article"], g["layouts"]],
    )
    _files(c.add_argument("notes", type=Path, help="the notes file, e.g. notes/story.yaml"))

    r = _command(
        sub,
        "clean",
        "report every automatic repair of the article",
        "List every change the clean stage makes to the article (mojibake, stray inline "
        "pinyin, HTML remnants, punctuation), each at its line and column, then a summary. "
        "--diff shows each change in its context, the spots that need you first; --text prints "
        "the cleaned article.",
        [
            f"{prog} clean notes/story.yaml",
            f"{prog} clean --diff notes/story.yaml",
            f"{prog} clean --text notes/story.yaml > cleaned.txt",
        ],
        [g["every"], g["strict"], g["article"]],
    )
    _files(r.add_argument("notes", type=Path, help="the notes file, e.g. notes/story.yaml"))
    shown = r.add_mutually_exclusive_group()
    shown.add_argument("--text", action="store_true", help="print the cleaned article")
    shown.add_argument(
        "--diff",
        action="store_true",
        help="each change with its context, the spots that need you first",
    )

    rd = _command(
        sub,
        "readings",
        "review table of every polyphonic character",
        "Print every polyphonic character of the article with the reading the edition prints "
        "and where it came from (dictionary, context model, your override), for review.",
        [f"{prog} readings notes/story.yaml", f"{prog} readings --tsv notes/story.yaml > r.tsv"],
        [g["every"], g["article"], g["layouts"]],
    )
    _files(rd.add_argument("notes", type=Path, help="the notes file, e.g. notes/story.yaml"))
    rd.add_argument("--tsv", action="store_true", help="tab-separated output")
    rd.add_argument(
        "--guesses",
        action="store_true",
        help="only the readings the engine guessed and those the source disputes",
    )

    p = _command(
        sub,
        "pinyin",
        "read lines of text on standard input, print their pinyin",
        "Read Chinese text on standard input and print the readings of each line, as the "
        "editions print them.",
        [f"echo 銀行行長 | {prog} pinyin", f"{prog} pinyin --style zhuyin < story.txt"],
        [g["every"]],
    )
    p.add_argument("--style", default="marks", help="marks (default), numbers, zhuyin")
    p.add_argument(
        "--tsv", action="store_true", help="one row per Han character: line, index, char, reading"
    )
    p.add_argument("--sandhi", action="store_true", help="mark the tone changes of 一 and 不")
    p.add_argument(
        "--neutral",
        choices=("dictionary", "full"),
        default="dictionary",
        help="neutral tones as the dictionary has them (default) or full tones",
    )

    n = _command(
        sub,
        "new",
        "write a starting notes file for an article",
        "Write notes/<article name>.yaml for an article: a metadata stub, a booklet edition and "
        "commented glossary candidates (recurring words and names) to fill in.",
        [f"{prog} new story.txt", f"{prog} new articles/interview.txt"],
        [g["every"], g["article"]],
    )
    _files(n.add_argument("article", type=Path, help="the article text, e.g. story.txt"))

    comp = _command(
        sub,
        "completion",
        "print a shell completion script",
        "Print the tab-completion script of this command for your shell (generated by shtab "
        "from the options above). Save it where your shell looks for completions.",
        [
            f"{prog} completion bash > ~/.local/share/bash-completion/completions/{_word(prog)}",
            f"{prog} completion zsh > ~/.zfunc/_{_word(prog)}   # with fpath+=~/.zfunc",
        ],
        [g["every"]],
    )
    comp.add_argument("shell", choices=SHELLS, help=", ".join(SHELLS))

    _command(
        sub,
        "layouts",
        "list the available layouts",
        "List the layouts an edition can use: those of --layouts folders, of layouts/ in the "
        "current folder, then the built-in ones.",
        [f"{prog} layouts", f"{prog} layouts --layouts my-layouts"],
        [g["every"], g["layouts"]],
    )

    s = _command(
        sub,
        "serve",
        "preview the editions in a browser, rebuilt as you edit",
        "Serve the HTML previews of a notes file on this machine (127.0.0.1 only). A preview "
        "is rebuilt when the notes file, its article or a layout changes, and the open page "
        "reloads itself; problems are shown at the top of the page (and here). Each edition's "
        "PDF is built when its link is followed; nothing is written to output/. Ctrl-C stops "
        "the server (exit status 0).",
        [
            f"{prog} serve notes/story.yaml",
            f"{prog} serve notes/story.yaml --port 0   # any free port",
        ],
        [g["every"], g["article"], g["seconds"], g["layouts"]],
    )
    _files(s.add_argument("notes", type=Path, help="the notes file, e.g. notes/story.yaml"))
    s.add_argument(
        "--port", type=_port, default=8000, help="port to listen on (default 8000; 0: any free)"
    )

    k = _command(
        sub,
        "cache",
        "show or empty the cache of fonts, models and cleaned texts",
        "The cache keeps what builds can reuse (cut and subset fonts, ruby fonts, cleaned "
        "texts, readings, models); each entry is checked before use. It lives in the user's "
        "cache folder, or in EDITION_CACHE_DIR when set; EDITION_CACHE_MB bounds it (default "
        f"{DEFAULT_CACHE_MB} MB, the least recently used entries go first); EDITION_NO_CACHE=1 "
        "builds without it.",
        [f"{prog} cache info", f"{prog} cache clear"],
        [g["every"]],
    )
    actions = k.add_subparsers(dest="cache_command", metavar="ACTION", required=True)
    _command(
        actions,
        "info",
        "where the cache is, its size and entries per kind",
        "Print where the cache is, its size against its bound, and its entries per kind.",
        [f"{prog} cache info"],
        [g["every"]],
    )
    _command(
        actions,
        "clear",
        "remove every entry of the cache",
        "Remove every entry of the cache (only files named like its entries, in its own "
        "folders); the next build makes what it needs again.",
        [f"{prog} cache clear"],
        [g["every"]],
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    args.prog, args.parser = parser.prog, parser
    for flag in ("verbose", "quiet", "debug", "strict"):
        setattr(args, flag, getattr(args, flag, False))
    args.layout_dirs = getattr(args, "layout_dirs", None) or []
    setup_logging(args)
    args.limits = limits.Limits(
        max_article_mb=getattr(args, "max_article_mb", None) or limits.DEFAULT.max_article_mb,
        max_seconds=getattr(args, "max_seconds", limits.DEFAULT.max_seconds),
        max_memory_mb=getattr(args, "max_memory_mb", limits.DEFAULT.max_memory_mb),
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
    except ModuleNotFoundError as exc:  # a dependency, not our code: the set-up is incomplete
        if (exc.name or "edition").split(".")[0] == "edition":
            return _internal_error(args, exc)
        print(f"{args.prog}: error: {_missing_module(exc.name)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return _reader_gone()
    except Exception as exc:
        return _internal_error(args, exc)
    finally:
        limits.configure(limits.DEFAULT)


def _reader_gone() -> int:
    """The pipe our output went to was closed (``clean --diff | head``): stop quietly, with the
    status of a process ended by SIGPIPE; later writes go nowhere instead of failing again."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 128 + 13


def _internal_error(args, exc: BaseException) -> int:
    """A bug of ours: say so in one line, unless --debug."""
    if args.debug:
        traceback.print_exception(exc)
    else:
        print(
            f"internal error: {_one_line(exc)} (run again with --debug for the traceback)",
            file=sys.stderr,
        )
    return 3


def _missing_module(name: str) -> str:
    from edition.files import INSTALLED

    how = (
        "reinstall edition with its dependencies: pip install --force-reinstall edition "
        "(or pipx reinstall edition)"
        if INSTALLED
        else "run 'make setup' in the checkout (it installs the dependencies into .venv), then "
        "use .venv/bin/python make_edition.py, or 'pip install .' into your own environment"
    )
    return f"the Python module '{name}' is not installed; {how}"


def run(argv: list[str] | None = None) -> NoReturn:
    """The command's entry (``make_edition.py``, ``python -m edition``): :func:`main`, then the
    process ends without tearing the interpreter down (P6).

    Freeing every object of a finished build one by one costs 0.25-0.3 s of CPU and does
    nothing the operating system does not do at exit. Before ``os._exit``, the exit
    handlers run (logging's flush and close, temporary folders' finalizers) and both output
    streams are flushed; if flushing fails, or with ``EDITION_SPEEDUPS=off``, the process
    exits the ordinary way. Library calls of :func:`main` (the tests) return as before. The
    collector is paused until the first render (:func:`pause_gc_until_render`).
    """
    pause_gc_until_render()
    code = main(argv)
    if enabled():
        import atexit
        import os

        run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
        if run_exit_handlers is not None:
            run_exit_handlers()
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except (OSError, ValueError):
                raise SystemExit(code) from None
            os._exit(code)
    raise SystemExit(code)


def _one_line(exc: BaseException) -> str:
    """``Type: message`` on one line, at most 300 characters."""
    text = escape_controls(" ".join(str(exc).split()))
    text = text if len(text) <= 300 else text[:297] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _run(args) -> int:
    from edition.cli import commands

    command = args.command or "all"
    if command == "pinyin":
        return commands.pinyin(args)
    if command == "layouts":
        return commands.layouts(args)
    if command == "serve":
        from edition.cli.serve import serve

        resume_gc()  # a server runs for hours: its collector is never paused outside renders
        return serve(args)
    if command == "cache":
        from edition.cli import cache_commands

        return getattr(cache_commands, args.cache_command)(args)
    if command == "all":
        return commands.build_all(args)
    return getattr(commands, command)(args)
