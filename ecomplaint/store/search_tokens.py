"""Turning text into search tokens, the same way for what is indexed and what is typed.

SQLite's FTS5 tokenizers cannot find a two-character Chinese word: unicode61 keeps a whole
run of Han characters as one token and trigram needs three characters. So the text is
tokenized here, in Python, and handed to FTS5 as space-separated tokens (its `ascii`
tokenizer then splits on the spaces and changes nothing else):

- Chinese, Japanese and Korean runs become overlapping bigrams plus the run's last character
  on its own: 安装师傅 -> 安装 装师 师傅 傅. Every character then starts some token, so a
  one-character query is a prefix query, and a longer one is a phrase of bigrams.
- Other letters and digits form words, split where letters meet digits (JD2026 -> jd 2026),
  NFKC-normalised (full-width ＴＶ -> tv), case-folded and without accents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Scripts written without spaces between words: Han (with extensions and compatibility
# ideographs), kana, Hangul. Everything here is a letter (Lo) to FTS5 as well.
_CJK = (
    "\u3005\u3007\u3021-\u3029\u3038-\u303b"  # 々 〇 Hangzhou numerals
    "\u3040-\u30ff\u31f0-\u31ff"  # kana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"  # Hangul
    "\U00020000-\U0003134f"  # Han extensions B-H
)
_SEGMENT = re.compile(rf"([{_CJK}]+)|([^\W\d_{_CJK}]+)|(\d+)")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    # Strip accents (é -> e) but keep CJK intact: NFD splits only what has marks.
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped)


def _segments(text: str) -> Iterator[tuple[bool, str]]:
    """(is_cjk, run) for every run of CJK characters, letters or digits in folded text."""
    for m in _SEGMENT.finditer(_fold(text)):
        cjk, word, digits = m.groups()
        if cjk:
            yield True, cjk
        else:
            yield False, word or digits


def _bigrams(run: str, *, tail: bool) -> list[str]:
    grams = [run[i : i + 2] for i in range(len(run) - 1)]
    if tail or len(run) == 1:
        grams.append(run[-1])
    return grams


def index_tokens(text: str) -> list[str]:
    out: list[str] = []
    for cjk, run in _segments(text):
        out.extend(_bigrams(run, tail=True) if cjk else [run])
    return out


def index_text(*parts: str) -> str:
    """What goes into the FTS5 table for these field values (one string, tokens by spaces).

    A token no query can produce (U+2028) stands between fields, so that a phrase cannot
    match across the end of one field and the start of the next.
    """
    return " \u2028 ".join(" ".join(index_tokens(p)) for p in parts if p)


def _query_words(text: str) -> list[tuple[list[str], bool]]:
    """(tokens, last token is a prefix) for every whitespace-separated word with tokens."""
    words: list[tuple[list[str], bool]] = []
    for word in text.split():
        segs = list(_segments(word))
        tokens: list[str] = []
        for i, (cjk, run) in enumerate(segs):
            last = i == len(segs) - 1
            tokens.extend(_bigrams(run, tail=not last) if cjk else [run])
        if not tokens:
            continue
        last_cjk, last_run = segs[-1]
        words.append((tokens, not last_cjk or len(last_run) == 1))
    return words


def query_phrases(text: str) -> list[str]:
    """The FTS5 phrases for what the user typed: one per whitespace-separated word.

    Each phrase is one double-quoted FTS5 string (tokens only ever hold letters and digits,
    so no user input can reach the FTS5 query syntax). The last token of a phrase is a prefix
    when it is a word or a single CJK character, so results follow each keystroke.
    """
    phrases: list[str] = []
    for tokens, prefix in _query_words(text):
        body = " ".join(tokens).replace('"', '""')
        phrases.append(f'"{body}"' + (" *" if prefix else ""))
    return phrases


# --- PostgreSQL: the same tokens as tsvector / tsquery literals ----------------------------
# Literals, not to_tsvector/to_tsquery: PostgreSQL's text parser would re-split the tokens
# (and drops CJK characters in a C-locale database). A literal keeps each lexeme as given.

# tsvector limits: a position above 16383 is stored as 16383, a lexeme keeps at most 256
# positions and holds at most 2047 bytes. Past those a phrase can be missed (never a false hit
# of a single word); texts that long are far beyond what a case holds.
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256
MAX_LEXEME_BYTES = 2046


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _fits(token: str) -> bool:
    return len(token.encode()) <= MAX_LEXEME_BYTES


def tsvector_literal(*parts: str) -> str:
    """The tsvector (as its text form) for these field values: every token of index_text at
    its position in that token stream, so `<->` means what adjacency means to FTS5.

    A position is left empty between fields (FTS5's separator token), so a phrase cannot
    match across the end of one field and the start of the next.
    """
    positions: dict[str, list[int]] = {}
    pos = 0
    for i, part in enumerate(p for p in parts if p):
        if i:
            pos += 1  # the separator's place
        for token in index_tokens(part):
            pos += 1
            at = positions.setdefault(token, [])
            if len(at) < MAX_POSITIONS_PER_LEXEME and pos <= MAX_POSITION:
                at.append(pos)
    return " ".join(
        _lexeme(tok) + ":" + ",".join(map(str, at))
        for tok, at in positions.items()
        if at and _fits(tok)
    )


def server_query(text: str) -> tuple[str, list[str]] | None:
    """What the user typed as tsquery literals, matching what query_phrases matches in FTS5.

    Returns (terms, phrases): `terms` ANDs every token of every word (a case's set of terms
    must hold them all); `phrases` has, for each word of two or more tokens, its tokens as a
    phrase (`<->`: its documents must hold them side by side). The last token of a word is a
    prefix (`:*`) where query_phrases makes one. Every lexeme is quoted and holds only letters
    and digits, so no user input reaches the tsquery syntax. None when nothing is searchable,
    or a token is too long to be a lexeme (so nothing can match it).
    """
    words = _query_words(text)
    if not words or not all(_fits(t) for tokens, _ in words for t in tokens):
        return None
    terms: list[str] = []
    phrases: list[str] = []
    for tokens, prefix in words:
        lexemes = [_lexeme(t) for t in tokens]
        if prefix:
            lexemes[-1] += ":*"
        terms.extend(lexemes)
        if len(lexemes) > 1:
            phrases.append(" <-> ".join(lexemes))
    return " & ".join(terms), phrases
