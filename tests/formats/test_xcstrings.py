from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.core.model import UNTRANSLATED, Document, Segment, Status
from review.formats.documents import read_document, render_document, write_document
from review.formats.errors import InputError

CATALOG = """{
  "sourceLanguage" : "en",
  "strings" : {
    "%lld files" : {
      "localizations" : {
        "en" : {
          "variations" : {
            "plural" : {
              "one" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld file"
                }
              },
              "other" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld files"
                }
              }
            }
          }
        },
        "ja" : {
          "variations" : {
            "plural" : {
              "other" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld 個のファイル"
                }
              }
            }
          }
        }
      }
    },
    "Close" : {
      "comment" : "A button",
      "localizations" : {
        "de" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "Schließen"
          }
        }
      }
    },
    "Found %#@count@" : {
      "localizations" : {
        "ja" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "%#@count@ が見つかりました"
          },
          "substitutions" : {
            "count" : {
              "argNum" : 1,
              "formatSpecifier" : "lld",
              "variations" : {
                "plural" : {
                  "other" : {
                    "stringUnit" : {
                      "state" : "needs_review",
                      "value" : "%arg 件"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "Open" : {
      "localizations" : {
        "ja" : {
          "stringUnit" : {
            "state" : "needs_review",
            "value" : "開く"
          }
        }
      }
    },
    "Quit" : {

    },
    "settings.title" : {
      "extractionState" : "manual",
      "localizations" : {
        "en" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "Settings"
          }
        },
        "ja" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "設定"
          }
        }
      }
    },
    "v1.0" : {
      "shouldTranslate" : false
    }
  },
  "version" : "1.0"
}
"""


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    path = tmp_path / "Localizable.xcstrings"
    path.write_text(CATALOG, encoding="utf-8")
    return path


def _edited(document: Document, wanted: dict[str, str]) -> Document:
    return replace(
        document,
        segments=[s.revised(wanted[s.id]) if s.id in wanted else s for s in document.segments],
    )


def test_each_japanese_string_is_a_segment_with_its_source(catalog: Path) -> None:
    document = read_document(catalog)
    got = {s.id: (s.source, s.mt, s.tool_status) for s in document.segments}
    assert got == {
        "%lld files[plural.other]": ("%lld files", "%lld 個のファイル", "translated"),
        "Close": ("Close", "", UNTRANSLATED),  # no Japanese: the key is its source
        "Found %#@count@": ("Found %#@count@", "%#@count@ が見つかりました", "translated"),
        # a substitution's case the source language lacks: nothing to compare it with
        "Found %#@count@[@count@.plural.other]": (None, "%arg 件", "needs_review"),
        "Open": ("Open", "開く", "needs_review"),
        "Quit": ("Quit", "", UNTRANSLATED),
        "settings.title": ("Settings", "設定", "translated"),  # the source language's string
    }  # v1.0 is not to be translated: no segment
    assert document.lines["Close"] == 38  # the line of its key


def test_a_no_op_write_gives_the_same_bytes(catalog: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xcstrings"
    write_document(read_document(catalog), out)
    assert out.read_bytes() == catalog.read_bytes()


def test_an_edit_changes_that_value_and_marks_it_translated(catalog: Path) -> None:
    document = _edited(read_document(catalog), {"Open": 'ファイルを"開く"\n'})
    written = render_document(document, "xcstrings").decode("utf-8")
    before, after = CATALOG.splitlines(), written.splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        ('            "state" : "needs_review",', '            "state" : "translated",'),
        ('            "value" : "開く"', '            "value" : "ファイルを\\"開く\\"\\n"'),
    ]
    assert json.loads(written)["strings"]["Open"]["localizations"]["ja"]["stringUnit"] == {
        "state": "translated",
        "value": 'ファイルを"開く"\n',
    }


