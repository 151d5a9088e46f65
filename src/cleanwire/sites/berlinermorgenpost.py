"""Berliner Morgenpost (morgenpost.de), a FUNKE paper: the rules are the group's (see _funke.py)."""

from ._funke import Funke


class BerlinerMorgenpost(Funke):
    name = "berlinermorgenpost"
    site_name = "Berliner Morgenpost"
    hosts = ("morgenpost.de",)
    signatures = (r"^(?:Logo )?Berliner Morgenpost(?: auf (?:Facebook|RSS-Feed))?$",)
