"""helpers.structure: each rule on small hand-written pages, plain text and marked up."""
import pytest
from conftest import DATA

from helpers import load_corpus
from helpers.structure import date_in, parse_text


def kinds(text, **kw):
    paragraphs, articles = parse_text(text, "t.txt", **kw)
    return [(p.line, p.kind) for p in paragraphs], articles


def kind_list(text, **kw):
    """The kind of each paragraph of ``text``, in order."""
    return [p.kind for p in parse_text(text, "t.txt", **kw)[0]]


def test_plain_people_s_daily_article_parses_into_its_parts():
    corpus = load_corpus(DATA / "plain_article.txt")
    p = corpus.paragraphs
    assert p["kind"].tolist() == ["title", "subtitle", "byline", "body", "body", "heading", "body",
                                  "body", "heading", "body"]
    art = corpus.articles.iloc[0]
    assert art["title"] == "让绿色成为高质量发展的鲜明底色"
    assert art["subtitle"] == "——各地扎实推进生态文明建设"
    assert art["byline"] == "本报记者 李明 王芳" and art["source"] == "本报记者"
    assert p[p["kind"] == "heading"]["text"].tolist() == ["守护一江清水", "发展绿色产业"]
    assert p.set_index("line").loc[12, "section"] == "守护一江清水"
    assert art["n_sections"] == 2 and art["n_paragraphs"] == 5


def test_a_quotation_ending_a_line_is_body_not_a_heading():
    rows, _ = kinds("标题\n\n他说：“江水清了。”\n")
    assert rows == [(1, "title"), (3, "body")]


def test_a_closing_dateline_without_its_date_ends_the_article_and_is_its_dateline():
    rows, arts = kinds("# 甲\n\n正文甲。\n\n（本报开罗电）\n\n乙标题\n\n本报记者 张三\n\n正文乙。\n")
    assert [a["title"] for a in arts] == ["甲", "乙标题"]
    assert arts[0]["dateline"] == "本报开罗电" and arts[0]["source"] == "本报记者"


def test_bracketed_byline_and_closing_dateline():
    rows, arts = kinds("# 标题\n\n正文。\n\n（本报记者 张三）\n\n另一段。\n\n（新华社成都5月1日电 记者李四）\n")
    assert rows == [(1, "title"), (3, "body"), (5, "byline"), (7, "body"), (9, "dateline")]
    assert arts[0]["dateline"] == "新华社成都5月1日电" and arts[0]["source"] == "新华社"


def test_leading_dateline_is_split_from_the_lead_paragraph_without_losing_text():
    text = "# 标题\n\n新华社北京4月24日电（记者王五）4月24日，论坛在北京开幕。\n"
    paragraphs, arts = parse_text(text, "t.txt")
    assert [(p.line, p.kind, p.text) for p in paragraphs] == [
        (1, "title", "标题"), (3, "dateline", "新华社北京4月24日电（记者王五）"),
        (3, "body", "4月24日，论坛在北京开幕。")]
    assert text[paragraphs[2].start:paragraphs[2].end] == "4月24日，论坛在北京开幕。"
    assert arts[0]["source"] == "新华社"


def test_page_jump_marker_ends_the_article_and_what_follows_starts_another():
    rows, arts = kinds("# 甲\n\n正文甲。\n\n（下转第三版）\n\n正文乙。\n\n（新华社北京4月24日电）\n\n乙标题\n")
    assert [a["title"] for a in arts] == ["甲", "乙标题"]
    assert rows[-1] == (11, "title")


def test_lines_after_a_closing_dateline_followed_by_body_start_a_new_plain_article():
    text = ("第一篇标题\n本报记者 甲\n正文一。\n（新华社北京4月24日电）\n"
            "第二篇标题\n——第二篇副题\n正文二。\n")
    paragraphs, arts = parse_text(text, "t.txt")
    assert [a["title"] for a in arts] == ["第一篇标题", "第二篇标题"]
    assert arts[1]["subtitle"] == "——第二篇副题"
    assert [p.article for p in paragraphs] == [1, 1, 1, 1, 2, 2, 2]


def test_paragraph_ending_in_a_comma_is_rejoined_with_the_next():
    paragraphs, _ = parse_text("# 题\n\n西部地区是重要力量，\n\n中国与各方开展合作。\n", "t.txt")
    body = paragraphs[1]
    assert (body.line, body.text) == (3, "西部地区是重要力量，中国与各方开展合作。")
    assert body.file_offset(10) == body.pieces[1][1]


def test_open_quotation_at_a_break_is_rejoined_but_a_short_bare_line_is_a_heading():
    text = ("# 题\n\n“我们要深入贯彻落实，坚持生态优先、绿色发展的道路，持续改善民生，他说，"
            "深入贯彻落实习近平总书记\n\n重要讲话精神。”\n\n新的一节\n\n正文。\n")
    paragraphs, arts = parse_text(text, "t.txt")
    assert [(p.line, p.kind) for p in paragraphs] == [(1, "title"), (3, "body"), (7, "heading"), (9, "body")]
    assert paragraphs[1].text.endswith("习近平总书记重要讲话精神。”")
    assert arts[0]["n_sections"] == 1


def test_markdown_marks_give_title_subtitle_and_headings():
    rows, arts = kinds("# 标题\n\n## ——副题\n\n### 一节\n\n正文。\n\n## 二节\n\n正文。\n")
    assert rows == [(1, "title"), (3, "subtitle"), (5, "heading"), (7, "body"), (9, "heading"), (11, "body")]
    assert arts[0]["n_sections"] == 2


PROGRAMME = """# 《新闻联播》 (20240423)

## 新闻摘要

本期节目主要内容：

1.第一条新闻；

2.国内联播快讯：

（1）南方强降雨；

## 详细新闻

### 第一条新闻



[查看原文](https://tv.cctv.com/2024/04/23/A.shtml)

### 国内联播快讯

<p><strong>央视网消息</strong>（新闻联播）：今天，南方强降雨。<br></p><p><strong>南方强降雨</strong><br></p><p>雨势再加强。</p>

[查看原文](https://tv.cctv.com/2024/04/23/B.shtml)



---

(更新时间戳: 1713876616363)
"""


def test_a_programme_transcript_is_one_article_per_story_with_its_furniture_typed():
    paragraphs, arts = parse_text(PROGRAMME, "20240423.md")
    assert [(a["title"], a["position"], a["n_paragraphs"]) for a in arts] == [
        ("第一条新闻", 1, 0), ("国内联播快讯", 2, 2)]
    assert [(p.line, p.kind, p.article) for p in paragraphs] == [
        (1, "programme", 1), (3, "programme", 1), (5, "summary", 1), (7, "summary", 1), (9, "summary", 1),
        (11, "summary", 1), (13, "programme", 1), (15, "title", 1), (19, "link", 1),
        (21, "title", 2), (23, "body", 2), (23, "heading", 2), (23, "body", 2), (25, "link", 2),
        (29, "rule", 2), (31, "stamp", 2)]
    assert paragraphs[8].text == "[查看原文](https://tv.cctv.com/2024/04/23/A.shtml)"  # kept as printed
    assert {a["date"] for a in arts} == {"2024-04-23"}  # from the programme's first line


@pytest.mark.parametrize("text, file_date, expected", [
    ("# 题\n\n正文。\n", None, None),                                             # no date anywhere
    ("# 题\n\n正文。\n", "2024-04-25", "2024-04-25"),                             # the file's date
    ("# 题\n\n《人民日报》（2025年05月22日第 01 版）\n\n正文。\n", "2024-01-01", "2025-05-22"),  # printed date wins
    ("# 题\n\n正文。\n\n（新华社北京4月24日电）\n", "2024-04-25", "2024-04-24"),        # dateline in the file's year
    ("# 题\n\n正文。\n\n（新华社北京12月31日电）\n", "2025-01-01", "2024-12-31"),       # ... across New Year
    ("# 题\n\n正文。\n\n（新华社北京4月24日电）\n", None, None),                       # a dateline has no year
    ("# 2025年3月5日召开大会\n\n正文。\n", None, "2025-03-05"),                       # the file's first line
])
def test_article_dates(text, file_date, expected):
    _, arts = parse_text(text, "a.txt", file_date=file_date)
    assert arts[0]["date"] == expected


@pytest.mark.parametrize("text, expected", [
    ("《人民日报》（2025年05月22日第 01 版）", "2025-05-22"),
    ("20240424.md", "2024-04-24"),
    ("2024-4-24", "2024-04-24"),
    ("xwlb_2024-04", None),          # a month is not a date
    ("第20240431号", None),           # no 31 April
    ("编号120240424", None),          # digits inside a longer number
])
def test_date_in(text, expected):
    assert date_in(text) == expected


FRONT_MATTER = ('---\ntitle: "把科技送到农户手中"\ndate: 2025-11-05\nkeywords: [农户, 技术]\n---\n\n'
                '# 把科技送到农户手中\n\n> 张明秀《人民日报》（2025年11月05日第 04 版）\n\n正文。\n')


