"""Escalation ladders as data: rule packs (JSON) shipped in resources/rules/, merged with the
user's own packs in `<data folder>/rules/` (same ids replace the shipped ones).

A pack holds ladders (ordered rungs, each with zh/en labels, source, date and its own response
clocks) and citable platform-rule references. Nothing here knows a platform rule by heart: it
all comes from the files. A broken user file is reported (zh/en) and skipped, never a crash.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ecomplaint import due_messages  # noqa: F401  (registers rules.* messages)
from ecomplaint.i18n import Lang, UserError, current_language
from ecomplaint.resources_path import resource_path

FORMAT = "ecomplaint.rules/1"
CLOCK_UNITS = ("hours", "days", "weeks", "working_days")
LIMIT_UNITS = (*CLOCK_UNITS, "months")
BASES = ("rule", "suggested")
STARTS = ("escalation", "acceptance")


class RuleError(ValueError):
    """A rule pack that does not follow the format; `where` says which part."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


@dataclass(frozen=True)
class Text:
    zh: str
    en: str

    def get(self, lang: Lang | None = None) -> str:
        return self.zh if (lang or current_language()) == "zh" else self.en


@dataclass(frozen=True)
class RungClock:
    """A response clock the rung owes once reached (becomes a Promise when escalating)."""

    key: str
    what: str  # PromiseWhat value
    amount: int
    unit: str  # hours | days | weeks | working_days
    starts: str  # "escalation": runs from the escalation; "acceptance": log it when accepted
    basis: str  # "rule" (cited) or "suggested" (eComplaint's chase point, not a rule)
    label: Text
    source: str = ""

    @property
    def promise_clock(self) -> tuple[str, int]:
        """(ClockKind, window_max) for a Promise row: days and weeks become hours."""
        if self.unit == "working_days":
            return "working_days", self.amount
        factor = {"hours": 1, "days": 24, "weeks": 168}[self.unit]
        return "hours", self.amount * factor


@dataclass(frozen=True)
class TimeLimit:
    """How long the consumer has to reach a rung, counted from an event (e.g. final response)."""

    amount: int
    unit: str
    counted_from: str  # "final_response" | "escalation"
    source: str = ""


@dataclass(frozen=True)
class RungRules:
    """A rung's rules as in force between two dates (inclusive; "" = open-ended)."""

    source: str
    clocks: tuple[RungClock, ...] = ()
    valid_from: str = ""
    valid_until: str = ""
    # A figure the pack could not confirm against the official text: said, never guessed.
    unconfirmed: Text | None = None

    def applies(self, day: dt.date) -> bool:
        iso = day.isoformat()
        return (not self.valid_from or self.valid_from <= iso) and (
            not self.valid_until or iso <= self.valid_until
        )


@dataclass(frozen=True)
class Rung:
    id: str
    label: Text
    source: str
    date: str
    clocks: tuple[RungClock, ...] = ()
    optional: bool = False  # an alternative, not a step everybody takes
    alternatives: tuple[str, ...] = ()  # rung ids offered beside this one
    escalate_within: TimeLimit | None = None
    note: Text | None = None
    # Dated versions of the rung's rules (a regulation replaced by another on a date);
    # without them the rung's own source and clocks apply on every day.
    versions: tuple[RungRules, ...] = ()

    def on(self, day: dt.date) -> RungRules:
        """The rules in force on `day` (an escalation uses those of its own date)."""
        for version in self.versions:
            if version.applies(day):
                return version
        return RungRules(source=self.source, clocks=self.clocks)


@dataclass(frozen=True)
class Ladder:
    id: str
    label: Text
    country: str
    tz: str
    source: str
    date: str
    rungs: tuple[Rung, ...]
    platforms: tuple[str, ...] = ()
    currencies: tuple[str, ...] = ()
    default: bool = False
    pack: str = ""
    calendar: str = ""  # working-day calendar id ("CN", "GB-ENG"); "" = the country's
    languages: tuple[str, ...] = ()  # case languages the ladder is written for, first = default

    def rung(self, rung_id: str) -> Rung | None:
        return next((r for r in self.rungs if r.id == rung_id), None)

    def index(self, rung_id: str) -> int:
        return next((i for i, r in enumerate(self.rungs) if r.id == rung_id), -1)