def test_a_rejected_string_needs_review(catalog: Path) -> None:
    document = read_document(catalog)
    segments = [
        replace(s, status=Status.REJECTED) if s.id == "settings.title" else s
        for s in document.segments
    ]
    written = json.loads(render_document(replace(document, segments=segments), "xcstrings"))
    unit = written["strings"]["settings.title"]["localizations"]["ja"]["stringUnit"]
    assert unit == {"state": "needs_review", "value": "設定"}


def test_a_plural_case_and_a_substitution_are_written_in_their_place(catalog: Path) -> None:
    document = _edited(
        read_document(catalog),
        {
            "%lld files[plural.other]": "%lld ファイル",
            "Found %#@count@[@count@.plural.other]": "%arg 個",
        },
    )
    written = json.loads(render_document(document, "xcstrings"))["strings"]
    ja = written["%lld files"]["localizations"]["ja"]
    assert ja["variations"]["plural"]["other"]["stringUnit"]["value"] == "%lld ファイル"
    count = written["Found %#@count@"]["localizations"]["ja"]["substitutions"]["count"]
    assert count["variations"]["plural"]["other"]["stringUnit"] == {
        "state": "translated",
        "value": "%arg 個",
    }
    assert count["argNum"] == 1


def test_a_translation_is_added_where_the_key_had_none_in_xcodes_layout(catalog: Path) -> None:
    document = _edited(read_document(catalog), {"Close": "閉じる", "Quit": "終了"})
    written = render_document(document, "xcstrings").decode("utf-8")
    strings = json.loads(written)["strings"]
    assert strings["Close"]["localizations"] == {
        "de": {"stringUnit": {"state": "translated", "value": "Schließen"}},
        "ja": {"stringUnit": {"state": "translated", "value": "閉じる"}},
    }
    assert strings["Close"]["comment"] == "A button"
    assert strings["Quit"] == {
        "localizations": {"ja": {"stringUnit": {"state": "translated", "value": "終了"}}}
    }
    assert (
        """        "de" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "Schließen"
          }
        },
        "ja" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "閉じる"
          }
        }
      }"""
        in written
    )
    assert (
        """    "Quit" : {
      "localizations" : {
        "ja" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "終了"
          }
        }
      }
    },"""
        in written
    )
    reread = {s.id: s.mt for s in read_document_text(written, catalog.parent).segments}
    assert reread["Close"] == "閉じる" and reread["Quit"] == "終了"


def read_document_text(text: str, folder: Path) -> Document:
    path = folder / "again.xcstrings"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_a_new_language_sorts_among_the_others(tmp_path: Path) -> None:
    text = CATALOG.replace('"de" : {', '"ko" : {')
    document = _edited(read_document_text(text, tmp_path), {"Close": "閉じる"})
    written = render_document(document, "xcstrings").decode("utf-8")
    assert list(json.loads(written)["strings"]["Close"]["localizations"]) == ["ja", "ko"]
    assert written.index('"ja" : {') < written.index('"ko" : {')


def test_a_regional_japanese_localization_is_read(tmp_path: Path) -> None:
    text = CATALOG.replace('"ja" : {', '"ja-JP" : {')
    document = read_document_text(text, tmp_path)
    assert {s.id: s.mt for s in document.segments}["Open"] == "開く"
    written = render_document(_edited(document, {"Close": "閉じる"}), "xcstrings")
    assert "ja-JP" in json.loads(written)["strings"]["Close"]["localizations"]


def test_windows_line_ends_and_a_byte_order_mark_stay(tmp_path: Path) -> None:
    path = tmp_path / "crlf.xcstrings"
    path.write_bytes(b"\xef\xbb\xbf" + CATALOG.replace("\n", "\r\n").encode("utf-8"))
    written = render_document(_edited(read_document(path), {"Quit": "終了"}), "xcstrings")
    assert written.startswith(b"\xef\xbb\xbf{\r\n")
    assert b"\n" not in written.replace(b"\r\n", b"")
    assert json.loads(written.decode("utf-8-sig"))["strings"]["Quit"]


