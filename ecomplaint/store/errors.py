"""Store failures the user must understand; each names the file and offers the backups."""

from __future__ import annotations

from pathlib import Path

from ecomplaint.i18n import Lang, UserError, t

# Refusals after which restoring a backup is the way forward: their message lists them.
_OFFERS_BACKUPS = (
    "store.not_sqlite",
    "store.corrupt",
    "store.too_new",
    "store.foreign",
    "store.db_is_folder",
    "store.missing_database",
    "store.write_stopped",
    "backup.store_damaged",
)


class StoreError(UserError):
    def __init__(
        self, key: str, *, path: Path | str, backups: list[Path] | None = None, **args: object
    ):
        self.path = path
        self.backups = backups or []
        super().__init__(key, path=str(path), **args)

    def message(self, lang: Lang | None = None) -> str:
        text = super().message(lang)
        if self.key in _OFFERS_BACKUPS:
            if self.backups:
                listing = ", ".join(str(b) for b in self.backups[:5])
                text += "\n" + t("store.backups_available", lang, list=listing)
            else:
                text += "\n" + t("store.no_backups", lang)
        return text
