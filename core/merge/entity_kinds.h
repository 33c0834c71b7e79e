// What the merge calls the items of each list of the document, and how it tells them apart:
// by stable id wherever the format has one, by a natural key where it does not (contacts,
// material versions, acknowledgements), and by their whole content otherwise (plain text
// lists, table rows without an id).
#pragma once

#include <cstdint>
#include <string>

#include "model/common.h"

namespace sc::merge {

// The singular, readable kind of an item of the list stored under `listKey`: "promises" ->
// "promise", "kpi_records" -> "KPI record". An unknown key (a newer version's) gives
// "item of 'key'".
std::string entityKindOf(const std::string& listKey);

// How an item of the list under `listKey` is identified across the three documents.
struct ItemIdentity {
    std::string key;    // equal keys = the same thing; never empty
    std::string id;     // shown in reports: the id or natural key; empty for content-keyed items
    bool byId = false;  // true when the item carries a stable "id"
};
// A table row in row form (a list of cells) is identified by its cell in `idColumn`.
ItemIdentity identityOf(const std::string& listKey, const Json& item, std::size_t idColumn = SIZE_MAX);

}  // namespace sc::merge
