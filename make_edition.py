from edition.cli import main

raise SystemExit(main())
