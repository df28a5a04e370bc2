"""Markup: what is code in a text, not prose (URLs, e-mail addresses, tags, placeholders,
entities, escapes: `protected_spans`, for other checks to skip), and a target that lost,
added or changed any of it, or its line breaks and outer whitespace (`check_markup`)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable

from review.core.model import Finding, FindingKind, Segment, Severity
from review.core.qa import finding
from review.core.scripts import is_japanese

_U = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%{}]"  # a URL's characters (ASCII: not を参照)
_HOST = r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
_URL = re.compile(
    rf"(?P<url>(?:https?|ftp)://[A-Za-z0-9\[]{_U}*)"  # a host, not http:// alone
    rf"|(?P<email>(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@{_HOST})"
    rf"|(?P<www>(?<![A-Za-z0-9.\-/@])www\.{_HOST}(?:[/?#]{_U}*)?)"
    # a host without a scheme, with a path: tile.openstreetmap.org/{z}/{x}/{y}.png
    rf"|(?P<host>(?<![A-Za-z0-9.\-/@])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+"
    rf"[a-z]{{2,}}/{_U}*)"
)
_TRAILING = ".,;:!?'\"*([{"  # an opening bracket at the end opens a note after the URL
_OPENER = {")": "(", "]": "[", "}": "{"}
_INFLECTION = re.compile(r"\$[A-Za-z]*\|[A-Za-z]*\$")  # lftp's plural (director$y|ies$)
_CODE = re.compile(
    r"(?P<tag></?g\d+>|<[xbe]\d+/>"  # the tool's own inline codes, then HTML/XML
    r"|</?[A-Za-z][A-Za-z0-9:_.\-]*"
    r"(?:(?:\s+|(?<=[\"']))[A-Za-z_:][\w:.\-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+))?)*"
    r"\s*/?>"
    r"|&lt;/?[A-Za-z][A-Za-z0-9:_.\-]*(?:\s(?:(?!&[lg]t;)[^<>\n])*)?/?&gt;)"  # one escaped
    # SQL's LIKE pattern ('%engine%'), whose word a translation may translate: not compared
    r"|(?P<pattern>(?<=[Ll][Ii][Kk][Ee] ')%[^'%\n]*%(?='))"
    # strftime's era and alternative digits (%EY, the Japanese era's year), not %E and a Y;
    # not compared, as %Y is not: the source's fields are not printf's
    r"|(?P<strftime>%[EO][cCxXyYdeHImMSuUVwW])"
    # Symfony's %count%, not %dx%d (two printf fields and an x); Drupal's %old_alias, not
    # %o and a word (but %spipe is printf's %s run into a word, as in C)
    r"|(?P<named>%[A-Za-z_][A-Za-z0-9_.\-]*[A-Za-z0-9_]%(?!%|\d*(?:\.\d+)?[dixXfsgeu]\b)"
    r"|%[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9](?![A-Za-z0-9_%])"
    r"|%#@[A-Za-z_]\w*@)"  # an Xcode string catalog's substitution, %#@count@
    r"|(?P<percent>%%)"
    r"|(?P<printf>%\([A-Za-z_]\w*\)[-+#0 ]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]"
    # not a % inside a word (username%password: no %p)
    r"|(?!(?<=[A-Za-z]{2})%[A-Za-z][a-z])"
    r"%(?:\d+\$)?[-+#0']*(?:\d+|\*(?:\d+\$)?)?(?:\.(?:\d+|\*(?:\d+\$)?))?(?:hh|h|ll|l|L|q|j|z|t)?"
    r"[diuoxXeEfFgGaAcsSp@rvqwT])"  # v, q, w, T: Go's
    r"|(?P<qt>%&?L?(?:[1-9][0-9]?|n[1-9]?)(?![0-9]))"  # Qt's %1, %L2, %n; Scratch's %n1
    rf"|(?P<inflection>{_INFLECTION.pattern})"
    # a one-letter variable run into a capitalised word is that letter's (XChat's $tDCC:
    # $t, a tab, then DCC), not a variable $tDCC
    r"|(?P<dollar>\$\{[^{}\s]*\}|\$[a-z](?=[A-Z][A-Za-z])|\$[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<texinfo>@[a-z]+\{(?:[^{}]|\{[^{}]*\})*\})"  # @emph{facts}, @code{-Q}
    r"|(?P<brace>\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})"  # up to three deep
    # an entity; a numeric one read without its ; too, as browsers do (&#8221 (ID …)
    r"|(?P<entity>&(?:(?:[A-Za-z][A-Za-z0-9]{1,31}|#[xX][0-9A-Fa-f]{1,6});|#[0-9]{1,7}(?:;|(?![0-9]))))"
    r"|(?P<escape>\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[0-3][0-7]{2}|[nrtbf0\"'\\]))"
)
_COMPARED = frozenset(["tag", "named", "printf", "qt", "dollar", "brace", "texinfo"])
# Texinfo's commands whose argument is text, which a translation translates (@emph{facts},
# @emph{事実}) and may drop or add; the others' argument is code, a key, a node or a link
_TEXINFO_TEXT = frozenset(
    {"emph", "strong", "dfn", "r", "i", "b", "sl", "sc", "w", "cite", "var", "footnote"}
    | {"titlefont", "abbr", "acronym", "asis", "slanted", "sansserif", "headitemfont"}
)
_TEXINFO_LINKS = {"url": "url", "uref": "url", "email": "email"}
_TEXINFO_NODES = frozenset({"ref", "xref", "pxref", "inforef"})  # a node, named as it is
_PLURAL_KEY = re.compile(r"\{(\w+), (?:plural|selectordinal), …\}")
_ICU = re.compile(r"\{\s*(\w+)\s*,\s*(plural|select|selectordinal|choice)\b", re.IGNORECASE)
_INTERVAL = re.compile(r"\{\s*-?(?:\d+|Inf)(?:\s*,\s*-?(?:\d+|Inf))*\s*\}")
_SPACES = re.compile(r"\s+")
_GO_VALUE = re.compile(r"%(?:\d+\$)?[-+# 0]*\d*(?:\.\d+)?v")
_PRINTF_INTEGER = re.compile(r"%(?:\d+\$)?[-+#0 ]*\d*(?:\.\d+)?l{0,2}i")
_PRINTF_DOUBLE = re.compile(r"%(?:\d+\$)?[-+#0 ]*\d*(?:\.\d+)?l[fFeEgGaA]")
_TAG_END = re.compile(r" (/?>)$")
_ATTRIBUTE_RUN = re.compile(r"(=\s*(?:\"[^\"]*\"|'[^']*'))(?=[A-Za-z_:])")  # href="x"class="y"
_PROSE_VALUE = re.compile(
    r"(?i)(?<=\s)(title|alt|aria-label|placeholder|label)\s*=\s*(?:\"[^\"]*\"|'[^']*')"
)
_QUOTED_VALUE = re.compile(r"""\s*=\s*(["'])([^"'<>]*)\1""")
_UNQUOTED_VALUE = re.compile(r"""(?<=[\w-])=([^\s"'<>=`]+?)(?=\s|/?>|$)""")
_EMPTY_VALUE = re.compile(r"(?<=[\w:.\-])\s*=\s*(?:\"\"|'')")
_INDENT = re.compile(r"(?<=\n)[ \t]+")
_NEWLINE = re.compile(r"\r?\n")
_LAYOUT_TAIL = re.compile(r"\S(\r?\n[ \t]+)\Z")
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")
_PARAGRAPH = re.compile(r"\S[ \t]*\r?\n(?:[ \t]*\r?\n)+[ \t]*(?=\S)")
_MARKERS = re.compile(r"[%{<$&\\@/\n]|www\.")
# a placeholder a translation may add where its source has no code at all (a tag added for
# emphasis is the translator's: judged false 18 times in 21)
_ADDED_CODE = re.compile(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[sdiufeEgGxXc@]|\{\d+\}|\{\{")
_WS_NAMES = {
    " ": "space",
    "\u3000": "ideographic space",
    "\u00a0": "no-break space",
    "\n": "line break",
    "\r": "carriage return",
    "\t": "tab",
}

# a language in a URL: a path's segment (/ja/, /en-us/, Google's /intl/ja/, a final /ja), a
# host's first label (ja.), a file name's suffix (Tutorial_Ja.html), a licence's deed
# (deed.ja), a query's value (?hl=ja): a page in the reader's language, not another page; and
# a search's words (?q=regex+tutorial), which a translation may search for in Japanese
_LANGUAGE = re.compile(
    r"(?i)(?<=/)(?:(?:lang|language|locale|intl)/)?(?:ja|jp|en)(?:[-_][a-z]{2})?(?:/|(?=$|[?#\"']))"
    r"|(?<=/)deed\.(?:ja|en)(?=$|[?#\"'])"
    r"|(?<=\w)[-_.](?:ja|jp|en)(?:[-_][a-z]{2})?(?=\.[a-z]{2,5}(?:$|[?#\"']))"
    r"|(?<=//)(?:ja|jp|en)\.(?=[a-z0-9-]+\.)"
    r"|(?<=[?&])(?:(?:lang|hl|locale)=[a-z]{2}(?:[-_][a-z]{2})?"
    r"|(?:highlight|q|query|search_query|keywords?)=[^&#\"']*)&?"
)
_TEMPLATE_LANGUAGE = re.compile(r"(?i)(?<=\w)[._](?:ja|jp|en)(?=\}\}$)")  # {{site.base_url.ja}}

_DATE_FLAG = re.compile(r"^%[-_0^#](?=[a-zA-Z]$)")  # %0e, %-d: GLib's and glibc's padding
_DATE_FORMAT = re.compile(r"%[aAbBhHIklMpSyYZ]")  # strftime's, not printf's
# strftime's fields, by the field each names (the month: %b, %B, %h, %m)
_DATE_FIELDS = {
    **dict.fromkeys(("%a", "%A"), "%a"),
    **dict.fromkeys(("%b", "%B", "%h", "%m"), "%b"),
    **dict.fromkeys(("%d", "%e"), "%d"),
    **dict.fromkeys(("%H", "%k"), "%H"),
    **dict.fromkeys(("%I", "%l"), "%I"),
    **dict.fromkeys(("%y", "%Y"), "%Y"),
    **{field: field for field in ("%M", "%p", "%S", "%Z", "%j")},
}
# italics, which a translation may set as any emphasis (not <strong> as <b>), and emphasis
_EMPHASIS = (
    (("<i>", "<em>"), ("<i>", "<em>", "<b>", "<strong>")),
    (("</i>", "</em>"), ("</i>", "</em>", "</b>", "</strong>")),
)
_EMPHASIS_PAIRS = (("<b>", "</b>"), ("<strong>", "</strong>"), ("<i>", "</i>"), ("<em>", "</em>"))
_SHOUTED = re.compile(r"\b[A-Z]{2,}[A-Z']*\b")  # a word in capitals: emphasis in plain text

_TRANSLATORS_NOTE = re.compile(r"\s*[(（]訳注\s*[:：].*\Z", re.DOTALL)  # (訳注: …) at the end
_EMPTY_QUERY = re.compile(r"\?(?=#|[\"']|$)")  # what is left of ?highlight=x
_FINAL_SLASH = re.compile(r"(?<=\w)/(?=[\"'#?]|$)")


_SITE = re.compile(r"(?i)(?:https?|ftp)://([A-Za-z0-9.\-]+)((?:/[^\s\"'<>?#]*)?)")
_JAPANESE_DOMAIN = re.compile(r"(?i)(?:\.(?:co|or|ne|go|ac))?\.jp$")


def _japanese_site(target: str, source: str) -> bool:
    """Whether a link of the target names the source's page on the site's Japanese home
    (postgresql.org/docs/…/runtime-config-query.html as postgresql.jp/document/…/
    runtime-config-query.html): the same name under .jp, the same last part of the path.
    Anything else in the two texts is the same."""
    t_sites, s_sites = _SITE.findall(target), _SITE.findall(source)
    if not t_sites or len(t_sites) != len(s_sites):
        return False
    if _SITE.sub("", target) != _SITE.sub("", source):
        return False
    for (t_host, t_path), (s_host, s_path) in zip(t_sites, s_sites, strict=True):
        bare = _JAPANESE_DOMAIN.sub("", t_host)
        if bare == t_host or bare.split(".")[-1] != s_host.split(".")[-2:][0]:
            return False
        if t_path.rstrip("/").rsplit("/", 1)[-1] != s_path.rstrip("/").rsplit("/", 1)[-1]:
            return False
    return True


_JAPANESE_ANCHOR = re.compile(r"#[^\s\"'#]*[\u3040-\u30ff\u3400-\u9fff][^\s\"']*")


_WIKIMEDIA = re.compile(
    r"(?i)https?://(?:([a-z]{2,3})\.)?(?:m\.)?(wikipedia|wikibooks|wiktionary|wikiversity|wikiquote"
    r"|wikisource|wikivoyage|wikinews)\.org/wiki/[^\s\"'<>]+"
)


def _japanese_wikipedia(target: str, source: str) -> bool:
    """Whether a target's link is to a Wikimedia project's Japanese edition where the
    source's is to another edition's page: its Japanese page, under its Japanese title
    (ja.wikipedia.org/wiki/KWIC for en.wikipedia.org/wiki/Key_Word_in_Context; Wikibooks'
    too), and the two texts are alike in all else (a tag holding the link). In tags keyed
    without their language (`_page`), any two pages of one project."""
    t, s = _WIKIMEDIA.search(target), _WIKIMEDIA.search(source)
    return bool(
        t
        and s
        and (t.group(1) or "ja").lower() == "ja"
        and (s.group(1) or "").lower() != "ja"
        and t.group(2).lower() == s.group(2).lower()
        and target[: t.start()] == source[: s.start()]
        and target[t.end() :] == source[s.end() :]
    )


def _same_page(target: str, source: str) -> bool:
    """Whether a link of the target names a heading of the source's page by its Japanese
    anchor, and is the source's link in all else."""
    anchor = _JAPANESE_ANCHOR.search(target)
    if anchor is None:
        return False
    before, after = target[: anchor.start()], target[anchor.end() :]
    return re.fullmatch(re.escape(before) + r"#[^\s\"'#]*" + re.escape(after), source) is not None


def _renamed_links(
    source: str, text: str, source_urls: list[_Url], target_urls: list[_Url]
) -> dict[str, str]:
    """The target's links to another site than the source's that its text names where the
    source named the source's (MiKTeX at miktex.org as W32TeX at w32tex.org, a distribution
    for Japanese readers): each with the source's link it stands for."""
    if not source_urls or not target_urls:
        return {}
    said, saying = _outside(source, source_urls), _outside(text, target_urls)
    ours = [u[0] for u in source_urls if _site_named(u[0], said) and not _site_named(u[0], saying)]
    theirs = [
        u[0] for u in target_urls if _site_named(u[0], saying) and not _site_named(u[0], said)
    ]
    return dict(zip(theirs, ours, strict=False)) if len(ours) == len(theirs) else {}


def _outside(text: str, urls: list[_Url]) -> str:
    for url, _, _, _ in urls:
        text = text.replace(url, " ")
    return text.casefold()


def _site_named(url: str, words: str) -> bool:
    site = _SITE.match(url)
    name = site.group(1).casefold().removeprefix("www.").split(".")[0] if site else ""
    return len(name) >= 3 and name in words


def _page(text: str) -> str:
    """A URL, or a tag holding one, as the page it names: without a language in it, nor a
    final slash (https://proj.org/ is https://proj.org)."""
    return _EMPTY_QUERY.sub("", _FINAL_SLASH.sub("", _LANGUAGE.sub("", text)))


_Url = tuple[str, int, int, bool]
"""A URL or e-mail address, its start and end, and whether it is an e-mail address."""
_Issue = tuple[int, int, str, str | None]
"""A finding's start and end in the target, message and suggestion."""


_BBCODE = re.compile(r"\[/?[A-Z]+(?:[ =][^\]]*)?\]")  # Kodi's [CR], [B], [/B], [COLOR red]


def _trim(url: str) -> str:
    """A URL without the punctuation of the sentence after it (a final period, an unpaired
    closing parenthesis or brace: @url{https://…}) or the markup after it ([CR], a Kodi
    string's line break; a wiki link's ][ before its text: [[http://yahoo.com/][Yahoo]])."""
    markup = _BBCODE.search(url)
    if markup:
        url = url[: markup.start()]
    url = url.split("][", 1)[0]
    while url and (
        url[-1] in _TRAILING
        or (url[-1] in _OPENER and url.count(url[-1]) > url.count(_OPENER[url[-1]]))
    ):
        url = url[:-1]
    return url


def _urls(text: str) -> list[_Url]:
    """The URLs and e-mail addresses of `text`."""
    found: list[_Url] = []
    if "/" not in text and "@" not in text and "www." not in text:
        return found
    for m in _URL.finditer(text):
        url = _trim(m.group()) if m.lastgroup != "email" else m.group()
        if url:
            found.append((url, m.start(), m.start() + len(url), m.lastgroup == "email"))
    return found


def protected_spans(text: str, titles: bool = False) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of `text` that are code, not prose: URLs,
    e-mail addresses, tags and inline codes, printf/brace/Symfony/$ placeholders, `%%`,
    entities, backslash escapes, code in backticks (`git rebase`, as Markdown, AsciiDoc and
    reStructuredText write it) and a command line's options and settings (--memory,
    device=cdrom). A placeholder inside a URL is inside its span. With `titles`, the title of
    a reStructuredText reference (`part 8 <tutorial08>`_) is prose."""
    spans = [(start, end) for _, start, end, _ in _urls(text)]
    for m in _CODE.finditer(text):
        if m.lastgroup == "brace" and _ICU.match(m.group()):
            spans.extend(_icu_code(text, m.start(), m.end()))
        elif m.lastgroup == "texinfo":
            spans.extend(_texinfo_code(text, m.start(), m.end()))
        else:
            spans.append(m.span())
    quoted = _GNU_QUOTED.findall(text) if "`" in text else []
    if quoted and len(quoted) == text.count("`"):  # `pwd' and `cd', GNU's way of quoting code
        spans.extend(m.span() for m in _GNU_QUOTED.finditer(text))
    else:
        for m in _BACKTICKED.finditer(text):
            spans.extend(_code_of(text, m) if titles else [m.span()])
    if "-" in text or "=" in text:
        spans.extend(m.span() for m in _OPTION.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _branches(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """The branches of the ICU plural or select at text[start:end]: (selector, the selector's
    start, the message's start, its end)."""
    head = _ICU.match(text, start)
    assert head is not None
    position = text.find(",", head.end())
    position = end - 1 if position < 0 else position + 1
    if head.group(2).lower() == "choice":
        return _choices(text, position, end - 1)
    branches: list[tuple[str, int, int, int]] = []
    while position < end - 1:
        opening = text.find("{", position, end - 1)
        if opening < 0:
            break
        depth, close = 0, opening
        for close in range(opening, end - 1):
            depth += {"{": 1, "}": -1}.get(text[close], 0)
            if depth == 0:
                break
        selector = text[position:opening].strip()
        branches.append(
            (selector, opening - len(text[position:opening].lstrip()), opening + 1, close)
        )
        position = close + 1
    return branches


_LIMIT = re.compile(r"\s*-?(?:\d+(?:\.\d+)?|\u221e)\s*(?:#|<|\u2264)")


def _choices(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """The branches of a Java ChoiceFormat between text[start:end] (-1#none|1#{0} file|1<{0}
    files): its limits, as `_branches` gives selectors, each message up to the next | outside
    braces."""
    branches: list[tuple[str, int, int, int]] = []
    position = start
    while position < end:
        limit = _LIMIT.match(text, position, end)
        if limit is None:
            break
        depth, close = 0, limit.end()
        while close < end and not (text[close] == "|" and depth == 0):
            depth += {"{": 1, "}": -1}.get(text[close], 0)
            close += 1
        selector = limit.group().strip()
        branches.append(
            (
                selector,
                position + len(limit.group()) - len(limit.group().lstrip()),
                limit.end(),
                close,
            )
        )
        position = close + 1
    return branches


def _icu_code(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The code of an ICU plural or select: its head, selectors and braces; the messages of
    its branches are prose (with their own placeholders)."""
    spans: list[tuple[int, int]] = []
    position = start
    for _, _, message_start, message_end in _branches(text, start, end):
        spans.append((position, message_start))
        spans.extend(
            (message_start + a, message_start + b)
            for a, b in protected_spans(text[message_start:message_end])
        )
        position = message_end
    spans.append((position, end))
    return spans


_MAY_HOLD_CODE = re.compile(r"[<{%$&\\@/`=]|www\.|--")
_GNU_QUOTED = re.compile(r"`[^`'\n]+'")
# ```name```_ (reStructuredText's literal in a link), ``literal``, `code`; `0` is a number
_BACKTICKED = re.compile(r"```[^`\n]+```|``[^`\n]+``|`(?!\d[\d.,]*`)[^`\n]+`")
# reStructuredText's reference with a title: `title <target>`_ and :role:`title <target>`
_TITLED = re.compile(r"`([^`<\n]*[^`<\s])\s*<[^`<>\n]+>`")


def _code_of(text: str, m: re.Match[str]) -> list[tuple[int, int]]:
    """The code in a backticked run: all of it, but a titled reference's title is prose."""
    titled = _TITLED.fullmatch(m.group())
    if titled is None or not (text.startswith("_", m.end()) or text[: m.start()].endswith(":")):
        return [m.span()]
    return [(m.start(), m.start() + 1), (m.start() + titled.end(1), m.end())]


# a command line's options and settings: --memory, --disk device=cdrom, memory=1024
# (not the bracket closing around one: 環境変数 (KEY=VALUE))
_VALUE_CHAR = r"(?:[^\s、。,，\"'<>\u3000-\u9fff\uff00-\uffef]|(?<=\d),(?=\d{3}))"  # 2,000,000
_OPTION = re.compile(
    rf"(?<![\w-])--[A-Za-z][A-Za-z0-9_-]*(?:={_VALUE_CHAR}*(?<![)）]))?"
    rf"|(?<![A-Za-z0-9_.-])[A-Za-z_][A-Za-z0-9_.-]*={_VALUE_CHAR}*"
    r"[^\s、。,，\"'<>)）\u3000-\u9fff\uff00-\uffef]"
)


def masked(text: str, titles: bool = False) -> str:
    """`text` with its protected spans blanked (NULs, the same length, so that no word or
    run of words reaches across them), for checks that read prose: offsets stay those of
    `text`. With `titles`, a reference's title is read (its number is the page's)."""
    if _MAY_HOLD_CODE.search(text) is None:
        return text
    parts: list[str] = []
    position = 0
    for start, end in protected_spans(text, titles):
        parts.append(text[position:start])
        parts.append("\0" * (end - start))
        position = end
    parts.append(text[position:])
    return "".join(parts)


_XLIFF_G = re.compile(r"<xliff:g\b")


def _key(token: str) -> str:
    """What two placeholders must share to be the same: the text with whitespace collapsed
    (none before a tag's end: <br /> is <br/>; none in {{ name }}; %v is %s), a link as its
    `_page`; for an ICU plural or select, its head (its branches are translated)."""
    icu = _ICU.match(token)
    if icu:
        return f"{{{icu.group(1)}, {icu.group(2).lower()}, …}}"
    if token[0] == "{" and ("," in token or token.startswith("{{")):
        # a set or a range ({0,1,2}, {1,..,n}), not code; a template's {{ name }}: {{name}},
        # and its value for the reader's language the source's ({{ site.docs_url.ja }})
        return _TEMPLATE_LANGUAGE.sub("", _SPACES.sub("", token))
    key = _SPACES.sub(" ", token)
    if _SLOT.fullmatch(key):
        return "%n"  # Scratch's numbered slot (%n1) is its %n
    if key.startswith("%&"):
        return "%" + key[2:]  # %&1: %1, its 1 a menu's key
    if _GO_VALUE.fullmatch(key):
        return key[:-1] + "s"  # Go prints a string or an error alike with %v and %s
    if _PRINTF_INTEGER.fullmatch(key):
        return key[:-1] + "d"  # printf prints an integer alike with %i and %d
    if _PRINTF_DOUBLE.fullmatch(key):
        return key.replace("l", "", 1)  # and a double alike with %lf and %f
    if key[0] != "<":
        return key
    if _XLIFF_G.match(key):
        return "<xliff:g>"  # Android's note to translators (id, example), which aapt2 strips
    key = _EMPTY_VALUE.sub("", key)  # translate="" is translate, an attribute without value
    key = _QUOTED_VALUE.sub(r'="\2"', key)  # href='%s', id = "x": href="%s", id="x"
    key = _UNQUOTED_VALUE.sub(r'="\1"', key)  # href=https://…: href="https://…" (round 129)
    key = _PROSE_VALUE.sub(r"\1=…", key)  # title="Remmina のリリースノート": translated
    return _TAG_END.sub(r"\1", _ATTRIBUTE_RUN.sub(r"\1 ", _link_key(key)))


def _link_key(text: str) -> str:
    """`_page`, its scheme the URL check's to compare (an upgrade to https is no change)."""
    return _SECURE.sub("http://", _page(text))


_SECURE = re.compile(r"(?i)\bhttps://")
_INSECURE = re.compile(r"(?i)^http://")  # a source's link the target may upgrade
# www. the target adds before a host (http://www.yabause.org/ for http://yabause.org, round
# 127), the site's full name; one the target drops may name no site
_WWW = re.compile(r"(?i)(?<=://)www\.")


# words in braces ({no title}, Erlang's {Module, [Options]}, Jmol's { number number number }):
# a description, not an ICU argument with its type ({name, number})
_BRACED_WORDS = re.compile(
    r"\{ ?(?![^,]*,\s*(?:plural|select|selectordinal|choice|number|date|time|spellout|ordinal"
    r"|duration)\b)[^\W\d_]{2,}(?:(?: |, \[?)[^\W\d_]{2,}\]?)+ ?\}"
)


_PROSE_BRACES = re.compile(r"\{[ \t]+\}")  # { }: the braces themselves, in prose
# words of a sentence in braces, with its punctuation (%{error. defaulting to%}, a comment)
_BRACED_PROSE = re.compile(r"\{[^{}]*?[^\W\d_]{2,}[.,;:]? [^\W\d_]{2,}[^{}]*\}")
# a sentence's end inside braces: an array of sentences printed ({Groonga is fast.,…}), no
# placeholder's name
_BRACED_SENTENCE = re.compile(r"[^\W\d_]{2,}[.。!?！？](?:[,、\s]|$)")
_WIDTH = re.compile(r"^(%(?:\d+\$)?[-+#0 ']*)\d+(?=[.a-zA-Z@])")  # a printf field's width
_VALUE_EMPHASIS = re.compile(r"<(b|strong|em|i)>\s*(%[^\s<]{1,12}|\{[^<{}]{1,40}\})\s*</\1>")


def _without_value_emphasis(
    source: str, text: str, have: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The target's tags less a bold or italic pair it adds around a value alone (スパムは
    <b>%s</b> へ送られます for "Spam is sent to %s"): the value set off, as a translator
    may; not where the source has that tag itself."""
    added = {
        i
        for m in _VALUE_EMPHASIS.finditer(text)
        if f"<{m.group(1)}>" not in source
        for i in (m.start(), m.end() - len(m.group(1)) - 3)
    }
    return [(k, s, e) for k, s, e in have if s not in added]


# a formula's italics and indices, as a help text sets them; <i> and <em> one family; a
# span of rich text styled as the source styles its words (Qt's <span style=" …">)
_STYLING = (("i", "em"), ("sub",), ("sup",))
_STYLED_SPAN = re.compile(r'<span style="[^"<>]*">')


def _without_added_styling(
    wanted: list[tuple[str, int, int]], have: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The target's tags less the italic, subscript and superscript pairs it adds to the
    source's, whole pairs (Γ(<i>x</i>) where the source writes Γ(x)): styling that sets a
    formula as the translation words it; and less the styled spans of rich text it adds in
    a style the source has (an italic span cut in two, as Japanese orders the words). One
    the target lacks is still told."""
    drop: set[int] = set()
    families = [({f"<{name}>" for name in f}, {f"</{name}>" for name in f}) for f in _STYLING]
    families += [({k}, {"</span>"}) for k in {k for k, _, _ in wanted if _STYLED_SPAN.fullmatch(k)}]
    for opened, closed in families:
        extra = min(
            sum(k in keys for k, start, _ in have if start not in drop)
            - sum(k in keys for k, _, _ in wanted)
            for keys in (opened, closed)
        )
        for keys in (opened, closed):
            found = [s for k, s, _ in have if k in keys and s not in drop]
            drop.update(found[len(found) - extra :] if extra > 0 else ())
    return [(k, s, e) for k, s, e in have if s not in drop]


def _widths_as_source(
    wanted: list[tuple[str, int, int]], have: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The target's placeholders, one that sets another field width than the source's (%-25s
    for %-20s, widened for Japanese text's columns) read as the source's: not one that adds a
    width the source has none of (%1s for %s)."""
    widths = {_WIDTH.sub(r"\1#", key): key for key, _, _ in wanted if _WIDTH.match(key)}
    wanted_keys = {key for key, _, _ in wanted}
    return [
        (k if k in wanted_keys else widths.get(_WIDTH.sub(r"\1#", k), k), s, e) for k, s, e in have
    ]


_RUN_ON = re.compile(r"(%[1-9][0-9]?)[A-Za-z@]")


def _arguments_run_on(
    wanted: list[tuple[str, int, int]], have: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The printf fields of one text (`have`) that are the other's Qt argument run into a
    word, read as that argument (%1XMR for "%1 monero": %1 and XMR, not a field %1X)."""
    wanted_keys = {key for key, _, _ in wanted}
    read = []
    for k, s, e in have:
        run_on = _RUN_ON.fullmatch(k)
        if run_on and k not in wanted_keys and run_on.group(1) in wanted_keys:
            k, e = run_on.group(1), e - 1
        read.append((k, s, e))
    return read


def _placeholders(codes: list[re.Match[str]], urls: list[_Url]) -> list[tuple[str, int, int]]:
    """(key, start, end) of the tags and placeholders among `codes`; a %-escape inside a URL
    (%2F) is not one."""
    found = []
    for m in codes:
        kind = m.lastgroup
        if kind not in _COMPARED:
            continue
        if kind == "printf" and any(s <= m.start() < e for _, s, e, _ in urls):
            continue
        if kind == "tag" and (_metavariable(m) or _LINE_BREAK.fullmatch(m.group())):
            continue  # <br>: where a line breaks is the translation's layout (14 of 17 judged)
        if kind == "texinfo":
            key = _texinfo_key(m.group())
            if key is not None:
                found.append((key, m.start(), m.end()))
            else:  # text, with code of its own (@w{@kbd{diff -u}})
                inner = _CODE.finditer(m.string, m.string.index("{", m.start()) + 1, m.end() - 1)
                found.extend(_placeholders(list(inner), urls))
            continue
        if kind == "brace" and (
            (m.group() != "{}" and not m.group()[1:-1].strip())
            or _quoted_brace(m)
            or ("\n" in m.group() and not _ICU.match(m.group()))
            or _BRACED_WORDS.fullmatch(m.group())
            or (_BRACED_SENTENCE.search(m.group()[1:-1]) and not _ICU.match(m.group()))
        ):
            continue  # { } in prose, the braces themselves; a block of lines ({{{ … }}}, a
            # wiki's code block, its comments translated); words or sentences in braces ({no
            # title}): no format fills any
        found.append((_key(m.group()), m.start(), m.end()))
    return found


def _quoted_brace(m: re.Match[str]) -> bool:
    """Whether the opening brace is a quoted character ('{' の後に '}': a message about the
    braces themselves), not a placeholder's."""
    before, after = m.string[m.start() - 1 : m.start()], m.group()[1:2]
    return bool(before) and before in "'\"‘“" and after in "'\"’”"


def _texinfo_key(token: str) -> str | None:
    """What a Texinfo command must keep: none for text (@emph{…}); a link, not its text nor
    its address, which the URL check compares (@uref{https://…, wiki}, an @url's key too); a
    cross-reference's node, not its wording (@pxref{Sending Mail}, which a translation writes
    @ref{Sending Mail}を参照); a code's, a key's or a file's argument as it is written."""
    name, argument = token[1:-1].split("{", 1)
    if name in _TEXINFO_TEXT:
        return None
    if name in _TEXINFO_LINKS:
        return f"@{_TEXINFO_LINKS[name]}{{…}}"
    if name in _TEXINFO_NODES:
        return f"@ref{{{_SPACES.sub(' ', argument.split(',', 1)[0].strip())}}}"
    return f"@{name}{{{_SPACES.sub(' ', argument)}}}"


def _texinfo_code(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The code of a Texinfo command: all of a code's or a key's; of a text command, its
    name and braces (its text is prose, with code of its own); of a link, up to its text."""
    name, argument = text[start + 1 : end - 1].split("{", 1)
    opening = start + len(name) + 2
    if name in _TEXINFO_TEXT:
        inner = protected_spans(text[opening : end - 1])
        return [(start, opening), *((opening + a, opening + b) for a, b in inner), (end - 1, end)]
    if name in _TEXINFO_LINKS or name in _TEXINFO_NODES:
        comma = argument.find(",")
        if comma >= 0:
            return [(start, opening + comma + 1), (end - 1, end)]
    return [(start, end)]


# the elements of HTML, Pango, Mallard and DocBook that translations carry; a bracketed word
# that is none of them, unclosed and without attributes, is a value's name (<path>)
_ELEMENTS = frozenset(
    {
        "a",
        "abbr",
        "app",
        "application",
        "area",
        "audio",
        "b",
        "base",
        "big",
        "blockquote",
        "body",
        "br",
        "button",
        "caption",
        "center",
        "cite",
        "cmd",
        "code",
        "col",
        "command",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "emphasis",
        "file",
        "filename",
        "font",
        "footnote",
        "form",
        "gui",
        "guibutton",
        "guilabel",
        "guimenu",
        "guimenuitem",
        "guiseq",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "ins",
        "item",
        "kbd",
        "key",
        "keycap",
        "keyseq",
        "label",
        "li",
        "link",
        "list",
        "literal",
        "mark",
        "media",
        "menuchoice",
        "meta",
        "nav",
        "note",
        "ol",
        "option",
        "output",
        "p",
        "param",
        "phrase",
        "pre",
        "q",
        "quote",
        "replaceable",
        "s",
        "samp",
        "script",
        "section",
        "select",
        "small",
        "source",
        "span",
        "steps",
        "strike",
        "strong",
        "style",
        "sub",
        "summary",
        "sup",
        "sys",
        "table",
        "tbody",
        "td",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "track",
        "tt",
        "u",
        "ul",
        "ulink",
        "userinput",
        "var",
        "video",
        "wbr",
        "xref",
    }
)
_POSITION = re.compile(r"^%\d+\$")
_QT_ARGUMENT = re.compile(r"^%L?\d+$")  # Qt's %1: one argument, which may be printed twice
_SLOT = re.compile(r"%n[1-9]")


_INDEX = re.compile(r"\{\d+\}")  # {1} for the source's second {}: Python may number them


def _once(
    placeholders: list[tuple[str, int, int]], numbered: re.Pattern[str] = _POSITION
) -> list[tuple[str, int, int]]:
    """The placeholders with a numbered one (%8$s, {1}) counted once: printf may print one
    argument twice (WeeChat's colour reset), and it is still one of the source's."""
    seen: set[str] = set()
    kept = []
    for key, start, end in placeholders:
        if numbered.match(key):
            if key in seen:
                continue
            seen.add(key)
        kept.append((key, start, end))
    return kept


def _in_order(placeholders: list[tuple[str, int, int]]) -> bool:
    """Whether the numbered placeholders are numbered 1, 2, 3… as they come, so that the
    same ones without numbers stand for the same arguments."""
    numbers = [int(m.group()[1:-1]) for key, _, _ in placeholders if (m := _POSITION.match(key))]
    return numbers == list(range(1, len(numbers) + 1))


# no attribute with a value, so possibly a value's name (<file>, <filename of exe>)
_BARE_TAG = re.compile(r"<[A-Za-z][\w.\-]*(?: [A-Za-z][\w.\-]*)*>")
_TRANSLATED_VALUE = re.compile(
    r"<[^<>=/\s][^<>=]*[\u3040-\u30ff\u3400-\u9fff][^<>=]*>"
    r"|＜[^＜＞<>]*[\u3040-\u30ff\u3400-\u9fff][^＜＞<>]*＞"  # in full-width brackets
)
_TAG_NAME = re.compile(r"<([A-Za-z][A-Za-z0-9:_.\-]*)")
_VOID_ELEMENTS = frozenset({"br", "hr", "img", "wbr", "input", "meta", "link", "col", "source"})


_LINE_BREAK = re.compile(r"(?:<|&lt;)br\s*/?\s*(?:>|&gt;)", re.IGNORECASE)


def _metavariable(m: re.Match[str]) -> bool:
    """<path>, <none available>: words in brackets that a help text writes for a value (and
    a translation may translate: <パス>), not a tag: no attribute value, not self-closing, not
    an element markup has, and not closed anywhere in the text."""
    token, text, elements = m.group(), m.string.lower(), _ELEMENTS
    if token.startswith("&lt;"):  # escaped: &lt;filename&gt;, an element only if closed
        token, text, elements = html.unescape(token), html.unescape(text), _VOID_ELEMENTS
    name = _TAG_NAME.match(token)
    if name is None or "=" in token or token.endswith("/>"):
        return False
    tag = name.group(1).lower()
    return ":" not in tag and tag not in elements and f"</{tag}" not in text


def _counts(text: str, tokens: list[tuple[str, int, int]], variants: bool) -> Counter[str]:
    """How many of each placeholder `text` has; of `variants` (Symfony plural forms, one|many),
    the most any form has, without the interval a form starts with ({0} none|{1} one)."""
    if not variants:
        return Counter(key for key, _, _ in tokens)
    forms: dict[int, Counter[str]] = {}
    for key, start, _ in tokens:
        form = text.count("|", 0, start)
        head = text.rfind("|", 0, start) + 1
        if _INTERVAL.fullmatch(key) and not text[head:start].strip():
            continue
        forms.setdefault(form, Counter())[key] += 1
    counts: Counter[str] = Counter()
    for form_counts in forms.values():
        counts |= form_counts
    return counts


# an argument by its name or number ({time}, {0}, %(card)s, %1$s, $var): a target may print it
# fewer times than the source, once at least (刺激の{type}が…, for start {type} … stop {type})
_NAMED_ARGUMENT = re.compile(r"\{\s*\w|%\(\w+\)|%\d+\$|%L?\d+$|\$\{?[A-Za-z_]")


def _compared(
    source: str,
    source_codes: list[re.Match[str]],
    source_urls: list[_Url],
    text: str,
    codes: list[re.Match[str]],
    target_urls: list[_Url],
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """The placeholders of the source and of the target, (key, start, end), keyed so that
    what a translation may write otherwise is one key (%s as %2$s, {} as {0}, a field's
    width, styling added around a value)."""
    wanted = _placeholders(source_codes, source_urls)
    have = _placeholders(codes, target_urls)
    if not any(_POSITION.match(key) for key, _, _ in wanted):  # %s may become %2$s in a
        have = [(_POSITION.sub("%", key), s, e) for key, s, e in _once(have)]  # reordered one
    elif not any(_POSITION.match(key) for key, _, _ in have) and _in_order(wanted):
        wanted = [(_POSITION.sub("%", key), s, e) for key, s, e in wanted]  # %1$@ to %2$@: %@〜%@
    if any(key == "{}" for key, _, _ in wanted) and not any(k[1:2].isdigit() for k, _, _ in wanted):
        have = [("{}" if _INDEX.fullmatch(k) else k, s, e) for k, s, e in _once(have, _INDEX)]
    if _BRACED_WORDS.search(source) or _BRACED_PROSE.search(source):
        # {no title} translated: {タイトルなし}; LilyPond's comment %{error. defaulting to%}
        have = [(k, s, e) for k, s, e in have if not (k[0] == "{" and any(map(is_japanese, k)))]
    if _PROSE_BRACES.search(source):  # map { } written map {}: the braces, as the source's
        have = [(k, s, e) for k, s, e in have if k != "{}"]
    have = _once(have, _QT_ARGUMENT)
    have = _widths_as_source(wanted, have)
    have = _arguments_run_on(wanted, have)
    wanted = _arguments_run_on(have, wanted)  # %1check by yourself%2: %1 and check
    have = _without_value_emphasis(source, text, have)
    have = _without_added_styling(wanted, have)
    return wanted, have


def _tallies(
    source: str, wanted: list[tuple[str, int, int]], text: str, have: list[tuple[str, int, int]]
) -> tuple[list[tuple[str, int, int]], Counter[str], Counter[str]]:
    """The source's placeholders, and how many of each the source and the target have, one
    plural form and one date format's fields counted as one."""
    variants = source.count("|") > text.count("|")  # a language with fewer plural forms
    have = _plurals_collapsed(wanted, have)
    if len(set(_DATE_FORMAT.findall(source))) >= 2:  # %b %d %Y: a date
        wanted, have = _dated(wanted), _dated(have)
    want_count = _counts(source, wanted, variants)
    have_count = _counts(text, have, variants)
    _restyled(source, text, want_count, have_count)
    return wanted, want_count, have_count


def missing_codes(source: str, text: str) -> list[str]:
    """The tags and placeholders of `source` that `text` lacks, in the source's order and as
    the source writes them (two <x1/> in the source and one in the text: one missing), as
    the placeholder check counts them (%2$s stands for %s, {0} for {})."""
    source_codes, codes = list(_CODE.finditer(source)), list(_CODE.finditer(text))
    wanted, have = _compared(source, source_codes, _urls(source), text, codes, _urls(text))
    wanted, want_count, have_count = _tallies(source, wanted, text, have)
    seen: Counter[str] = Counter()
    missing = []
    for key, start, end in sorted(wanted, key=lambda w: w[1]):
        seen[key] += 1
        if have_count[key] < seen[key] <= want_count[key]:
            missing.append(source[start:end])
    return missing


_OPENING_TAG = re.compile(r"<([A-Za-z][\w:.\-]*)(?:\s[^<>]*)?(?<!/)>")
_PAIR_BEGIN = re.compile(r"<b(\d+)/>")


def closing_tag(code: str) -> str | None:
    """The code that closes `code`, if it opens a pair (<g1>: </g1>; <b2/>: <e2/>, the
    halves of a <bpt>/<ept> pair; <a href="…">: </a>)."""
    if begin := _PAIR_BEGIN.fullmatch(code):
        return f"<e{begin.group(1)}/>"
    opening = _OPENING_TAG.fullmatch(code)
    return f"</{opening.group(1)}>" if opening else None


def _placeholder_issues(
    source: str, wanted: list[tuple[str, int, int]], text: str, have: list[tuple[str, int, int]]
) -> list[_Issue]:
    """Each placeholder and tag of the source as many times in the target, in any order."""
    if _argument_typed_twice(wanted):
        return []
    wanted, want_count, have_count = _tallies(source, wanted, text, have)
    issues: list[_Issue] = []
    translated = len(_TRANSLATED_VALUE.findall(text))  # <ファイル> for <file>: a value's name
    plain = _rich_text_as_plain(wanted, have)
    for key in dict.fromkeys(key for key, _, _ in wanted):
        s, t = want_count[key], have_count[key]
        if plain and key.startswith("<"):
            continue
        if t < s and _BARE_TAG.fullmatch(key) and f"</{key[1:]}" not in source:
            kept = min(translated, s - t)
            translated, t = translated - kept, t + kept
        if t < s and _APP_NAME.search(key) and _THIS_APP.search(text):
            continue  # {{appName}} said as このアプリ, "this app"
        if t < s and not (t and _NAMED_ARGUMENT.match(key)):
            noun = "tag" if key.startswith(("<", "&lt;")) else "placeholder"
            shown = _as_written(key, {source[a:b] for k, a, b in wanted if k == key})
            issues.append((0, 0, f"missing {noun} “{shown}” (source has {s}, target {t})", None))
    extra = {
        key: n - want_count[key]
        for key, n in have_count.items()
        if n > want_count[key]
        and not _named_again(key, source, want_count)
        and not key.startswith("@")  # a Texinfo key or code the translation names to explain
        and not (plain and key.startswith("<"))
    }
    extras: list[_Issue] = []
    for key, start, end in reversed(have):  # the last ones of a key are the extra ones
        if extra.get(key, 0) > 0:
            extra[key] -= 1
            noun = "tag" if key.startswith(("<", "&lt;")) else "placeholder"
            s, t = want_count[key], have_count[key]
            shown = _as_written(key, {text[a:b] for k, a, b in have if k == key})
            extras.append(
                (start, end, f"extra {noun} “{shown}” (source has {s}, target {t})", None)
            )
    return issues + extras[::-1]


def _argument_typed_twice(wanted: list[tuple[str, int, int]]) -> bool:
    """Whether the source prints one numbered argument as two types (%1$s, then %1$d): a
    source in error, which its translation may number right (%1$s, %2$s, %3$d)."""
    typed: dict[str, set[str]] = defaultdict(set)
    for key, _, _ in wanted:
        if key.startswith("%") and (position := _POSITION.match(key)):
            typed[position.group()].add(key[-1])
    return any(len(types) > 1 for types in typed.values())


_RICH_TEXT_WRAPPER = frozenset({"html", "head", "body", "p", "qt", "meta", "br"})


def _rich_text_as_plain(
    wanted: list[tuple[str, int, int]], have: list[tuple[str, int, int]]
) -> bool:
    """Whether the source is plain text in Qt's rich-text wrapper (<html><head/><body><p>…)
    and the target the same text without any tag, or in the wrapper too with its paragraphs
    joined or split (each <p> closed), which Qt shows alike but for the layout."""
    tags = [_TAG_NAME.match(key.replace("</", "<")) for key, _, _ in wanted if key[:1] == "<"]
    theirs = [key for key, _, _ in have if key[:1] == "<"]
    return (
        bool(tags)
        and all(tag is not None and tag.group(1).lower() in _RICH_TEXT_WRAPPER for tag in tags)
        and any(tag is not None and tag.group(1).lower() == "html" for tag in tags)
        and (not theirs or _in_wrapper(theirs))
    )


def _in_wrapper(keys: list[str]) -> bool:
    names = [_TAG_NAME.match(key.replace("</", "<")) for key in keys]
    return all(n is not None and n.group(1).lower() in _RICH_TEXT_WRAPPER for n in names) and (
        sum(k.lower().startswith("<p") for k in keys) == sum(k.lower() == "</p>" for k in keys)
    )


def _as_written(key: str, written: set[str]) -> str:
    """A placeholder or tag as its text writes it (%i, not %d; {{ limit }}; <a href='x'>),
    where it writes it one way."""
    [only] = written if len(written) == 1 else [key]
    return only if only.startswith(("%", "{{", "<")) else key


def _restyled(source: str, text: str, want_count: Counter[str], have_count: Counter[str]) -> None:
    """The target's counts, where it sets the source's markup in its own style: italics as
    any emphasis, or as 「」; capitals as bold; a link to the page on a Japanese site, or to
    a heading of the page by its Japanese anchor (#ドメイン検証 for #domain-verification)."""
    for italic, emphasis in _EMPHASIS:  # <i> as <b>: Japanese type has no italics
        lost = sum(max(0, want_count[tag] - have_count[tag]) for tag in italic)
        gained = sum(max(0, have_count[tag] - want_count[tag]) for tag in emphasis)
        if lost and lost == gained:
            for tag in emphasis:
                have_count[tag] = want_count[tag]
    if ".jp" in text:
        _count_as_source(want_count, have_count, _japanese_site)
    if "#" in text:
        _count_as_source(want_count, have_count, _same_page)
    if any((m.group(1) or "").lower() == "ja" for m in _WIKIMEDIA.finditer(text)):
        _count_as_source(want_count, have_count, _japanese_wikipedia)
    quoted = text.count("「") + text.count("『") - source.count("「") - source.count("『")
    for opening, closing in _EMPHASIS_PAIRS[2:]:  # <i>Title</i> as 「Title」: no italics
        lost = want_count[opening] - have_count[opening]
        if 0 < lost <= quoted and lost == want_count[closing] - have_count[closing]:
            have_count[opening], have_count[closing] = want_count[opening], want_count[closing]
            quoted -= lost
    for opening, closing in _EMPHASIS_PAIRS:  # NOW! as <b>今だ！</b>: capitals as bold
        gained = have_count[opening] - want_count[opening]
        if (
            gained > 0
            and gained == have_count[closing] - want_count[closing]
            and any(word not in text for word in _SHOUTED.findall(source))
        ):
            have_count[opening], have_count[closing] = want_count[opening], want_count[closing]


def _count_as_source(
    want_count: Counter[str], have_count: Counter[str], same: Callable[[str, str], bool]
) -> None:
    """The target's extra links that name a link the source has and the target lacks
    (`same`), counted as that link."""
    for key, count in list(have_count.items()):
        gained = count - want_count[key]
        page = next((w for w, n in want_count.items() if n > have_count[w] and same(key, w)), None)
        if gained > 0 and page is not None:
            moved = min(gained, want_count[page] - have_count[page])
            have_count[key] -= moved
            have_count[page] += moved


_APP_NAME = re.compile(r"(?i)\W(?:app|application|product)_?name\W")
_THIS_APP = re.compile(r"(?:この|本|当)(?:アプリ|ソフト|製品)|アプリ(?!ケーション|ストア)")
_SHELL_VARIABLE = re.compile(r"\$\{?([A-Z][A-Z0-9_]+)\}?")


def _named_again(key: str, source: str, want_count: Counter[str]) -> bool:
    """Whether an extra shell variable names again, or with its $, one the source names
    ($PWD twice, $HISTTIMEFORMAT for HISTTIMEFORMAT): prose about it, not a format's field."""
    variable = _SHELL_VARIABLE.fullmatch(key)
    if variable is None:
        return False
    name = variable.group(1)
    return want_count[key] > 0 or re.search(rf"(?<![\w$]){name}(?!\w)", source) is not None


def _dated(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A date format's fields, each in its long or short form (%b or %B, %d or %e, %a or
    %A), as one: a translation writes the date as its language does (%Y年%B%e日)."""
    return [
        (_DATE_FIELDS.get(bare := _DATE_FLAG.sub("%", key), bare), start, end)
        for key, start, end in tokens
    ]


def _plurals_collapsed(
    wanted: list[tuple[str, int, int]], have: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The target's placeholders, where a language of one plural form writes a plural of the
    source as its bare number (`{0, plural, one {# file} other {# files}}` → `{0}件`): that
    `{0}` is the plural's."""
    keys = {key for key, _, _ in wanted}
    plural = {}
    for key in keys:
        head = _PLURAL_KEY.fullmatch(key)
        if head and "{" + head.group(1) + "}" not in keys:
            plural["{" + head.group(1) + "}"] = key
    return [(plural.get(key, key), start, end) for key, start, end in have]


def _unmatched(urls: list[_Url], other: list[_Url]) -> list[_Url]:
    """The URLs of `urls` that `other` does not have (as many times)."""
    spare = Counter(u[0] for u in urls) - Counter(u[0] for u in other)
    found = []
    for u in urls:
        if spare[u[0]] > 0:
            spare[u[0]] -= 1
            found.append(u)
    return found


def _url_issues(
    source_urls: list[_Url], target_urls: list[_Url], renamed: dict[str, str] | None = None
) -> list[_Issue]:
    """A source URL the target changed, on the changed one (the most alike), or lost; not
    one `renamed` with the site its link names (`_renamed_links`)."""
    renamed = renamed or {}
    left = _unmatched(target_urls, source_urls)
    issues: list[_Issue] = []
    for url, _, _, email in _unmatched(source_urls, target_urls):
        what = "e-mail address" if email else "URL"
        alike = [u for u in left if u[3] == email]
        if alike:
            best = max(alike, key=lambda u: len(_shared(u[0], url)))
            left.remove(best)
            pages = {_page(url), _page(_INSECURE.sub("https://", url))}
            if (
                not pages & {_page(best[0]), _page(_WWW.sub("", best[0], count=1))}
                and renamed.get(best[0]) != url
                and not _japanese_site(best[0], url)
                and not _japanese_wikipedia(best[0], url)
            ):
                issues.append((best[1], best[2], f"{what} changed: the source has “{url}”", url))
        elif not (email and _EXAMPLE_MAIL.search(url)):  # an example address said in words
            issues.append((0, 0, f"{what} “{url}” is missing from the target", None))
    return issues


_EXAMPLE_MAIL = re.compile(r"(?i)@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.example)$")


def _shared(a: str, b: str) -> str:
    """The start two texts share."""
    return a[: next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(b))]


def _edges(text: str) -> tuple[str, str]:
    """The whitespace a text starts and ends with."""
    if not text.strip():
        return text, ""
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def _break_issues(source: str, text: str) -> list[_Issue]:
    """Line breaks: as many in the target as in the source, unless only the lines inside a
    paragraph break elsewhere (a help text wrapped anew: Japanese wraps where it needs). The
    span of the target's extra ones, at its end or its start if it has more there than the
    source, else its last one."""
    s, t = source.count("\n"), text.count("\n")
    if s == t:
        return []
    (s_lead, s_trail), (t_lead, t_trail) = _edges(source), _edges(text)
    if _HTML_ONLY.search(source) and source.strip().count("\n") == text.strip().count("\n"):
        return []  # a line break before or after HTML is no break the reader sees
    if (
        s_lead.count("\n") == t_lead.count("\n")
        and s_trail.count("\n") == t_trail.count("\n")
        and (
            len(_PARAGRAPH.findall(source)) == len(_PARAGRAPH.findall(text))
            or (_wrapped(source) and _wrapped(text))
        )
    ) or _split_into_paragraphs(source, text):
        return []
    message = f"the target has {_noun(t, 'line break')}, the source {s}"
    if t < s:
        return [(0, 0, message, None)]
    trail = min(t_trail.count("\n") - s_trail.count("\n"), t - s)
    lead = min(t_lead.count("\n") - s_lead.count("\n"), t - s)
    breaks = list(_NEWLINE.finditer(text))
    if trail <= 0 and lead <= 0:
        return [(breaks[-1].start(), breaks[-1].end(), message, None)]
    extra = breaks[-trail:] if trail > 0 else breaks[:lead]
    return [(extra[0].start(), extra[-1].end(), message, "")]


def _tab_issues(source: str, text: str) -> list[_Issue]:
    """Tabs inside a text of one line: not all lost (a menu item's before its shortcut), none
    added where the source has none; the span of the target's first one where it added
    one. Tabs at either end are the outer whitespace's (a menu item's source may end in the
    tab its translation has before the shortcut); a help text's columns, laid out in lines,
    may align with tabs or spaces."""
    had, has = source.count("\t"), text.count("\t")
    if had == has or "\n" in source.strip() + text.strip():
        return []
    s, t = source.strip().count("\t"), text.strip().count("\t")
    message = f"the target has {_noun(t, 'tab')} inside, the source {s}"
    if s and not t and has < had:  # lost; a column's tabs may be fewer (変更日\t\t\t:)
        return [(0, 0, message, None)]
    if t and not had:
        at = text.index("\t", len(text) - len(text.lstrip()))
        return [(at, at + 1, message, "")]
    return []


# tags of HTML that no other markup of messages has (Pango's <b>, <i>, <span> and <a> keep
# their line breaks): the text is HTML, where a line break is a space
_HTML_ONLY = re.compile(r"(?i)<(?:strong|em|p|br|div|html|body|li|ul|ol|table|tr|td|h[1-6])\b")
_WRAP_WIDTH = 30  # a line wrapped for a help screen is this long at least, Japanese's too


def _wrapped(text: str) -> bool:
    """Whether a text is wrapped into lines inside its paragraphs, two of them at least: a
    help screen, whose translation wraps and parts its paragraphs as Japanese reads best
    (dselect's)."""
    if any(line[:1].isspace() for line in text.strip().split("\n")):
        return False  # indented: a list or a table, laid out line by line
    paragraphs = [p.split("\n") for p in _BLANK_LINE.split(text.strip())]
    wrapped = [p for p in paragraphs if len(p) > 1 and all(len(x) >= _WRAP_WIDTH for x in p[:-1])]
    return len(wrapped) >= 2


def _split_into_paragraphs(source: str, text: str) -> bool:
    """A paragraph of one line the translation split into paragraphs of Japanese, a blank
    line between them (a long help text or a dialog's question set apart): its layout, not
    a line break the program would print by mistake."""
    if "\n" in source or text != text.strip() or not _PARAGRAPH.search(text):
        return False
    return all(any(map(is_japanese, part)) for part in _BLANK_LINE.split(text))


def _selector_issues(source_codes: list[re.Match[str]], codes: list[re.Match[str]]) -> list[_Issue]:
    """An ICU plural or select whose target has a branch the source has not (=1 became =2);
    a target may have fewer (Japanese needs other alone)."""
    wanted: dict[str, set[str]] = {}
    for m in source_codes:
        if m.lastgroup == "brace" and _ICU.match(m.group()):
            selectors = {b[0] for b in _branches(m.string, m.start(), m.end())}
            wanted.setdefault(_key(m.group()), set()).update(selectors)
    issues: list[_Issue] = []
    for m in codes:
        if m.lastgroup != "brace" or not _ICU.match(m.group()) or _key(m.group()) not in wanted:
            continue
        allowed = wanted[_key(m.group())] | {"other"}
        for selector, start, _, _ in _branches(m.string, m.start(), m.end()):
            if selector not in allowed:
                message = f"the {_key(m.group())} branch “{selector}” is not in the source"
                issues.append((start, start + len(selector), message, None))
    return issues


def _escape_issues(source_codes: list[re.Match[str]], codes: list[re.Match[str]]) -> list[_Issue]:
    issues: list[_Issue] = []
    for escape in ("\\n", "\\t"):
        s = sum(1 for m in source_codes if m.group() == escape)
        found = [m for m in codes if m.group() == escape]
        if s != len(found):
            start, end = found[-1].span() if len(found) > s else (0, 0)
            what = _noun(len(found), f"“{escape}” escape")
            issues.append((start, end, f"the target has {what}, the source {s}", None))
    return issues


def _outer_issues(
    source: str, text: str, same_breaks: bool, *, widget: bool = False
) -> list[_Issue]:
    """Whitespace at the start and the end as in the source; line breaks are left out when
    their count differs (`_break_issues` tells that). A text padded on both sides against
    one padded on neither is a template's layout (Angular's " Name "), not a difference.
    `widget`: the text is shown by a class of its program (a Qt form's), where a label is a
    widget of its own, not printed before a value."""
    issues: list[_Issue] = []
    t_edges = _edges(text)
    s_edges = _edges(source)
    if all(s_edges) != all(t_edges) and not any(s_edges if all(t_edges) else t_edges):
        return issues
    spans = ((0, len(t_edges[0])), (len(text) - len(t_edges[1]), len(text)))
    for want, have, (start, end), where in zip(
        _edges(source), t_edges, spans, ("starts", "ends"), strict=True
    ):
        suggestion: str | None = want
        want, have = _INDENT.sub("", want), _INDENT.sub("", have)  # layout after a break
        if _BEFORE_BREAK.search(want):  # the source's space before a break: nobody sees it
            want, have = _BEFORE_BREAK.sub("", want), _BEFORE_BREAK.sub("", have)
        if not same_breaks:
            want, have, suggestion = _NEWLINE.sub("", want), _NEWLINE.sub("", have), None
        if want == have or _padded(source, text, where):
            continue
        if where == "ends" and column_padding(have):
            continue
        if want and have and not want.strip(" ") and not have.strip(" "):
            continue  # spaces on both sides, more or fewer: a layout's padding (25 of 28 judged)
        edge = text[start - 1 : start] if where == "ends" else text[end : end + 1]
        if not have and not _runs_on(edge):
            continue  # after 。 or before （ nothing runs together: the space is not needed
        word = source.rstrip()[-1:] if where == "ends" else source.lstrip()[:1]
        if not have and want in (" ", "\u00a0") and (word.isalnum() or word == "%"):
            continue  # a word's space ("Sell count: x ", " SP", " %"; a no-break one before a
            # unit, "\u00a0km", round 128), which Japanese does without
        if not want and edge in (":", "："):
            continue  # a space after a label's colon, before its value
        if not have and where == "ends" and _KEYED_LABEL.search(text):
            continue  # a dialog's label with its key (入力モード(_I):): its widget follows
        if not have and where == "ends" and widget and edge in (":", "："):
            continue  # a Qt form's label (パスワード: for "Password: "): its widget follows
        if where == "starts" and _ABBREVIATED_MONTH.fullmatch(f"{source}|{text}"):
            continue  # " 2月" for Feb: glibc's ja_JP abbreviation (`locale abmon`), which
            # GLib tells its translators to copy, padded to the width of 10月-12月
        if where == "starts" and not want and have == " " and _unit_suffix(source, text):
            continue  # " mm" for a spin box's "mm": the space between a value and its unit
        if where == "starts" and not want and have.strip(" \t") == "" and f"\n{have}" in source:
            continue  # an indented line of the source put first ("Copying\n  %s" → "  %s を")
        if not have:
            message = f"the source {where} with {_describe(want)}, the target does not"
        elif not want:
            message = f"the target {where} with {_describe(have)}, the source does not"
        else:
            message = (
                f"the target {where} with {_describe(have)}, the source with {_describe(want)}"
            )
        issues.append((start, end, message, suggestion))
    return issues


_BEFORE_BREAK = re.compile(r"[ \t]+(?=\n)")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep")
_ABBREVIATED_MONTH = re.compile(
    "|".join(f"{name}\\| {number}月" for number, name in enumerate(_MONTHS, start=1))
)
_KEYED_LABEL = re.compile(r"[(（][_&][A-Za-z0-9][)）]\s*[:：]?\s*$")
_UNIT = re.compile(
    r"%|°[CF]?|(?:px|pt|em|mm|cm|m|km|in|ms|µs|s|sec|min|h|hr|d|dB|Hz|kHz|MHz|GHz"
    r"|B|KB|kB|MB|GB|TB|bps|kbps|Mbps|fps|bpm|BPM|V|W|mA|A|K|g|kg|x)(?:/(?:s|h|min))?"
)


def _unit_suffix(source: str, text: str) -> bool:
    """Whether a source and its target are each a unit alone (px, mm, %, ms, km/h): the
    suffix a value is shown with, which the target may set apart from the value."""
    return bool(_UNIT.fullmatch(source.strip()) and _UNIT.fullmatch(text.strip()))


def _padded(source: str, text: str, where: str) -> bool:
    """Whether the target's line pads with spaces to the width its source line takes on a
    screen (a terminal's aligned columns: "  第2ユーザー vimrc: " for " 2nd user vimrc file: ",
    each Japanese character two columns wide)."""
    side = 1 if where == "ends" else 0
    line, source_line = text.split("\n")[-side], source.split("\n")[-side]
    edges = _edges(line) + _edges(source_line)
    if not all(set(e) <= {" "} for e in edges) or _columns(line) != _columns(source_line):
        return False
    return (
        max(len(edges[side]), len(edges[2 + side])) >= 2
        or "  " in source_line.strip()
        or "  " in line.strip()  # padded inside too: "Name U/D 全画面  IO-Red. 複数 "
    )


def as_wide_as_source(source: str, text: str, at: int) -> bool:
    """Whether the line of `text` that holds `at` takes on a screen the width of its source's
    line, each Japanese character two columns wide, so that its runs of spaces line up
    columns (minicom's menus: " E - 前景色 (メニュー)      :" for " E - Foreground Color
    (menu):")."""
    lines, source_lines = text.split("\n"), source.split("\n")
    n = text.count("\n", 0, at)
    if len(lines) != len(source_lines) or _columns(lines[n]) == len(lines[n]):
        return False
    return _columns(lines[n]) == _columns(source_lines[n])


def colons_lined_up(text: str, at: int) -> bool:
    """Whether the colon at `at` stands in the column of a colon on another line of `text`,
    each Japanese character two columns wide (a legend: "0  : ピークなし" above "0.2:
    はっきりとしたピーク")."""
    start = text.rfind("\n", 0, at) + 1
    column, offset = _columns(text[start:at]), 0
    for line in text.split("\n"):
        if offset != start and any(
            _columns(line[:i]) == column for i, c in enumerate(line) if c in ":："
        ):
            return True
        offset += len(line) + 1
    return False


def column_padding(space: str) -> bool:
    """Whether the whitespace that ends a text pads it to a column: two full-width spaces at
    least (yash's ulimit labels, each padded to 35 columns), which nobody types by mistake."""
    return space.count("\u3000") >= 2


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _runs_on(edge: str) -> bool:
    """Whether text put against this edge of a target would run into it: a Latin letter, a
    digit or ASCII punctuation (コメント: + value), not Japanese or a tool's code."""
    return edge.isascii() and edge not in "<>()[]" and (edge.isalnum() or not edge.isspace())


def _describe(space: str) -> str:
    counts = Counter(_WS_NAMES.get(c, f"U+{ord(c):04X}") for c in space)
    return ", ".join(name if n == 1 else f"{n} {name}s" for name, n in counts.items())


def _noun(n: int, what: str) -> str:
    return f"{n} {what}" + ("" if n == 1 else "s")


def check_markup(segment: Segment) -> list[Finding]:
    """Tags, placeholders, URLs, e-mail addresses, line breaks, \\n and \\t escapes and outer
    whitespace of the source that the target lost, added or changed."""
    source, text = segment.source, segment.target
    if not source or not text.strip():
        return []
    note = _TRANSLATORS_NOTE.search(text) if "訳注" in text else None
    if note and note.start() and "訳注" not in source:
        # the translator's own note, with its lines and its links, blanked (offsets kept,
        # and the whitespace after it, the target's own)
        end = len(text.rstrip())
        text = text[: note.start()] + "〇" * (end - note.start()) + text[end:]
    outer = source[0] + source[-1] + text[0] + text[-1]
    quiet = "\n" not in text and "\t" not in text and _ADDED_CODE.search(text) is None
    if _MARKERS.search(source) is None and quiet and not any(map(str.isspace, outer)):
        return []
    # a source ending in a line break and an indentation ends its XML element's line, not
    # its text, when the target ends in neither (round 15: Files' "…contextual data.\n  ")
    tail = _LAYOUT_TAIL.search(source)
    if tail is not None and not text[-1].isspace():
        source = source[: tail.start(1)]
    # a source whose every line break starts an indented line is laid out by its template
    # (an Angular or XML file's indentation): its whitespace is not the text's
    breaks = [m.end() for m in _NEWLINE.finditer(source)]
    layout = any(source[end : end + 1] in (" ", "\t") for end in breaks) and all(
        end == len(source) or source[end] in " \t" for end in breaks
    )
    source_urls, target_urls = _urls(source), _urls(text)
    source_codes, codes = list(_CODE.finditer(source)), list(_CODE.finditer(text))
    wanted, have = _compared(source, source_codes, source_urls, text, codes, target_urls)
    renamed = _renamed_links(source, text, source_urls, target_urls)
    for theirs, ours in renamed.items():  # <a href="https://w32tex.org/"> for miktex.org's
        have = [(k.replace(_link_key(theirs), _link_key(ours)), s, e) for k, s, e in have]
    # an English plural's forms (file$|s$) are no variants of the message (one|many)
    plain = _INFLECTION.sub(lambda m: "\0" * len(m.group()), source)
    placeholders = _placeholder_issues(plain, wanted, text, have)
    checks: list[tuple[FindingKind, Severity, list[_Issue]]] = [
        (FindingKind.PLACEHOLDER, Severity.ERROR, placeholders),
        (FindingKind.URL, Severity.ERROR, _url_issues(source_urls, target_urls, renamed)),
        (FindingKind.WHITESPACE, Severity.WARNING, [] if layout else _break_issues(source, text)),
        (FindingKind.WHITESPACE, Severity.WARNING, [] if layout else _tab_issues(source, text)),
        (FindingKind.WHITESPACE, Severity.WARNING, _escape_issues(source_codes, codes)),
        (FindingKind.PLACEHOLDER, Severity.ERROR, _selector_issues(source_codes, codes)),
    ]
    if source.strip() and not layout:
        same_breaks = source.count("\n") == text.count("\n")
        issues = _outer_issues(source, text, same_breaks, widget=bool(segment.part))
        checks.append((FindingKind.WHITESPACE, Severity.WARNING, issues))
    return [
        finding(segment.id, kind, severity, text, start, end, message, suggestion)
        for kind, severity, issues in checks
        for start, end, message, suggestion in issues
    ]
