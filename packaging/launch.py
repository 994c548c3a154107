"""Entry script of the bundled program: the same `main` as the `ecomplaint` command.

`--ocr-worker` (never typed by a user): the window's OCR child process (ecomplaint.ocr.worker),
started by ecomplaint.ocr.client; handled before anything else is imported (no Qt, no store).
"""

import sys

if sys.argv[1:2] == ["--ocr-worker"]:
    from ecomplaint.ocr.worker import main as ocr_worker

    raise SystemExit(ocr_worker())

from ecomplaint.cli.main import main  # noqa: E402

raise SystemExit(main())
