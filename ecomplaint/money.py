"""Money as people read it: the currency's own symbol and grouping, from Babel's CLDR data.

One function for the CLI, the dossier and (later) the window: £649.00, ¥1,799.00 in English;
¥1,799.00 in Chinese, or "1,799.00 元" where the sentence wants the word. Qt-free, so the
shared vocabulary module can adopt it as is.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from ecomplaint.i18n import Lang

_LOCALES: dict[str, str] = {"zh": "zh_CN", "en": "en_GB"}
# Symbols a reader in either language knows at a glance (CLDR's en locale writes CN¥).
_PLAIN_SYMBOL = {"CNY": "¥", "GBP": "£", "EUR": "€", "HKD": "HK$", "USD": "US$"}


def format_money(
    amount: Decimal | int | str, currency: str, lang: Lang, *, word: bool = False
) -> str:
    """`amount` in `currency` for a `lang` reader. `word=True` gives "1,799.00 元" for yuan in
    Chinese text (other currencies keep their symbol)."""
    from babel.numbers import format_currency, format_decimal  # ~10 ms: not at start

    code = (currency or "CNY").upper()
    try:
        value = Decimal(str(amount))
    except ArithmeticError:  # text read from a note, not a number: shown as written
        return f"{amount} {code}"
    locale = _LOCALES.get(lang, "en_GB")
    if word and lang == "zh" and code == "CNY":
        return f"{format_decimal(value, format='#,##0.00', locale=locale)} 元"
    try:
        return format_currency(
            value,
            code,
            format=f"{_PLAIN_SYMBOL[code]}#,##0.00" if code in _PLAIN_SYMBOL else None,
            locale=locale,
            currency_digits=code not in _PLAIN_SYMBOL,
        )
    except (ValueError, KeyError):  # an unknown code: still readable
        return f"{format_decimal(value, format='#,##0.00', locale=locale)} {code}"


def demand_amounts(lines: Iterable[str]) -> list[Decimal]:
    """Amounts written in demands ("退还安装费 50 元", "Refund £649.00"): the first number
    with a currency mark in each line."""
    import re

    found: list[Decimal] = []
    pattern = re.compile(
        r"(?:[£€$¥￥]\s*(\d[\d,]*(?:\.\d+)?))|(?:(\d[\d,]*(?:\.\d+)?)\s*(?:元|块|yuan|GBP|CNY|EUR|RMB))",
        re.IGNORECASE,
    )
    for line in lines:
        m = pattern.search(line)
        if m:
            found.append(Decimal((m.group(1) or m.group(2)).replace(",", "")))
    return found
