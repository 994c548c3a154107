"""Letter kinds (resources/letters/kinds.json): which rung each is written to, the reply time
to ask for when that rung has no clock, and the form limits per template block."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ecomplaint.domain.ladder import Text
from ecomplaint.resources_path import resource_path


@dataclass(frozen=True)
class Reply:
    amount: int
    unit: str  # hours | days | weeks | working_days | months
    basis: str  # rule | suggested
    source: str


@dataclass(frozen=True)
class Limit:
    block: str
    max_chars: int | None  # None: the form limits it, the figure was not verified
    source: str
    note: Text


@dataclass(frozen=True)
class LetterKind:
    id: str
    country: str
    title: Text
    rungs: tuple[str, ...]
    reply: Reply
    limits: tuple[Limit, ...] = ()


def _text(v: Any) -> Text:
    if isinstance(v, dict):
        return Text(str(v.get("zh", "")), str(v.get("en", "")))
    return Text(str(v or ""), str(v or ""))


def load_kinds(config_folder: Path | None = None) -> dict[str, LetterKind]:
    """The shipped kinds; a user's letters/limits.json ({"kind.block": chars}) sets limits."""
    data = json.loads(resource_path("letters", "kinds.json").read_text(encoding="utf-8"))
    overrides: dict[str, Any] = {}
    if config_folder is not None:
        path = config_folder / "letters" / "limits.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
            overrides = raw if isinstance(raw, dict) else {}
        except (OSError, ValueError):
            overrides = {}  # a broken override must not stop a letter; the shipped data stays
    out: dict[str, LetterKind] = {}
    for k in data["kinds"]:
        r = k["reply"]
        limits = []
        for lim in k.get("limits", []):
            chars = lim.get("max_chars")
            user = overrides.get(f"{k['id']}.{lim['block']}")
            if isinstance(user, int) and not isinstance(user, bool) and user > 0:
                chars = user
            limits.append(
                Limit(lim["block"], chars, str(lim.get("source", "")), _text(lim.get("note")))
            )
        out[k["id"]] = LetterKind(
            id=k["id"],
            country=k["country"],
            title=_text(k["title"]),
            rungs=tuple(k.get("rungs", [])),
            reply=Reply(int(r["amount"]), r["unit"], r["basis"], str(r.get("source", ""))),
            limits=tuple(limits),
        )
    return out
