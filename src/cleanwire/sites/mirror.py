"""The Mirror (mirror.co.uk), a Reach plc paper."""

from ._reach import Reach


class TheMirror(Reach):
    name = "mirror"
    site_name = "Mirror"
    hosts = ("mirror.co.uk",)
    signatures = (r"^Subscribe to Daily Mirror and Sunday Mirror newspapers$",)
