#!/usr/bin/env python3
"""Draws CreditBot's Teams icons: color.png (192x192) and outline.png (32x32, white on transparent).

A speech bubble holding three rising bars: a bot you ask about figures. Standard library only
(zlib, struct), so the icons can be redrawn anywhere: python3 manifest/tools/draw-icons.py
"""
import os
import struct
import zlib

ACCENT = (0x1F, 0x5F, 0xA8)  # manifest.json accentColor
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # 4x4 sub-pixels per pixel for anti-aliased edges


def in_rounded_rect(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


BUBBLE = (0.14, 0.18, 0.86, 0.70, 0.10)
TAIL = ((0.26, 0.66), (0.44, 0.66), (0.22, 0.86))
BARS = [(0.28, 0.50), (0.45, 0.40), (0.62, 0.28)]  # left edge, top; all end at 0.60
BAR_WIDTH, BAR_BOTTOM = 0.11, 0.60


def in_bubble(x, y, inset=0.0):
    left, top, right, bottom, radius = BUBBLE
    return in_rounded_rect(x, y, left + inset, top + inset, right - inset, bottom - inset, max(radius - inset, 0.0))


def in_tail(x, y):
    return in_triangle(x, y, *TAIL)


def in_bar(x, y):
    return any(left <= x <= left + BAR_WIDTH and top <= y <= BAR_BOTTOM for left, top in BARS)


def color_pixel(x, y):
    """Accent background, white bubble, accent bars."""
    if in_bar(x, y):
        return ACCENT + (255,)
    if in_bubble(x, y) or in_tail(x, y):
        return WHITE + (255,)
    return ACCENT + (255,)


def outline_pixel(x, y, stroke):
    """White bubble outline and bars; everything else transparent."""
    ring = in_bubble(x, y) and not in_bubble(x, y, stroke)
    if ring or in_bar(x, y) or (in_tail(x, y) and not in_bubble(x, y, stroke)):
        return WHITE + (255,)
    return WHITE + (0,)


def render(size, pixel):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0 for each scanline
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    r, g, b, a = pixel((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = SAMPLES * SAMPLES
            alpha = acc[3] / n
            rgb = [round(c / acc[3]) if acc[3] else 255 for c in acc[:3]]
            row += bytes(rgb + [round(alpha)])
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(folder, "color.png"), "wb") as f:
        f.write(render(192, color_pixel))
    with open(os.path.join(folder, "outline.png"), "wb") as f:
        f.write(render(32, lambda x, y: outline_pixel(x, y, 2.2 / 32)))
