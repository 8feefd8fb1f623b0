"""``make_edition.py new ARTICLE``: write a starting notes file for an article.

The file names the article, stubs ``meta`` (a title guessed from the first line, the script
guessed from the text), declares one booklet edition and empty ``notes``/``corrections``, and
ends with a commented list of glossary candidates: Han words of 2-4 characters that recur, and
transliterated names written ``名·名``. It loads with
:func:`edition.notes.layer.load_layer` as written.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from edition import limits
from edition.errors import EditionError, Problem
from edition.files import read_bounded
from edition.model import SourceLocation
from edition.notes.anchor import fold
from edition.notes.layer import PLACEHOLDER_TITLE
from edition.readings.known import hsk_words
from edition.text.formats.meta import page_meta
from edition.text.source import SourceText, decode, display_path, load_source
from edition.text.words import MAX_NAME_PART, TRANSLIT, dictionary_words, word_ends

log = logging.getLogger(__name__)

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{HAN}]+")
_DOT = re.compile("[·・‧•]")
_HAN_BEFORE = re.compile(f"[{HAN}]+$")
_HAN_AFTER = re.compile(f"[{HAN}]+")
MAX_CANDIDATES = 60
MAX_TITLE = 30
HANT_THRESHOLD = 0.01  # share of Han characters that OpenCC t2s changes in a Traditional text

# Candidates are counted on the folded (Simplified) text, so this list is Simplified and
# serves both scripts.
# A word starting with a numeral or demonstrative is a counted phrase (这项, 两人), not a word
# to learn.
_COUNTING = set("一二两三四五六七八九十百千万几这那哪每各某该本此")
# Common function words and fillers that recur in every text.
WORD_STOP = set(
    """我们 你们 他们 她们 它们 咱们 自己 这个 那个 这些 那些 这样 那样 这种 那种 这是 那是
    一个 一些 一种 一次 一样 什么 怎么 为什么 如何 因为 所以 但是 可是 而且 并且 如果 虽然
    即使 即便 或者 还是 就是 不是 也是 都是 可以 可能 已经 没有 不会 不能 能够 需要 应该 时候
    之后 之前 以后 以前 以来 其中 其实 然后 然而 以及 通过 对于 关于 目前 现在 今天 非常 真正
    确实 一直 仍然 还有 这里 那里 认为 表示 知道 觉得 告诉 之间 方面 问题 东西 事情 不过 只是
    还是 这一 那一 每个 所有 很多 许多 一切 有些 有的 不同 同时""".split()
    # directional complements and locatives, which follow verbs and nouns in every text
    + """起来 出来 下来 过来 上来 回来 进来 过去 下去 上去 出去 回去 进去 起去 上面 下面 里面
    外面 前面 后面 旁边 中间""".split()
)
# A verb jieba's dictionary glues to the preposition or particle after it (趴在 放在 为了 写着):
# its verb is the word to learn, if any.
_GLUED_ENDS = set("在着了过给")
# The first two HSK 3.0 levels (1,260 words: 妈妈 老师 回家 眼睛): every learner knows them,
# and a recurring one (钱包 6×) would crowd out the words worth a gloss.
_BASIC_LEVEL = 2
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
    """The first non-empty line when it is short and not a sentence, else the placeholder."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= MAX_TITLE and not line.endswith(tuple("。．.！!？?，,；;：:")):
                return line
            break
    return PLACEHOLDER_TITLE