@dataclass(frozen=True)
class Reference:
    """A citable platform rule (penalty points and the like) with its source and date."""

    id: str
    title: Text
    text: Text
    source: str
    date: str
    platforms: tuple[str, ...] = ()
    pack: str = ""
    valid_from: str = ""  # in force from this day ("" = as long as the source says)
    valid_until: str = ""

    def applies(self, day: dt.date) -> bool:
        iso = day.isoformat()
        return (not self.valid_from or self.valid_from <= iso) and (
            not self.valid_until or iso <= self.valid_until
        )


@dataclass(frozen=True)
class RulePack:
    id: str
    title: Text
    source: str
    date: str
    ladders: tuple[Ladder, ...] = ()
    references: tuple[Reference, ...] = ()
    path: str = ""


@dataclass(frozen=True)
class RuleBook:
    """Shipped packs with the user's packs merged over them."""

    ladders: Mapping[str, Ladder]
    references: Mapping[str, Reference]
    problems: tuple[UserError, ...] = ()  # user files that could not be read, with why
    packs: tuple[RulePack, ...] = field(default_factory=tuple)

    def ladder(self, ladder_id: str) -> Ladder | None:
        return self.ladders.get(ladder_id)

    def ladder_for(
        self, platform: str, currency: str = "CNY", used: Iterable[str] = ()
    ) -> Ladder | None:
        """The ladder a case climbs: the one it already used, its platform's, its country's."""
        for ladder_id in used:
            if ladder_id in self.ladders:
                return self.ladders[ladder_id]
        for ladder in self.ladders.values():
            if platform in ladder.platforms:
                return ladder
        for ladder in self.ladders.values():
            if currency in ladder.currencies and ladder.default:
                return ladder
        return next((x for x in self.ladders.values() if x.default), None)

    def references_for(self, platform: str, on: dt.date | None = None) -> list[Reference]:
        """References for `platform` in force on `on` (all dates when None)."""
        return [
            r
            for r in self.references.values()
            if (not r.platforms or platform in r.platforms) and (on is None or r.applies(on))
        ]


# --- parsing -------------------------------------------------------------------------------


