"""Which responses are worth parsing: feeds and HTML, by type or by first bytes.

Lenient on purpose: many feeds are served as text/plain or
application/octet-stream, so an unhelpful type is settled by sniffing the
body. Types that announce something else entirely (images, audio, archives)
are refused before the body is read.
"""

from __future__ import annotations

_ACCEPTED_MARKERS = ("xml", "rss", "atom", "rdf", "json", "html")
_REFUSED_MAJOR = frozenset({"image", "audio", "video", "font", "model", "multipart"})
_REFUSED_TYPES = frozenset({
    "application/pdf", "application/zip", "application/gzip", "application/x-gzip",
    "application/x-tar", "application/x-7z-compressed", "application/x-rar-compressed",
    "application/msword", "application/vnd.ms-excel", "application/wasm",
    "application/x-shockwave-flash", "application/java-archive",
    "application/x-msdownload", "application/vnd.android.package-archive",
})
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def refused_by_type(content_type: str) -> str | None:
    """An error when the declared type alone rules the body out."""
    mime = media_type(content_type)
    if mime in _REFUSED_TYPES or mime.split("/", 1)[0] in _REFUSED_MAJOR:
        return f"unsupported content type {mime!r}"
    return None


def trusted_type(content_type: str) -> bool:
    """A declared type that says feed or HTML: no need to look at the body."""
    mime = media_type(content_type)
    return any(marker in mime for marker in _ACCEPTED_MARKERS)


def looks_like_markup_or_json(body: bytes) -> bool:
    """True when the body starts (after BOM and whitespace) like XML, HTML or JSON."""
    head = body[:1024]
    for bom in _BOMS:
        if head.startswith(bom):
            return True  # a text BOM: UTF-16/32 feeds start this way
    if head[:2] in (b"<\x00", b"\x00<"):
        return True  # UTF-16 without BOM
    head = head.lstrip()
    return head[:1] in (b"<", b"{", b"[")


def refused_body(content_type: str, body: bytes) -> str | None:
    """An error when a loosely typed body is not feed-like (sniffed)."""
    if trusted_type(content_type) or looks_like_markup_or_json(body):
        return None
    mime = media_type(content_type) or "no content type"
    return f"unsupported content type {mime!r}: body is neither a feed nor HTML"
