from __future__ import annotations

import pytest

from edition.errors import Problem
from edition.model import Anchor, SourceLocation
from edition.notes.anchor import Resolver, Span

TEXT = "陳信翰和帕霍基見面。\n帕霍基說（好）。銀行很大。"
WHERE = SourceLocation("notes/t.yaml", 7, 5)


@pytest.fixture
def resolver():
    line_starts = [0, TEXT.index("\n") + 1]
    return Resolver(TEXT, lambda i: SourceLocation("a.txt", 1 if i < line_starts[1] else 2, 1))


def test_unique_anchor(resolver):
    assert resolver.resolve(Anchor("陳信翰"), "note 'x'", WHERE) == Span(0, 3)


def test_simplified_anchor_finds_traditional_text(resolver):
    assert resolver.resolve(Anchor("银行"), "note 'x'", WHERE) == Span(19, 21)


def test_ascii_punctuation_matches_full_width(resolver):
    span = resolver.resolve(Anchor("說(好)"), "note 'x'", WHERE)
    assert TEXT[span.start : span.end] == "說（好）"


def test_suffix_and_occurrence_disambiguate(resolver):
    assert resolver.resolve(Anchor("帕霍基", suffix="說"), "note 'x'", WHERE) == Span(11, 14)
    assert resolver.resolve(Anchor("帕霍基", occurrence=2), "note 'x'", WHERE) == Span(11, 14)


def test_ambiguous_anchor_names_candidates(resolver):
    problem = resolver.resolve(Anchor("帕霍基"), "note 'x'", WHERE)
    assert isinstance(problem, Problem)
    assert str(problem) == (
        "notes/t.yaml:7:5: error: note 'x': anchor '帕霍基' occurs 2 times; pick one with 'anchor: "
        "{exact: 帕霍基, occurrence: N}' or a 'prefix'/'suffix': line 1 '陳信翰和[帕霍基]見面。'; "
        "line 2 '[帕霍基]說（好）。銀行很'"
    )


def test_missing_anchor(resolver):
    problem = resolver.resolve(Anchor("倫敦"), "note 'x'", WHERE)
    assert (
        str(problem)
        == "notes/t.yaml:7:5: error: note 'x': anchor '倫敦' not found in the article; copy the exact text from the article (either script works)"
    )


def test_occurrence_out_of_range(resolver):
    problem = resolver.resolve(Anchor("帕霍基", occurrence=3), "note 'x'", WHERE)
    assert "has occurrence 3 but occurs 2 times" in str(problem)
