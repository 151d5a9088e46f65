"""Korea JoongAng Daily (koreajoongangdaily.joins.com), the English edition of JoongAng Ilbo."""

from cleanwire.site import SiteExtractor


class KoreaJoongAngDaily(SiteExtractor):
    name = "koreajoongangdaily"
    site_name = "Korea JoongAng Daily"
    hosts = ("koreajoongangdaily.joins.com", "koreajoongangdaily.joongang.co.kr")
    signatures = (
        r"^Korea JoongAng Daily$",
        r"^with the Korea JoongAng Daily$",
        r"\[\w[\w.]*@joongang\.co\.kr\]$",
    )
    timezone = "Asia/Seoul"

    masthead = (r"^Korea JoongAng Daily$",)
    residue = (r"^print dictionary print$", r"^(?:print|dictionary|share|font size)$")
    breadcrumb = r"^(Home\s*>.+)$"
    dateline = r"^Published:\s*(?P<date>\d{1,2} \w{3,9}\.? \d{4},? \d{1,2}:\d{2})"
    metadata_lines = (r"^(?:Updated|Modified): \d{1,2} \w{3,9}\.? \d{4}",)
    # "BY SEO JI-EUN [seo.jieun1@joongang.co.kr]", several names joined by "," or "and";
    # older pages print "By Seo Ji-eun" in mixed case, always with the e-mail in brackets.
    bylines = (
        r"^BY (?P<names>[A-Z][A-Z' .-]+(?:(?:,| AND| and) [A-Z][A-Z' .-]+)*)\s*(?:\[[^\]]*\])?$",
        r"^By (?P<names>[A-Z][\w' .,-]+?)\s*\[[^\]]*@[^\]]*\]$",
    )
    # Wire copy ends with the agency alone on a line: "Yonhap", "AP", "AFP".
    trailing_byline = r"^(?P<names>[A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*){0,3})$"
    romanised_names = True
    tag_line = r"^(?i:tags) (?P<tags>.+)$"
    # Photo credits are set in capitals in square brackets: "[AP/YONHAP]", "[JOONGANG ILBO]".
    caption_credit = r"\[[A-Z0-9][A-Z0-9 ,./&'’-]*\]$"
    inline_widgets = (r"^Related Articles?$",)
    related_headings = (r"^More in .+$", r"^Related Stories$")
    tail_markers = (
        r"^Log in to Twitter or Facebook account to connect$",
        r"^To write comments, please log in",
        r"^Standards Board Policy",
    )
