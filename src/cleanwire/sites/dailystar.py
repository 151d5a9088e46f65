"""The Daily Star (dailystar.co.uk), a Reach plc paper."""

from ._reach import Reach


class DailyStar(Reach):
    name = "dailystar"
    site_name = "Daily Star"
    hosts = ("dailystar.co.uk",)
    signatures = (r"^Subscribe to Daily Star and Daily Star On Sunday newspapers$",)
