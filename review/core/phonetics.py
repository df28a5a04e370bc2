"""Spelling keys for katakana and Latin terms, and a consonant skeleton shared by both scripts.

`spelling_key` erases the differences that never separate two words: width, case, ・ and
spacing, small versus full-size kana, ヴ versus the バ row. `skeleton` further drops ー and ッ,
which sometimes do separate words (パス/パース), so callers bound it by length.
`consonants` maps either script onto broad consonant classes (English l→r, v→b, silent
letters dropped; kana by their row), so オープン and "open" both give "pn".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

_SMALL = str.maketrans("ァィゥェォャュョヮヵヶ", "アイウエオヤユヨワカケ")
_OLD = str.maketrans("ヂヅヲヰヱ", "ジズオイエ")
_VU = (
    ("ヴァ", "バ"),
    ("ヴィ", "ビ"),
    ("ヴェ", "ベ"),
    ("ヴォ", "ボ"),
    ("ヴュ", "ビュ"),
    ("ヴ", "ブ"),
)
_JOINERS = re.compile(r"[・=\s\-‐‑–—.]+")

KATAKANA = "\u30a1-\u30fa\u30fc\u30fd\u30fe"


def is_katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch in "\u30fc\u30fd\u30fe"


def exact_key(term: str) -> str:
    """Width, case and joiners (・, spaces, hyphens) erased."""
    return _JOINERS.sub("", unicodedata.normalize("NFKC", term).casefold())


def spelling_key(term: str) -> str:
    """Width, case, joiners, small kana and ヴ erased; ー and ッ kept."""
    text = exact_key(term)
    for vu, ba in _VU:
        text = text.replace(vu, ba)
    return text.translate(_SMALL).translate(_OLD)


def small_kana_key(term: str) -> str:
    """Width, case and joiners erased, and small vowels written large (ウェス: ウエス)."""
    return exact_key(term).translate(_SMALL)


def trailing_key(term: str) -> str:
    """spelling_key without a word-final ー (コンピュータ/コンピューター)."""
    return spelling_key(term).rstrip("ー")


def skeleton(term: str) -> str:
    """spelling_key without any ー or ッ (ルッダラジュ/ルダラジュ)."""
    return spelling_key(term).replace("ー", "").replace("ッ", "")


_LONG_E = re.compile("([エケセテネヘメレゲゼデベペ])イ")


def long_e_key(term: str) -> str:
    """skeleton, an e-row kana's イ read as its long vowel (メイプル/メープル, レイク/レーク)."""
    return skeleton(_LONG_E.sub(r"\1", spelling_key(term)))


_LONG_O = re.compile("([オコソトノホモヨロゴゾドボポョ])ウ")


def long_o_key(term: str) -> str:
    """skeleton, an o-row kana's ウ read as its long vowel (ショウケース/ショーケース, ピロウ/
    ピロー)."""
    return skeleton(_LONG_O.sub(r"\1", spelling_key(term)))


_DIPHTHONG_U = re.compile("([アカガサザタダナハバパマヤャラワオコゴソゾトドノホボポモヨョロ])ウ")


def one_sound_key(term: str) -> str:
    """spelling_key, a long vowel written ウ read as ー (ボウル/ボール, ファウル/ファール) and
    シェ, ジェ as セ, ゼ (シェラック/セラック); ー and ッ kept (ボート, ボット)."""
    key = _DIPHTHONG_U.sub(r"\1ー", spelling_key(term))
    return key.replace("シエ", "セ").replace("ジエ", "ゼ")


def ti_key(term: str) -> str:
    """skeleton, ティ, ディ, テュ, デュ and ツィ read as チ, ジ, チュ, ジュ and チ (ポインセティア/
    ポインセチア, ロマンティック/ロマンチック, スタジオ/スタディオ, スパテュラ/スパチュラ,
    ヴェネツィア/ベネチア)."""
    key = exact_key(term)
    pairs = (("ティ", "チ"), ("ディ", "ジ"), ("テュ", "チュ"), ("デュ", "ジュ"), ("ツィ", "チ"))
    for written, read in pairs:
        key = key.replace(written, read)
    return skeleton(key)


_O_ROW_WA = re.compile("([オコソトノホモヨロゴゾドボポ])ワ")


def wa_key(term: str) -> str:
    """skeleton, ワ after an o-row kana read as ア (ブロワー/ブロアー, ロワー/ロアー)."""
    return skeleton(_O_ROW_WA.sub(r"\1ア", spelling_key(term)))


