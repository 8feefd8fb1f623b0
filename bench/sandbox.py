"""Benchmark: what Jinja's sandbox costs the HTML stage.

Renders the bundled article's booklet template N times through the layout's sandboxed
environment (edition/render/html.py) and through a plain ``jinja2.Environment`` with the same
loader and settings, and prints the median CPU milliseconds per render of each and their ratio.

    .venv/bin/python bench/sandbox.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import jinja2

    from edition.notes.layer import load_layer
    from edition.pipeline import output
    from edition.pipeline.prepare import prepare
    from edition.render import html

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    layer = load_layer(ROOT / "notes" / "openai-research.yaml")
    prepared = prepare(layer, layer.editions[0])
    captured: dict = {}

    def capture(layout, context):
        captured.update(layout=layout, context=context)
        return ""

    real = output.render_html
    output.render_html = capture  # the context exactly as the pipeline builds it
    try:
        output.render(prepared, "html")
    finally:
        output.render_html = real
    layout, context = captured["layout"], captured["context"]
    sandboxed = html.environment(layout)
    plain = jinja2.Environment(
        loader=sandboxed.loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    plain.filters["markup"] = sandboxed.filters["markup"]
    times: dict[str, list[float]] = {"sandboxed": [], "plain": []}
    templates = {
        name: env.get_template(layout.template)
        for name, env in (("sandboxed", sandboxed), ("plain", plain))
    }
    assert templates["sandboxed"].render(**context) == templates["plain"].render(**context)
    for _ in range(runs):
        for name, template in templates.items():
            start = time.process_time()
            template.render(**context)
            times[name].append(time.process_time() - start)
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    for name, ms in medians.items():
        print(f"{name:10} {ms:6.1f} ms CPU per render (median of {runs})")
    print(f"ratio      {medians['sandboxed'] / medians['plain']:.2f}")


if __name__ == "__main__":
    main()
