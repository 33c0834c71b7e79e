// The column names of a row-layout table, in describe() order (the order the canonical file
// writes them): for the JSON writer and reader (json_codec.cpp, json_reader.cpp).
#pragma once

#include <string>
#include <vector>

#include "model/describe.h"

namespace sc {

// Collects the column names of a row-layout table.
class ColumnLister {
  public:
    std::vector<std::string> names;
    template <class T>
    void field(const char* key, const T&, const FieldInfo&) {
        names.push_back(key);
    }
};

}  // namespace sc