def test_yaml_front_matter_is_metadata_of_the_first_article_not_text():
    paragraphs, arts = parse_text(FRONT_MATTER, "a.md")
    assert [(p.line, p.kind) for p in paragraphs] == [
        (1, "meta"), (2, "meta"), (3, "meta"), (4, "meta"), (5, "meta"), (7, "title"), (9, "byline"), (11, "body")]
    assert paragraphs[1].text == 'title: "把科技送到农户手中"'  # kept as written
    assert len(arts) == 1 and arts[0]["title"] == "把科技送到农户手中" and arts[0]["first_line"] == 1


@pytest.mark.parametrize("text, title, date", [
    # no headline line: the front matter's title; no printed date: its date
    ("---\ntitle: '一篇报道'\ndate: 2025-11-05\n---\n\n正文第一段，没有标题。\n", "一篇报道", "2025-11-05"),
    ("---\ntitle: 一篇报道\ndate: 2025-11-05T08:00:00+08:00\n---\n正文。\n", "一篇报道", "2025-11-05"),
    # a date printed in the byline wins over the front matter's
    ("---\ndate: 2024-01-01\n---\n\n# 题\n\n《人民日报》（2025年05月22日第 01 版）\n\n正文。\n", "题", "2025-05-22"),
])
def test_front_matter_names_and_dates_what_the_text_does_not(text, title, date):
    _, arts = parse_text(text, "a.md")
    assert (arts[0]["title"], arts[0]["date"]) == (title, date)


@pytest.mark.parametrize("text, expected", [
    # a rule later in the file is no front matter
    ("# 题\n\n---\ntitle: x\n---\n\n正文。\n", ["title", "rule", "heading", "rule", "body"]),
    # never closed: not front matter, nothing is hidden
    ("---\ntitle: 题\n\n正文。\n", ["rule", "heading", "body"]),
    # a ruled line over prose is no front matter either
    ("---\n\n正文第一段。\n\n---\n\n正文第二段。\n", ["rule", "body", "rule", "body"]),
])
def test_only_a_closed_block_of_fields_opening_the_file_is_front_matter(text, expected):
    paragraphs, _ = parse_text(text, "a.md")
    assert [p.kind for p in paragraphs] == expected


def test_a_ruled_line_alone_is_not_a_crash():
    paragraphs, _ = parse_text("标题\n\n正文。\n\n---\n", "t.txt")
    assert [(p.kind, p.text) for p in paragraphs] == [("title", "标题"), ("body", "正文。"), ("rule", "---")]


