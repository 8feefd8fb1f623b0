"""`edition serve`, for real: a server process on a free port, files edited under it, pages read
over HTTP, and a page rendered by headless Chromium (Debian's package, scripts/setup.sh)."""

from __future__ import annotations

import html
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTES = """article: ../articles/t.txt
meta:
  title: 預覽
editions:
  - name: booklet
    layout: booklet
    tone_colors: true
  - name: plain
    layout: booklet
    pinyin: none
  - name: mine
    layout: mine
notes:
  - id: chen
    anchor: 陳信翰
    body: 第一個註釋。
"""
ARTICLE = "陳信翰和帕霍基在倫敦見面。\n他們談到了銀行和長城。\n"


@dataclass
class Server:
    proc: subprocess.Popen
    url: str
    project: Path
    out: Path
    err: Path

    def get(self, path: str, host: str | None = None) -> tuple[int, str, bytes]:
        request = urllib.request.Request(self.url + path.lstrip("/"))
        if host is not None:
            request.add_header("Host", host)
        try:
            with urllib.request.urlopen(request, timeout=120) as answer:
                return answer.status, answer.headers["Content-Type"], answer.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers["Content-Type"], exc.read()

    def page(self, path: str) -> str:
        status, kind, body = self.get(path)
        assert (status, kind) == (200, "text/html; charset=utf-8")
        return body.decode()

    def edit(self, old: str, new: str) -> None:
        notes = self.project / "notes" / "t.yaml"
        text = notes.read_text(encoding="utf-8")
        assert old in text
        notes.write_text(text.replace(old, new), encoding="utf-8")

    def stop(self, sig: int = signal.SIGINT) -> tuple[int, list[str], str]:
        self.proc.send_signal(sig)
        code = self.proc.wait(timeout=30)
        return code, self.out.read_text().splitlines(), self.err.read_text()


def start(project: Path, *args: str) -> Server:
    out, err = project / "serve.out", project / "serve.err"
    with out.open("w") as stdout, err.open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "make_edition.py"), "serve", "notes/t.yaml", *args],
            cwd=project,
            stdout=stdout,
            stderr=stderr,
        )
    deadline = time.monotonic() + 120
    while not out.read_text() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    line = out.read_text().splitlines()[0] if out.read_text() else ""
    match = re.fullmatch(
        r"serving notes/t\.yaml at (http://127\.0\.0\.1:\d+/) \(Ctrl-C to stop\)", line
    )
    if match is None:
        proc.kill()
        pytest.fail(f"the server did not start: {line!r} {err.read_text()!r}")
    return Server(proc, match[1], project, out, err)


