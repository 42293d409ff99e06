// A table from words and short phrases to values, looked up by string_view.
//
// The entity and event stages look up every token of every article in a few such tables. An
// open-addressing table with an inline hash does that without a std::string temporary, a call
// into the library's hash or a division per lookup (std::unordered_map does all three).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dateline {

// Up to eight bytes read as one or two loads (overlapping, as in wyhash), mixed with a multiply
// and finalised so the low bits (the slot) depend on every byte: byte-at-a-time FNV-1a cost a
// chained multiply per byte, and these tables are looked up for nearly every word of every article.
inline std::uint64_t wordBytes(const char* p, std::size_t n) { // 1 <= n <= 8
    const auto load = [](const char* q, std::size_t bytes) {
        std::uint64_t v = 0;
        std::memcpy(&v, q, bytes);
        return v;
    };
    if (n >= 4) return load(p, 4) | load(p + n - 4, 4) << 32;
    return static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) << 16 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8 |
           static_cast<unsigned char>(p[n - 1]);
}

inline std::uint64_t wordHash(std::string_view s) {
    std::uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
    for (std::size_t i = 0; i < s.size(); i += 8) {
        h = (h ^ wordBytes(s.data() + i, s.size() - i < 8 ? s.size() - i : 8)) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
    }
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 29);
}

template <typename Value> class WordTable {
public:
    // The value of `key`, default-constructed when the key is new. Pointers to values stay valid
    // only until the next insertion (tables are filled once, then only read).
    Value& operator[](std::string_view key) {
        if ((count_ + 1) * 2 > slots_.size()) grow();
        const std::uint64_t hash = wordHash(key);
        const std::size_t i = indexOf(key, hash);
        Slot& s = slots_[i];
        if (!tags_[i]) {
            tags_[i] = tagOf(hash);
            s.hash = hash;
            s.key.assign(key.data(), key.size());
            ++count_;
        }
        return s.value;
    }

    // Inserts `key` with `value` unless it is already there (the first definition wins).
    bool insert(std::string_view key, Value value = Value()) {
        if (find(key)) return false;
        (*this)[key] = std::move(value);
        return true;
    }

    const Value* find(std::string_view key) const {
        if (slots_.empty()) return nullptr;
        const std::size_t i = indexOf(key, wordHash(key));
        return tags_[i] ? &slots_[i].value : nullptr;
    }
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    std::size_t size() const { return count_; }

    template <typename F> void forEach(F&& f) const {
        for (std::size_t i = 0; i < slots_.size(); ++i)
            if (tags_[i]) f(slots_[i].key, slots_[i].value);
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::string key;
        Value value{};
    };
    // Probing reads only tags_, eight bytes a slot (a slot is five or six times that, and the
    // lookups for every word of every article missed the cache on slots): a slot's hash with its
    // lowest bit set, 0 when the slot is empty.
    std::vector<std::uint64_t> tags_;
    std::vector<Slot> slots_; // size a power of two (as tags_), at most half full
    std::size_t count_ = 0;

    static std::uint64_t tagOf(std::uint64_t hash) { return hash | 1; }

    // The slot holding `key`, else the empty slot where it belongs (linear probing).
    std::size_t indexOf(std::string_view key, std::uint64_t hash) const {
        const std::size_t mask = slots_.size() - 1;
        const std::uint64_t tag = tagOf(hash);
        for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
            const std::uint64_t t = tags_[i];
            if (!t || (t == tag && slots_[i].key == key)) return i;
        }
    }

    void grow() {
        std::vector<Slot> old(slots_.empty() ? 16 : slots_.size() * 2);
        std::vector<std::uint64_t> oldTags(old.size(), 0);
        old.swap(slots_);
        oldTags.swap(tags_);
        for (std::size_t k = 0; k < old.size(); ++k)
            if (oldTags[k]) {
                const std::size_t i = indexOf(old[k].key, old[k].hash);
                tags_[i] = oldTags[k];
                slots_[i].hash = old[k].hash;
                slots_[i].key = std::move(old[k].key);
                slots_[i].value = std::move(old[k].value);
            }
    }
};

} // namespace dateline
