"""Character classes for Japanese text with embedded Latin."""

from __future__ import annotations


def is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def is_japanese(ch: str) -> bool:
    """Kana, kanji, Japanese punctuation and full-width forms (not the ideographic space)."""
    code = ord(ch)
    return (
        0x3001 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility ideographs
        or 0xFF01 <= code <= 0xFF9F  # full-width forms and half-width katakana
        or 0x31F0 <= code <= 0x31FF  # katakana phonetic extensions
    )


def is_space(ch: str) -> bool:
    return ch in " \t\u3000"
