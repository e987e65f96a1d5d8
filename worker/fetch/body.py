"""Reading a response body with a cap on the decoded bytes (decompression bombs)."""

from __future__ import annotations

import httpx


class BodyTooLarge(Exception):
    pass


def read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body, or BodyTooLarge as soon as it passes max_bytes.

    iter_bytes() yields decoded chunks as they inflate, so a gzip bomb is cut
    off after about max_bytes of memory, not after it has fully expanded.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise BodyTooLarge(f"body of {int(declared)} bytes exceeds the {max_bytes}-byte cap")
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise BodyTooLarge(f"body exceeds the {max_bytes}-byte cap")
        chunks.append(chunk)
    return b"".join(chunks)