@pytest.mark.parametrize("text, expected", [
    # a kicker (引题) above the headline, then the byline
    ("第四十六届东盟峰会通过议程\n\n“建设更具凝聚力的东盟”（国际视点）\n\n本报记者  章念生\n\n正文。\n",
     ["kicker", "title", "byline", "body"]),
    ("建起果园、选择良种、钻研农技……退休教师返乡成为新农人——\n\n“霞姐”卖苹果\n\n本报记者  王  者\n\n正文。\n",
     ["kicker", "title", "byline", "body"]),
    # in markdown (as archived from the paper's site), the marked line above the # headline
    ("### 瞄准新赛道  实干出实效\n\n# 多方发力，郑州汽车产业添动力\n\n> 本报记者  王乐文\n\n正文。\n",
     ["kicker", "title", "byline", "body"]),
    # a subtitle below the headline is not a kicker
    ("标题\n\n——副题\n\n本报记者 张三\n\n正文。\n", ["title", "subtitle", "byline", "body"]),
    # the print line, with or without the author, is the byline
    ("标题\n\n尹双红《人民日报》（2025年04月16日第 09 版）\n\n正文。\n", ["title", "byline", "body"]),
    ("标题\n\n《光明日报》（2024年3月1日第 2 版）\n\n正文。\n", ["title", "byline", "body"]),
    # photo captions: the description and the credit
    ("标题\n\n本报记者 张三\n\n李晓霞在打包苹果。\n\n苏文凯摄\n\n正文。\n",
     ["title", "byline", "caption", "caption", "body"]),
    ("标题\n\n正文。\n\n一列中欧班列驶入口岸站。\n\n刘  新摄（影像中国）\n", ["title", "body", "caption", "caption"]),
    ("标题\n\n正文。\n\n峰会标识。\n\n新华社记者  张三摄\n", ["title", "body", "caption", "caption"]),
    ("标题\n\n正文。\n\n他拿起相机开始拍摄\n", ["title", "body", "heading"]),       # 拍摄 is no credit
    ("标题\n\n数据来源：国家发展改革委\n\n版式设计：蔡华伟\n\n正文。\n", ["title", "caption", "caption", "body"]),
    ("标题\n\n洪  琥绘\n\n（《讽刺与幽默》供图）\n\n正文。\n", ["title", "caption", "caption", "body"]),
    ("标题\n\n正文。\n\n精心描绘\n\n正文。\n", ["title", "body", "heading", "body"]),   # 描绘 is no credit
    # photo credits without 摄: the credit and the description above it are captions
    ("标题\n\n正文。\n\n村民在田间采茶。\n\n以上图片均为某县融媒体中心提供\n", ["title", "body", "caption", "caption"]),
    ("标题\n\n正文。\n\n工人检修设备。\n\n受访者供图\n\n正文。\n", ["title", "body", "caption", "caption", "body"]),
    ("标题\n\n正文。\n\n新建的大桥。\n\n资料图片\n", ["title", "body", "caption", "caption"]),
    ("标题\n\n正文。\n\n为企业发展提供\n\n正文。\n", ["title", "body", "heading", "body"]),  # 提供 without 图
    # the page's editors are credited, marked, not captions (their work is the page, not a picture)
    ("标题\n\n正文。\n\n本期统筹：王  五  赵六\n", ["title", "body", "marker"]),
    ("标题\n\n正文。\n\n责编：钱七\n", ["title", "body", "marker"]),
    # ... also where a space stands for the colon; a heading that opens with the same word stays a heading
    ("标题\n\n正文。\n\n版式设计 王  五\n", ["title", "body", "caption"]),
    ("标题\n\n正文。\n\n数据来源  国家统计局等\n\n版式设计  赵六\n", ["title", "body", "caption", "caption"]),
    ("标题\n\n正文。\n\n统筹 发展和安全\n\n正文。\n", ["title", "body", "heading", "body"]),
    # the page's designers and illustrators, with or without the colon
    ("标题\n\n正文。\n\n视觉设计：王  五\n\n插图：赵六\n", ["title", "body", "caption", "caption"]),
    ("标题\n\n正文。\n\n图表设计  钱  七\n", ["title", "body", "caption"]),
    ("标题\n\n正文。\n\n设计理念\n\n正文。\n", ["title", "body", "heading", "body"]),
    # ... with what was drawn or sourced named before the role (图表数据来源, 漫画绘制, 地图制作)
    ("标题\n\n正文。\n\n图表数据来源：某市管委会\n\n正文。\n", ["title", "body", "caption", "body"]),
    ("标题\n\n本报记者  张三\n\n漫画绘制：钱  七（新华社发）\n\n正文。\n", ["title", "byline", "caption", "body"]),
    ("标题\n\n正文。\n\n地图制作：孙八\n\n正文。\n", ["title", "body", "caption", "body"]),
    ("标题\n\n正文。\n\n绘制蓝图：共建美好家园\n\n正文。\n", ["title", "body", "heading", "body"]),
    # a lead-in of clauses ending in ——: body, not a heading
    ("标题\n\n正文。\n\n育才引才，平台共建；协同创新，两地共织“创新网”——\n\n正文。\n",
     ["title", "body", "body", "body"]),
    # the second line of a data credit belongs to the credit, not a kicker of the next headline
    ("标题\n\n正文。\n\n数据来源：某某部、\n\n某某局\n\n另一标题\n\n本报记者 张三\n\n正文。\n",
     ["title", "body", "caption", "caption", "heading", "byline", "body"]),
    # ... but a line right after a credit, over a byline, is not taken into the credit
    ("标题\n\n正文。\n\n版式设计：孙八\n\n另一标题\n\n本报记者 张三\n\n正文。\n",
     ["title", "body", "caption", "heading", "byline", "body"]),
    # an expert's or author's signature closing a section: —— name (affiliation)
    ("标题\n\n正文。\n\n——王五（某大学教授）\n\n正文。\n", ["title", "body", "byline", "body"]),
    ("标题\n\n——记某某（上）\n\n正文。\n", ["title", "subtitle", "body"]),
    ("标题\n\n——访李四（某公司总经理）\n\n正文。\n", ["title", "subtitle", "body"]),  # an interview's deck
    ("标题\n\n——写在大会（2025）\n\n正文。\n", ["title", "subtitle", "body"]),
    # editor's note signature, series end, 记者手记
    ("标题\n\n编者按正文。\n\n——编  者\n\n正文。\n", ["title", "body", "byline", "body"]),
    ("标题\n\n正文。\n\n（本系列评论到此结束）\n", ["title", "body", "marker"]),
    ("标题\n\n正文。\n\n（完）\n", ["title", "body", "marker"]),
    ("标题\n\n正文。\n\n记者手记\n\n正文。\n", ["title", "body", "heading", "body"]),
    ("标题\n\n记者 张三\n\n正文。\n", ["title", "byline", "body"]),
    # a kicker that is a clause trailing off (……) over the headline and byline
    ("被摇晃的石像，打斗中的少年和龙王……\n\n三维动画设计师让角色动起来\n\n本报记者  张  三\n\n正文。\n",
     ["kicker", "title", "byline", "body"]),
    # a numbered photo's description is a caption by its label, also when one credit serves several photos
    ("标题\n\n正文。\n\n图①：工人在车间调试设备。\n\n图②：村民在田间采茶。\n\n以上图片均为张  三摄\n\n正文。\n",
     ["title", "body", "caption", "caption", "caption", "body"]),
    ("标题\n\n正文。\n\n上图：新建成的跨江大桥。\n\n下图：大桥夜景。\n\n李  四摄\n", ["title", "body", "caption", "caption", "caption"]),
    ("标题\n\n正文。\n\n图为某地夜景，灯火通明。\n\n正文。\n", ["title", "body", "body", "body"]),   # 图为 alone: no label
    # a credit shared by the photos above it (以上图片均为…): every description between it and the head is a caption
    ("标题\n\n本报记者  张  三\n\n制图：李  四\n\n新车厢的双人包间。\n\n车厢里的餐吧。\n\n以上图片均为王  五摄\n\n正文。\n",
     ["title", "byline", "caption", "caption", "caption", "caption", "body"]),
    ("标题\n\n本报记者  张  三\n\n新车厢的双人包间。\n\n车厢里的餐吧。\n\n以上照片均由某公司提供\n\n正文。\n",
     ["title", "byline", "caption", "caption", "caption", "body"]),
    # ... also one with the exception of the signed photos (除署名外), with or without a comma
    ("标题\n\n本报记者  张  三\n\n图①：科考船出海。\n\n图②：深海鱼类。\n\n以上图片除署名外，均为某省海洋科学研究院深海探测工程技术中心提供\n\n正文。\n",
     ["title", "byline", "caption", "caption", "caption", "body"]),
    ("标题\n\n正文。\n\n新建成的跨江大桥。\n\n本版图片除署名外均为本报记者王  五摄\n", ["title", "body", "caption", "caption"]),
    ("标题\n\n本报记者  张  三\n\n新建成的跨江大桥。\n\n（图片除注明外均由某市融媒体中心提供）\n\n正文。\n",
     ["title", "byline", "caption", "caption", "body"]),
    # ... but not the text above the photos
    ("标题\n\n本报记者  张  三\n\n" + "列车今天首发，沿途经过多个城市，旅客可以在车上用餐、休息、观景，服务人员全程陪同。" * 3
     + "\n\n车厢里的餐吧。\n\n以上图片均为王  五摄\n", ["title", "byline", "body", "caption", "caption"]),
    # a photo story's credit (…摄影报道) and the description above it
    ("标题\n\n正文。\n\n驻村干部在直播间推介农产品。\n\n张  三  李四摄影报道\n\n正文。\n",
     ["title", "body", "caption", "caption", "body"]),
    # where an illustration was taken from
    ("标题\n\n本报记者  张  三\n\n插图选自《科学（三年级下）》\n\n正文。\n", ["title", "byline", "caption", "body"]),
    # a video still's credit, and a round-up's reporters in brackets after the text
    ("标题\n\n正文。\n\n民警救起落水群众。\n\n央视新闻客户端视频截图\n\n正文。\n", ["title", "body", "caption", "caption", "body"]),
    ("标题\n\n正文。\n\n（综合本报记者王某、李某、赵某报道）\n", ["title", "body", "byline"]),
    # Xinhua's photo credit (新华社发) is a caption, not a byline, and so is the description above it
    ("标题\n\n正文。\n\n游客在景区赏花。\n\n新华社发\n\n正文。\n", ["title", "body", "caption", "caption", "body"]),
    ("标题\n\n正文。\n\n游客在景区赏花。\n\n（新华社发）\n\n正文。\n", ["title", "body", "caption", "caption", "body"]),
    ("标题\n\n正文。\n\n游客在景区赏花。\n\n新华社发  王  五摄\n\n正文。\n", ["title", "body", "caption", "caption", "body"]),
    # photo credits of organisations: a bracket in the name, 提供 without 图 after an organisation
    ("标题\n\n正文。\n\n图①：博物馆外景。\n\n中国（海南）南海博物馆供图\n\n正文。\n",
     ["title", "body", "caption", "caption", "body"]),
    ("标题\n\n正文。\n\n“花儿会”现场。\n\n某县融媒体中心提供\n\n正文。\n", ["title", "body", "caption", "caption", "body"]),
    ("标题\n\n正文。\n\n为基层治理提供\n\n正文。\n", ["title", "body", "heading", "body"]),  # no organisation
    # who else wrote it, and who the author is, in brackets after the text
    ("标题\n\n正文。\n\n（陈某某参与采写）\n", ["title", "body", "byline"]),
    ("标题\n\n正文。\n\n（实习生王某参与采写）\n", ["title", "body", "byline"]),
    ("标题\n\n正文。\n\n（作者为某县第一中学党委书记，本报记者张三采访整理）\n", ["title", "body", "byline"]),
    ("标题\n\n正文。\n\n（作者分别为某研究院院士、某大学副教授。王五对本文亦有贡献）\n", ["title", "body", "byline"]),
    ("标题\n\n正文。\n\n（作者系某大学教授）\n\n正文。\n", ["title", "body", "byline", "body"]),
    # ... also with a bracket inside it (a company's city)
    ("标题\n\n正文。\n\n（作者为某科技（合肥）有限公司副总裁，本报记者张三整理）\n\n另一标题\n\n李文明\n\n正文。\n",
     ["title", "body", "byline", "heading", "byline", "body"]),
    # who wrote the page, in brackets after the text: the reporters who reported and wrote it up
    ("标题\n\n正文。\n\n（本版文字由本报记者王小明、李华、张建国、刘晓红、陈志强采访整理，赵海涛参与采写）\n",
     ["title", "body", "byline"]),
    ("标题\n\n正文。\n\n（本版文字由本报记者王小明、李华采写）\n\n版式设计：赵  六\n", ["title", "body", "byline", "caption"]),
    ("标题\n\n正文。\n\n（资料来源：某省人民法院，本报记者王小明整理）\n", ["title", "body", "byline"]),
    ("标题\n\n正文。\n\n（他说，记者的采写要真实）\n\n正文。\n", ["title", "body", "heading", "body"]),
    # the reporters of a round-up in brackets after the text, however many they are
    ("标题\n\n正文。\n\n（本报记者王小明、李  华、张建国、刘晓红、陈志强、杨丽、赵海涛、黄文静、周  斌、吴国平）\n",
     ["title", "body", "byline"]),
    ("标题\n\n正文。\n\n（记者张三、李四）\n\n正文。\n", ["title", "body", "byline", "body"]),
    ("标题\n\n正文。\n\n（本报记者看到，村里新修了路、装了灯、建了广场、办了食堂，还开了超市。）\n",
     ["title", "body", "body"]),
    # an end dateline without its date, and the authors' units in brackets
    ("标题\n\n正文。\n\n（本报开罗电）\n", ["title", "body", "dateline"]),
    ("标题\n\n正文。\n\n（作者单位分别为某大学艺术学院、某研究中心）\n", ["title", "body", "byline"]),
    # an end dateline filed by several bureaus
    ("标题\n\n正文。\n\n（本报约翰内斯堡、开罗、北京6月12日电  记者黄培昭、邹松、王迪、吴刚、李晓宏）\n",
     ["title", "body", "dateline"]),
    # a graphic's credit (…制图) and the description above it are captions; a cartoon's credit keeps its source
    ("标题\n\n本报记者 张三\n\n图为新型储能电站的结构示意。\n\n王  五  赵六制图\n\n正文。\n",
     ["title", "byline", "caption", "caption", "body"]),
    ("标题\n\n本报记者 张三\n\n李  四绘（人民视觉）\n\n正文。\n", ["title", "byline", "caption", "body"]),
    # an author's name alone under a column's headline, and a reader's place and name, are bylines
    ("标题\n\n正文。\n\n我与一座城\n\n江畔  书香\n\n张  三\n\n正文。\n",
     ["title", "body", "kicker", "heading", "byline", "body"]),   # a sub-report's kicker and headline
    ("标题\n\n正文。\n\n让阅读成为习惯\n\n江苏省南通市  李  四\n\n正文。\n",
     ["title", "body", "heading", "byline", "body"]),
    ("标题\n\n正文。\n\n做好基层服务\n\n浙江省湖州市安吉县  王晓明\n\n正文。\n",
     ["title", "body", "heading", "byline", "body"]),
    # ... and so is an expert's signature under a box: —— unit and title, then the name
    ("标题\n\n正文。\n\n——某市文化和旅游局党组书记、局长  赵  六\n\n正文。\n",
     ["title", "body", "byline", "body"]),
    ("标题\n\n——走近一线  倾听民声\n\n正文。\n", ["title", "subtitle", "body"]),   # a deck in two halves
    # a —— line after the text is who said or wrote it (a signature, a quotation's source), not a subtitle
    ("标题\n\n本报记者 张三\n\n“要把群众的事当成自己的事。”\n\n——摘自某地工作报告\n\n正文。\n",
     ["title", "byline", "body", "byline", "body"]),
    ("标题\n\n正文。\n\n产业振兴\n\n果子怎样才能卖得更好？\n\n——某省某县某村驻村第一书记王小明\n\n正文。\n",
     ["title", "body", "heading", "body", "byline", "body"]),
    # ... also as the file's last line
    ("标题\n\n正文。\n\n干部感言\n\n一年来，我和乡亲们一起把路修通了。\n\n——某县某村驻村第一书记王小明\n",
     ["title", "body", "heading", "body", "byline"]),
    # an author's three-character name alone under a column's headline, over the text
    ("标题\n\n——编  者\n\n实干才能出成绩\n\n张天明\n\n正文。\n", ["title", "byline", "heading", "byline", "body"]),
    ("标题\n\n正文。\n\n查到底\n\n高质量\n\n正文。\n", ["title", "body", "heading", "heading", "body"]),
    # a short label ending in a colon over a section heading is part of that heading
    ("标题\n\n正文。\n\n全面看运行：\n\n生产供给继续增长\n\n正文。\n", ["title", "body", "heading", "heading", "body"]),
    ("标题\n\n正文。\n\n央视网消息（新闻联播）：\n\n多地推进春耕生产\n\n正文。\n", ["title", "body", "body", "heading", "body"]),
    # a pull-quote heading a section: a line all in quotation marks, no sentence ended in it, however long
    ("标题\n\n正文。\n\n“种树的目的，是让那些本不该荒芜的山坡重新绿起来，而不是把每一片草原和荒滩都变成茂密的森林”\n\n正文。\n",
     ["title", "body", "heading", "body"]),
    ("标题\n\n正文。\n\n“守护好这片林子，就是守护好我们的家”\n\n正文。\n", ["title", "body", "heading", "body"]),
    # ... but a quotation ending its sentence inside the marks is the text's
    ("标题\n\n正文。\n\n“种树的目的，是让那些本不该荒芜的山坡重新绿起来，而不是把每一片草原和荒滩都变成茂密的森林。”\n\n正文。\n",
     ["title", "body", "body", "body"]),
    # a heading putting a problem and answering it in a word (审批材料太多？减！)
    ("标题\n\n正文。\n\n审批材料太多？减！\n\n正文。\n", ["title", "body", "heading", "body"]),
    ("标题\n\n正文。\n\n企业办事跑腿多？数据来跑路！\n\n正文。\n", ["title", "body", "heading", "body"]),
    # ... not a sentence of two clauses, nor a quotation
    ("标题\n\n正文。\n\n这样的日子，你说好不好？真好！\n\n正文。\n", ["title", "body", "body", "body"]),
    ("标题\n\n正文。\n\n“累不累？不累！”\n\n正文。\n", ["title", "body", "body", "body"]),
    # ... but not a speaker's longer post and name (limit: a portrait's section label; the quotation extractor reads it
    # as the speaker of the section)
    ("标题\n\n正文。\n\n社区卫生服务中心全科医生王晓明：\n\n“守护居民健康是我的责任”\n\n正文。\n",
     ["title", "body", "body", "heading", "body"]),
    ("标题\n\n正文。\n\n从一组数据中可以看出，记者了解到：\n\n产量稳步增长\n\n正文。\n", ["title", "body", "body", "heading", "body"]),
    # a sub-report's headline asking a question, over its byline
    ("标题\n\n正文。\n\n如何正确用火用电？\n\n本报记者  李  四\n\n正文。\n", ["title", "body", "heading", "byline", "body"]),
    # ... or asking, then answering in a phrase (a sentence of two clauses over a byline stays body)
    ("标题\n\n正文。\n\n小节标题\n\n真的“多余”？老人牙齿健康别忽视\n\n本报记者  李  四\n\n正文。\n",
     ["title", "body", "kicker", "heading", "byline", "body"]),
    ("标题\n\n正文。\n\n为什么这样做？记者走访了几个村\n\n本报记者  李  四\n\n正文。\n",
     ["title", "body", "heading", "byline", "body"]),
    ("标题\n\n正文。\n\n你问我为什么？因为，我们都喜欢这里。\n\n本报记者  李  四\n\n正文。\n",
     ["title", "body", "body", "byline", "body"]),
    # the archive's series line under the headline (系列：…) is furniture, not the title
    ("整治物业乱象，精准发力\n系列：前沿观察·清风在身边③\n\n本报记者  张  三\n\n正文。\n",
     ["title", "marker", "byline", "body"]),
    ("行走某地，解码山海文化——\n\n山海之间，感悟和合之美\n系列：深阅读\n\n本报记者  李  四\n\n正文。\n",
     ["kicker", "title", "marker", "byline", "body"]),
])
def test_real_page_layouts(text, expected):
    assert kind_list(text) == expected


