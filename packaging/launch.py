"""Entry script of the bundled program: the same `main` as the `ecomplaint` command."""

from ecomplaint.cli.main import main

raise SystemExit(main())
