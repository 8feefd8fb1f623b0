"""The preview server: HTTP on 127.0.0.1, a file watcher, and the main thread that builds.

Three kinds of threads: the HTTP server's (one per request), the watcher's (watchfiles), and
the main thread, which alone builds (see edition/serve/builds.py). Requests and changes reach
it through one queue; a request waits for its answer. A page waits for the next generation
with a long poll (``/_edition/wait``) and reloads itself.

Routes: ``/`` (to the first edition), ``/<edition>/`` (its preview), ``/<edition>.pdf`` (built
on request), ``/_edition/fonts/<file>`` (the faces of a preview), ``/_edition/wait``.
"""

from __future__ import annotations

import json
import logging
import queue
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from edition import limits
from edition.serve import page
from edition.serve.builds import Builder

log = logging.getLogger(__name__)
HOST = "127.0.0.1"
WAIT_SECONDS = 25  # a long poll's longest wait; the page then asks again
REQUEST_SECONDS = 3600  # a request waits this long at most for its build


class PreviewServer:
    """Serves the previews of ``notes``; :meth:`run` until Ctrl-C (or SIGTERM)."""

    def __init__(
        self, notes: Path, port: int, bounds: limits.Limits, layout_dirs: tuple[Path, ...] = ()
    ):
        self.builder = Builder(notes, bounds, tuple(layout_dirs))
        self.jobs: queue.Queue[tuple[str, object, Future | None]] = queue.Queue()
        self.changed = threading.Condition()
        self.generation = 0  # what pages see; guarded by self.changed
        self.stopping = threading.Event()
        self.polls = 0  # long polls being answered; guarded by self.changed
        self.fonts: dict[str, Path] = {}  # file name -> path, of every preview served
        self.http = _HTTPServer((HOST, port), _Handler)
        self.http.preview = self
        self.serving: threading.Thread | None = None
        self.watch_stop: threading.Event | None = None
        self.watching: tuple[frozenset[Path], frozenset[Path]] | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.http.server_address[1]}/"

    # --- main thread -----------------------------------------------------------------------

    def run(self, ready: Callable[[str], None] = lambda _url: None) -> None:
        """Build, serve and rebuild until interrupted; stops every thread before returning."""
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            self._reload()
            self.serving = threading.Thread(
                target=self.http.serve_forever, args=(0.2,), name="http"
            )
            self.serving.start()
            ready(self.url)
            while True:
                try:
                    kind, arg, future = self.jobs.get(timeout=0.5)
                except queue.Empty:
                    continue
                self._do(kind, arg, future)
        finally:
            signal.signal(signal.SIGTERM, previous)
            self.stop()

    def _do(self, kind: str, arg, future: Future | None) -> None:
        if kind == "changed":
            log.info("changed: %s", ", ".join(sorted(_shown(p) for p in arg)))
            self._reload()
            return
        assert future is not None
        try:
            before = self.builder.previews.get(arg)
            result = self.builder.preview(arg) if kind == "html" else self.builder.pdf(arg)
            if kind == "html" and result is not None:
                self.fonts.update(page.font_files(result.fonts))
                if result is not before and not self.builder.layer_problems:
                    # each build's problems once in the terminal too (a notes file's own
                    # problems were printed when it was read)
                    for line in result.problems:
                        log.warning("%s", line)
            elif kind == "pdf":
                for line in result[1]:
                    log.warning("%s", line)
            self._watch()  # a preview may have used a layout not watched yet
        except KeyboardInterrupt:
            future.set_exception(RuntimeError("the server stopped"))
            raise
        except Exception as exc:  # a bug of ours: this request fails, the server goes on
            log.error("internal error: %s", exc, exc_info=log.isEnabledFor(logging.DEBUG))
            future.set_exception(exc)
            return
        future.set_result(result)

    def _reload(self) -> None:
        self.builder.reload()
        for line in self.builder.layer_problems:
            log.warning("%s", line)
        self._watch()
        with self.changed:
            self.generation = self.builder.generation
            self.changed.notify_all()

    def _watch(self) -> None:
        """(Re)start the watcher when the files or folders to watch changed."""
        files, folders = self.builder.watched()
        wanted = (frozenset(files), frozenset(folders))
        if wanted == self.watching:
            return
        if self.watch_stop is not None:
            self.watch_stop.set()
        self.watching, self.watch_stop = wanted, threading.Event()
        threading.Thread(
            target=self._watch_loop, args=(*wanted, self.watch_stop), name="watch", daemon=True
        ).start()

    def _watch_loop(self, files: frozenset[Path], folders: frozenset[Path], stop) -> None:
        from watchfiles import watch

        # Folders, not files: an editor that saves by writing a new file and renaming it
        # would leave a watch on the old file. Not recursive: the notes file's folder may be
        # a home folder; layouts are flat.
        roots = sorted({f.parent for f in files} | {d for d in folders if d.is_dir()})

        def relevant(_change, path: str) -> bool:
            p = Path(path)
            return p in files or p.parent in folders

        try:
            for changes in watch(
                *roots,
                watch_filter=relevant,
                recursive=False,
                stop_event=stop,
                debounce=400,
                step=50,
                rust_timeout=1000,
                raise_interrupt=False,
            ):
                self.jobs.put(("changed", {Path(p) for _, p in changes}, None))
        except Exception as exc:  # a folder removed: say it, the next reload watches again
            log.warning("warning: stopped watching for changes: %s", exc)

    def stop(self) -> None:
        """Stop the watcher, the HTTP server and every waiting request."""
        self.stopping.set()
        if self.watch_stop is not None:
            self.watch_stop.set()
        with self.changed:
            self.changed.notify_all()
            # Let the open pages' long polls answer (no new generation) rather than be cut off:
            # a page then tries again, and finds the server gone.
            self.changed.wait_for(lambda: self.polls == 0, timeout=2)
        while True:  # requests still queued get no build
            try:
                _kind, _arg, future = self.jobs.get_nowait()
            except queue.Empty:
                break
            if future is not None:
                future.cancel()
        if self.serving is not None:
            self.http.shutdown()  # returns when serve_forever has
            self.serving.join()
        self.http.server_close()

    # --- request threads -------------------------------------------------------------------

    def ask(self, kind: str, name: str):
        """Have the main thread build (or find) edition ``name``'s preview or PDF."""
        future: Future = Future()
        self.jobs.put((kind, name, future))
        return future.result(timeout=REQUEST_SECONDS)

    def wait(self, seen: int) -> int:
        """The generation after ``seen``, or ``seen`` after WAIT_SECONDS (or when stopping)."""
        deadline = time.monotonic() + WAIT_SECONDS
        with self.changed:
            while self.generation == seen and not self.stopping.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.changed.wait(left)
            return self.generation


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    preview: PreviewServer


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    server_version = "edition-serve"

    def log_message(self, format: str, *args) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        preview = self.server.preview
        host = self.headers.get("Host", "")
        port = self.server.server_address[1]
        if host not in (f"{HOST}:{port}", f"localhost:{port}"):
            # Only pages of this machine: a web page whose name was made to point at
            # 127.0.0.1 (DNS rebinding) must not read the article.
            return self._send(HTTPStatus.FORBIDDEN, b"forbidden\n", "text/plain")
        url = urlsplit(self.path)
        path = unquote(url.path)
        try:
            if path == page.WAIT_PATH:
                return self._long_poll(int(parse_qs(url.query).get("generation", ["0"])[0]))
            if path.startswith(page.FONT_PATH):
                font = preview.fonts.get(path[len(page.FONT_PATH) :])
                if font is None:
                    return self._send(HTTPStatus.NOT_FOUND, b"no such font\n", "text/plain")
                return self._send(HTTPStatus.OK, font.read_bytes(), "font/otf", cache=True)
            editions = preview.builder.editions()
            if path == "/":
                if not editions:
                    return self._page(None, HTTPStatus.OK)
                return self._redirect(f"/{editions[0]}/")
            if path.endswith("/") and path.count("/") == 2:
                return self._page(path[1:-1])
            if path.endswith(".pdf") and path.count("/") == 1:
                return self._pdf(path[1:-4])
            if path.count("/") == 1 and path[1:] in editions:
                return self._redirect(f"{path}/")
            return self._page(None, HTTPStatus.NOT_FOUND)
        except (BrokenPipeError, ConnectionResetError):
            return None
        except Exception as exc:  # the server is stopping (a cancelled build), or a bug
            if preview.stopping.is_set():
                return None
            log.debug("request %s failed", self.path, exc_info=exc)
            body = f"internal error: {type(exc).__name__}\n".encode()
            return self._send(HTTPStatus.INTERNAL_SERVER_ERROR, body, "text/plain")

    def _long_poll(self, seen: int) -> None:
        preview = self.server.preview
        with preview.changed:
            preview.polls += 1
        try:
            body = json.dumps({"generation": preview.wait(seen)}).encode()
            self._send(HTTPStatus.OK, body, "application/json")
        finally:
            with preview.changed:
                preview.polls -= 1
                preview.changed.notify_all()

    def _page(self, name: str | None, status: HTTPStatus = HTTPStatus.OK) -> None:
        preview = self.server.preview
        built = preview.ask("html", name) if name is not None else None
        editions = preview.builder.editions()
        if built is None:
            problems = preview.builder.layer_problems or (
                [f"error: no edition named '{name}'"] if name is not None else []
            )
            top = page.bar(None, editions, problems, stale=False)
            script = page.RELOAD % (preview.generation, page.WAIT_PATH)
            code = HTTPStatus.NOT_FOUND if name is not None else status
            return self._send(code, page.message("edition serve", top, script), "text/html")
        body = page.decorate(built, name, editions, built.generation)
        return self._send(status, body, "text/html")

    def _pdf(self, name: str) -> None:
        preview = self.server.preview
        pdf, problems = preview.ask("pdf", name)
        if pdf is not None:
            return self._send(HTTPStatus.OK, pdf, "application/pdf")
        top = page.bar(name, preview.builder.editions(), problems, stale=False)
        body = page.message(f"{name}.pdf: not built", top)
        return self._send(HTTPStatus.UNPROCESSABLE_ENTITY, body, "text/html")

    def _redirect(self, where: str) -> None:
        self.send_response(HTTPStatus.FOUND)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: HTTPStatus, body: bytes, kind: str, cache: bool = False) -> None:
        self.send_response(status)
        charset = "; charset=utf-8" if kind.startswith(("text/", "application/json")) else ""
        self.send_header("Content-Type", kind + charset)
        self.send_header("Content-Length", str(len(body)))
        # Font files are named by their content; everything else changes with each build.
        self.send_header("Cache-Control", "max-age=86400" if cache else "no-store")
        self.end_headers()
        self.wfile.write(body)
