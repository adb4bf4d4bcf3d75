#pragma once

#include <algorithm>
#include <iterator>

namespace ClaimDesk {

// The middle value of `values` (the upper one of an even count), found without
// sorting them all; a value-initialised one when there are none.
template<typename Container>
auto median(Container values)
{
    using Value = typename Container::value_type;
    if (values.empty())
        return Value {};
    const auto middle = std::next(values.begin(), std::ptrdiff_t(values.size() / 2));
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace ClaimDesk