# Session 8: the head of a page read again on People's Daily text. A headline ending in its column's name in
# brackets is the title even with an exclamation or question inside it, and the line under it is its deck; a
# question over a sub-report's headline and byline is that sub-report's kicker.
HEAD_CASES = [
    # an exclamation inside quotation marks, then the column's name: the headline, under its kicker
    ("某市剧团坚持送戏下乡\n\n“能为乡亲们演戏，多开心！”（追梦路上）\n\n本报记者  张  三\n\n正文。\n",
     ["kicker", "title", "byline", "body"], "“能为乡亲们演戏，多开心！”（追梦路上）", None),
    # ... and alone over the print line
    ("“能为乡亲们演戏，多开心！”（追梦路上）\n\n《人民日报》（2025年03月02日第 12 版）\n\n正文。\n",
     ["title", "byline", "body"], "“能为乡亲们演戏，多开心！”（追梦路上）", None),
    # an exclamation outside the quotation marks, before the column's name
    ("某县创新基层治理机制，破解“老大难”——\n\n“办事跑断腿”，快改！（作风建设新观察）\n\n本报记者  李  四\n\n正文。\n",
     ["kicker", "title", "byline", "body"], "“办事跑断腿”，快改！（作风建设新观察）", None),
    # a question headline with its column's name
    ("老街巷何以留住年轻人？（城市观察）\n\n本报记者  王  五\n\n正文。\n",
     ["title", "byline", "body"], "老街巷何以留住年轻人？（城市观察）", None),
    # the headline with its column's name over a deck of phrases: the deck is the subtitle, not the title
    ("山东大棚何以供应全国“菜篮子”（经济聚焦）\n\n选育良种、智慧灌溉、冷链直达\n\n本报记者  赵  六\n\n正文。\n",
     ["title", "subtitle", "byline", "body"], "山东大棚何以供应全国“菜篮子”（经济聚焦）", "选育良种、智慧灌溉、冷链直达"),
    # three lines over the print line: the kicker, the headline (with its column's name, or over a —— deck), the deck
    ("某省推进盐碱地综合利用\n\n盐碱滩上稻花香（经济聚焦）\n\n选育良种、智慧灌溉、冷链直达\n\n"
     "本报记者  赵  六《人民日报》（2025年03月02日第 12 版）\n\n正文。\n",
     ["kicker", "title", "subtitle", "byline", "body"], "盐碱滩上稻花香（经济聚焦）", "选育良种、智慧灌溉、冷链直达"),
    ("某省推进盐碱地综合利用——\n\n盐碱滩上稻花香\n\n——选育良种、智慧灌溉、冷链直达\n\n"
     "本报记者  赵  六《人民日报》（2025年03月02日第 12 版）\n\n正文。\n",
     ["kicker", "title", "subtitle", "byline", "body"], "盐碱滩上稻花香", "——选育良种、智慧灌溉、冷链直达"),
    # the one line over the print line is the headline, whatever stands in it
    ("菜价涨了该怎么办？记者走访三个市场找答案（民生一线）\n\n《人民日报》（2025年03月02日第 12 版）\n\n正文。\n",
     ["title", "byline", "body"], "菜价涨了该怎么办？记者走访三个市场找答案（民生一线）", None),
    ("如何稳住外贸基本盘？（政策问答·稳外贸，政策有哪些）\n\n本报记者  王  五《人民日报》（2025年06月10日第 01 版）\n\n正文。\n",
     ["title", "byline", "body"], "如何稳住外贸基本盘？（政策问答·稳外贸，政策有哪些）", None),
    # ... but not a sentence over a plain byline
    ("他说，日子越过越好了！真是这样吗？\n\n本报记者  王  五\n\n正文。\n", ["body", "byline", "body"], None, None),
    # without a column's name the upper of two headline lines stays the kicker
    ("某省推进盐碱地综合利用\n\n盐碱滩上稻花香\n\n本报记者  赵  六\n\n正文。\n",
     ["kicker", "title", "byline", "body"], "盐碱滩上稻花香", None),
    # a body question with its source in brackets is not a headline
    ("标题\n\n本报记者  张  三\n\n正文。\n\n这是为什么？（资料）\n\n正文。\n",
     ["title", "byline", "body", "body", "body"], "标题", None),
]


@pytest.mark.parametrize("text, expected, title, subtitle", HEAD_CASES)
def test_a_headline_with_its_column_s_name_is_the_title(text, expected, title, subtitle):
    paragraphs, arts = parse_text(text, "t.txt")
    assert [p.kind for p in paragraphs] == expected
    assert (arts[0]["title"], arts[0]["subtitle"]) == (title, subtitle)


