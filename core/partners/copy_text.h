// Text handling for the message consistency audit: partner copy is hostile input (any bytes,
// any length), so everything here is UTF-8 safe and never reads out of range.
//
// Matching is on normalised words (copy_folding.h has the character rules): letters are
// case-folded, look-alikes and compatibility forms read as the Latin letters they show
// (fullwidth "ＧＵＡＲＡＮＴＥＥＤ", Cyrillic "а", the ligature "ﬁ"), characters that show nothing
// (soft hyphen, zero-width spaces and joiners, bidi controls, NUL) are skipped, and every run of
// whitespace, punctuation, symbols, emoji and invalid UTF-8 bytes becomes one space.
// "Pays for itself!", "pays  for\nitself" and "PAYS FOR ITSELF" all read "pays for itself";
// "100%-accurate" reads "100 accurate". A phrase matches only whole words ("better than" does
// not match "abetter thank"). Matches are reported in the original text: every normalised byte
// keeps the byte range of the character it came from.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace sc::partners {

// A byte range [begin, end) of the original text.
struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The words of a text, space-separated with a space at both ends (" pays for itself "), and
// for every character of `text` the byte range of the original character it came from.
struct NormalText {
    std::string text = " ";
    std::vector<TextSpan> origin;  // same length as text; spaces map to an empty span
};

NormalText normaliseText(const std::string& source);

// A phrase's words without the surrounding spaces ("pays for itself"); empty when the phrase
// has no word at all (e.g. "!!!"), which then matches nothing.
std::string normalisePhrase(const std::string& phrase);

// Every occurrence of the (normalised, non-empty) phrase in `normal`, as byte spans of the
// original text from the first byte of its first word to the last byte of its last word.
std::vector<TextSpan> findPhrase(const NormalText& normal, const std::string& normalPhrase);

// Sentences of the original text: split at line breaks and at '.', '!', '?' or '…' followed by
// whitespace or the end ("499.00" is not split). Trimmed; sentences without a word are dropped.
std::vector<TextSpan> splitSentences(const std::string& source);

// The distinct content words of a text (normalised; at least three characters or containing a
// digit; a few very common words left out), for matching sentences to approved claims.
std::set<std::string> contentWords(const std::string& source);

// 1-based line and column (in characters, not bytes) of a byte offset of `source`.
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};
TextPosition positionOf(const std::string& source, std::size_t offset);

// positionOf for many offsets in one pass over the text (linear, not quadratic, for long copy
// with many flags): each call continues from the previous offset, or starts over when an
// offset is smaller than the previous one.
class PositionCursor {
  public:
    explicit PositionCursor(const std::string& source) : m_source(source) {}
    TextPosition at(std::size_t offset);

  private:
    const std::string& m_source;
    std::size_t m_offset = 0;
    TextPosition m_position;
};

}  // namespace sc::partners
