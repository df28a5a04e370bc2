"""How messages name segments and count things."""

from __future__ import annotations

from review.core.wording import shown_id


def test_a_short_id_is_shown_as_it_is_and_a_message_text_quoted_and_cut() -> None:
    assert shown_id("s04") == "s04" and shown_id("app.save") == "app.save"
    msgid = "Create a new configuration?\nThis replaces the current one."
    shown = shown_id(msgid)
    assert shown.startswith("“Create a new") and shown.endswith("…”")
    assert "\n" not in shown and len(shown) < 30
