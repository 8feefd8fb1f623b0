"""``make_edition.py new ARTICLE``: write a starting notes file for an article.

The file names the article, stubs ``meta`` (a title guessed from the first line, the script
guessed from the text), declares one booklet edition and empty ``notes``/``corrections``, and
ends with a commented list of glossary candidates: Han words of 2-4 characters that recur, and
transliterated names written ``名·名``. It loads with
:func:`edition.notes.layer.load_layer` as written.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from edition.errors import EditionError, Problem
from edition.model import SourceLocation
from edition.notes.anchor import fold
from edition.text.source import SourceText, display_path, load_source
from edition.text.words import MAX_NAME_PART, TRANSLIT

log = logging.getLogger(__name__)

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{HAN}]+")
_DOT = re.compile("[·・‧•]")
_HAN_BEFORE = re.compile(f"[{HAN}]+$")
_HAN_AFTER = re.compile(f"[{HAN}]+")
MAX_CANDIDATES = 60
MAX_TITLE = 30
HANT_THRESHOLD = 0.01  # share of Han characters that OpenCC t2s changes in a Traditional text

# Candidates are counted on the folded (Simplified) text, so these lists are Simplified and
# serve both scripts. An n-gram that starts or ends with one of these characters is a phrase
# fragment ("的模型", "他说"), not a word.
EDGE_STOP = set(
    "的了着是在和与也都就而及或把被让给对从向于为以之其这那个"
    "我你他她它们有没很更最又还会能要说到得地吗呢吧啊将并但却则所即已等"
)
START_STOP = EDGE_STOP | set("些位种项款名")  # 这些模型 -> not 些模型
END_STOP = EDGE_STOP | set("中上下时后里")  # 比赛中 -> not 赛中
# Common function words and fillers that recur in every text.
WORD_STOP = set(
    """我们 你们 他们 她们 它们 咱们 自己 这个 那个 这些 那些 这样 那样 这种 那种 这是 那是
    一个 一些 一种 一次 一样 什么 怎么 为什么 如何 因为 所以 但是 可是 而且 并且 如果 虽然
    即使 即便 或者 还是 就是 不是 也是 都是 可以 可能 已经 没有 不会 不能 能够 需要 应该 时候
    之后 之前 以后 以前 以来 其中 其实 然后 然而 以及 通过 对于 关于 目前 现在 今天 非常 真正
    确实 一直 仍然 还有 这里 那里 认为 表示 知道 觉得 告诉 之间 方面 问题 东西 事情 不过 只是
    还是 这一 那一 每个 所有 很多 许多 一切 有些 有的 不同 同时""".split()
)
# A reading a scrape left after a character, 進(jìn)行: removed when edition.clean is unavailable.
_STRAY_READING = re.compile(f"(?<=[{HAN}])\\([a-zü\u0101-\u01dc\u00e0-\u00fa]{{1,7}}\\)")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A suggested glossary word: as written at its first occurrence, and how often it occurs."""

    word: str
    count: int


def _cleaned_text(source: SourceText) -> str:
    """The article after automatic cleaning, or as decoded when the clean stage is unavailable."""
    try:
        from edition.text.clean import clean
    except ImportError:
        log.debug("edition.text.clean not available; scaffolding from the decoded text")
        return _STRAY_READING.sub("", source.text)
    result = clean(source)
    return getattr(result, "text", result)


def guess_language(text: str) -> str:
    """``zh-Hant`` when OpenCC t2s changes more than 1% of the Han characters, else ``zh-Hans``."""
    folded = fold(text)
    han = [i for i, ch in enumerate(text) if _HAN_RUN.match(ch)]
    if not han:
        return "zh-Hans"
    changed = sum(1 for i in han if folded[i] != text[i])
    return "zh-Hant" if changed > len(han) * HANT_THRESHOLD else "zh-Hans"


def guess_title(text: str) -> str:
    """The first non-empty line when it is short and not a sentence, else ``TODO``."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= MAX_TITLE and not line.endswith(tuple("。．.！!？?，,；;：:")):
                return line
            break
    return "TODO"


def word_candidates(text: str, min_count: int = 2, limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Han words of 2-4 characters that occur at least ``min_count`` times, most frequent first.

    N-grams are counted on the Simplified fold of the text (so both scripts of a word count
    together) within runs of Han characters. An n-gram is dropped when it starts or ends with a
    function character, is a common function word, or lies inside a longer candidate that occurs
    just as often (林匹克 inside 奧林匹克); 5-grams only serve that last test.
    """
    folded = fold(text)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _HAN_RUN.finditer(folded):
        run, base = m.group(), m.start()
        for n in range(2, 6):
            for i in range(len(run) - n + 1):
                gram = run[i : i + n]
                counts[gram] += 1
                first.setdefault(gram, base + i)

    def valid(gram: str, count: int) -> bool:
        if count < min_count or gram in WORD_STOP:
            return False
        return gram[0] not in START_STOP and gram[-1] not in END_STOP

    longer: dict[str, int] = {}  # n-gram -> highest count of a valid (n+1)-gram that contains it
    for gram, count in counts.items():
        if len(gram) > 2 and valid(gram, count):
            for part in (gram[1:], gram[:-1]):
                longer[part] = max(longer.get(part, 0), count)
    out = [g for g, c in counts.items() if len(g) <= 4 and valid(g, c) and longer.get(g, 0) != c]
    out.sort(key=lambda g: (-counts[g], first[g]))
    return [Candidate(text[first[g] : first[g] + len(g)], counts[g]) for g in out[:limit]]


