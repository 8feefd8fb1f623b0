from __future__ import annotations

import pytest

from edition.errors import EditionError
from edition.notes.yamlpos import load_yaml


def _error(text: str) -> str:
    with pytest.raises(EditionError) as info:
        load_yaml(text, "n.yaml")
    return str(info.value)


def test_positions_are_one_based():
    doc = load_yaml("a: 1\nb:\n  - x\n  - {y: 2}\n", "n.yaml")
    assert str(doc.key_loc("b")) == "n.yaml:2:1"
    assert [str(loc) for loc in doc["b"].item_locs] == ["n.yaml:3:5", "n.yaml:4:5"]
    assert str(doc["b"][1].value_loc("y")) == "n.yaml:4:9"


def test_dates_stay_text():
    assert load_yaml("date: 2025-07-31\n", "n.yaml")["date"] == "2025-07-31"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: [1\n", "n.yaml:2:1: error: YAML syntax: expected ',' or ']', but got '<stream end>'"),
        ("a: 1\na: 2\n", "n.yaml:2:1: error: duplicate key 'a' (first at line 1)"),
        (
            "a: !!python/object/apply:os.system [ls]\n",
            "n.yaml:1:4: error: unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'; notes files hold plain text, numbers, lists and mappings",
        ),
        (
            "a: &x 1\nb: *x\n",
            "n.yaml:1:4: error: YAML aliases (*name) are not supported in notes files; write the value out",
        ),
    ],
)
def test_errors(text, message):
    assert _error(text) == message


def test_billion_laughs_is_refused_cheaply():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    assert "aliases" in _error("\n".join(lines) + "\n")
