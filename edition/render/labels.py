"""Fixed words the layouts print (headings of appendices, cover lines, colophon), per script."""

from __future__ import annotations

from edition.text.script import convert_string

_LABELS = {
    "vocabulary": "詞彙表",
    "editorial": "編者說明",
    "colophon": "版本說明",
    "notes": "注釋",
    "cover_note": "拼音注音學習版",
    "cover_pinyin": "拼音朗讀版",
    "cover_zhuyin": "注音朗讀版",
    "cover_reader": "閱讀版",
    "source": "原文",
    "chinese_text": "中文版",
    "licence": "授權",
    "no_licence": "未註明授權條款；版權歸原作者及出版者所有，本版僅供學習參考。",
    "edition": "本版",
    "edition_date": "版本日期",
    "made_with": "排印工具",
    "readings": "注音",
    "script": "字形",
    "fonts": "字體：Noto Serif CJK、Noto Serif（SIL Open Font License 1.1）。",
    "no_source": "未註明",
    "in_text": "見正文",
    "damage": "〔損〕",
    "damage_legend": "〔損〕：原文此處損壞（遺失的字、亂碼或殘留的注音），原樣無法印出。",
}

# What the colophon says about the edition's options.
_SCRIPTS = {
    "source": "原文字形",
    "t2s": "簡體",
    "s2t": "繁體",
    "t2tw": "繁體（臺灣）",
    "t2hk": "繁體（香港）",
    "s2twp": "繁體（臺灣用語）",
}
_PINYIN = {
    "all": "全文注音",
    "glossary": "僅詞彙表詞語注音",
    "first": "每字首見注音",
    "none": "不注音",
}
_STYLES = {
    "marks": "漢語拼音（聲調符號）",
    "numbers": "漢語拼音（聲調數字）",
    "zhuyin": "注音符號",
    "none": "",
}


def labels(lang: str) -> dict[str, str]:
    """The labels in Traditional for zh-Hant, converted to Simplified otherwise."""
    if lang.startswith("zh-Hant"):
        return dict(_LABELS)
    return {key: convert_string(value, "t2s") for key, value in _LABELS.items()}


def describe(lang: str, script: str, pinyin: str, style: str) -> dict[str, str]:
    """Words for the edition's script and readings (colophon), in the edition's script."""
    if style == "none":
        pinyin = "none"
    readings = _PINYIN.get(pinyin, pinyin)
    if pinyin != "none" and style != "none":
        readings = f"{readings}，{_STYLES.get(style, style)}"
    words = {"script": _SCRIPTS.get(script, script), "readings": readings}
    if lang.startswith("zh-Hant"):
        return words
    return {key: convert_string(value, "t2s") for key, value in words.items()}
