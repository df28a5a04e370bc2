"""Precision and recall of `review discover` on the labelled corpus.

    python benchmarks/discover_eval.py

Prints the figures, then every missed group, false group and grouped near-miss.
Targets: recall ≥ 0.95 of the groups, and no near-miss pair grouped.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.core.discovery_eval import evaluate


def main() -> None:
    result = evaluate()
    print(f"{'labelled groups':<26}{result.gold:>6}")
    print(f"{'predicted groups':<26}{result.predicted:>6}")
    print(f"{'recall':<26}{result.recall:>6.3f}")
    print(f"{'precision':<26}{result.precision:>6.3f}")
    print(f"{'near-miss pairs':<26}{result.near_misses:>6}")
    print(f"{'near-misses grouped':<26}{len(result.violated):>6}")
    for name, forms in result.missed:
        print(f"missed   {name}: {' / '.join(forms)}")
    for name, forms in result.false:
        print(f"false    {name}: {' / '.join(forms)}")
    for name, a, b in result.violated:
        print(f"grouped  {name}: {a} / {b}")


if __name__ == "__main__":
    main()
