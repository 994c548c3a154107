"""Where an evidence file lives inside the store: content-addressed by its SHA-256."""

from __future__ import annotations

from pathlib import Path

from ecomplaint import paths


def blob_path(store_folder: Path, sha256: str) -> Path:
    """evidence/ab/abcdef… — two-level fan-out keeps folders small."""
    sha = sha256.lower()
    return paths.evidence_dir(store_folder) / sha[:2] / sha