@pytest.mark.parametrize("text, expected", [
    # a question over a sub-report's headline and byline is its kicker (a sub-report headline line)
    ("标题\n\n正文。\n\n“每天锻炼1小时”怎样保障？\n\n课间操场动起来\n\n本报记者  李  四\n\n正文。\n",
     ["title", "body", "kicker", "heading", "byline", "body"]),
    ("标题\n\n正文。\n\n乡村教师如何留得住？\n\n待遇提高了  心里踏实了\n\n本报记者  王  五\n\n正文。\n",
     ["title", "body", "kicker", "heading", "byline", "body"]),
    # a question opening a section alone (a heading under it, no byline) is body
    ("标题\n\n正文。\n\n怎样提高教学质量？\n\n深化改革，促进全面发展\n\n正文。\n",
     ["title", "body", "body", "heading", "body"]),
    # a long question is a sentence, not a kicker
    ("标题\n\n正文。\n\n大家都在问，这样的好日子还能持续多久？会不会有一天又回到从前那样？\n\n新的一节\n\n本报记者  王  五\n\n正文。\n",
     ["title", "body", "body", "heading", "byline", "body"]),
])
def test_a_question_over_a_sub_report_s_headline_is_its_kicker(text, expected):
    assert kind_list(text) == expected


S = "标题\n\n正文。\n\n{}\n\n正文。\n\n{}\n\n正文。\n"   # a text of two sections


@pytest.mark.parametrize("text, expected", [
    # sections opened alike by two stacked lines, a question and its answer: both are headings
    (S.format("农产品如何卖得好？\n\n建好冷链仓储，打通线上线下销售渠道", "“老字号”新在哪？\n\n老手艺遇上新设计"),
     ["title", "body", "heading", "heading", "body", "heading", "heading", "body"]),
    (S.format("1\n\n如何应对汛情？\n\n加固堤防、疏浚河道、做好转移安置", "2\n\n损失怎么补？\n\n保险理赔开辟绿色通道"),
     ["title", "body", "heading", "heading", "heading", "body", "heading", "heading", "heading", "body"]),
    (S.format("小区改造后，物业怎么管？\n\n居民议事会定规矩", "钱从哪里来？\n\n多方筹资共担成本"),
     ["title", "body", "heading", "heading", "body", "heading", "heading", "body"]),
    # ... or under a section's label, over the text
    (S.format("产业振兴\n\n红薯怎样才能卖得更好？", "人才振兴\n\n回乡青年如何留得下？"),
     ["title", "body", "heading", "heading", "body", "heading", "heading", "body"]),
    # one such question alone closes the lead: the text's, and the line under it the first section's heading
    (S.format("“暖心驿站”如何更好地服务快递员？\n\n每个驿站配备1名服务专员", "开展各类活动"),
     ["title", "body", "body", "heading", "body", "heading", "body"]),
    # a question of several clauses closes the section above
    (S.format("一条小河，治了三年，修了两次，难在哪？\n\n快与慢", "钱从哪里来，怎么管，谁来管？\n\n多方筹资"),
     ["title", "body", "body", "heading", "body", "body", "heading", "body"]),
    # a question over body text is body, and so is one under a longer heading
    (S.format("加强监管，守住安全底线\n\n村民看病为什么难？", "完善机制，提升服务水平\n\n效果怎么样？"),
     ["title", "body", "heading", "body", "body", "heading", "body", "body"]),
    (S.format("如何破局？\n\n关键在于创新，各地都在想办法。", "效果如何？\n\n记者走访了几家企业。"),
     ["title"] + ["body"] * 7),
])
def test_a_question_over_a_section_s_heading_is_a_heading(text, expected):
    assert kind_list(text) == expected


@pytest.mark.parametrize("text, title", [
    ("整治物业乱象，精准发力\n系列：前沿观察·清风在身边③\n\n本报记者  张  三\n\n正文。\n", "整治物业乱象，精准发力"),
    ("剧场何以吸引年轻人\n系列：青年观\n\n张三《人民日报》（2025年12月01日第 05 版）\n\n正文。\n", "剧场何以吸引年轻人"),
    ("行走某地，解码山海文化——\n\n山海之间，感悟和合之美\n系列：深阅读\n\n本报记者  李  四\n\n正文。\n",
     "山海之间，感悟和合之美"),
])
def test_the_series_line_under_a_headline_does_not_take_its_place(text, title):
    _, arts = parse_text(text, "t.txt")
    assert arts[0]["title"] == title


@pytest.mark.parametrize("text, title, subtitle", [
    ("标题\n\n本报记者 张三\n\n“要把群众的事当成自己的事。”\n\n——摘自某地工作报告\n\n正文。\n", "标题", None),
    ("今天，我们为何还要读书？\n\n《人民日报》（2025年12月30日第 05 版）\n\n正文。\n", "今天，我们为何还要读书？", None),
])
def test_the_head_of_an_article_is_read_from_its_head(text, title, subtitle):
    _, arts = parse_text(text, "t.txt")
    assert (arts[0]["title"], arts[0]["subtitle"]) == (title, subtitle)


def test_a_kicker_does_not_become_the_title_of_the_article():
    _, arts = parse_text("第四十六届东盟峰会通过议程\n\n建设更具凝聚力的东盟\n\n本报记者 章念生\n\n正文。\n", "t.txt")
    first = arts[0]
    assert (first["title"], first["subtitle"], first["byline"]) == ("建设更具凝聚力的东盟", None, "本报记者 章念生")


def test_a_marked_kicker_and_its_headline_make_one_article():
    text = "### 引题——\n\n# 甲\n\n正文甲。\n\n### 另一引题\n\n# 乙\n\n正文乙。\n"
    paragraphs, arts = parse_text(text, "t.md")
    assert [(a["title"], a["first_line"]) for a in arts] == [("甲", 1), ("乙", 7)]
    assert [p.article for p in paragraphs] == [1, 1, 1, 2, 2, 2]


def test_list_items_ending_in_a_semicolon_stay_paragraphs_of_their_own():
    text = "# 题\n\n在陕西，开展剪纸活动；\n\n在内蒙古，开展实践活动；\n\n…………\n\n星星火炬，代代相传。\n"
    paragraphs, _ = parse_text(text, "t.txt")
    assert [(p.line, p.kind) for p in paragraphs] == [(1, "title"), (3, "body"), (5, "body"), (7, "body"), (9, "body")]


def test_no_line_form_matches_an_empty_line():
    """The loader skips the empty stretch before an indent (　　) without trying the line forms: none may
    match nothing."""
    from helpers.structure import _form_of

    assert _form_of("") is None


def test_every_line_form_reads_its_own_example_as_its_kind():
    """The forms are tried as one pattern (a named group each): each row's example is read as that row's kind, the
    kind the first form matching it alone gives."""
    from helpers.structure import _form_of, line_forms, read_rows

    for row in read_rows("line_forms.csv"):
        first = next(kind for kind, pattern in line_forms() if pattern.fullmatch(row["example"]))
        assert (_form_of(row["example"]), first) == (row["kind"], row["kind"]), row["example"]


# Session 9: classes found on 30 People's Daily articles with hand-made structure gold (written blind).
@pytest.mark.parametrize("text, expected", [
    # a one-clause lead-in ending in ——, between paragraphs of the text, is body, not a heading
    ("标题\n\n本报记者 张三\n\n正文第一段。\n\n改革举措逐步落到实处——\n\n正文第二段。\n",
     ["title", "byline", "body", "body", "body"]),
    # ... but over a headline it is still a kicker or a heading
    ("标题\n\n正文。\n\n求职者——\n\n当好无人机“飞手”\n\n正文。\n", ["title", "body", "heading", "heading", "body"]),
    # a box label of some words and a colon, alone on its line over the text, is a heading
    ("标题\n\n本报记者 张三\n\n正文。\n\n现场素描：\n\n正文。\n", ["title", "byline", "body", "heading", "body"]),
    ("标题\n\n正文。\n\n张三：\n\n正文。\n", ["title", "body", "body", "body"]),  # a name and a colon: a turn
    ("标题\n\n正文。\n\n编辑同志：\n\n正文。\n", ["title", "body", "body", "body"]),  # a letter's salutation
    ("标题\n\n正文。\n\n六项措施还包括：\n\n正文。\n", ["title", "body", "body", "body"]),  # a list's lead-in
    ("标题\n\n正文。\n\n工作中要做到：\n\n正文。\n", ["title", "body", "body", "body"]),
    ("标题\n\n正文。\n\n中国体育代表团：\n\n正文。\n", ["title", "body", "body", "body"]),  # a letter's addressee
    # labels of a few words ending in —— over sections, a series of them, are headings (one alone: session 11)
    ("标题\n\n正文。\n\n看学生状态——\n\n正文。\n\n看学校常态——\n\n正文。\n",
     ["title", "body", "heading", "body", "heading", "body"]),
    # a dialogue's participants, each a name and a post, are bylines
    ("标题\n\n《人民日报》（2025年06月05日第 05 版）\n\n对话人：\n\n王  五  本报评论员\n\n赵小六  某日报评论员\n\n正文。\n",
     ["title", "byline", "heading", "byline", "byline", "body"]),
    # two characters set apart are a name only if the first is a surname: else a label over a heading
    ("标题\n\n本报记者  张三\n\n正文。\n\n目  标\n\n“我们要看看极限在哪儿”\n\n正文。\n",
     ["title", "byline", "body", "heading", "heading", "body"]),
    ("标题\n\n正文。\n\n徐  正\n", ["title", "body", "byline"]),
    # a box's label (链接, 延伸阅读) is never the second line of a credit, and the line under it is the box's
    # headline, even as a question or an exclamation
    ("标题\n\n正文。\n\n本期统筹：王五\n\n链接\n\n桥下空间咋用好\n\n正文。\n",
     ["title", "body", "marker", "heading", "heading", "body"]),
    ("标题\n\n正文。\n\n链接\n\n适老化改造需关注哪些问题？\n\n正文。\n", ["title", "body", "heading", "heading", "body"]),
    ("标题\n\n本报记者  张三\n\n正文。\n\n延伸阅读\n\n“我给它打满分！”\n\n正文。\n",
     ["title", "byline", "body", "heading", "heading", "body"]),
])
def test_people_s_daily_layouts_read_with_gold(text, expected):
    assert kind_list(text) == expected


