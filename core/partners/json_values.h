// How the partner reports write an optional value in JSON: the value, or null when absent.
#pragma once

#include <optional>

#include "model/common.h"

namespace sc::partners {

template <class T>
Json optionalJson(const std::optional<T>& value) {
    return value ? Json(*value) : Json(nullptr);
}

}  // namespace sc::partners
