"""Fixed words the layouts print (headings of appendices, cover line), per script."""

from __future__ import annotations

from edition.script import convert_string

_LABELS = {
    "vocabulary": "詞彙表",
    "editorial": "編者說明",
    "colophon": "版本說明",
    "notes": "注釋",
    "cover_note": "拼音注音學習版",
    "made_with": "本版由",
    "fonts": "字體：Noto Serif CJK（SIL Open Font License 1.1）。",
}


def labels(lang: str) -> dict[str, str]:
    """The labels in Traditional for zh-Hant, converted to Simplified otherwise."""
    if lang.startswith("zh-Hant"):
        return dict(_LABELS)
    return {key: convert_string(value, "t2s") for key, value in _LABELS.items()}