def test_a_sub_report_s_headline_under_the_photos_of_the_head_is_not_the_article_s_subtitle():
    text = ("标题\n\n《人民日报》（2025年06月26日第 13 版）\n\n乐队在音乐节上表演。\n\n本报记者  杨  迅摄\n\n"
            "某地连续12年举办音乐节\n\n投入音乐的怀抱 感受纯粹与美好\n\n本报记者  宋  某\n\n正文。\n")
    paragraphs, arts = parse_text(text, "t.txt")
    assert arts[0]["subtitle"] is None
    assert paragraphs[5].kind in ("heading", "subtitle", "title", "kicker")


# Session 9, second round: classes of the 30 articles whose structure gold was written blind (s10).
@pytest.mark.parametrize("text, expected", [
    # a kicker under a credit is not the credit's second line
    ("标题\n\n正文。\n\n数据来源：某统计局等\n\n某公司电焊工孙某——\n\n“咱技术工人赶上了好时候”\n\n正文。\n",
     ["title", "body", "caption", "heading", "heading", "body"]),
    # an author's affiliation and a contributor after the text, in brackets, are bylines
    ("标题\n\n正文。\n\n（作者单位：某省博物馆）\n", ["title", "body", "byline"]),
    ("标题\n\n正文。\n\n（王五对本文亦有贡献）\n", ["title", "body", "byline"]),
    # a standfirst of clauses under the byline, over the text, is no heading
    ("标题\n\n王五《人民日报》（2025年02月10日第 05 版）\n\n开辟新场景、运营精细化，增加体验感、提高新鲜度，农村大集更加暖意融融\n\n正文。\n",
     ["title", "byline", "body", "body"]),
    ("标题\n\n王五《人民日报》（2025年02月10日第 05 版）\n\n核心阅读\n\n正文。\n", ["title", "byline", "heading", "body"]),
    # the page's media partner is a credit
    ("标题\n\n正文。\n\n融媒合作：某网“某某板”\n", ["title", "body", "caption"]),
    # a diagram's description is a caption
    ("标题\n\n本报记者  张三\n\n低碳种植水稻流程示意图。\n\n正文。\n", ["title", "byline", "caption", "body"]),
])
def test_people_s_daily_layouts_read_with_gold_second_round(text, expected):
    assert kind_list(text) == expected


# Session 10, second round: classes of the 30 articles whose structure gold was written blind (s13).
@pytest.mark.parametrize("text, expected", [
    # a section heading's deck, one long clause-built line with no full stop, under the heading and over the text
    ("标题\n\n本报记者  张三\n\n正文。\n\n守护千年的文脉\n\n一批批古籍得到修复、整理和数字化，让沉睡在库房里的典籍重新走进了寻常百姓的日常生活\n\n正文。\n",
     ["title", "byline", "body", "heading", "heading", "body"]),
    # ... even with a sentence ended inside it, as long as the line itself ends without punctuation
    ("标题\n\n正文。\n\n邻里守望\n\n小店开在巷子口。一盏灯火照亮了街坊回家的路\n\n正文。\n",
     ["title", "body", "heading", "heading", "body"]),
    # ... but a standfirst under the byline stays body, and so does a sentence under a heading, in English too
    ("标题\n\n正文。\n\n守护千年的文脉\n\n* Offices after a name are not part of the name.\n\n正文。\n",
     ["title", "body", "heading", "body", "body"]),
    ("标题\n\n本报记者  张三\n\n守护千年的文脉\n\n古籍得到修复、整理和数字化，典籍重新走进了寻常百姓的日常生活。\n\n正文。\n",
     ["title", "byline", "heading", "body", "body"]),
    # lead-ins ending in —— that open several parts of the text alike are its section headings
    ("标题\n\n本报记者  张三\n\n正文。\n\n新建一批托育机构，入托更方便——\n\n正文。\n\n正文。\n\n"
     "推进社区食堂建设，吃饭更实惠——\n\n正文。\n",
     ["title", "byline", "body", "heading", "body", "body", "heading", "body"]),
    # an interview's deck (——访…) under a long headline with its column's name is the deck, not a signature
    ("推动文化事业和文化产业繁荣发展，建设社会主义文化强国（权威访谈·学习贯彻全会精神）\n\n——访某部党组书记、部长王五\n\n"
     "本报记者  张  三《人民日报》（2025年11月26日第 02 版）\n\n正文。\n",
     ["title", "subtitle", "byline", "body"]),
    # 核心阅读 is a box's label, never the second line of the credit above it
    ("标题\n\n《人民日报》（2025年03月29日第 07 版）\n\n图①：某型电池示意图。\n\n核心阅读\n\n正文。\n",
     ["title", "byline", "caption", "heading", "body"]),
    # a photo credit naming a place in quotation marks, and the photo's description over it
    ("标题\n\n本报记者  张三\n\n“未来工坊”外景。\n\n“未来工坊”供图\n\n正文。\n",
     ["title", "byline", "caption", "caption", "body"]),
    # a bare line longer than a heading is one where the file's other sections open with bare lines
    ("标题\n\n正文。\n\n收费标准不透明\n\n正文。\n\n维权渠道不畅通\n\n正文。\n\n"
     "建议有关部门尽快向社会公布家电维修服务企业名单，推动各大平台推出明码标价服务等措施规范行业秩序\n\n正文。\n",
     ["title", "body", "heading", "body", "heading", "body", "heading", "body"]),
    # ... but not in markdown, whose marks say which lines are headings
    ("# 标题\n\n正文。\n\n收费标准不透明\n\n正文。\n\n维权渠道不畅通\n\n正文。\n\n"
     "建议有关部门尽快向社会公布家电维修服务企业名单，推动各大平台推出明码标价服务等措施规范行业秩序\n\n正文。\n",
     ["title", "body", "heading", "body", "heading", "body", "body", "body"]),
    # ... and stays body in a file without such sections (the last item of a list printed as paragraphs)
    ("标题\n\n正文。\n\n建议有关部门尽快向社会公布家电维修服务企业名单，推动各大平台推出明码标价服务等措施规范行业秩序\n\n正文。\n",
     ["title", "body", "body", "body"]),
    # a cartoon's title over its illustrator's credit (…绘) is its caption, as a photo's description
    ("标题\n\n本报记者  张三\n\n随意加价。\n\n王  五绘（人民视觉）\n\n正文。\n", ["title", "byline", "caption", "caption", "body"]),
    # a story taken from an agency closes with its dateline after 据 (from): （据新华社南京7月2日电）, （据新华社电）
    ("标题\n\n新华社记者  张三\n\n正文。\n\n（据新华社南京7月2日电）\n", ["title", "byline", "body", "dateline"]),
    ("标题\n\n正文。\n\n（据新华社电）\n", ["title", "body", "dateline"]),
])
def test_people_s_daily_layouts_read_with_gold_session_10(text, expected):
    assert kind_list(text) == expected


