from __future__ import annotations

import pytest

from edition.text.segment import split_line


def kinds(text, cuts=frozenset()):
    return [(k, text[s:e]) for k, s, e in split_line(text, cuts)]


def test_latin_run_keeps_inner_spaces():
    assert kinds("陳信翰（Mark Chen）和") == [
        ("han", "陳信翰"),
        ("punct", "（"),
        ("latin", "Mark Chen"),
        ("punct", "）"),
        ("han", "和"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GPT-4o", [("latin", "GPT-4o")]),
        ("2023 年", [("digit", "2023"), ("space", " "), ("han", "年")]),
        ("3.5", [("digit", "3.5")]),
        ("https://x.com/a?b=1。", [("latin", "https://x.com/a?b=1"), ("punct", "。")]),
        # a web address's final '/' is its own; not a path's, nor a date's
        ("http://a.cn/class2-3/ 欢迎", [("latin", "http://a.cn/class2-3/"), ("space", " "),
                                       ("han", "欢迎")]),
        ("a/b/ 对", [("latin", "a/b"), ("punct", "/"), ("space", " "), ("han", "对")]),
        ("Dota 2 AI", [("latin", "Dota 2 AI")]),
    ],
)
def test_runs(text, expected):
    assert kinds(text) == expected


def test_cuts_split_tokens():
    assert kinds("超級對齊團隊", frozenset({4})) == [("han", "超級對齊"), ("han", "團隊")]
