"""The hook `.pre-commit-hooks.yaml` declares, run as pre-commit runs it (its entry, with the
staged files its `files` pattern matches, all at once) from a git repository's pre-commit
hook: a commit that adds ルダラジュ is stopped, the corrected one goes through."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
NAMES = ROOT / "glossary" / "names.tsv"


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, env=env, check=False
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_commit_adding_a_forbidden_name_is_stopped(tmp_path: Path) -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "review-check" and hook["language"] == "python"
    entry = shlex.split(hook["entry"])
    assert entry[0] == "review"
    command = [sys.executable, "-m", "review", *entry[1:], *hook.get("args", [])]
    pattern = hook["files"]
    runner = tmp_path / "run_hook.py"
    runner.write_text(
        "import re, subprocess, sys\n"
        "staged = subprocess.run(['git', 'diff', '--cached', '--name-only', '--diff-filter=ACM'],"
        " capture_output=True, text=True, check=True).stdout.split()\n"
        f"files = [f for f in staged if re.search({pattern!r}, f)]\n"
        f"sys.exit(subprocess.run({command!r} + files).returncode if files else 0)\n",
        encoding="utf-8",
    )
    repo = tmp_path / "repo"
    repo.mkdir()
    assert _git(repo, "init", "-q").returncode == 0
    git_hook = repo / ".git" / "hooks" / "pre-commit"
    git_hook.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} {runner}\n")
    git_hook.chmod(0o755)
    shutil.copy(NAMES, repo / "article.glossary.tsv")
    (repo / "notes.py").write_text("ルダラジュ = 1\n", encoding="utf-8")  # not a document
    article = repo / "article.md"
    article.write_text("# 採用\n\nルダラジュ氏がOpenAIに移った。\n", encoding="utf-8")
    _git(repo, "add", ".")
    stopped = _git(repo, "commit", "-q", "-m", "add the article")
    assert stopped.returncode != 0
    # git shows a hook's output on its standard error
    assert re.search(r"article\.md:3:1: error glossary: “ルダラジュ”", stopped.stderr)
    assert _git(repo, "log", "--oneline").stdout == ""  # nothing was committed

    article.write_text("# 採用\n\nルッダラジュ氏がOpenAIに移った。\n", encoding="utf-8")
    _git(repo, "add", ".")
    done = _git(repo, "commit", "-q", "-m", "add the article")
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.fullmatch(r"\S+ add the article\n", _git(repo, "log", "--oneline").stdout)