# Session 10, third round: classes of the 30 articles whose structure gold was written blind (s14).
@pytest.mark.parametrize("text, expected", [
    # an author's post, two spaces and the name, heading a contribution to a round table: a byline
    ("标题\n\n正文。\n\n中国科学院院士  张某某\n\n正文。\n\n某大学教授  王  五\n\n正文。\n",
     ["title", "body", "byline", "body", "byline", "body"]),
    ("标题\n\n正文。\n\n某研究院研究员  欧阳某某\n\n正文。\n", ["title", "body", "byline", "body"]),
    ("标题\n\n正文。\n\n某国美术学院院长  伊万·彼得罗维奇\n\n正文。\n", ["title", "body", "byline", "body"]),
    # ... and so is a dialogue's participant, the name first (王  五  某大学教授), under its label
    ("标题\n\n正文。\n\n对话嘉宾：\n\n张某某  全国人大代表、某市某中学校长\n\n王  五  全国政协委员、某大学副校长\n\n正文。\n",
     ["title", "body", "heading", "byline", "byline", "body"]),
    ("标题\n\n正文。\n\n某工程总设计师  李某某\n\n正文。\n", ["title", "body", "byline", "body"]),
    # ... but two phrases set apart by spaces, with no post and no name, stay a heading
    ("标题\n\n正文。\n\n建言献策  当好人大代表\n\n正文。\n", ["title", "body", "heading", "body"]),
    ("标题\n\n正文。\n\n请教专家  解答疑惑\n\n正文。\n\n创新驱动  产业升级\n\n正文。\n",
     ["title", "body", "heading", "body", "heading", "body"]),
    # lead-ins ending in —— over the sections' headings, several alike, are headings too (the sections' kickers)
    ("标题\n\n本报记者  张三\n\n正文。\n\n——编  者\n\n培育书香家庭，阅读活动更丰富——\n\n大手牵小手  家教新体验\n\n正文。\n\n"
     "建设书香社会，阅读阵地更完备——\n\n书屋进社区  借阅更方便\n\n正文。\n",
     ["title", "byline", "body", "byline", "heading", "heading", "body", "heading", "heading", "body"]),
    # ... one alone, in the text, stays body
    ("标题\n\n本报记者  张三\n\n正文。\n\n说起这些变化，大家都有话讲——\n\n大手牵小手\n\n正文。\n",
     ["title", "byline", "body", "body", "heading", "body"]),
    # a box's record fields (时间：…, 地点：…, 日程：…) are its furniture, not headings
    ("微镜头·某会议上\n\n“实事求是”\n\n本报记者  张三《人民日报》（2025年12月14日第 01 版）\n\n时间：12月10日\n\n"
     "日程：某会议在京举行\n\n正文。\n",
     ["kicker", "title", "byline", "marker", "marker", "body"]),
    # ... while a section's heading built as label and colon stays a heading
    ("标题\n\n正文。\n\n工业生产：毫米之争\n\n正文。\n", ["title", "body", "heading", "body"]),
    # where the readers' messages above were taken from, and who compiled them, in brackets: a byline
    ("标题\n\n正文。\n\n▶补贴挺实惠的。\n\n（以上留言摘编自某网《某某建议》，王五整理）\n",
     ["title", "body", "body", "byline"]),
    ("标题\n\n正文。\n\n▶补贴挺实惠的。\n\n（以上留言由王五整理）\n", ["title", "body", "body", "byline"]),
])
def test_people_s_daily_layouts_read_with_gold_session_10_third_round(text, expected):
    assert kind_list(text) == expected


# Session 11: classes of the errors on the 30 articles of s15, measured blind (structure gold written blind).
@pytest.mark.parametrize("text, expected", [
    # a kicker of clauses with 记者 (the reporter) as its subject, ending in ——, is no byline
    ("记者跟随快递员走街串巷，感受他们忙碌而温暖的一天——\n\n一路奔波，送出幸福（体验·走近新职业）\n\n"
     "本报记者  张  三《人民日报》（2025年03月02日第 05 版）\n\n正文。\n", ["kicker", "title", "byline", "body"]),
    ("记者走进大山深处，听村民讲述新生活——\n\n山村的新日子\n\n本报记者  王五\n\n正文。\n",
     ["kicker", "title", "byline", "body"]),
    # ... and so is one telling what the reporter did (走进, 跟随, 蹲点 …: words a name does not start with)
    ("本报记者走进大凉山深处的彝族村寨\n\n火塘边的新生活\n\n本报记者  王五\n\n正文。\n", ["kicker", "title", "byline", "body"]),
    ("记者蹲点西部某县的一所乡村小学\n\n大山里的读书声\n\n本报记者  王五\n\n正文。\n", ["kicker", "title", "byline", "body"]),
    # the reporters of a sub-report, names of three characters set apart by spaces, with no 本报记者: a byline
    ("标题\n\n正文。\n\n一方石砚——\n\n刻出山河万里\n\n郑文斌  高晓燕\n\n正文。\n",
     ["title", "body", "kicker", "heading", "byline", "body"]),
    ("标题\n\n正文。\n\n一方石砚——\n\n刻出山河万里\n\n郑文斌  高  燕  欧阳明\n\n正文。\n",
     ["title", "body", "kicker", "heading", "byline", "body"]),
    # ... but phrases of three set apart, not opening with a surname, stay a heading
    ("标题\n\n正文。\n\n一树花  满城香\n\n正文。\n", ["title", "body", "heading", "body"]),
    # a photo agency's name alone where the credit stands (影像中国, （人民视觉）): a credit, the description over it a caption
    ("标题\n\n本报记者  张三\n\n杭州西湖。\n\n影像中国\n\n正文。\n", ["title", "byline", "caption", "caption", "body"]),
    ("标题\n\n本报记者  张三\n\n雪后的故宫。\n\n（人民视觉）\n\n正文。\n",
     ["title", "byline", "caption", "caption", "body"]),
    # a correspondent abroad, or a reporter of another newsroom, under a sub-report's headline: a byline
    ("标题\n\n正文。\n\n尼罗河畔的中国工厂\n\n本报驻埃及记者  张  三\n\n正文。\n\n雪山下的光伏板\n\n人民网记者  李四\n\n正文。\n",
     ["title", "body", "heading", "byline", "body", "heading", "byline", "body"]),
    # a see-also note in brackets, where related videos or reports are found: a marker, not a heading
    ("标题\n\n正文。\n\n（相关视频请见某某网“走基层”栏目）\n", ["title", "body", "marker"]),
    ("标题\n\n正文。\n\n（相关报道见第六版）\n\n正文。\n", ["title", "body", "marker", "body"]),
    ("标题\n\n正文。\n\n（详见第五版）\n\n正文。\n\n（扫码观看完整视频）\n", ["title", "body", "marker", "body", "marker"]),
    # a short label ending in ——, alone in the text, leads into the paragraphs under it: body
    ("标题\n\n本报记者  张三\n\n正文。\n\n一件一件落实——\n\n正文。\n\n正文。\n",
     ["title", "byline", "body", "body", "body", "body"]),
])
def test_people_s_daily_layouts_read_with_gold_session_11(text, expected):
    assert kind_list(text) == expected


# Session 11, after the blind measurement of s16: a museum's collection credit under an artwork's photo, and a
# "this is an archive photo" credit.
@pytest.mark.parametrize("text, expected", [
    # a collection credit (…博物院藏, …博物馆藏) is the credit of the photo above it: both captions
    ("标题\n\n本报记者  张三\n\n清代青花瓷瓶。\n\n某某博物院藏\n\n正文。\n", ["title", "byline", "caption", "caption", "body"]),
    ("标题\n\n本报记者  张三\n\n唐代三彩马。\n\n某省博物馆藏\n\n宋代铜镜。\n\n某市美术馆藏\n\n正文。\n",
     ["title", "byline", "caption", "caption", "caption", "caption", "body"]),
    # "this is an archive photo" (图为资料图片), like 资料图片
    ("标题\n\n本报记者  张三\n\n新修的水渠。\n\n图为资料图片\n\n正文。\n", ["title", "byline", "caption", "caption", "body"]),
    # ... but a line naming what a museum holds, in a sentence, stays body; and a heading about a collection stays one
    ("标题\n\n本报记者  张三\n\n这件瓷瓶现为某某博物院所藏。\n\n正文。\n", ["title", "byline", "body", "body"]),
])
def test_collection_and_archive_photo_credits_are_captions(text, expected):
    assert kind_list(text) == expected


# ... and a series of questions each over a stack of two headings (a question, then a couplet in two lines).
@pytest.mark.parametrize("text, expected", [
    ("标题\n\n本报记者  张三\n\n正文。\n\n换种有啥好处？\n\n农户省成本  企业多收益\n\n土地得休养  产量有保障\n\n正文。\n\n"
     "技术怎么跟上？\n\n专家有指导  田间有示范\n\n正文。\n",
     ["title", "byline", "body", "heading", "heading", "heading", "body", "heading", "heading", "body"]),
])
def test_section_questions_over_a_stack_of_headings(text, expected):
    assert kind_list(text) == expected


# Session 12: a photo's description opening 图为 (this picture shows) is a caption by its form, with or without a
# credit under it; and the descriptions between it and a credit shared by the photos are captions too.
@pytest.mark.parametrize("text, expected", [
    ("标题\n\n本报记者  张三\n\n正文。\n\n图为工人在车间调试新设备。\n\n正文。\n", ["title", "byline", "body", "caption", "body"]),
    ("标题\n\n本报记者  张三\n\n正文。\n\n图为村民（左二）在田间采茶\n\n正文。\n", ["title", "byline", "body", "caption", "body"]),
    ("标题\n\n正文。\n\n上图为新建成的跨江大桥。\n\n图②为大桥夜景。\n\n正文。\n", ["title", "body", "caption", "caption", "body"]),
    ("标题\n\n本报记者  张三\n\n" + "选手们说，这次比赛让他们学到了很多，交了新朋友，也看到了新技术带来的变化。" * 4
     + "\n\n图为选手合影留念。\n\n选手在比赛中。\n\n参观展厅。\n\n以上图片均为王  五摄\n\n正文。\n",
     ["title", "byline", "body", "caption", "caption", "caption", "caption", "body"]),
    # ... but not a sentence that goes on after a comma, nor the text above a shared credit with no caption over it
    ("标题\n\n正文。\n\n图为某地夜景，灯火通明。\n\n正文。\n", ["title", "body", "body", "body"]),
    ("标题\n\n本报记者  张三\n\n" + "选手们说，这次比赛让他们学到了很多，交了新朋友，也看到了新技术带来的变化。" * 4
     + "\n\n他们都很高兴。\n\n大家合影。\n\n以上图片均为王  五摄\n\n正文。\n",
     ["title", "byline", "body", "body", "caption", "caption", "body"]),
])
def test_a_photo_s_description_opening_with_tu_wei(text, expected):
    assert kind_list(text) == expected


