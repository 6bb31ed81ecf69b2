"""A small PNG of a handwritten-looking signature, in pure Python.

Visit reports carry the customer's signature; the demo needs images without
Qt or Pillow, so this draws a smooth random scribble and encodes it with
zlib and struct."""

from __future__ import annotations

import math
import random
import struct
import zlib

WIDTH = 240
HEIGHT = 80


def signature_png(rng: random.Random) -> bytes:
    """A greyscale 240×80 PNG: dark ink on white, deterministic for the rng."""
    pixels = bytearray(b"\xff" * (WIDTH * HEIGHT))
    # A sum of sines looks like a hurried signature: loops left to right.
    phase = [rng.uniform(0, math.tau) for _ in range(3)]
    freq = [rng.uniform(0.03, 0.06), rng.uniform(0.1, 0.2), rng.uniform(0.25, 0.4)]
    amp = [rng.uniform(8, 16), rng.uniform(5, 10), rng.uniform(2, 5)]
    previous = None
    for step in range(0, 200 * 4):
        t = step / 4
        x = 20 + t + 6 * math.sin(t * freq[2] * 2 + phase[0])
        y = HEIGHT / 2 + sum(
            a * math.sin(t * f + p) for a, f, p in zip(amp, freq, phase, strict=True)
        )
        point = (int(x), int(y))
        if previous is not None:
            _line(pixels, previous, point)
        previous = point
    raw = b"".join(
        b"\x00" + bytes(pixels[row * WIDTH : (row + 1) * WIDTH]) for row in range(HEIGHT)
    )
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 9))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _line(pixels: bytearray, a: tuple[int, int], b: tuple[int, int]) -> None:
    """Bresenham line, two pixels thick, clipped to the image."""
    (x0, y0), (x1, y1) = a, b
    dx, dy = abs(x1 - x0), -abs(y1 - y0)
    sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
    err = dx + dy
    while True:
        for px, py in ((x0, y0), (x0, y0 + 1)):
            if 0 <= px < WIDTH and 0 <= py < HEIGHT:
                pixels[py * WIDTH + px] = 0x20
        if x0 == x1 and y0 == y1:
            return
        twice = 2 * err
        if twice >= dy:
            err += dy
            x0 += sx
        if twice <= dx:
            err += dx
            y0 += sy
