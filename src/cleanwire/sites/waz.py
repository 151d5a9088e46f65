"""WAZ (waz.de), a FUNKE paper: the rules are the group's (see _funke.py)."""

from ._funke import Funke


class WAZ(Funke):
    name = "waz"
    site_name = "WAZ"
    hosts = ("waz.de",)
    signatures = (r"^(?:Logo )?Westdeutsche Allgemeine Zeitung(?: auf (?:Facebook|RSS-Feed))?$",)