def make_project(folder: Path) -> Path:
    (folder / "notes").mkdir(parents=True)
    (folder / "articles").mkdir()
    (folder / "articles" / "t.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "notes" / "t.yaml").write_text(NOTES, encoding="utf-8")
    mine = folder / "layouts" / "mine"  # a layout of one's own, beside the notes folder
    mine.mkdir(parents=True)
    (mine / "layout.yaml").write_text(
        "extends: booklet\ndescription: mine\nstylesheets: [../_shared/base.css, style.css, "
        "mine.css]\n",
        encoding="utf-8",
    )
    (mine / "mine.css").write_text(".cover .title { color: #8b1a1a; }\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = start(make_project(tmp_path_factory.mktemp("serve")), "--port", "0")
    yield running
    if running.proc.poll() is None:
        running.proc.kill()
        running.proc.wait()


def generation(page: str) -> int:
    return int(re.search(r"var generation = (\d+);", page)[1])


def next_generation(server: Server, seen: int) -> threading.Thread:
    """A long poll started now, as the open page does; join it for the generation."""
    result: dict[str, int] = {}

    def wait() -> None:
        status, _kind, body = server.get(f"/_edition/wait?generation={seen}")
        assert status == 200
        result["generation"] = json.loads(body)["generation"]

    thread = threading.Thread(target=wait)
    thread.result = result
    thread.start()
    return thread


def changed(server: Server, seen: int, old: str, new: str) -> int:
    """Edit the notes file while a page waits; returns the generation the page is told of."""
    waiting = next_generation(server, seen)
    time.sleep(0.2)
    server.edit(old, new)
    waiting.join(timeout=60)
    assert waiting.result["generation"] > seen
    return waiting.result["generation"]


def test_root_leads_to_the_first_edition(server):
    page = server.page("/")  # urllib follows the redirect
    assert '<strong>booklet</strong></a> (<a href="/booklet.pdf"' in page
    assert '<a href="/plain/">plain</a>' in page
    assert '<a href="/mine/">mine</a>' in page


def test_an_edited_note_reaches_the_open_page(server):
    page = server.page("/booklet/")
    assert "第一個註釋。" in page
    assert "<rb>陳</rb><rt>chén</rt>" in page
    seen = generation(page)
    assert changed(server, seen, "第一個註釋。", "改過的註釋。") > seen
    page = server.page("/booklet/")
    assert "改過的註釋。" in page
    assert "第一個註釋" not in page
    assert 'id="edition-problems"' not in page


def test_an_edited_article_reaches_the_open_page(server):
    page = server.page("/booklet/")
    waiting = next_generation(server, generation(page))
    time.sleep(0.2)
    article = server.project / "articles" / "t.txt"
    article.write_text(ARTICLE.replace("長城", "長江"), encoding="utf-8")
    waiting.join(timeout=60)
    assert waiting.result["generation"] > generation(page)
    page = server.page("/booklet/")
    assert "<rb>江</rb><rt>jiāng</rt>" in page
    assert "<rb>城</rb>" not in page


def test_an_edited_layout_reaches_the_open_page(server):
    page = server.page("/mine/")
    assert ".cover .title { color: #8b1a1a; }" in page
    waiting = next_generation(server, generation(page))
    time.sleep(0.2)
    css = server.project / "layouts" / "mine" / "mine.css"
    css.write_text(".cover .title { color: #1a4f8b; }\n", encoding="utf-8")
    waiting.join(timeout=60)
    assert waiting.result["generation"] > generation(page)
    page = server.page("/mine/")
    assert ".cover .title { color: #1a4f8b; }" in page
    assert "#8b1a1a" not in page


def test_problems_are_shown_in_the_page_as_check_prints_them(server):
    page = server.page("/booklet/")
    seen = changed(server, generation(page), "anchor: 陳信翰", "anchor: 陳大文")
    page = server.page("/booklet/")
    shown = re.search(r'<pre id="edition-problems"[^>]*>(.*?)</pre>', page, re.S)
    check = subprocess.run(
        [sys.executable, str(ROOT / "make_edition.py"), "-q", "check", "notes/t.yaml"],
        cwd=server.project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 1
    assert html.unescape(shown[1]).splitlines() == check.stderr.splitlines()
    assert check.stderr == (
        "notes/t.yaml:14:5: error: note 'chen': anchor '陳大文' not found in the article; copy the exact text from the article (either script works)\n"
    )
    assert "showing the last preview that built" in page
    assert "<rb>陳</rb><rt>chén</rt>" in page  # the last good preview stays under the problems
    changed(server, seen, "anchor: 陳大文", "anchor: 陳信翰")
    assert 'id="edition-problems"' not in server.page("/booklet/")


def test_pdf_of_an_edition_is_built_on_request(server, tmp_path):
    from pdfcheck import fonts, pages_text, squeeze

    status, kind, body = server.get("/booklet.pdf")
    assert (status, kind) == (200, "application/pdf")
    pdf = tmp_path / "booklet.pdf"
    pdf.write_bytes(body)
    text = squeeze("".join(pages_text(pdf)))
    assert "陳信翰1和帕霍基在倫敦見面" in text
    assert "1.改過的註釋。" in text  # the notes file as edited above
    assert any("Ruby" in row["name"] for row in fonts(pdf))
    assert not (server.project / "output").exists()  # the server writes no output file


def test_unknown_edition_and_foreign_host(server):
    status, _kind, body = server.get("/nope/")
    assert status == 404
    assert "error: no edition named &#x27;nope&#x27;" in body.decode()
    # a page elsewhere whose name was pointed at 127.0.0.1 (DNS rebinding) reads nothing
    assert server.get("/booklet/", host="evil.example") == (
        403,
        "text/plain; charset=utf-8",
        b"forbidden\n",
    )


def test_ctrl_c_stops_the_server_cleanly(server):
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    seen = generation(server.page("/booklet/"))
    waiting = next_generation(server, seen)  # an open page
    time.sleep(0.2)
    code, out, err = server.stop(signal.SIGINT)
    assert (code, out[1:]) == (0, ["stopped"])
    assert "Traceback" not in err
    waiting.join(timeout=10)
    assert waiting.result == {"generation": seen}  # answered, not cut off: no new build
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port)):
        pass


def test_sigterm_stops_the_server_cleanly(tmp_path):
    running = start(make_project(tmp_path), "--port", "0")
    code, out, err = running.stop(signal.SIGTERM)
    assert (code, out[1:], err) == (0, ["stopped"], "")


def test_port_in_use_is_one_line(tmp_path):
    make_project(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run(
            [
                sys.executable,
                str(ROOT / "make_edition.py"),
                "serve",
                "notes/t.yaml",
                "--port",
                str(port),
            ],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert (run.returncode, run.stdout, run.stderr) == (
        1,
        "",
        f"make_edition.py: error: cannot listen on 127.0.0.1:{port}: the port is in use; choose another with --port N (0: any free port)\n",
    )


# --- in a browser ------------------------------------------------------------------------------

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    "--window-size=800,1400",
)


def chromium(profile: Path, *args: str) -> str:
    browser = shutil.which("chromium")
    assert browser, "chromium not found: scripts/setup.sh installs it (apt install chromium)"
    run = subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def screenshot(url: str, out: Path, tmp_path: Path):
    """The page as Chromium draws it: an array of rows of RGB pixels."""
    import numpy as np
    from PIL import Image

    profile = tmp_path / f"profile-{out.stem}"  # a new, empty profile each time
    chromium(profile, f"--screenshot={out}", url)
    return np.asarray(Image.open(out).convert("RGB"), dtype=np.int16)


# The preview's tone colours of tones 1-4 (layouts/_shared/preview.css): base characters only.
TONE_COLOURS = ((0xC0, 0x39, 0x2B), (0xD6, 0x89, 0x10), (0x22, 0x99, 0x54), (0x24, 0x71, 0xA3))


def tone_coloured(image):
    """Pixels of a tone colour, or of its blend with the white page (anti-aliased edges)."""
    import numpy as np

    found = np.zeros(image.shape[:2], dtype=bool)
    for colour in TONE_COLOURS:
        c = np.array(colour, dtype=float)
        span = 255 - c
        t = np.clip(((image - c) @ span) / (span @ span), 0, 0.5)
        blend = c + t[..., None] * span
        found |= (np.abs(image - blend) < 12).all(axis=2)
    return found


def grey_ink(image):
    """Grey or black pixels darker than the page (text; the readings are #444)."""
    return (image.max(axis=2) - image.min(axis=2) < 20) & (image.max(axis=2) < 190)


def bands(rows) -> list[tuple[int, int]]:
    """Runs of consecutive row numbers, as (first, last)."""
    out: list[tuple[int, int]] = []
    for y in rows:
        y = int(y)
        if out and y <= out[-1][1] + 1:
            out[-1] = (out[-1][0], y)
        else:
            out.append((y, y))
    return out


def test_browser_shows_the_ruby_above_the_characters_and_the_note(tmp_path):
    import numpy as np

    running = start(make_project(tmp_path / "project"), "--port", "0")
    try:
        dom = chromium(tmp_path / "profile-dom", "--dump-dom", running.url + "booklet/")
        assert '<ruby class="t2"><rb>陳</rb><rt>chén</rt></ruby>' in dom
        assert "第一個註釋。" in dom

        shot = screenshot(running.url + "booklet/", tmp_path / "ruby.png", tmp_path)
        coloured, grey = tone_coloured(shot), grey_ink(shot)
        # The characters with a reading are drawn in their tone's colour: each line of them...
        lines = [b for b in bands(np.flatnonzero(coloured.any(axis=1))) if b[1] - b[0] >= 8]
        assert len(lines) == 2, lines  # the article's two paragraphs, one line each
        for top, bottom in lines:
            columns = np.flatnonzero(coloured[top : bottom + 1].any(axis=0))
            left, right, em = columns.min(), columns.max(), bottom - top
            # ...has its readings in grey right above it, over the same columns, and clear
            # rows between the readings and the characters.
            above = top - em + np.flatnonzero(grey[top - em : top, left : right + 1].any(axis=1))
            assert above.size, (top, bottom)
            assert top - above.max() >= 2
            assert above.max() - above.min() < em  # one line of smaller text
        # The same page without readings has no coloured characters, and nothing above them.
        plain = screenshot(running.url + "plain/", tmp_path / "plain.png", tmp_path)
        assert not tone_coloured(plain).any()

        # The note: its words are drawn where the notes are listed, after the text; editing
        # them changes those pixels, and only below the article's lines.
        seen = generation(running.page("/booklet/"))
        changed(running, seen, "第一個註釋。", "改過的註釋，長一點。")
        after = screenshot(running.url + "booklet/", tmp_path / "edited.png", tmp_path)
        rows = np.flatnonzero((shot != after).any(axis=(1, 2)))
        assert rows.size
        assert rows.min() > lines[-1][1]
        assert grey_ink(after)[rows.min() : rows.max() + 1].any()
    finally:
        running.stop()