def name_candidates(text: str) -> list[Candidate]:
    """Transliterated names ``名·名`` (Han, middle dot, Han), in order of first occurrence."""
    folded = fold(text)
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for m in _DOT.finditer(folded):
        dot = m.start()
        left = _HAN_BEFORE.search(folded, max(0, dot - MAX_NAME_PART), dot)
        right = _HAN_AFTER.match(folded, dot + 1)
        if not left or not right:
            continue
        k = 0
        while k < min(len(left.group()), MAX_NAME_PART) and folded[dot - 1 - k] in TRANSLIT:
            k += 1
        j = 0
        while j < min(len(right.group()), MAX_NAME_PART) and folded[dot + 1 + j] in TRANSLIT:
            j += 1
        k, j = max(k, 1), max(j, 1)  # 馬克·陳: a Chinese surname after the dot
        key = folded[dot - k : dot + 1 + j]
        counts[key] += 1
        shown.setdefault(key, text[dot - k : dot + 1 + j])
    return [Candidate(shown[k], c) for k, c in counts.items()]


def _q(value: str) -> str:
    """A YAML scalar for ``value``: plain when safe, else double-quoted (JSON is valid YAML)."""
    if re.fullmatch(r"[^\s:#'\"{}\[\],&*!|>%@`?-][^:#{}\[\],]*", value) and value == value.strip():
        return value
    return json.dumps(value, ensure_ascii=False)


def _overlaps_name(word: str, names: list[Candidate]) -> bool:
    """Whether ``word`` shares two characters in a row with a name (帕霍, 陳和帕霍 for 帕霍基)."""
    folded = fold(word)
    parts = [fold(p) for c in names for p in re.split("[·・‧•]", c.word)]
    return any(folded[i : i + 2] in p for p in parts for i in range(len(folded) - 1))


def render(
    article_shown: str,
    article_ref: str,
    title: str,
    language: str,
    words: list[Candidate],
    names: list[Candidate],
) -> str:
    """The text of a new notes file (see :func:`scaffold`)."""
    title_hint = "TODO: the title" if title == "TODO" else "guessed from the first line"
    lines = [
        f"# Annotation layer for {article_shown} (format: docs/notes-format.md).",
        "# Written by `edition new`: fill in meta, add notes and glossary entries, then run",
        "# `edition check` on this file (`make_edition.py check` in a checkout).",
        f"article: {_q(article_ref)}",
        "",
        "meta:",
        f"  title: {_q(title)}  # {title_hint}",
    ]
    if title != "TODO":
        lines.append(
            "  title_in_text: true  # the first line is the headline: printed as the title only"
        )
    lines += [
        f"  language: {language}  # guessed from the text",
        "  # subtitle, original_title, author, translator, publication, date (YYYY-MM-DD),",
        "  # source_url, credit, keywords, licence",
        "",
        "editions:",
        "  - name: booklet",
        "    layout: booklet",
        "",
        "corrections: []",
        "",
        "notes: []",
        "",
        "# Glossary candidates: words that recur in the article (how often in the comment) and",
        "# names written 名·名. Uncomment 'glossary:' and the entries worth learning, and give",
        "# each a 'pos' and a 'gloss' (names may suit a note better).",
        "# glossary:",
    ]
    width = max((len(c.word) for c in [*words, *names]), default=0)

    def entry(c: Candidate, pos: str) -> str:
        pad = " " * 2 * (width - len(c.word))  # Han characters are two columns wide
        return f'#   - {{word: {c.word}, {pad}pos: {pos}, gloss: ""}}  # {c.count}×'

    lines.extend(entry(c, '""') for c in words)
    if names:
        lines.append("#   # names")
    lines.extend(entry(c, "n.") for c in names)
    if not words and not names:
        lines.append("#   (no recurring words found)")
    return "\n".join(lines) + "\n"


def scaffold(article: Path, notes_dir: Path) -> Path:
    """Write ``notes_dir/<article stem>.yaml`` for ``article`` and return its path.

    Raises EditionError when that file already exists (it is never overwritten) or when the
    article cannot be read or decoded.
    """
    out = notes_dir / f"{article.stem}.yaml"
    if out.exists():
        shown = display_path(out)
        raise EditionError(
            Problem(
                SourceLocation(shown, 1),
                f"'{shown}' already exists; delete or rename it to scaffold a new notes file "
                f"for {display_path(article)}",
            )
        )
    source = load_source(article)
    text = _cleaned_text(source)
    notes_dir.mkdir(parents=True, exist_ok=True)
    ref = os.path.relpath(article.resolve(), notes_dir.resolve()).replace(os.sep, "/")
    names = name_candidates(text)
    words = [c for c in word_candidates(text) if not _overlaps_name(c.word, names)]
    body = render(display_path(article), ref, guess_title(text), guess_language(text), words, names)
    with out.open("x", encoding="utf-8") as fh:  # 'x': never overwrite, even in a race
        fh.write(body)
    log.info("wrote %s (%d candidate words, %d names)", display_path(out), len(words), len(names))
    return out
