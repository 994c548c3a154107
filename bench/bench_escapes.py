"""Time a dossier whose services and demands are one long run of characters that need escaping.

    python -m bench.bench_escapes 100000 '&'

Before the fix a long table cell was laid out again at every page it split over, so the time
grew with the square of the length (20,000 `&`: 12 s; 100,000: 189 s)."""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from pathlib import Path

from ecomplaint.dossier.builder import build_dossier
from ecomplaint.dossier.options import DossierOptions
from tests.dossier_support import make_detail


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    ch = sys.argv[2] if len(sys.argv) > 2 else "&"
    detail = make_detail()
    case = dataclasses.replace(detail.case, services=ch * n, demands=ch * n)
    detail = dataclasses.replace(detail, case=case)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = build_dossier(
            detail, store_folder=Path(tmp), out=Path(tmp) / "x.pdf", options=DossierOptions()
        )
        took = time.perf_counter() - start
    print(f"{n} x {ch!r}: {took:.2f} s, {result.pages} pages")


if __name__ == "__main__":
    main()
