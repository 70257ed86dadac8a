"""The fonts of web pages (the HTML site and the report's page): Chinese in a real CJK face on every system.

Kept apart from helpers.figures (which picks the font that matplotlib draws with, and imports matplotlib), so
that a page can name them without loading matplotlib.
"""

# Mainland (simplified) glyph forms first, falling back sensibly on every system.
CJK_SANS = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
            '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif')
# Text outputs stay monospaced so printed tables line up; CJK falls back to a mono CJK face.
CJK_MONO = '"DejaVu Sans Mono", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace'
