"""Korea JoongAng Daily (koreajoongangdaily.joins.com), the English edition of JoongAng Ilbo."""

from cleanwire.sitekit import Breadcrumb, Byline, Captions, Dateline, Line, Links, Site, TagList

# Romanised Korean names in capitals: "SEO JI-EUN", several joined by "," or "and".
_CAPITAL_NAMES = r"[A-Z][A-Z' .-]+(?:(?:,| AND| and) [A-Z][A-Z' .-]+)*"


class KoreaJoongAngDaily(Site):
    name = "koreajoongangdaily"
    site_name = "Korea JoongAng Daily"
    hosts = ("koreajoongangdaily.joins.com", "koreajoongangdaily.joongang.co.kr")
    signatures = (
        r"^Korea JoongAng Daily$",
        r"^with the Korea JoongAng Daily$",
        r"\[\w[\w.]*@joongang\.co\.kr\]$",
    )
    timezone = "Asia/Seoul"
    lang = "en"

    drop = (
        Line(r"^Korea JoongAng Daily$"),  # the masthead
        Line(r"^print dictionary print$", r"^(?:print|dictionary|share|font size)$"),  # button residue
        Line(r"^(?:Updated|Modified): \d{1,2} \w{3,9}\.? \d{4}"),
    )
    breadcrumb = Breadcrumb(line=Line(r"^Home\s*>(?P<trail>.+)$"), separator=">")
    dateline = (Dateline(Line(r"^Published:\s*(?P<date>\d{1,2} \w{3,9}\.? \d{4},? \d{1,2}:\d{2})")),)
    byline = (
        # "BY SEO JI-EUN [seo.jieun1@joongang.co.kr]"; older pages print "By Seo Ji-eun [...]".
        Byline(Line(rf"^BY (?P<names>{_CAPITAL_NAMES})\s*(?:\[[^\]]*\])?$"), where="any", romanised=True),
        Byline(Line(r"^By (?P<names>[A-Z][\w' .,-]+?)\s*\[[^\]]*@[^\]]*\]$"), where="any", romanised=True),
        # Wire copy ends with the agency alone on a line: "Yonhap", "AP", "AFP".
        Byline(Line(r"^(?P<names>[A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*){0,3})$"), where="end"),
    )
    tag_list = TagList(line=Line(r"^(?i:tags) (?P<tags>.+)$"))
    # Photo credits are set in capitals in square brackets: "[AP/YONHAP]", "[JOONGANG ILBO]".
    caption = Captions(line=Line(r"\[[A-Z0-9][A-Z0-9 ,./&'’-]*\]$"))
    links = (
        Links(heading=Line(r"^Related Articles?$")),
        Links(heading=Line(r"^More in .+$"), ends_story=True),
        Links(heading=Line(r"^Related Stories$"), ends_story=True),
    )
    tail = (
        Line(r"^Log in to Twitter or Facebook account to connect$"),
        Line(r"^To write comments, please log in"),
        Line(r"^Standards Board Policy"),
    )
