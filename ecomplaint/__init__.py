"""eComplaint: keep the record of an e-commerce dispute and build an evidence dossier."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # importlib.metadata costs ~0.1 s to import: only pay for it when the version is asked for.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("ecomplaint")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+source"
    raise AttributeError(name)