_WH = re.compile(r"(?:^|(?<=[・=\s]))ホイ(?=ッ)")


def wh_key(term: str) -> str:
    """skeleton, a word's first ホイッ read as ウィッ, English wh- written two ways
    (ホイットコム/ウィットコム, ホイッスル/ウィッスル)."""
    return skeleton(_WH.sub("ウイ", term))


_I_ROW_THEN_O = re.compile("([キシチニヒミリギジビピ])オ")


def yo_key(term: str) -> str:
    """skeleton, an i-row kana's オ read as its contracted ョ (チャンピオン/チャンピョン)."""
    return skeleton(_I_ROW_THEN_O.sub(r"\1ヨ", spelling_key(term)))


def voicing_key(term: str) -> str:
    """spelling_key, ズ read as ス (ニュースレター/ニューズレター, ジーンズ/ジーンス), and a
    compound's last バッグ as バック, the bag misheard (キャリーバッグ/キャリーバック)."""
    key = spelling_key(term).replace("ズ", "ス")
    return key[:-3] + "バック" if key.endswith("バッグ") and len(key) > 4 else key


def ex_key(term: str) -> str:
    """spelling_key, ex- as エクス or エキス alike (エクストラクター/エキストラクター,
    エクスプレス/エキスプレス)."""
    return spelling_key(term).replace("エキス", "エクス")


# Consonant class of each kana; vowels, ー and ッ have none.
_KANA_ROWS = {
    "k": "カキクケコ",
    "g": "ガギグゲゴ",
    "s": "サシスセソ",
    "z": "ザジズゼゾヂヅ",
    "t": "タチツテト",
    "d": "ダデド",
    "n": "ナニヌネノン",
    "h": "ハヒヘホ",
    "f": "フ",
    "b": "バビブベボヴ",
    "p": "パピプペポ",
    "m": "マミムメモ",
    "y": "ヤユヨ",
    "r": "ラリルレロ",
    "w": "ワヰヱヲ",
}
_KANA_CLASS = {kana: cls for cls, row in _KANA_ROWS.items() for kana in row}
_SMALL_VOWELS = set("ァィゥェォャュョ")


