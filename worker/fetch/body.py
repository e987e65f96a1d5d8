"""Decoding a response body ourselves, with a cap on the decoded bytes.

httpx's own decoders have no output limit: one 64 KiB network read of a
gzip bomb inflates to tens of MB before iter_bytes() yields anything. So the
fetch reads raw bytes (iter_raw) and inflates here with zlib's max_length and
brotli's output_buffer_limit, never holding more than the cap plus one step.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Protocol

import brotli
import httpx

_STEP = 64 * 1024  # the most one inflate step may produce


class BodyTooLarge(Exception):
    pass


class UnsupportedEncoding(Exception):
    pass


class _Decoder(Protocol):
    def decode(self, data: bytes) -> Iterator[bytes]: ...


class _Identity:
    def decode(self, data: bytes) -> Iterator[bytes]:
        if data:
            yield data


class _Zlib:
    def __init__(self, wbits: int) -> None:
        self._wbits = wbits
        self._obj = zlib.decompressobj(wbits)
        self._started = False

    def decode(self, data: bytes) -> Iterator[bytes]:
        if not self._started and data and self._wbits == zlib.MAX_WBITS:
            # "deflate" is zlib-wrapped per RFC, raw deflate in practice: sniff.
            self._started = True
            wrapped = len(data) > 1 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            if not wrapped:
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
        pending = data
        while True:
            out = self._obj.decompress(pending, _STEP)
            pending = self._obj.unconsumed_tail
            if out:
                yield out
            # A full step may leave output inside zlib even with no input left.
            if not pending and len(out) < _STEP:
                return


class _Brotli:
    def __init__(self) -> None:
        self._obj = brotli.Decompressor()

    def decode(self, data: bytes) -> Iterator[bytes]:
        out = self._obj.process(data, output_buffer_limit=_STEP)
        while True:
            if out:
                yield out
            if self._obj.can_accept_more_data():
                return
            out = self._obj.process(b"", output_buffer_limit=_STEP)


def decoder_for(content_encoding: str) -> _Decoder:
    """The decoder for a Content-Encoding header; one encoding at most."""
    codings = [c.strip().lower() for c in content_encoding.split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if len(codings) > 1:
        # Nothing legitimate stacks them; each layer multiplies a bomb's ratio.
        raise UnsupportedEncoding(f"stacked Content-Encoding {content_encoding!r} refused")
    if not codings:
        return _Identity()
    coding = codings[0]
    if coding in ("gzip", "x-gzip"):
        return _Zlib(zlib.MAX_WBITS | 16)
    if coding == "deflate":
        return _Zlib(zlib.MAX_WBITS)
    if coding == "br":
        return _Brotli()
    raise UnsupportedEncoding(f"unsupported Content-Encoding {content_encoding!r}")


class CappedBody:
    """Accumulates decoded bytes; BodyTooLarge as soon as they pass the cap."""

    def __init__(self, content_encoding: str, max_bytes: int) -> None:
        self._decoder = decoder_for(content_encoding)
        self._max = max_bytes
        self._chunks: list[bytes] = []
        self._size = 0

    def feed(self, raw: bytes) -> None:
        try:
            for chunk in self._decoder.decode(raw):
                self._size += len(chunk)
                if self._size > self._max:
                    self._chunks.clear()
                    raise BodyTooLarge(f"body exceeds the {self._max}-byte cap")
                self._chunks.append(chunk)
        except (zlib.error, brotli.error) as exc:
            raise UnsupportedEncoding(f"corrupt compressed body: {exc}") from exc

    def value(self) -> bytes:
        return b"".join(self._chunks)


def check_declared_length(response: httpx.Response, max_bytes: int) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise BodyTooLarge(f"body of {int(declared)} bytes exceeds the {max_bytes}-byte cap")

