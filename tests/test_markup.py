from __future__ import annotations

from edition.notes.markup import plain_text, render_inline
from edition.text.script import convert_string


def test_allowed_forms():
    html = render_inline("**陳信翰** *Mark Chen* [MIT](https://mit.edu) {長|cháng}")
    assert html == (
        '<strong>陳信翰</strong> <em>Mark Chen</em> <a href="https://mit.edu">MIT</a> '
        '<span class="inline-reading">長 <span class="py">cháng</span></span>'
    )


def test_html_is_text():
    html = render_inline('<img src="file:///etc/passwd"><script>x</script> url(a) @import "b";')
    assert "<img" not in html
    assert "<script" not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html


def test_only_web_links():
    assert "href" not in render_inline("[x](javascript:alert(1))")
    assert "href" not in render_inline("[x](file:///etc/passwd)")


def test_conversion_applies_to_text_not_urls():
    html = render_inline("[头发](https://a.cn/头发)", convert=lambda s: s.replace("头发", "頭髮"))
    assert html == '<a href="https://a.cn/头发">頭髮</a>'


def test_plain_text():
    assert plain_text("**a** *b* [c](https://d)") == "a b c"


def test_a_link_survives_the_taiwan_phrase_conversion():
    # s2twp (OpenCC) ended the text at the link's placeholder, a NUL: link and rest were lost
    html = render_inline("详见[重庆地铁](https://a.cn)。", convert=lambda s: convert_string(s, "s2twp"))
    assert str(html) == '詳見<a href="https://a.cn">重慶地鐵</a>。'
    # the placeholder's characters in a body of one's own print as they are
    assert str(render_inline("甲\ue0007\ue001乙")) == "甲\ue0007\ue001乙"
