"""How wide a browser draws the terminal plot's characters in each monospaced font.

    PYTHONPATH=src python docs/notebook/glyph_widths.py [FONT ...]

For each font (default: every monospaced font fontconfig lists), headless Chromium draws a
row of each of the plot's symbols and frame characters, Unicode and ASCII, and this prints
its width in cells, a cell being the width of "x".  1.00 lines up; anything else means the
font lacks the character and the browser drew it from another, wider font.  This is why a
plot printed inside a Jupyter kernel is ASCII (see UNICODE_GLYPHS in _draw.py).
"""

import html
import json
import os
import re
import subprocess
import sys
import tempfile

from activations import _draw

CHARACTERS = _draw.UNICODE_GLYPHS + _draw.UNICODE_FRAME + _draw.ASCII_GLYPHS + _draw.ASCII_FRAME
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre id="row"></pre>
<script>
const fonts = %s, characters = Array.from(%s), row = document.getElementById("row");
function width(text) {
  const span = document.createElement("span");
  span.textContent = text.repeat(50);
  row.appendChild(span);
  const pixels = span.getBoundingClientRect().width / 50;
  span.remove();
  return pixels;
}
const widths = fonts.map(font => {
  row.style.fontFamily = JSON.stringify(font);
  const cell = width("x");
  return characters.map(character => width(character) / cell);
});
const result = document.createElement("div");
result.id = "widths";
result.textContent = JSON.stringify(widths);
document.body.appendChild(result);
</script></body></html>
"""


def main(fonts):
    """Print a row of widths, in cells, for each font."""
    fonts = fonts or monospaced_fonts()
    with tempfile.TemporaryDirectory() as folder:
        page = os.path.join(folder, "widths.html")
        with open(page, "w", encoding="utf-8") as file:
            file.write(PAGE % (json.dumps(fonts), json.dumps(CHARACTERS)))
        dom = subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--user-data-dir=" + os.path.join(folder, "profile"), "--dump-dom", "file://" + page],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    widths = json.loads(html.unescape(re.search(r'<div id="widths">(.*?)</div>', dom).group(1)))
    name_width = max(len(font) for font in fonts)
    print(" " * name_width + "".join("%6s" % character for character in CHARACTERS))
    for font, row in zip(fonts, widths):
        print(font.ljust(name_width) + "".join("%6.2f" % cells for cells in row))


def monospaced_fonts():
    """The families fontconfig lists as monospaced, each once."""
    listed = subprocess.run(
        ["fc-list", ":spacing=mono", "family"], capture_output=True, text=True, check=True
    ).stdout
    return sorted({line.split(",")[0] for line in listed.splitlines() if line})


if __name__ == "__main__":
    main(sys.argv[1:])
