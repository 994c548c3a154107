"""Render a letter: Jinja2 templates as data, the user's folder over the shipped one.

The environment is sandboxed (a user's template is someone else's file: it must not reach
Python internals), StrictUndefined (a misspelt placeholder is an error, never a blank in a
letter that gets sent) and plain text (autoescape off: HTML escaping would print &lt; in a
letter). Every printed value goes through `lit` (finalize), the template's own text included
nothing but what its author wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
)
from jinja2.sandbox import SandboxedEnvironment

from ecomplaint.domain.ladder import RuleBook, Text
from ecomplaint.domain.records import CaseDetail
from ecomplaint.i18n import MESSAGES, Lang, UserError
from ecomplaint.letters.context import build_context
from ecomplaint.letters.kinds import LetterKind
from ecomplaint.letters.literal import lit
from ecomplaint.resources_path import resource_path
from ecomplaint.services.remedies import RemedyReport

MESSAGES.update(
    {
        "letter.template_error": {
            "en": "The letter template {template} cannot be used: {detail}. Fix or remove it "
            "(your own templates are in {folder}); no letter was written.",
            "zh": "信函模板 {template} 无法使用：{detail}。请修改或删除该模板"
            "（您自己的模板位于 {folder}）；未生成信函。",
        },
        "letter.usage": {
            "en": "Name a case and a kind: ecomplaint letter CASE --kind K "
            "(ecomplaint letter --list shows the kinds).",
            "zh": "请指定案件和信函种类：ecomplaint letter CASE --kind K"
            "（ecomplaint letter --list 列出可选种类）。",
        },
        "letter.cannot_read": {
            "en": "The letter {path} cannot be read ({detail}); nothing was logged.",
            "zh": "无法读取信函 {path}（{detail}）；未记录任何内容。",
        },
        "letter.other_country": {
            "en": 'Note: "{kind}" is written for cases in {kind_country}, and this case is in '
            "{case_country}: check that it is the letter you need.",
            "zh": "注意：“{kind}”适用于 {kind_country} 的案件，本案件属于 {case_country}；"
            "请确认这是您需要的信函。",
        },
        "letter.unknown_kind": {
            "en": 'There is no letter kind "{kind}". Kinds: {choices}.',
            "zh": "没有“{kind}”这种信函。可选：{choices}。",
        },
    }
)


def user_templates_dir(config_folder: Path) -> Path:
    return config_folder / "letters"


def environment(lang: Lang, config_folder: Path | None) -> SandboxedEnvironment:
    folders = []
    if config_folder is not None:
        folders.append(FileSystemLoader(str(user_templates_dir(config_folder) / lang)))
    folders.append(FileSystemLoader(str(resource_path("letters", lang))))
    return SandboxedEnvironment(
        loader=ChoiceLoader(folders),
        autoescape=False,
        undefined=StrictUndefined,
        finalize=lit,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@dataclass(frozen=True)
class BlockLength:
    block: str
    chars: int
    max_chars: int | None
    source: str
    note: Text  # in both languages: the CLI speaks the user's, the letter its own

    @property
    def over(self) -> bool:
        return self.max_chars is not None and self.chars > self.max_chars


@dataclass(frozen=True)
class Letter:
    kind: str
    lang: Lang
    title: str
    text: str
    lengths: tuple[BlockLength, ...] = ()


def _capture(
    block: Callable[[Any], Iterator[str]], name: str, into: dict[str, list[str]]
) -> Callable[[Any], Iterator[str]]:
    def run(context: Any) -> Iterator[str]:
        for piece in block(context):
            into.setdefault(name, []).append(piece)
            yield piece

    return run


def render_letter(
    detail: CaseDetail,
    *,
    kind: LetterKind,
    lang: Lang,
    book: RuleBook,
    remedies: RemedyReport | None,
    now: datetime,
    config_folder: Path | None = None,
) -> Letter:
    env = environment(lang, config_folder)
    name = f"{kind.id}.j2"
    context = build_context(detail, kind=kind, lang=lang, book=book, remedies=remedies, now=now)
    folder = str(user_templates_dir(config_folder)) if config_folder else "—"
    try:
        template = env.get_template(name)
        # Render once, capturing the limited blocks as they are written (a block rendered
        # on its own would miss the template's imports).
        ctx = template.new_context(context)
        captured: dict[str, list[str]] = {}
        for lim in kind.limits:
            if lim.block in ctx.blocks:
                ctx.blocks[lim.block][0] = _capture(ctx.blocks[lim.block][0], lim.block, captured)
        text = "".join(template.root_render_func(ctx))
        lengths = [
            BlockLength(
                lim.block,
                len("".join(captured[lim.block]).strip()),
                lim.max_chars,
                lim.source,
                lim.note,
            )
            for lim in kind.limits
            if lim.block in captured
        ]
    except TemplateNotFound as exc:
        raise UserError(
            "letter.template_error",
            template=f"{lang}/{name}",
            detail=f"missing {exc}",
            folder=folder,
        ) from exc
    except TemplateError as exc:
        where = getattr(exc, "lineno", None)
        detail_text = f"{type(exc).__name__}: {exc}" + (f" (line {where})" if where else "")
        raise UserError(
            "letter.template_error",
            template=f"{lang}/{name}",
            detail=lit(detail_text)[:300],
            folder=folder,
        ) from exc
    # Blank runs left by optional parts collapse to one empty line.
    # The template's own text too: a user template must not smuggle ESC into a terminal.
    lines = lit(text).split("\n")
    tidy: list[str] = []
    for line in (ln.rstrip() for ln in lines):
        if line == "" and (not tidy or tidy[-1] == ""):
            continue
        tidy.append(line)
    return Letter(
        kind.id, lang, kind.title.get(lang), "\n".join(tidy).strip() + "\n", tuple(lengths)
    )
