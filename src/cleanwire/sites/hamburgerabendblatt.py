"""Hamburger Abendblatt (abendblatt.de), a FUNKE paper: the rules are the group's (see _funke.py)."""

from ._funke import Funke


class HamburgerAbendblatt(Funke):
    name = "hamburgerabendblatt"
    site_name = "Hamburger Abendblatt"
    hosts = ("abendblatt.de",)
    signatures = (r"^(?:Logo )?Hamburger Abendblatt(?: auf (?:Facebook|RSS-Feed))?$",)
