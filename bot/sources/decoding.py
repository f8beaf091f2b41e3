"""Content-Encoding decoded by us, one layer at most, under a byte budget.

A decoder that inflates a whole chunk at once lets 2 KB of nested gzip become 1 GiB in memory before
any size check runs. Here every inflate call is told how much it may produce, so memory stays within the
cap whatever the server sends.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator

from bot.core.errors import SourceError

ACCEPT_ENCODING = "gzip, deflate"
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def _layers(content_encoding: str) -> list[str]:
    return [c.strip().lower() for c in content_encoding.split(",") if c.strip() and c.strip().lower() != "identity"]


class _Inflater:
    """One gzip or deflate layer. Concatenated gzip members are still one layer, read one after another;
    bytes after a complete member that are not another member are ignored, as browsers do."""

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        self._wbits = _WBITS[encoding]
        self._decoder = zlib.decompressobj(self._wbits)
        self._members = 0
        self._done = False

    def feed(self, data: bytes, budget: int) -> bytes:
        """Inflate `data`, producing at most `budget` + 1 bytes (one more tells the caller it is over)."""
        out = bytearray()
        while data and not self._done and len(out) <= budget:
            try:
                out += self._decoder.decompress(data, budget + 1 - len(out))
            except zlib.error as exc:
                if self._members:
                    self._done = True
                    break
                if self._deflate and self._wbits > 0 and not out:  # some servers send raw deflate
                    self._wbits = -zlib.MAX_WBITS
                    self._decoder = zlib.decompressobj(self._wbits)
                    continue
                raise SourceError(f"body is not valid {'deflate' if self._deflate else 'gzip'}: {exc}") from None
            data = self._decoder.unconsumed_tail
            if self._decoder.eof:
                self._members += 1
                self._done = self._deflate
                data = self._decoder.unused_data
                self._decoder = zlib.decompressobj(self._wbits)
        return bytes(out)


async def read_decoded(raw: AsyncIterator[bytes], content_encoding: str, max_bytes: int) -> bytes:
    """The body of a response, decoded, raising SourceError as soon as it passes `max_bytes`.

    The cap counts decoded bytes; an encoding other than gzip or deflate, or more than one layer, is
    refused rather than guessed.
    """
    layers = _layers(content_encoding)
    if len(layers) > 1:
        raise SourceError(f"body has {len(layers)} content-encoding layers ({content_encoding}); at most one")
    if layers and layers[0] not in _WBITS:
        raise SourceError(f"content-encoding {layers[0]!r} is not supported")
    inflater = _Inflater(layers[0]) if layers else None
    chunks: list[bytes] = []
    size = 0
    async for chunk in raw:
        piece = inflater.feed(chunk, max_bytes - size) if inflater else chunk
        size += len(piece)
        if size > max_bytes:
            raise SourceError(f"body is over the {max_bytes}-byte cap")
        chunks.append(piece)
    return b"".join(chunks)
