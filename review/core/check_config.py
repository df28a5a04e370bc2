"""What the `[checks.<kind>]` tables of the project config (`review.toml`) mean.

    [checks.number]
    enabled = false          # no `number` findings

    [checks.spacing]
    severity = "info"        # `spacing` findings are infos

    [checks.shared-translation]
    everywhere = true        # told in every document, not only where it is common

One table per finding kind (`FINDING_KINDS`, from the checks' registry), each with `enabled`
(true/false) and `severity` ("error", "warning", "info"). `configure` turns them into
`CheckOptions`: a kind that is off is dropped, and a check none of whose kinds is left does
not run (`CheckOptions.without`); severities are applied to the findings. The engine and the
review session both go through `CheckOptions.settle`, so `review check`, the TUI and the
reports agree. Command-line switches (`--no-qa`, `--skip`, `--no-key-terms`, `--no-variants`) are
applied after the file, and only ever switch off, so they win.

The config is read by `review.formats.config`; this module sees it through `ConfigTables`,
so the core does not depend on the formats package.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from review.core.checks import FINDING_KINDS, CheckOptions
from review.core.model import FindingKind, Severity

KEYS = frozenset({"enabled", "severity"})


class ConfigTables(Protocol):
    """What `review.formats.config.ProjectConfig` offers."""

    def table(self, name: str, *, allowed: frozenset[str] | None = None) -> dict[str, Any]: ...

    def error(
        self, message: str, table: str | None = None, key: str | None = None
    ) -> Exception: ...


def configure(config: ConfigTables, base: CheckOptions) -> CheckOptions:
    """`base` with the config's `[checks.<kind>]` tables applied; a bad table or value raises
    the config's error (an InputError naming the file and the table's line)."""
    checks = config.table("checks")
    off: set[str] = set()
    everywhere = base.every_shared_translation
    severities: dict[str, Severity] = {}
    for kind, value in checks.items():
        name = f"checks.{kind}"
        if kind not in FINDING_KINDS:
            raise config.error(
                f"[checks]: unknown check kind “{kind}” (kinds: {', '.join(FINDING_KINDS)})",
                name if isinstance(value, dict) else "checks",
            )
        shared = kind == FindingKind.SHARED_TRANSLATION
        table = config.table(name, allowed=KEYS | {"everywhere"} if shared else KEYS)
        for key in ("enabled", "everywhere"):
            if not isinstance(table.get(key, True), bool):
                raise config.error(
                    f"[{name}]: {key} must be true or false, not “{table[key]}”", name, key
                )
        if not table.get("enabled", True):
            off.add(kind)
        everywhere = table.get("everywhere", everywhere)
        if "severity" in table:
            severity = table["severity"]
            try:
                severities[kind] = Severity(severity)
            except ValueError:
                raise config.error(
                    f"[{name}]: severity must be “error”, “warning” or “info”, not “{severity}”",
                    name,
                    "severity",
                ) from None
    return replace(
        base,
        severities=tuple(sorted(severities.items())),
        every_shared_translation=everywhere,
    ).without(off)
