"""`edition serve NOTES`: the live preview server, until Ctrl-C."""

from __future__ import annotations

import errno
import sys


def serve(args) -> int:
    from edition.cli.commands import _load
    from edition.serve.server import PreviewServer

    _load(args, args.notes)  # a notes file that does not load is reported before serving
    try:
        server = PreviewServer(args.notes, args.port, args.limits, args.layout_dirs)
    except OSError as exc:
        why = "the port is in use" if exc.errno == errno.EADDRINUSE else exc.strerror or str(exc)
        print(
            f"{args.prog}: error: cannot listen on 127.0.0.1:{args.port}: {why}; choose "
            "another with --port N (0: any free port)",
            file=sys.stderr,
        )
        return 1

    def ready(url: str) -> None:
        print(f"serving {args.notes} at {url} (Ctrl-C to stop)", flush=True)

    try:
        server.run(ready)
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a server is stopped: every thread has been stopped by run()
    print("stopped", flush=True)
    return 0
