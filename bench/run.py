"""Benchmark: CPU per build and per stage, pages, PDF size and peak memory, against xelatex.

Every build runs in a fresh child process through the command a user runs (``make_edition.py
build``'s entry, ``edition.cli.main.run``) and is measured from outside with ``os.wait4``:
user + system CPU of the whole process and of every process it waited for, start-up imports
and teardown included, and its peak RSS. The child also reports the CPU of each stage; "other"
is the rest (interpreter start, imports, loading the notes, writing, exit).

Cases, each run ``--repeat`` times in turn after one warm-up (medians are printed):

- every edition of the bundled article (x1, caches warm);
- the booklet of the article repeated ``--times`` times, with all its notes, corrections and
  anchored readings repeated and the vocabulary kept (bench/repeat.py);
- a rebuild of the booklet after editing one note (caches warm from the unedited build), and a
  cold build: an empty cache folder (``EDITION_CACHE_DIR``);
- the booklet with ``EDITION_SPEEDUPS=off`` (what the speed-ups save);
- when ``xelatex`` and xpinyin are installed (``scripts/setup-bench.sh``), the same booklet
  as a plain ctex + xpinyin document, x1 and x``--times``, one xelatex run each
  (bench/latex.py says what it does not do).

Goals (reported, never asserted): booklet x1 <= 1.0x xelatex + xpinyin of the same run, x10 <=
0.7x; a rebuild after editing one note <= 0.5x a cold build; peak RSS < 300 MB at x10.

    .venv/bin/python bench/run.py [--repeat N] [--times N] [--only CASE ...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "notes" / "openai-research.yaml"
STAGES = ("load", "clean", "convert", "anchor", "readings", "segment", "html", "pdf")
EPOCH = "1753920000"

# Runs in the child: the command's own entry, with write_edition wrapped to keep the stage
# timings of the edition it writes, written out by an exit handler.
CHILD = """
import atexit, json, sys
import edition.pipeline.build as build
result = {}
write_edition = build.write_edition
def timed(made):
    built = write_edition(made)
    result.update(stages={k: v[0] for k, v in built.stages.items()}, pages=built.pages)
    return built
build.write_edition = timed
atexit.register(lambda: open(sys.argv[1], "w").write(json.dumps(result)))
from edition.cli.main import run
run(sys.argv[2:])
"""


@dataclass(slots=True)
class Run:
    cpu: float
    wall: float
    rss_mb: float
    stages: dict[str, float] = field(default_factory=dict)
    pages: int = 0
    size: int = 0


# Starts one command and reports its rusage: run by a small interpreter (no site, no project
# imports), because a child's peak RSS counts what its parent had when it forked.
MEASURE = """
import json, os, subprocess, sys, time
started = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = proc.stderr.read()
_pid, status, usage = os.wait4(proc.pid, 0)
print(json.dumps({"code": os.waitstatus_to_exitcode(status), "err": err.decode(errors="replace"),
                  "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024,
                  "wall": time.perf_counter() - started}))
"""


def measure(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """CPU seconds (user + system, with the processes it waited for), wall seconds and peak RSS
    in MB of one command, from outside; raises SystemExit when it fails."""
    proc = subprocess.run(
        [sys.executable, "-S", "-c", MEASURE, *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(proc.stdout)
    if result["code"] != 0:
        raise SystemExit(f"bench: {' '.join(argv)} failed ({result['code']}):\n{result['err']}")
    return result["cpu"], result["wall"], result["rss"]


def build(
    notes: Path, edition: str, out: Path, speedups: bool = True, cache: Path | None = None
) -> Run:
    """One build of ``edition``, measured; ``cache``: another cache folder (a cold build)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    env["EDITION_SPEEDUPS"] = "on" if speedups else "off"
    if cache is not None:
        env["EDITION_CACHE_DIR"] = str(cache)
    report = out.with_suffix(".json")
    argv = [sys.executable, "-c", CHILD, str(report), "-q", "build", str(notes)]
    cpu, wall, rss = measure([*argv, "--edition", edition, "--out", str(out)], ROOT, env)
    data = json.loads(report.read_text(encoding="utf-8"))
    return Run(cpu, wall, rss, data["stages"], data["pages"], out.stat().st_size)


def xelatex(tex: Path) -> Run:
    """One xelatex run of ``tex`` (it starts xdvipdfmx: included), measured."""
    argv = ["xelatex", "-interaction=nonstopmode", "-halt-on-error", tex.name]
    cpu, wall, rss = measure(argv, tex.parent, dict(os.environ))
    pdf = tex.with_suffix(".pdf")
    import pikepdf

    with pikepdf.open(pdf) as doc:
        pages = len(doc.pages)
    return Run(cpu, wall, rss, {}, pages, pdf.stat().st_size)


def have_xelatex() -> bool:
    if shutil.which("xelatex") is None or shutil.which("kpsewhich") is None:
        return False
    found = subprocess.run(
        ["kpsewhich", "xpinyin.sty", "ctexart.cls"], capture_output=True, text=True, check=False
    )
    return len(found.stdout.split()) == 2


def edited_notes(folder: Path, k: int) -> Path:
    """The bundled notes file with its first note's body changed (edit number ``k``)."""
    import yaml

    doc = yaml.safe_load(NOTES.read_text(encoding="utf-8"))
    doc["article"] = str((NOTES.parent / doc["article"]).resolve())
    if k:
        doc["notes"][0]["body"] += f"（第 {k} 次修訂）"
    path = folder / "edited.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def tex_of(notes: Path, folder: Path, name: str) -> Path:
    from latex import latex_source

    from edition.notes.layer import load_layer
    from edition.pipeline.prepare import prepare

    layer = load_layer(notes)
    path = folder / f"{name}.tex"
    path.write_text(latex_source(prepare(layer, layer.editions[0])), encoding="utf-8")
    return path


