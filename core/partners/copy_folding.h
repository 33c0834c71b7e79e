// How one code point of partner copy reads when phrases are matched (issue 12 defect 9): copy
// must not evade a forbidden phrase with characters that look the same or show nothing —
// "Guaran\u00ADteed" (soft hyphen), "Gu\u200Baranteed" (zero-width space), "Guar\u0430nteed"
// (Cyrillic a), "ＧＵＡＲＡＮＴＥＥＤ" (fullwidth), "ﬁnancial" (ligature). A light NFKC plus
// case folding plus the Latin look-alikes of Unicode's confusables list (UTS #39), enough for
// Latin-script phrases; every other character reads as itself.
#pragma once

#include <cstddef>
#include <cstdint>

namespace sc::partners {

struct FoldedChar {
    enum class Kind {
        Word,       // part of a word: reads as `cps[0..count)`, lower-case
        Separator,  // whitespace, punctuation, symbols: ends a word
        Ignorable,  // shows nothing (soft hyphen, zero-width and bidi controls, variation
                    // selectors, NUL and other control characters): read as if absent
    };
    Kind kind = Kind::Separator;
    std::uint32_t cps[3] = {0, 0, 0};  // a ligature reads as up to three letters ("ﬃ")
    std::size_t count = 0;
};

FoldedChar foldForMatching(std::uint32_t cp);

}  // namespace sc::partners