def test_a_segment_the_catalog_lacks_is_refused(catalog: Path) -> None:
    document = read_document(catalog)
    stranger = replace(document, segments=[*document.segments, Segment("Nope", "いいえ")])
    with pytest.raises(InputError, match="“Nope” is not in the catalog"):
        render_document(stranger, "xcstrings")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('{\n  "strings" : {\n    "a" : {,\n  }\n}', 3, "not valid JSON"),
        ('{\n  "sourceLanguage" : "en"\n}', 1, "no “strings” object"),
        ("[1, 2]", 1, "no “strings” object"),
        ('{\n  "strings" : {\n    "a" : 3\n  }\n}', 3, "the string “a” is not an object"),
        (
            '{"strings": {"a": {"localizations": {"ja": {"stringUnit":\n{"value": 3}}}}}}',
            2,
            "its “value” is not text",
        ),
        ("[" * 100_000 + "]" * 100_000, None, "nested too deeply"),
        ('{"strings": {"a": {"localizations": []}}}', 1, "an object was expected here"),
        ('{"strings": {"a": {"localizations": {"ja": "開く"}}}}', 1, "an object was expected"),
        ('{"strings": {"a": {"localizations": {"ja": {"stringUnit": "x"}}}}}', 1, "an object"),
        (
            '{"strings": {"a": {"localizations": {"ja": {"variations": {"plural": 1}}}}}}',
            1,
            "an object was expected here",
        ),
        (
            '{"strings": {"a": {"localizations": {"ja": {"stringUnit": {"state": "new"}}}}}}',
            1,
            "a string unit without a “value”",
        ),
        (
            '{"strings": {"a": {"localizations": {"ja": {"stringUnit": {"value": "\\ud83d"}}}}}}',
            1,
            "half a surrogate pair",
        ),
        ('{"strings": {"a": ' + "1" * 5000 + "}}", None, "not readable"),
    ],
)
def test_a_bad_catalog_is_one_line(
    tmp_path: Path, text: str, line: int | None, message: str
) -> None:
    path = tmp_path / "bad.xcstrings"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        read_document(path)
    assert caught.value.line == line


def test_any_other_document_becomes_a_new_catalog(tmp_path: Path) -> None:
    document = Document(
        [
            Segment("welcome", "ようこそ", source="Welcome"),
            Segment("Open", "開く", source="Open", status=Status.REJECTED),
            Segment("Quit", "", source="Quit"),
        ]
    )
    path = tmp_path / "new.xcstrings"
    write_document(document, path)
    again = read_document(path)
    assert [(s.id, s.source, s.mt) for s in again.segments] == [
        ("Open", "Open", "開く"),
        ("Quit", "Quit", ""),
        ("welcome", "Welcome", "ようこそ"),
    ]
    assert {s.id: s.tool_status for s in again.segments}["Open"] == "needs_review"
    assert path.read_text(encoding="utf-8").startswith('{\n  "sourceLanguage" : "en",\n')


SUBSTITUTED = """{
  "sourceLanguage" : "en",
  "strings" : {
    "%lld files in %lld folders" : {
      "localizations" : {
        "ja" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "%#@arg2@内の%#@arg1@"
          },
          "substitutions" : {
            "arg1" : {
              "argNum" : 1,
              "formatSpecifier" : "lld",
              "variations" : {
                "plural" : {
                  "other" : {
                    "stringUnit" : {
                      "state" : "translated",
                      "value" : "%arg 個のファイル"
                    }
                  }
                }
              }
            },
            "arg2" : {
              "argNum" : 2,
              "formatSpecifier" : "lld",
              "variations" : {
                "plural" : {
                  "other" : {
                    "stringUnit" : {
                      "state" : "translated",
                      "value" : "%arg 個のフォルダ"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "menu.open" : {
      "localizations" : {
        "en" : { "stringUnit" : { "state" : "translated", "value" : "Open" } },
        "ja" : { "stringUnit" : { "state" : "translated", "value" : "開く" } }
      }
    },
    "Pick" : {
      "localizations" : {
        "ja" : {
          "variations" : {
            "device" : {
              "mac" : { "stringUnit" : { "state" : "translated", "value" : "クリックして選択" } },
              "iphone" : { "stringUnit" : { "state" : "translated", "value" : "タップして選択" } }
            }
          }
        }
      }
    },
    "status.open" : {
      "localizations" : {
        "en" : { "stringUnit" : { "state" : "translated", "value" : "Open" } },
        "ja" : { "stringUnit" : { "state" : "translated", "value" : "営業中" } }
      }
    }
  },
  "version" : "1.0"
}"""


