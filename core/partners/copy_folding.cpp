#include "partners/copy_folding.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace sc::partners {

namespace {

using Range = std::pair<std::uint32_t, std::uint32_t>;  // inclusive

bool inRanges(const std::vector<Range>& ranges, std::uint32_t cp) {
    const auto it = std::upper_bound(ranges.begin(), ranges.end(), cp,
                                     [](std::uint32_t c, const Range& r) { return c < r.first; });
    return it != ranges.begin() && cp <= std::prev(it)->second;
}

// Unicode's Default_Ignorable_Code_Point (soft hyphen, combining grapheme joiner, zero-width
// space/non-joiner/joiner, LRM/RLM, bidi embeddings and isolates, word joiner and invisible
// operators, variation selectors, BOM, Hangul fillers, tags) plus the control characters a
// text editor does not show (NUL and the other C0/C1 controls except tab, line breaks, NEL).
bool isIgnorable(std::uint32_t cp) {
    static const std::vector<Range> ranges = {
        {0x0000, 0x0008},   {0x000E, 0x001F}, {0x007F, 0x0084}, {0x0086, 0x009F},   {0x00AD, 0x00AD},
        {0x034F, 0x034F},   {0x061C, 0x061C}, {0x115F, 0x1160}, {0x17B4, 0x17B5},   {0x180B, 0x180F},
        {0x200B, 0x200F},   {0x202A, 0x202E}, {0x2060, 0x206F}, {0x3164, 0x3164},   {0xFE00, 0xFE0F},
        {0xFEFF, 0xFEFF},   {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
        {0xE0000, 0xE0FFF},
    };
    return inRanges(ranges, cp);
}

// Non-ASCII code points that separate words rather than form them: Latin-1 punctuation and
// symbols, spaces (NBSP, ogham, the U+2000 block, ideographic), general and supplemental
// punctuation, currency, letterlike symbols and number forms left after the look-alikes,
// arrows, mathematical operators, technical symbols, box drawing, shapes, dingbats, CJK and
// small/fullwidth punctuation, emoji. "GUARANTEED🔥" reads "guaranteed".
bool isNonAsciiSeparator(std::uint32_t cp) {
    static const std::vector<Range> ranges = {
        {0x0080, 0x00BF}, {0x00D7, 0x00D7},   {0x00F7, 0x00F7}, {0x1680, 0x1680}, {0x2000, 0x206F},
        {0x207A, 0x207E}, {0x208A, 0x208E},   {0x20A0, 0x20FF}, {0x2100, 0x218F}, {0x2190, 0x2BFF},
        {0x2E00, 0x2E7F}, {0x3000, 0x303F},   {0xFE10, 0xFE1F}, {0xFE30, 0xFE6F}, {0xFEFF, 0xFEFF},
        {0xFF5F, 0xFF65}, {0x1F000, 0x1FAFF},
    };
    return inRanges(ranges, cp);
}

// One code point for another: compatibility forms NFKC folds (superscripts, ordinal
// indicators, long s, letterlike and modifier letters) and the Latin look-alikes of UTS #39's
// confusables (Cyrillic, Greek, Armenian, small capitals). Both sides of a match go through it,
// so a forbidden phrase written in Cyrillic still matches Cyrillic copy.
std::uint32_t lookAlike(std::uint32_t cp) {
    static const std::vector<std::pair<std::uint32_t, std::uint32_t>> table = [] {
        // A table reads best as a table.
        // clang-format off
        std::vector<std::pair<std::uint32_t, std::uint32_t>> t = {
            // NFKC: ordinal indicators, superscript digits, dotted/dotless i, long s
            {0x00AA, 'a'}, {0x00B2, '2'}, {0x00B3, '3'}, {0x00B9, '1'}, {0x00BA, 'o'}, {0x0130, 'i'},
            {0x0131, 'i'}, {0x017F, 's'},
            // IPA and small capitals
            {0x0251, 'a'}, {0x0261, 'g'}, {0x0262, 'g'}, {0x026A, 'i'}, {0x0274, 'n'}, {0x0280, 'r'},
            {0x028F, 'y'}, {0x0299, 'b'}, {0x029C, 'h'}, {0x029F, 'l'}, {0x1D00, 'a'}, {0x1D04, 'c'},
            {0x1D05, 'd'}, {0x1D07, 'e'}, {0x1D0A, 'j'}, {0x1D0B, 'k'}, {0x1D0D, 'm'}, {0x1D0F, 'o'},
            {0x1D18, 'p'}, {0x1D1B, 't'}, {0x1D1C, 'u'}, {0x1D20, 'v'}, {0x1D21, 'w'}, {0x1D22, 'z'},
            {0xA731, 's'},
            // modifier letters (NFKC)
            {0x02B0, 'h'}, {0x02B2, 'j'}, {0x02B3, 'r'}, {0x02B7, 'w'}, {0x02B8, 'y'}, {0x02E1, 'l'},
            {0x02E2, 's'}, {0x02E3, 'x'},
            // Greek. Keyed on the lower-case letter (a capital reads as its lower case first, so
            // case still does not matter) except where the two cases look like different Latin
            // letters: Η/η (H, n), Μ/μ (M, u), Ν/ν (N, v), Υ/υ (Y, u) read as written.
            {0x037F, 'J'}, {0x0397, 'H'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x03A5, 'Y'}, {0x03B1, 'a'},
            {0x03B2, 'b'}, {0x03B5, 'e'}, {0x03B6, 'z'}, {0x03B7, 'n'}, {0x03B9, 'i'}, {0x03BA, 'k'},
            {0x03BC, 'u'}, {0x03BD, 'v'}, {0x03BF, 'o'}, {0x03C1, 'p'}, {0x03C4, 't'}, {0x03C5, 'u'},
            {0x03C7, 'x'}, {0x03F2, 'c'}, {0x03F3, 'j'}, {0x03F9, 'C'},
            // Cyrillic, keyed on the lower-case letter: А/а a, В/в b, Е/е e, К/к k, М/м m, Н/н h,
            // О/о o, Р/р p, С/с c, Т/т t, У/у y, Х/х x, Ѕ/ѕ s, І/і i, Ј/ј j, ...
            {0x0430, 'a'}, {0x0432, 'b'}, {0x0435, 'e'}, {0x043A, 'k'}, {0x043C, 'm'}, {0x043D, 'h'},
            {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0442, 't'}, {0x0443, 'y'}, {0x0445, 'x'},
            {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x04AF, 'y'}, {0x04BB, 'h'}, {0x04CF, 'l'},
            {0x0501, 'd'}, {0x050D, 'g'}, {0x051B, 'q'}, {0x051D, 'w'},
            // Armenian
            {0x057D, 'u'}, {0x0585, 'o'},
            // superscripts and subscripts (NFKC)
            {0x2070, '0'}, {0x2071, 'i'}, {0x207F, 'n'}, {0x2090, 'a'}, {0x2091, 'e'}, {0x2092, 'o'},
            {0x2093, 'x'}, {0x2095, 'h'}, {0x2096, 'k'}, {0x2097, 'l'}, {0x2098, 'm'}, {0x2099, 'n'},
            {0x209A, 'p'}, {0x209B, 's'}, {0x209C, 't'},
            // letterlike symbols (NFKC; several fill the holes of the mathematical alphabets)
            {0x2102, 'C'}, {0x210A, 'g'}, {0x210B, 'H'}, {0x210C, 'H'}, {0x210D, 'H'}, {0x210E, 'h'},
            {0x2110, 'I'}, {0x2111, 'I'}, {0x2112, 'L'}, {0x2113, 'l'}, {0x2115, 'N'}, {0x2119, 'P'},
            {0x211A, 'Q'}, {0x211B, 'R'}, {0x211C, 'R'}, {0x211D, 'R'}, {0x2124, 'Z'}, {0x2128, 'Z'},
            {0x212A, 'K'}, {0x212B, 0xE5}, {0x212C, 'B'}, {0x212D, 'C'}, {0x212F, 'e'}, {0x2130, 'E'},
            {0x2131, 'F'}, {0x2133, 'M'}, {0x2134, 'o'}, {0x2139, 'i'}, {0x2145, 'D'}, {0x2146, 'd'},
            {0x2147, 'e'}, {0x2148, 'i'}, {0x2149, 'j'}, {0x1D6A4, 'i'}, {0x1D6A5, 'j'},
        };
        // clang-format on
        std::sort(t.begin(), t.end());
        return t;
    }();
    // Runs of letters and digits NFKC folds to ASCII (or that draw a Latin letter in a shape).
    if (cp >= 0x2074 && cp <= 0x2079) return '4' + (cp - 0x2074);  // ⁴..⁹
    if (cp >= 0x2080 && cp <= 0x2089) return '0' + (cp - 0x2080);  // ₀..₉
    if (cp >= 0x24B6 && cp <= 0x24CF) return 'A' + (cp - 0x24B6);  // Ⓐ..Ⓩ
    if (cp >= 0x24D0 && cp <= 0x24E9) return 'a' + (cp - 0x24D0);  // ⓐ..ⓩ
    if (cp >= 0x1D400 && cp <= 0x1D6A3) {                          // 𝐀..𝚣: 13 alphabets of A-Z a-z
        const std::uint32_t k = (cp - 0x1D400) % 52;
        return k < 26 ? 'A' + k : 'a' + (k - 26);
    }
    if (cp >= 0x1D7CE && cp <= 0x1D7FF) return '0' + (cp - 0x1D7CE) % 10;  // 𝟎..𝟿
    if (cp >= 0x1F130 && cp <= 0x1F149) return 'A' + (cp - 0x1F130);       // 🄰..🅉
    if (cp >= 0x1F150 && cp <= 0x1F169) return 'A' + (cp - 0x1F150);       // 🅐..🅩
    if (cp >= 0x1F170 && cp <= 0x1F189) return 'A' + (cp - 0x1F170);       // 🅰..🆉
    const auto it = std::lower_bound(table.begin(), table.end(), std::make_pair(cp, std::uint32_t{0}));
    return it != table.end() && it->first == cp ? it->second : cp;
}

// Simple case folding of the scripts whose letters appear above: Latin-1, Latin Extended-A,
// Greek, Cyrillic, Armenian.
std::uint32_t lowerCase(std::uint32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;  // À -> à
    if ((cp >= 0x0100 && cp <= 0x0137) || (cp >= 0x014A && cp <= 0x0177)) return cp | 1;
    if ((cp >= 0x0139 && cp <= 0x0148) || (cp >= 0x0179 && cp <= 0x017E)) return cp + (cp & 1);
    if (cp == 0x0178) return 0xFF;                                           // Ÿ -> ÿ
    if (cp >= 0x0391 && cp <= 0x03A9) return cp + 0x20;                      // Α -> α
    if (cp == 0x03C2) return 0x03C3;                                         // final sigma
    if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;                      // Ѐ -> ѐ
    if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;                      // А -> а
    if ((cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) ||  // paired letters
        (cp >= 0x04D0 && cp <= 0x052F))
        return cp | 1;
    if (cp == 0x04C0) return 0x04CF;  // palochka
    if (cp >= 0x04C1 && cp <= 0x04CE) return cp + (cp & 1);
    if (cp >= 0x0531 && cp <= 0x0556) return cp + 0x30;  // Armenian
    return cp;
}

FoldedChar word(std::uint32_t a, std::uint32_t b = 0, std::uint32_t c = 0) {
    FoldedChar f;
    f.kind = FoldedChar::Kind::Word;
    for (std::uint32_t cp : {a, b, c})
        if (cp != 0) f.cps[f.count++] = cp;
    return f;
}

// Letters NFKC spells with two or three: ligatures and digraphs.
bool ligature(std::uint32_t cp, FoldedChar& out) {
    static const std::pair<std::uint32_t, const char*> table[] = {
        {0x0132, "ij"}, {0x0133, "ij"}, {0x01C7, "lj"},  {0x01C8, "lj"},  {0x01C9, "lj"}, {0x01CA, "nj"},
        {0x01CB, "nj"}, {0x01CC, "nj"}, {0x01F1, "dz"},  {0x01F2, "dz"},  {0x01F3, "dz"}, {0xFB00, "ff"},
        {0xFB01, "fi"}, {0xFB02, "fl"}, {0xFB03, "ffi"}, {0xFB04, "ffl"}, {0xFB05, "st"}, {0xFB06, "st"},
    };
    for (const auto& [from, letters] : table) {
        if (from != cp) continue;
        out = word(static_cast<unsigned char>(letters[0]), static_cast<unsigned char>(letters[1]),
                   static_cast<unsigned char>(letters[2]));
        return true;
    }
    return false;
}

}  // namespace

FoldedChar foldForMatching(std::uint32_t cp) {
    FoldedChar f;
    if (cp >= 0x20 && cp < 0x7F) {  // printable ASCII, most of any copy: no table to look at
        if (cp >= 'A' && cp <= 'Z') return word(cp + 32);
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return word(cp);
        return f;
    }
    if (isIgnorable(cp)) {
        f.kind = FoldedChar::Kind::Ignorable;
        return f;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // fullwidth ASCII: Ｇ -> G, ！ -> !
    if (ligature(cp, f)) return f;
    // The look-alike of the character as written, else of its lower case (Cyrillic Н -> н -> h).
    std::uint32_t latin = lookAlike(cp);
    if (latin == cp) latin = lookAlike(lowerCase(cp));
    cp = lowerCase(latin);
    const bool isWord =
        cp < 0x80 ? ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z')) : !isNonAsciiSeparator(cp);
    if (!isWord) return f;  // Kind::Separator
    return word(cp);
}

}  // namespace sc::partners
