"""What the `[checks.<kind>]` tables of the project config (`review.toml`) mean.

    [checks.number]
    enabled = false          # no `number` findings

    [checks.spacing]
    severity = "info"        # `spacing` findings are infos

    [checks.shared-translation]
    enabled = true           # a kind off by default (`OPT_IN`), switched on

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

from review.core.checks import FINDING_KINDS, OPT_IN, CheckOptions
from review.core.model import Severity

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
    on: set[str] = set()
    off: set[str] = set()
    severities: dict[str, Severity] = {}
    for kind, value in checks.items():
        name = f"checks.{kind}"
        if kind not in FINDING_KINDS:
            raise config.error(
                f"[checks]: unknown check kind “{kind}” (kinds: {', '.join(FINDING_KINDS)})",
                name if isinstance(value, dict) else "checks",
            )
        table = config.table(name, allowed=KEYS)
        enabled = table.get("enabled", True)
        if not isinstance(enabled, bool):
            raise config.error(
                f"[{name}]: enabled must be true or false, not “{enabled}”", name, "enabled"
            )
        (off if not enabled else on).add(kind)
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
    opted = base.also(on & OPT_IN)
    return replace(opted, severities=tuple(sorted(severities.items()))).without(off)
