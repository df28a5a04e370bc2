"""The streamed `review check --format json` writes each finding as `json.dumps` would."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from review.cli.batch import _item
from review.core.model import Finding, FindingKind, Severity

findings = st.builds(
    Finding,
    st.text(),
    st.sampled_from(FindingKind),
    st.sampled_from(Severity),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.text(),
    st.none() | st.text(),
    st.text(),
    st.text(),
)


@given(findings)
def test_an_item_is_what_json_dumps_writes_at_its_indent(finding: Finding) -> None:
    expected = json.dumps(finding.to_dict(), ensure_ascii=False, indent=2)
    assert _item(finding) == expected.replace("\n", "\n    ")
    assert json.loads(_item(finding))["kind"] == finding.kind.value
