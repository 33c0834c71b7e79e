# The fonts the app embeds, and which characters they cover. One place for the choice; the
# web build subsets these Debian files (fonts-inter) with /usr/bin/pyftsubset at build time and
# compiles the subsets into the wasm. No font file is committed and none is fetched at run time.
#
# Why Inter: a screen-first UI face with tabular figures and wide Latin coverage, packaged
# by Debian. Regular for body text and tables, SemiBold for headings.
#
# Covered (both faces): Basic Latin + Latin-1 Supplement (Western European languages),
# Latin Extended-A (Central/Eastern European: Polish, Czech, Hungarian, Turkish, ...),
# the plain Greek letters Α–Ω α–ω (formulas use Σ, σ, μ, Δ), General Punctuation
# (– — ‘ ’ “ ” • … ‰), currency symbols (€ £ ¥ ₹ ₺ ₽ ...), letterlike
# symbols (№ ™), arrows (→ ← ↑ ↓), mathematical operators (− × ÷ ≈ ≠ ≤ ≥ ∑), geometric
# shapes (▲ ▼ ● ■) where Inter has them.
#
# NOT covered: accented Greek (tonos), Cyrillic, Latin Extended-B and beyond, CJK, Arabic, Hebrew, Indic
# scripts, emoji. Such characters are kept in the document unchanged (saving loses nothing)
# but the app draws each one as '?' (ImGui's fallback glyph). Adding Greek/Cyrillic means
# widening the Greek ranges to 0370-03FF / adding 0400-04FF here (Inter has both; about +40 KB per face).

set(SCORECARD_FONT_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Directory with Debian's Inter .otf files")
set(SCORECARD_FONT_REGULAR "${SCORECARD_FONT_DIR}/Inter-Regular.otf")
set(SCORECARD_FONT_HEADING "${SCORECARD_FONT_DIR}/Inter-SemiBold.otf")

# Inclusive code point ranges, first-last in hex. Used for both pyftsubset and ImGui's atlas.
set(SCORECARD_FONT_RANGES
  0020-007E  # Basic Latin
  00A0-00FF  # Latin-1 Supplement
  0100-017F  # Latin Extended-A
  0391-03A9  # Greek capitals (formula symbols: Σ Δ Ω)
  03B1-03C9  # Greek small letters (α β μ σ ...)
  2000-206F  # General Punctuation
  20A0-20CF  # Currency Symbols
  2100-214F  # Letterlike Symbols
  2190-21FF  # Arrows
  2200-22FF  # Mathematical Operators
  25A0-25FF  # Geometric Shapes
)
