// Releasing a vector's spare capacity in builds without exceptions.
#pragma once

#include <iterator>
#include <vector>

namespace dateline {

// std::vector::shrink_to_fit is only a request, and libstdc++ ignores it when exceptions are off
// (as in every Dateline build), so long-lived vectors are copied to an exact-size buffer instead.
template <typename T> void fitCapacity(std::vector<T>& v) {
    if (v.capacity() == v.size()) return;
    std::vector<T>(std::make_move_iterator(v.begin()), std::make_move_iterator(v.end())).swap(v);
}

} // namespace dateline
