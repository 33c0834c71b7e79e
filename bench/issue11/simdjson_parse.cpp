// Measuring tool for issue 11's "parse limit" (not part of the product): parses a whole
// scorecard file with simdjson's DOM parser and counts the rows of "deals", touching each row
// once, so the time is what a fast native JSON parser needs for the file and nothing more.
// Built and run by bench/issue11-table.sh:
//   g++ -O3 -std=c++20 bench/issue11/simdjson_parse.cpp -lsimdjson -o simdjson_parse
//   ./simdjson_parse FILE    -> prints "rows=N bytes=B parse_s=S" (S: read + parse + count)
#include <simdjson.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: simdjson_parse FILE\n");
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    simdjson::padded_string text;
    if (simdjson::padded_string::load(argv[1]).get(text)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (auto error = parser.parse(text).get(doc)) {
        std::fprintf(stderr, "parse error: %s\n", simdjson::error_message(error));
        return 1;
    }
    simdjson::dom::array rows;
    if (doc["deals"]["rows"].get_array().get(rows)) {
        std::fprintf(stderr, "no deals.rows array\n");
        return 1;
    }
    std::size_t count = 0;
    for (simdjson::dom::element row : rows) count += row.is_array() ? 1 : 0;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("rows=%zu bytes=%zu parse_s=%.3f\n", count, text.size(), seconds);
    return 0;
}
