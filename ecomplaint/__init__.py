"""eComplaint: keep the record of an e-commerce dispute and build an evidence dossier."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ecomplaint")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
