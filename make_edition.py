#!/usr/bin/env python3
"""The checkout's command: the same main as `edition` and `python -m edition`."""

from edition.cli import main

raise SystemExit(main())