def _req(obj: Mapping[str, Any], key: str, where: str, kind: type | tuple[type, ...]) -> Any:
    if key not in obj:
        raise RuleError(where, f'missing "{key}"')
    value = obj[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
        raise RuleError(where, f'"{key}" has the wrong type')
    return value


def _text(value: Any, where: str) -> Text:
    if isinstance(value, str):
        return Text(value, value)
    if (
        isinstance(value, Mapping)
        and isinstance(value.get("zh"), str)
        and isinstance(value.get("en"), str)
    ):
        return Text(value["zh"], value["en"])
    raise RuleError(where, 'needs {"zh": ..., "en": ...}')


def _choice(value: Any, choices: tuple[str, ...], where: str) -> str:
    if value not in choices:
        raise RuleError(where, f"{value!r} is not one of {', '.join(choices)}")
    return str(value)


def _clock(obj: Any, where: str) -> RungClock:
    if not isinstance(obj, Mapping):
        raise RuleError(where, "a clock must be an object")
    amount = _req(obj, "amount", where, int)
    if amount <= 0:
        raise RuleError(where, '"amount" must be positive')
    return RungClock(
        key=str(_req(obj, "key", where, str)),
        what=_choice(
            obj.get("what", "reply"),
            ("reply", "callback", "refund", "visit", "replacement", "other"),
            where,
        ),
        amount=amount,
        unit=_choice(obj.get("unit"), CLOCK_UNITS, where),
        starts=_choice(obj.get("starts", "escalation"), STARTS, where),
        basis=_choice(obj.get("basis"), BASES, where),
        label=_text(obj.get("label"), where + ".label"),
        source=str(obj.get("source", "")),
    )


def _limit(obj: Any, where: str) -> TimeLimit | None:
    if obj is None:
        return None
    if not isinstance(obj, Mapping):
        raise RuleError(where, "must be an object")
    amount = _req(obj, "amount", where, int)
    if amount <= 0:
        raise RuleError(where, '"amount" must be positive')
    return TimeLimit(
        amount=amount,
        unit=_choice(obj.get("unit"), LIMIT_UNITS, where),
        counted_from=_choice(obj.get("from"), ("final_response", "escalation"), where),
        source=str(obj.get("source", "")),
    )


def _rung(obj: Any, where: str) -> Rung:
    if not isinstance(obj, Mapping):
        raise RuleError(where, "a rung must be an object")
    rid = _req(obj, "id", where, str)
    where = f"{where}[{rid}]"
    clocks = _req(obj, "clocks", where, list) if "clocks" in obj else []
    alternatives = obj.get("alternatives", [])
    if not isinstance(alternatives, list) or not all(isinstance(a, str) for a in alternatives):
        raise RuleError(where, '"alternatives" must be a list of rung ids')
    raw_versions = obj.get("versions", [])
    if not isinstance(raw_versions, list):
        raise RuleError(where, '"versions" must be a list')
    return Rung(
        versions=tuple(_version(x, f"{where}.versions[{i}]") for i, x in enumerate(raw_versions)),
        id=rid,
        label=_text(obj.get("label"), where + ".label"),
        source=str(_req(obj, "source", where, str)),
        date=str(_req(obj, "date", where, str)),
        clocks=tuple(_clock(c, f"{where}.clocks[{i}]") for i, c in enumerate(clocks)),
        optional=bool(obj.get("optional", False)),
        alternatives=tuple(alternatives),
        escalate_within=_limit(obj.get("escalate_within"), where + ".escalate_within"),
        note=_text(obj["note"], where + ".note") if "note" in obj else None,
    )


def _day(value: Any, where: str, key: str) -> str:
    if value in (None, ""):
        return ""
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise RuleError(where, f'"{key}" must be a date YYYY-MM-DD') from None


def _version(obj: Any, where: str) -> RungRules:
    if not isinstance(obj, Mapping):
        raise RuleError(where, "a version must be an object")
    clocks = _req(obj, "clocks", where, list) if "clocks" in obj else []
    start, end = _day(obj.get("from"), where, "from"), _day(obj.get("until"), where, "until")
    if start and end and end < start:
        raise RuleError(where, '"until" is before "from"')
    return RungRules(
        source=str(_req(obj, "source", where, str)),
        clocks=tuple(_clock(c, f"{where}.clocks[{i}]") for i, c in enumerate(clocks)),
        valid_from=start,
        valid_until=end,
        unconfirmed=_text(obj["unconfirmed"], where + ".unconfirmed")
        if "unconfirmed" in obj
        else None,
    )


def _strings(obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise RuleError(where, f'"{key}" must be a list of strings')
    return tuple(value)


def _ladder(obj: Any, where: str, pack: str) -> Ladder:
    if not isinstance(obj, Mapping):
        raise RuleError(where, "a ladder must be an object")
    lid = _req(obj, "id", where, str)
    where = f"{where}[{lid}]"
    rungs = tuple(
        _rung(r, f"{where}.rungs[{i}]") for i, r in enumerate(_req(obj, "rungs", where, list))
    )
    if not rungs:
        raise RuleError(where, "a ladder needs at least one rung")
    ids = [r.id for r in rungs]
    if len(set(ids)) != len(ids):
        raise RuleError(where, "rung ids must be unique")
    for r in rungs:
        for alt in r.alternatives:
            if alt not in ids:
                raise RuleError(f"{where}[{r.id}]", f"alternative {alt!r} is not a rung here")
    tz = str(obj.get("tz", "Asia/Shanghai"))
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(tz)
    except Exception:
        raise RuleError(where, f"unknown time zone {tz!r}") from None
    return Ladder(
        id=lid,
        label=_text(obj.get("label"), where + ".label"),
        country=str(obj.get("country", "")),
        tz=tz,
        source=str(_req(obj, "source", where, str)),
        date=str(_req(obj, "date", where, str)),
        rungs=rungs,
        platforms=_strings(obj, "platforms", where),
        currencies=_strings(obj, "currencies", where),
        default=bool(obj.get("default", False)),
        pack=pack,
        calendar=_calendar(obj.get("calendar", ""), where),
        languages=_strings(obj, "languages", where),
    )


def _calendar(value: Any, where: str) -> str:
    from ecomplaint.domain.workdays import is_known_calendar

    if value in ("", None):
        return ""
    if not isinstance(value, str) or not is_known_calendar(value):
        raise RuleError(where, f"unknown working-day calendar {value!r}")
    return value.upper()


def _reference(obj: Any, where: str, pack: str) -> Reference:
    if not isinstance(obj, Mapping):
        raise RuleError(where, "a reference must be an object")
    rid = _req(obj, "id", where, str)
    where = f"{where}[{rid}]"
    return Reference(
        id=rid,
        title=_text(obj.get("title"), where + ".title"),
        text=_text(obj.get("text"), where + ".text"),
        source=str(_req(obj, "source", where, str)),
        date=str(_req(obj, "date", where, str)),
        platforms=_strings(obj, "platforms", where),
        pack=pack,
        valid_from=_day(obj.get("from"), where, "from"),
        valid_until=_day(obj.get("until"), where, "until"),
    )


def parse_pack(data: Any, path: str = "") -> RulePack:
    if not isinstance(data, Mapping):
        raise RuleError("pack", "the file must hold one JSON object")
    if data.get("format") != FORMAT:
        raise RuleError("pack", f'"format" must be "{FORMAT}"')
    pid = _req(data, "id", "pack", str)
    ladders = data.get("ladders", [])
    refs = data.get("references", [])
    if not isinstance(ladders, list) or not isinstance(refs, list):
        raise RuleError("pack", '"ladders" and "references" must be lists')
    return RulePack(
        id=pid,
        title=_text(data.get("title"), "pack.title"),
        source=str(_req(data, "source", "pack", str)),
        date=str(_req(data, "date", "pack", str)),
        ladders=tuple(_ladder(x, f"ladders[{i}]", pid) for i, x in enumerate(ladders)),
        references=tuple(_reference(x, f"references[{i}]", pid) for i, x in enumerate(refs)),
        path=path,
    )


def read_pack(path: Path) -> RulePack:
    """Parse one file; RuleError or OSError/ValueError on anything wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise RuleError("json", f"line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    return parse_pack(data, str(path))


def shipped_rules_dir() -> Path:
    return resource_path("rules")


def user_rules_dir(data_folder: Path) -> Path:
    return data_folder / "rules"


def load_rule_book(data_folder: Path | None = None, *, shipped: Path | None = None) -> RuleBook:
    """Shipped packs (must be valid: a broken one is our bug) with the user's merged over them."""
    ladders: dict[str, Ladder] = {}
    references: dict[str, Reference] = {}
    packs: list[RulePack] = []
    problems: list[UserError] = []
    for path in sorted((shipped or shipped_rules_dir()).glob("*.json")):
        packs.append(read_pack(path))
    if data_folder is not None:
        folder = user_rules_dir(data_folder)
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                packs.append(read_pack(path))
            except (RuleError, OSError, UnicodeDecodeError, ValueError) as exc:
                problems.append(UserError("rules.bad_file", path=str(path), detail=str(exc)))
    for pack in packs:
        for ladder in pack.ladders:
            ladders[ladder.id] = ladder
        for ref in pack.references:
            references[ref.id] = ref
    return RuleBook(ladders, references, tuple(problems), tuple(packs))