def test_substitutions_and_device_cases_give_no_finding(
    tmp_path: Path,
) -> None:
    """The reviewer's: a translation with substitutions where the source language has none,
    and device cases, each right; two keys of their own that say Open, translated two ways,
    are told as XLIFF units with ids would be."""
    path = tmp_path / "Localizable.xcstrings"
    path.write_text(SUBSTITUTED, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "review", "check", str(path), "--no-glossary", "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["segments"] == 7
    assert {(f["segment"], f["kind"]) for f in report["findings"]} == {
        ("status.open", "inconsistency")
    }


def test_a_cleared_string_is_new_and_a_key_with_a_line_break_is_one_line(tmp_path: Path) -> None:
    text = CATALOG.replace('"Open" : {', '"Open\\nnow" : {')
    document = read_document_text(text, tmp_path)
    assert "Open\\nnow" in {s.id for s in document.segments}  # an id on one line
    written = json.loads(render_document(_edited(document, {"Open\\nnow": ""}), "xcstrings"))
    unit = written["strings"]["Open\nnow"]["localizations"]["ja"]["stringUnit"]
    assert unit == {"state": "new", "value": ""}


def test_a_new_catalog_orders_its_keys_as_xcode_does(tmp_path: Path) -> None:
    document = Document(
        [Segment(k, "訳", source=k) for k in ("config.winVersion", "config.winecfg")]
    )
    written = render_document(document, "xcstrings").decode("utf-8")
    assert written.index("winecfg") < written.index("winVersion")
    assert written.endswith("}")


TEXTS = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(TEXTS, min_size=7, max_size=7))
def test_any_revision_reads_back_as_written_and_nothing_else_moves(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("catalog")
    document = read_document_text(CATALOG, folder)
    wanted = {s.id: text for s, text in zip(document.segments, texts, strict=True)}
    written = render_document(_edited(document, wanted), "xcstrings").decode("utf-8")
    again = read_document_text(written, folder)
    assert {s.id: s.mt for s in again.segments} == wanted
    assert [s.source for s in again.segments] == [s.source for s in document.segments]
    untouched = json.loads(CATALOG)["strings"]
    assert json.loads(written)["strings"]["v1.0"] == untouched["v1.0"]
    assert json.loads(written)["strings"]["Close"]["comment"] == "A button"


def test_fix_in_place_on_a_catalog_changes_only_the_fixed_string(tmp_path: Path) -> None:
    path = tmp_path / "Localizable.xcstrings"
    path.write_text(CATALOG.replace('"value" : "開く"', '"value" : "ひらく"'), encoding="utf-8")
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text("accepted\tforbidden\n開く\tひらく\n", encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "review",
            "fix",
            str(path),
            "--glossary",
            str(glossary),
            "--in-place",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    after = path.read_text(encoding="utf-8")
    assert [
        (a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b
    ] == [
        ('            "value" : "ひらく"', '            "value" : "開く"')
    ]  # a fix reviews nothing


def test_check_reads_a_catalog_from_the_command_line(catalog: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "review",
            "check",
            str(catalog),
            "--no-glossary",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["segments"] == 7