def _kana_consonants(text: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch == "ウ" and nxt and nxt in "ィェォ":
            out.append("w")
        elif ch in _SMALL_VOWELS:
            continue
        elif ch in _KANA_CLASS:
            out.append(_KANA_CLASS[ch])
        elif ch.isascii() and ch.isalpha():
            out.append(ch)
    return "".join(out)


_LATIN_DIGRAPHS = (
    ("tch", "t"),
    ("sch", "s"),
    ("ph", "f"),
    ("ck", "k"),
    ("sh", "s"),
    ("gh", ""),
    ("wh", "w"),
    ("qu", "k"),
    ("x", "ks"),
)
_LATIN_CLASS = {
    "b": "b", "d": "d", "f": "f", "h": "h", "j": "z", "k": "k", "l": "r", "m": "m",
    "n": "n", "p": "p", "q": "k", "r": "r", "s": "s", "t": "t", "v": "b", "w": "w",
    "z": "z", "g": "g", "y": "y",
}  # fmt: skip
# letters whose sound depends on context: each choice gives one alternative key
_AMBIGUOUS = {
    "c": ("k", "s"),
    "ch": ("t", "k", "s"),
    "th": ("s", "t", "z"),  # ザ: leather → レザー
    "ts": ("t", "ts"),  # ツ: sports → スポーツ, Tsitsipas → ツィツィパス
    "g": ("g", "z"),
}
_VOWELS = set("aeiou")
_VOICELESS = frozenset("cfhkpst")


@lru_cache(maxsize=65536)
def latin_consonants(word: str) -> tuple[str, ...]:
    """The consonant skeletons an English spelling may have in katakana, most likely first."""
    written = "".join(ch for ch in unicodedata.normalize("NFKC", word) if ch.isalpha())
    text, named = written.lower(), written[:1].isupper()
    units: list[tuple[str, ...]] = []
    i = 0
    while i < len(text):
        two = text[i : i + 2]
        if two in ("ch", "th", "ts"):
            units.append(_AMBIGUOUS[two])
            i += 2
            continue
        for digraph, cls in _LATIN_DIGRAPHS:
            if text.startswith(digraph, i):
                units.append((cls,) if cls else ())
                i += len(digraph)
                break
        else:
            ch = text[i]
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if (
                ch in _VOWELS
                or (ch == "y" and i > 0 and nxt not in _VOWELS)
                or (ch == "w" and prev in _VOWELS)
            ):
                units.append(("",))
            elif ch == "h" and text[i + 1 : i + 3] in ("oo", "uk"):
                units.append(("h", "f"))  # フ: hook → フック, Webhook → ウェブフック
            elif ch == prev or (ch == "h" and prev and prev not in _VOWELS):
                pass
            elif (
                ch == "r"
                and prev in _VOWELS
                and (nxt not in _VOWELS | {"y"} or text[i + 1 : i + 3] in ("e", "ed", "es"))
            ):
                units.append(("", "r"))  # non-rhotic: star → スター, wired → ワイアード
            elif ch == "w" and prev == "t":
                units.append(("", "w"))  # ツイ: Twitch → ツイッチ
            elif ch == "v" and not prev and named:
                units.append(("b", "f"))  # a name's V as German says it: Vogel → フォーゲル
            elif ch == "w" and nxt in "aei" and named:  # not Wool, ウール
                units.append(("w", "b"))  # a name's W said as German says it: Werner → ヴェルナー
            elif ch == "s" and nxt in _VOWELS and (not prev or prev in _VOWELS):
                units.append(("s", "z"))  # ゾ, ゼ: Sophie → ゾフィー, Kreisel → クライゼル
            elif ch == "g" and prev == "n" and nxt not in _VOWELS:
                units.append(("", "g"))  # samsung → サムスン
            elif ch == "s" and not nxt and prev and prev not in _VOICELESS:
                units.append(("s", "z"))  # ズ: Windows → ウィンドウズ, James → ジェームズ
            elif ch in ("c", "g"):
                units.append(_AMBIGUOUS[ch] if nxt in ("e", "i", "y") else (_AMBIGUOUS[ch][0],))
            else:
                units.append((_LATIN_CLASS.get(ch, ""),))
            i += 1
    keys: list[str] = []
    for choice in product(*(u for u in units if u)):
        key = "".join(choice)
        if key not in keys:
            keys.append(key)
        if len(keys) >= 8:
            break
    return tuple(keys)


@lru_cache(maxsize=65536)
def consonants(term: str) -> str:
    """The consonant skeleton of a katakana (or mixed) term; small kana add no consonant."""
    text = _JOINERS.sub("", unicodedata.normalize("NFKC", term).casefold())
    return _kana_consonants(text)


_ROMAJI = {
    **dict(zip("アイウエオ", ["a", "i", "u", "e", "o"], strict=True)),
    **{k: c + v for c, row in (
        ("k", "カキクケコ"), ("g", "ガギグゲゴ"), ("s", "サシスセソ"), ("z", "ザジズゼゾ"),
        ("t", "タチツテト"), ("d", "ダヂヅデド"), ("n", "ナニヌネノ"), ("h", "ハヒフヘホ"),
        ("b", "バビブベボ"), ("p", "パピプペポ"), ("m", "マミムメモ"), ("r", "ラリルレロ"),
    ) for k, v in zip(row, "aiueo", strict=True)},
    "ヤ": "ya", "ユ": "yu", "ヨ": "yo", "ワ": "wa", "ヲ": "o", "ン": "n", "ヴ": "vu",
    "シ": "shi", "チ": "chi", "ツ": "tsu", "フ": "fu", "ジ": "ji",
}  # fmt: skip
_SMALL_ROMAJI = dict(
    zip("ァィゥェォャュョ", ["a", "i", "u", "e", "o", "ya", "yu", "yo"], strict=True)
)


def romaji(kana: str) -> str:
    """A rough Hepburn reading of katakana: ー and ッ dropped, ャ after a consonant merged
    (キャ → kya), a small vowel replacing the vowel before it (ティ → ti, ファ → fa, ウェ → we)."""
    out = ""
    prev = ""
    for ch in unicodedata.normalize("NFKC", kana):
        if ch in _SMALL_ROMAJI and prev == "ウ":
            out = out[:-1] + "w" + _SMALL_ROMAJI[ch]
        elif ch in _SMALL_ROMAJI:
            small = _SMALL_ROMAJI[ch]
            if out and out[-1] in "aiueo":
                base = out[:-1]
                if small.startswith("y") and base.endswith(("sh", "ch", "j")):
                    small = small[1:]
                out = base + small
            else:
                out += small
        elif ch in _ROMAJI:
            out += _ROMAJI[ch]
        elif ch.isascii() and ch.isalnum():
            out += ch.lower()
        prev = ch
    return out