def word_candidates(text: str, min_count: int = 2, limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Han words of 2-4 characters that occur at least ``min_count`` times, most frequent first.

    Words are jieba's (``edition.text.words.word_ends``) on the Simplified fold of the text, so
    both scripts of a word count together and a recurring string that crosses a word boundary
    (把球传到 -> 球传, 最后一节 -> 后一) is no candidate. Only words of jieba's dictionary count:
    its guesses at unknown runs join names and particles (陈和帕). Common function words and
    counted phrases (这项, 两人, 一分) are dropped.
    """
    folded = fold(text)
    known = dictionary_words()
    basic = set(hsk_words(_BASIC_LEVEL))

    def learnable(word: str) -> bool:
        return (
            word not in WORD_STOP
            and word not in basic
            and not (len(word) == 2 and word[1] in _GLUED_ENDS)
        )

    counts: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    singles: Counter[str] = Counter()  # characters jieba cut as words of their own
    before: Counter[tuple[str, str]] = Counter()  # such a character and the word after it
    first: dict[str, int] = {}
    start, prev, lone = 0, "", ""
    for end in word_ends(folded):
        word = folded[start:end]
        if lone and 2 <= len(word) <= 4:
            before[lone, word] += 1
        lone = word if len(word) == 1 else ""
        singles[lone] += 1
        if 2 <= len(word) <= 4 and known.get(word) and word[0] not in _COUNTING:
            counts[word] += 1
            first.setdefault(word, start)
            if not learnable(word):
                word = ""  # nor part of a term (钱包|放在)
            elif prev and len(prev) + len(word) <= 4:
                pairs[prev, word] += 1
                first.setdefault(prev + word, start - len(prev))
            prev = word
        else:
            prev = ""
        start = end
    # A name's character cut off before a word, there every time and nowhere else, starts a
    # name jieba did not know (洪|崖洞 for 洪崖洞): the whole name is the candidate.
    name_chars = _name_chars()
    for (char, word), c in before.items():
        if c >= min_count and c == counts[word] == singles[char] and char in name_chars:
            counts[char + word] = c
            first[char + word] = first[word] - 1
            counts[word] = 0
    # Two words that always occur together where one of them occurs make a term (扩展 + 定律):
    # it replaces the part that never stands alone.
    for (a, b), c in pairs.items():
        if c >= min_count and c in (counts[a], counts[b]):
            counts[a + b] = c
            for part in (a, b):
                if counts[part] == c:
                    counts[part] = 0
    out = [w for w, c in counts.items() if c >= min_count and learnable(w)]
    out.sort(key=lambda w: (-counts[w], first[w]))
    return [Candidate(text[first[w] : first[w] + len(w)], counts[w]) for w in out[:limit]]


@functools.cache
def _name_chars() -> frozenset[str]:
    """The characters jieba's dictionary tags as a name or a place (洪 鹿 王 湖; not 逛 吃)."""
    import jieba

    with jieba.Tokenizer().get_dict_file() as handle:
        lines = handle.read().decode("utf-8").splitlines()
    return frozenset(
        line[0] for line in lines if line[1:2] == " " and line.rsplit(" ", 1)[-1] in ("nr", "ns")
    )


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
        if not k and not j:  # 通讯·第十二期, 故乡·春节: no part sounds transliterated
            continue
        k, j = max(k, 1), max(j, 1)  # 馬克·陳: a Chinese surname after the dot
        key = folded[dot - k : dot + 1 + j]
        counts[key] += 1
        shown.setdefault(key, text[dot - k : dot + 1 + j])
    return [Candidate(shown[k], c) for k, c in counts.items()]


def _count(n: int, noun: str) -> str:
    """'1 name', '2 names', '0 names'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _q(value: str) -> str:
    """A YAML scalar for ``value``: plain when safe, else double-quoted (JSON is valid YAML)."""
    if re.fullmatch(r"[^\s:#'\"{}\[\],&*!|>%@`?-][^:#{}\[\],]*", value) and value == value.strip():
        return value
    return json.dumps(value, ensure_ascii=False)


def _stated_meta(article: Path, source: SourceText) -> dict[str, str]:
    """The ``meta`` a web page or a Markdown front matter states (see formats.meta)."""
    if source.format not in ("html", "markdown"):
        return {}
    text, _ = decode(read_bounded(article, limits.current().max_article_bytes), source.path)
    return page_meta(text, source.format)


def _overlaps_name(word: str, names: list[Candidate]) -> bool:
    """Whether ``word`` shares two characters in a row with a name (帕霍, 陳和帕霍 for 帕霍基), or
    starts or ends with a name's one-character part (陳說 'Chen said' for 馬克·陳)."""
    folded = fold(word)
    parts = [fold(p) for c in names for p in re.split("[·・‧•]", c.word)]
    if any(len(p) == 1 and p in (folded[0], folded[-1]) for p in parts):
        return True
    return any(folded[i : i + 2] in p for p in parts for i in range(len(folded) - 1))


def render(
    article_shown: str,
    article_ref: str,
    title: str,
    language: str,
    words: list[Candidate],
    names: list[Candidate],
    stated: dict[str, str] | None = None,
    title_in_text: bool | None = None,
    stated_by: str = "the page",
) -> str:
    """The text of a new notes file (see :func:`scaffold`). ``stated`` holds the ``meta`` the
    article's own markup gives (a web page's title, author, date...), which wins over the
    guessed title; ``title_in_text`` defaults to whether a title was guessed."""
    stated = dict(stated or {})
    if "title" in stated:
        title, title_hint = stated.pop("title"), f"from {stated_by}"
    elif title == PLACEHOLDER_TITLE:
        title_hint = "TODO: the title"
    else:
        title_hint = "guessed from the first line"
    if title_in_text is None:
        title_in_text = title != PLACEHOLDER_TITLE
    lines = [
        f"# Annotation layer for {article_shown} (format: docs/notes-format.md).",
        "# Written by `edition new`: fill in meta, add notes and glossary entries, then run",
        "# `edition check` on this file (`make_edition.py check` in a checkout).",
        f"article: {_q(article_ref)}",
        "",
        "meta:",
        f"  title: {_q(title)}  # {title_hint}",
    ]
    if title_in_text:
        lines.append(
            "  title_in_text: true  # the first line is the headline: printed as the title only"
        )
    lines += [f"  {key}: {_q(value)}  # from {stated_by}" for key, value in stated.items()]
    lines += [
        f"  language: {language}  # guessed from the text",
        "  # subtitle, original_title, author, translator, publication, date (YYYY-MM-DD),",
        "  # source_url, credit, keywords, licence",
        "  # register: auto  # how readings are chosen: classical for 古文 or 词 the measure",
        "  #                 # misses, modern to read every line as modern prose",
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
    stated = _stated_meta(article, source)
    notes_dir.mkdir(parents=True, exist_ok=True)
    ref = os.path.relpath(article.resolve(), notes_dir.resolve()).replace(os.sep, "/")
    names = name_candidates(text)
    words = [c for c in word_candidates(text) if not _overlaps_name(c.word, names)]
    guessed = guess_title(text)
    # a page's headline outside its article is not in the text: printed apart, as the title
    in_text = guessed != PLACEHOLDER_TITLE and (
        "title" not in stated or "".join(stated["title"].split()) == "".join(guessed.split())
    )
    by = "the front matter" if source.format == "markdown" else "the page"
    body = render(
        display_path(article), ref, guessed, guess_language(text), words, names, stated, in_text, by
    )
    with out.open("x", encoding="utf-8") as fh:  # 'x': never overwrite, even in a race
        fh.write(body)
    log.info(
        "wrote %s (%s, %s)",
        display_path(out),
        _count(len(words), "candidate word"),
        _count(len(names), "name"),
    )
    return out
