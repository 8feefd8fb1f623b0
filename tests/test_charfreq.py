"""The character and word model's counts: jieba's placeholder counts lifted by its idf table."""

from __future__ import annotations

import math

from edition.text.charfreq import PLACEHOLDER, _idf_counts, _parse_dict, char_model
from edition.text.mojibake import CHAR_DOUBT


def _tables() -> tuple[dict[str, int], bytes]:
    """A dictionary whose counted words follow log count = 12 - idf, and its idf table."""
    counts: dict[str, int] = {}
    idf_lines = []
    for k in range(120):
        word = chr(0x4E00 + 2 * k) + chr(0x4E01 + 2 * k)
        idf = 3.0 + k * 0.05
        counts[word] = round(math.exp(12 - idf))
        idf_lines.append(f"{word} {idf}")
    counts["甲乙"] = PLACEHOLDER  # a common word the dictionary forgot to count
    idf_lines.append("甲乙 5.0")
    counts["丙丁"] = PLACEHOLDER  # a placeholder the idf table does not know
    counts["戊己"] = PLACEHOLDER + 2  # a word counted, however rarely
    idf_lines.append("戊己 5.0")
    return counts, "\n".join(idf_lines).encode()


def test_placeholder_count_follows_idf() -> None:
    counts, idf = _tables()
    lifted = _idf_counts(idf, counts)
    assert abs(math.log(lifted["甲乙"]) - 7.0) < 0.1  # 12 - 5
    assert "丙丁" not in lifted
    assert "戊己" not in lifted
    assert not any(w in lifted for w in counts if counts[w] > PLACEHOLDER)


def test_parse_dict_keeps_tags_with_lifted_counts() -> None:
    counts, idf = _tables()
    data = "\n".join(f"{w} {n} {'c' if w == '甲乙' else 'n'}" for w, n in counts.items())
    words, conj, tagged = _parse_dict(data.encode(), idf)
    assert dict(words)["甲乙"] > 1000
    assert dict(words)["丙丁"] == PLACEHOLDER
    assert ("甲乙", dict(words)["甲乙"], "c") in tagged
    assert conj == ["甲乙"]
    assert _parse_dict(data.encode())[0] == list(counts.items())  # no idf table: as written


def test_common_word_of_placeholder_count_outscores_a_pronoun() -> None:
    # jieba counts 睡不着 3 times and 她 134,035: without the idf table a destroyed byte read
    # '她' there was a close call (1.2 behind), not a clear loser
    m = char_model()
    assert m.words["睡不着"] > 100
    margin = m.text_logp("外面太吵，谁也睡不着") - m.text_logp("外面太吵，谁也她不着")
    assert margin > CHAR_DOUBT
