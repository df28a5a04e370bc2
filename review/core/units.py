"""Units of measure written by their symbols and by their names in katakana: 442Hz and 数ヘルツ,
23kg and 32キロ are one unit written two ways, which style guides have a document write one
way (JTF 日本語標記ルール, 単位). A name's everyday short form (キロ for kg and km, ミリ for mm)
is listed too. Symbols of one letter (m, g, L, W, V, A) are left out: a letter says too
little to be a unit on its own."""

from __future__ import annotations

UNIT_NAMES: dict[str, tuple[str, ...]] = {
    "Hz": ("ヘルツ",),
    "kHz": ("キロヘルツ",),
    "MHz": ("メガヘルツ",),
    "GHz": ("ギガヘルツ",),
    "mg": ("ミリグラム", "ミリ"),
    "kg": ("キログラム", "キロ"),
    "mm": ("ミリメートル", "ミリ"),
    "cm": ("センチメートル", "センチ"),
    "km": ("キロメートル", "キロ"),
    "mL": ("ミリリットル", "ミリ"),
    "ml": ("ミリリットル", "ミリ"),
    "kW": ("キロワット",),
    "MW": ("メガワット",),
    "GW": ("ギガワット",),
    "Wh": ("ワットアワー",),
    "kWh": ("キロワットアワー",),
    "mAh": ("ミリアンペアアワー",),
    "Pa": ("パスカル",),
    "hPa": ("ヘクトパスカル",),
    "kPa": ("キロパスカル",),
    "MPa": ("メガパスカル",),
    "dB": ("デシベル",),
    "kcal": ("キロカロリー", "カロリー"),
    "cal": ("カロリー",),
    "KB": ("キロバイト",),
    "kB": ("キロバイト",),
    "MB": ("メガバイト", "メガ"),
    "GB": ("ギガバイト", "ギガ"),
    "TB": ("テラバイト",),
    "lm": ("ルーメン",),
    "lx": ("ルクス",),
    "ha": ("ヘクタール",),
    "oz": ("オンス",),
    "ft": ("フィート",),
    "yd": ("ヤード",),
    "pH": ("ペーハー", "ピーエイチ"),
}
