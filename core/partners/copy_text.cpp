#include "partners/copy_text.h"

#include <cstdint>

#include "model/utf8.h"
#include "partners/copy_encoding.h"
#include "partners/copy_folding.h"

namespace sc::partners {

namespace {

bool isSentenceEnd(const std::string& s, std::size_t i, std::size_t& width) {
    width = 1;
    const char c = s[i];
    bool end = c == '.' || c == '!' || c == '?';
    if (!end && s.compare(i, 3, "\xE2\x80\xA6") == 0) {  // …
        end = true;
        width = 3;
    }
    if (!end) return false;
    const std::size_t next = i + width;
    return next >= s.size() || s[next] == ' ' || s[next] == '\t' || s[next] == '\r' || s[next] == '\n';
}

}  // namespace

NormalText normaliseText(const std::string& source) {
    NormalText normal;
    normal.origin.push_back({});
    for (std::size_t i = 0; i < source.size();) {
        std::uint32_t cp = 0;
        std::size_t length = decodeUtf8(source, i, cp);
        FoldedChar folded;  // an invalid byte separates words like punctuation
        if (length > 0) folded = foldForMatching(cp);
        else length = 1;
        if (folded.kind == FoldedChar::Kind::Word) {
            // Every byte the character reads as points back at the whole original character.
            for (std::size_t k = 0; k < folded.count; ++k) appendUtf8(normal.text, folded.cps[k]);
            normal.origin.resize(normal.text.size(), TextSpan{i, i + length});
        } else if (folded.kind == FoldedChar::Kind::Separator && normal.text.back() != ' ') {
            normal.text += ' ';
            normal.origin.push_back({});
        }
        i += length;
    }
    if (normal.text.back() != ' ') {
        normal.text += ' ';
        normal.origin.push_back({});
    }
    return normal;
}

std::string normalisePhrase(const std::string& phrase) {
    const std::string text = normaliseText(phrase).text;
    if (text.size() <= 1) return "";
    return text.substr(1, text.size() - 2);
}

std::vector<TextSpan> findPhrase(const NormalText& normal, const std::string& normalPhrase) {
    std::vector<TextSpan> spans;
    if (normalPhrase.empty()) return spans;
    const std::string needle = " " + normalPhrase + " ";
    for (std::size_t at = normal.text.find(needle); at != std::string::npos;
         at = normal.text.find(needle, at + 1)) {
        const std::size_t first = at + 1, last = at + needle.size() - 2;  // first and last word characters
        spans.push_back({normal.origin[first].begin, normal.origin[last].end});
    }
    return spans;
}

std::vector<TextSpan> splitSentences(const std::string& source) {
    std::vector<TextSpan> sentences;
    auto add = [&](std::size_t begin, std::size_t end) {
        while (begin < end && (source[begin] == ' ' || source[begin] == '\t' || source[begin] == '\r'))
            ++begin;
        while (end > begin && (source[end - 1] == ' ' || source[end - 1] == '\t' || source[end - 1] == '\r'))
            --end;
        if (begin < end && normaliseText(source.substr(begin, end - begin)).text.size() > 1)
            sentences.push_back({begin, end});
    };
    std::size_t start = 0;
    for (std::size_t i = 0; i < source.size();) {
        std::size_t width = 1;
        if (source[i] == '\n') {
            add(start, i);
            start = i + 1;
        } else if (isSentenceEnd(source, i, width)) {
            add(start, i + width);
            start = i + width;
        }
        i += width;
    }
    add(start, source.size());
    return sentences;
}

std::set<std::string> contentWords(const std::string& source) {
    static const std::set<std::string> common = {"the",  "and",  "for", "you",  "your", "with",
                                                 "from", "are",  "our", "that", "this", "was",
                                                 "its",  "into", "per", "can",  "has",  "have"};
    std::set<std::string> words;
    const std::string text = normaliseText(source).text;
    std::size_t start = 1;
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (text[i] != ' ') continue;
        const std::string word = text.substr(start, i - start);
        start = i + 1;
        bool digit = false;
        for (char c : word) digit = digit || (c >= '0' && c <= '9');
        if ((word.size() >= 3 || digit) && !common.count(word)) words.insert(word);
    }
    return words;
}

TextPosition positionOf(const std::string& source, std::size_t offset) {
    return PositionCursor(source).at(offset);
}

TextPosition PositionCursor::at(std::size_t offset) {
    if (offset < m_offset) {
        m_offset = 0;
        m_position = {};
    }
    for (; m_offset < offset && m_offset < m_source.size(); ++m_offset) {
        const auto b = static_cast<unsigned char>(m_source[m_offset]);
        if (b == '\n') {
            ++m_position.line;
            m_position.column = 1;
        } else if ((b & 0xC0) != 0x80) {  // count characters, not continuation bytes
            ++m_position.column;
        }
    }
    return m_position;
}

}  // namespace sc::partners
