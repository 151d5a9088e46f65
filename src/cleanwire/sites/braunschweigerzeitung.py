"""Braunschweiger Zeitung (braunschweiger-zeitung.de), a FUNKE paper: the rules are the group's (see _funke.py)."""

from ._funke import Funke


class BraunschweigerZeitung(Funke):
    name = "braunschweigerzeitung"
    site_name = "Braunschweiger Zeitung"
    hosts = ("braunschweiger-zeitung.de",)
    signatures = (r"^(?:Logo )?Braunschweiger Zeitung(?: auf (?:Facebook|RSS-Feed))?$",)