def median_run(runs: list[Run]) -> Run:
    stages = {s: statistics.median(r.stages.get(s, 0.0) for r in runs) for s in STAGES}
    return Run(
        statistics.median(r.cpu for r in runs),
        statistics.median(r.wall for r in runs),
        max(r.rss_mb for r in runs),
        stages,
        runs[-1].pages,
        runs[-1].size,
    )


def print_table(results: dict[str, list[Run]]) -> dict[str, Run]:
    header = (
        f"{'case':26} "
        + " ".join(f"{s[:7]:>7}" for s in STAGES)
        + f" {'other':>6} {'CPU s':>6} {'wall s':>6} {'pages':>5} {'KB':>6} {'RSS MB':>6}"
    )
    print(header)
    medians = {}
    for label, runs in results.items():
        m = medians[label] = median_run(runs)
        if m.stages and any(m.stages.values()):
            cells = " ".join(f"{m.stages[s]:7.3f}" for s in STAGES)
            other = f"{m.cpu - sum(m.stages.values()):6.2f}"
        else:
            cells, other = " ".join(f"{'':>7}" for _ in STAGES), f"{'':>6}"
        print(
            f"{label:26} {cells} {other} {m.cpu:6.2f} {m.wall:6.2f} {m.pages:5d} "
            f"{m.size / 1024:6.0f} {m.rss_mb:6.0f}"
        )
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each case (median)")
    parser.add_argument("--times", type=int, default=10, help="repetitions for the growth case")
    parser.add_argument("--only", nargs="*", help="run only the cases whose label starts so")
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]
    from repeat import repeated_notes

    from edition.notes.layer import load_layer

    os.environ.setdefault("SOURCE_DATE_EPOCH", EPOCH)
    editions = [e.name for e in load_layer(NOTES).editions]
    times = args.times
    with tempfile.TemporaryDirectory(prefix="edition-bench-") as tmp_name:
        tmp = Path(tmp_name)
        big = repeated_notes(NOTES, times, tmp)
        cold_count = iter(range(10**6))
        cases = {f"{e} x1": (lambda e=e: build(NOTES, e, tmp / "out.pdf")) for e in editions}
        cases[f"booklet x{times}"] = lambda: build(big, "booklet", tmp / "big.pdf")
        cases["booklet x1 speed-ups off"] = lambda: build(
            NOTES, "booklet", tmp / "off.pdf", speedups=False
        )
        edit_count = iter(range(1, 10**6))
        cases["booklet x1 one note edited"] = lambda: build(
            edited_notes(tmp, next(edit_count)), "booklet", tmp / "edited.pdf"
        )

        def cold() -> Run:
            cache = tmp / f"cold-cache-{next(cold_count)}"
            run = build(NOTES, "booklet", tmp / "cold.pdf", cache=cache)
            shutil.rmtree(cache)
            return run

        cases["booklet x1 cold (no cache)"] = cold
        if have_xelatex():
            tex1, tex_big = tex_of(NOTES, tmp, "x1"), tex_of(big, tmp, f"x{times}")
            cases["xelatex+xpinyin x1"] = lambda: xelatex(tex1)
            cases[f"xelatex+xpinyin x{times}"] = lambda: xelatex(tex_big)
        else:
            print("xelatex with ctex and xpinyin not found: no LaTeX comparison "
                  "(scripts/setup-bench.sh installs them)")  # fmt: skip
        if args.only:
            cases = {k: v for k, v in cases.items() if any(k.startswith(o) for o in args.only)}

        # Warm-up: fills the caches (clean, readings, fonts, ruby font; LaTeX's font cache).
        build(edited_notes(tmp, 0), "booklet", tmp / "edited.pdf")
        for label, case in cases.items():
            if "cold" not in label and "edited" not in label:
                case()
        results: dict[str, list[Run]] = {label: [] for label in cases}
        for _ in range(args.repeat):  # in turn, so that a slow spell of the machine is shared
            for label, case in cases.items():
                results[label].append(case())

    print(f"CPU seconds (user + system of the whole process, median of {args.repeat} runs)")
    medians = print_table(results)
    print()
    goals = [
        ("booklet x1", "xelatex+xpinyin x1", 1.0),
        (f"booklet x{times}", f"xelatex+xpinyin x{times}", 0.7),
        ("booklet x1 one note edited", "booklet x1 cold (no cache)", 0.5),
        ("booklet x1 one note edited", "booklet x1", None),
        ("booklet x1", "booklet x1 speed-ups off", None),
    ]
    for a, b, goal in goals:
        if a in medians and b in medians:
            ratio = medians[a].cpu / medians[b].cpu
            aim = f" (goal <= {goal:.1f})" if goal else ""
            print(f"{a} / {b}: {ratio:.2f}{aim}")
    one, many = medians.get("booklet x1"), medians.get(f"booklet x{times}")
    if one and many and many.pages > one.pages:
        per_page = (many.rss_mb - one.rss_mb) / (many.pages - one.pages)
        print(
            f"peak RSS booklet x{times}: {many.rss_mb:.0f} MB for {many.pages} pages (goal < 300); "
            f"{per_page:.2f} MB a page more: a 500-page book ~ "
            f"{many.rss_mb + per_page * (500 - many.pages):.0f} MB"
        )


if __name__ == "__main__":
    main()