# Session 12: where a file's sections open with a label ending in —— over a heading (内与外—— / 立足实际，谋划长远),
# its lead-ins ending in —— lead into the paragraphs under them (有进，…——; 产业园区有一“怪”——, under a heading): body
@pytest.mark.parametrize("text, expected", [
    ("标题\n\n本报记者  张三\n\n正文。\n\n有进，项目落地，产值稳步上升——\n\n正文。\n\n有退，清理旧账，包袱逐步卸下——\n\n正文。\n\n"
     "内与外——\n\n立足实际，谋划长远\n\n产业园区有一“怪”——\n\n正文。\n\n新与旧——\n\n破除积弊，轻装上阵\n\n正文。\n",
     ["title", "byline", "body", "body", "body", "body", "body", "heading", "heading", "body", "body", "heading",
      "heading", "body"]),
    # ... but where the lead-ins alone open the sections, alike, they are its headings
    ("标题\n\n本报记者  张三\n\n正文。\n\n有进，项目落地，产值稳步上升——\n\n正文。\n\n有退，清理旧账，包袱逐步卸下——\n\n正文。\n",
     ["title", "byline", "body", "heading", "body", "heading", "body"]),
])
def test_lead_ins_where_labels_over_headings_open_the_sections(text, expected):
    assert kind_list(text) == expected


# Session 14 (struct14), from the blind sets 19e and 19f: a box or column named after the reporter (记者感言, 记者感悟:
# the reporter's afterword) is a label over the text, not a byline; the line under it is the box's text.
@pytest.mark.parametrize("text, expected", [
    ("标题\n\n本报记者  张三\n\n正文。\n\n记者感言\n\n工具越来越方便，我们会不会变懒？\n\n正文。\n",
     ["title", "byline", "body", "heading", "body", "body"]),
    ("标题\n\n正文。\n\n记者感悟\n\n守好一方水土，要靠一代代人接力。\n", ["title", "body", "heading", "body"]),
    ("标题\n\n正文。\n\n采访札记\n\n正文。\n", ["title", "body", "heading", "body"]),
    # ... while a reporter and a name, with or without a space, stay a byline
    ("标题\n\n记者  王  林\n\n正文。\n", ["title", "byline", "body"]),
    ("标题\n\n本报记者王林\n\n正文。\n", ["title", "byline", "body"]),
])
def test_a_column_named_after_the_reporter_is_a_label_not_a_byline(text, expected):
    assert kind_list(text) == expected


# ... a credit in brackets naming who provided the material, closing a box or a text ((某剧团提供)), is a byline (the
# text's source; one naming a picture, （资料图片由…提供）, is a photo credit), not a heading.
@pytest.mark.parametrize("text, expected", [
    ("标题\n\n正文。\n\n链接\n\n某戏曲起源于某县，已有两百多年历史。\n\n（某县京剧团提供）\n",
     ["title", "body", "heading", "body", "byline"]),
    ("标题\n\n正文。\n\n（本文资料由某市档案馆提供）\n", ["title", "body", "byline"]),
    ("标题\n\n正文。\n\n老街旧貌。\n\n（资料图片由某某研究会提供）\n", ["title", "body", "caption", "caption"]),
    # ... but not a sentence in brackets that goes on
    ("标题\n\n正文。\n\n（数据由某局提供，仅供参考。）\n", ["title", "body", "body"]),
])
def test_a_provider_s_credit_in_brackets_is_not_a_heading(text, expected):
    assert kind_list(text) == expected


# ... a crawler's series or column line right under the headline, with no blank line (系列：…, 栏目：…), is furniture:
# the title is the first line only, and no body paragraph is counted for it.
@pytest.mark.parametrize("text, title", [
    ("稻田里的新农人\n系列：深观察·关注乡村振兴\n\n本报记者  张  三\n\n正文。\n", "稻田里的新农人"),
    ("稻田里的新农人\n栏目：走基层·看变化\n\n本报记者  张  三\n\n正文。\n", "稻田里的新农人"),
    ("稻田里的新农人\n专栏：田野笔记\n\n张三《人民日报》（2025年12月01日第 05 版）\n\n正文。\n", "稻田里的新农人"),
])
def test_a_series_or_column_line_under_the_headline_is_furniture(text, title):
    paragraphs, arts = parse_text(text, "t.txt")
    assert [p.kind for p in paragraphs] == ["title", "marker", "byline", "body"]
    assert arts[0]["title"] == title and arts[0]["n_paragraphs"] == 1


# ... section headings of two characters set apart (破  题, 方  向: as two-character names are typeset) are headings
# where the file's other such lines between paragraphs are headings too (a series, one of them no name: its first
# character no surname); a spaced name after the reporters' line, or signing texts, stays a byline.
@pytest.mark.parametrize("text, expected", [
    ("标题\n\n本报记者  张三\n\n正文。\n\n破  题\n\n从一所小学起步\n\n正文。\n\n方  向\n\n把课堂搬进田野\n\n正文。\n\n"
     "成  长\n\n孩子们的新天地\n\n正文。\n",
     ["title", "byline", "body", "heading", "heading", "body", "heading", "heading", "body", "heading", "heading",
      "body"]),
    ("标题\n\n本报记者  张三\n\n正文。\n\n破  题\n\n正文。\n\n方  向\n\n正文。\n",
     ["title", "byline", "body", "heading", "body", "heading", "body"]),
    # ... a name under the reporters' line, a name alone signing a text, names signing a series of letters
    ("标题\n\n本报记者\n\n王  林\n\n正文。\n", ["title", "byline", "byline", "body"]),
    ("标题\n\n正文。\n\n徐  正\n", ["title", "body", "byline"]),
    ("标题\n\n来信一。\n\n张  三\n\n另一封来信\n\n来信二。\n\n李  四\n\n正文。\n",
     ["title", "body", "byline", "heading", "body", "byline", "body"]),
    # ... and one alone, opening with a surname, is read as a name (limit)
    ("标题\n\n本报记者  张三\n\n正文。\n\n方  向\n\n把课堂搬进田野\n\n正文。\n",
     ["title", "byline", "body", "byline", "heading", "body"]),
])
def test_spaced_two_character_section_headings_in_a_series(text, expected):
    assert kind_list(text) == expected


# ... a quotation under a heading, in a file whose headings carry one (a pull-quote, no sentence ended in it), is the
# heading's second line also where a saying quoted in it ends a sentence (“‘…’。…”); not where no heading carries
# one, nor a quotation with its speaker after it.
@pytest.mark.parametrize("text, expected", [
    ("标题\n\n本报记者  张三\n\n正文。\n\n乡村面貌焕然一新\n\n“要让农民过上更好的日子”\n\n正文。\n\n"
     "互助之风日益浓厚\n\n“‘远亲不如近邻’。邻里守望、互帮互助”\n\n正文。\n",
     ["title", "byline", "body", "heading", "heading", "body", "heading", "heading", "body"]),
    ("标题\n\n本报记者  张三\n\n正文。\n\n互助之风日益浓厚\n\n“‘远亲不如近邻’。邻里守望、互帮互助”\n\n正文。\n",
     ["title", "byline", "body", "heading", "body", "body"]),
    ("标题\n\n本报记者  张三\n\n正文。\n\n乡村面貌焕然一新\n\n“要让农民过上更好的日子”\n\n正文。\n\n"
     "互助之风日益浓厚\n\n“远亲不如近邻。”村民王林说，“大家互帮互助。”\n\n正文。\n",
     ["title", "byline", "body", "heading", "heading", "body", "heading", "body", "body"]),
])
def test_a_quotation_under_a_heading_where_the_file_s_headings_carry_one(text, expected):
    assert kind_list(text) == expected


# Session 16: classes of 24 more articles whose structure gold was written blind (21a–d).
@pytest.mark.parametrize("text, expected", [
    # a picture's number alone on its line (图①, 图②③), its credit given in the text: a caption, not a heading
    ("标题\n\n本报记者  张三\n\n图①\n\n图②\n\n正文。\n", ["title", "byline", "caption", "caption", "body"]),
    ("标题\n\n本报记者  张三\n\n图②③\n\n正文。\n", ["title", "byline", "caption", "body"]),
    # a note that the page's pictures are archive photos (本版图片均为资料图片), like 资料图片
    ("标题\n\n本报记者  张三\n\n本版图片均为资料图片\n\n正文。\n", ["title", "byline", "caption", "body"]),
    ("标题\n\n本报记者  张三\n\n文中图片均由受访者提供\n\n正文。\n", ["title", "byline", "caption", "body"]),
    # ... but a sentence about pictures stays body
    ("标题\n\n本报记者  张三\n\n本版图片均为资料图片，反映了当年的情景。\n\n正文。\n", ["title", "byline", "body", "body"]),
    # a closing dateline of many bureaus and the reporters of each, however long
    ("标题\n\n正文。\n\n（本报北京、巴黎、柏林、东京、里约热内卢、莫斯科、开罗、内罗毕、伊斯兰堡、迪拜、曼谷、罗马1月1日电  "
     "记者张三、李四、王五、赵六、孙七、周八、吴九、郑十、冯一、陈二、褚三、卫四）\n", ["title", "body", "dateline"]),
])
def test_people_s_daily_layouts_read_with_gold_session_16(text, expected):
    assert kind_list(text) == expected
