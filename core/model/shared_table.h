// A list whose storage is shared between copies until one of them changes it (copy-on-write).
// The document's big tables (a million deals) are SharedTables, so copying a Document, which
// every pure edit and every undo snapshot does, copies six pointers instead of the rows, and an
// edit pays only for the table it changes.
//
// Reading goes through const access and never copies. Any non-const access that can hand out a
// mutable element or iterator (operator[], begin/end, front/back, data, push_back, insert,
// erase, ...) first gives this table its own copy of the rows when another table shares them.
// So code that only reads must read through a const table (std::as_const, a const Document&),
// or it copies the rows for nothing. A reference taken through non-const access is only valid
// until this table is copied: writing through it after a copy would change both.
// Not thread-safe (use_count is checked without synchronisation); the program has one thread.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace sc {

template <class T>
class SharedTable {
  public:
    using Rows = std::vector<T>;
    using value_type = T;
    using size_type = typename Rows::size_type;
    using difference_type = typename Rows::difference_type;
    using reference = typename Rows::reference;
    using const_reference = typename Rows::const_reference;
    using iterator = typename Rows::iterator;
    using const_iterator = typename Rows::const_iterator;

    SharedTable() = default;
    SharedTable(Rows rows) : m_rows(std::make_shared<Rows>(std::move(rows))) {}
    SharedTable(std::initializer_list<T> rows) : m_rows(std::make_shared<Rows>(rows)) {}
    SharedTable& operator=(Rows rows) {
        m_rows = std::make_shared<Rows>(std::move(rows));
        return *this;
    }
    SharedTable& operator=(std::initializer_list<T> rows) { return *this = Rows(rows); }

    // ---- Reading: never copies ----
    const Rows& get() const { return m_rows ? *m_rows : noRows(); }
    operator const Rows&() const { return get(); }

    size_type size() const { return get().size(); }
    bool empty() const { return get().empty(); }
    size_type capacity() const { return get().capacity(); }
    const_iterator begin() const { return get().begin(); }
    const_iterator end() const { return get().end(); }
    const_iterator cbegin() const { return get().cbegin(); }
    const_iterator cend() const { return get().cend(); }
    const T& operator[](size_type i) const { return get()[i]; }
    const T& at(size_type i) const { return get().at(i); }
    const T& front() const { return get().front(); }
    const T& back() const { return get().back(); }
    const T* data() const { return get().data(); }

    // Whether both tables read the same rows (not a copy of them): what undo snapshots rely on.
    // Two tables that store nothing (never filled, or emptied while shared) share that too.
    bool sharesStorageWith(const SharedTable& other) const { return m_rows == other.m_rows; }

    // ---- Writing: the rows are this table's own first ----
    Rows& mut() {
        if (!m_rows) m_rows = std::make_shared<Rows>();
        else if (m_rows.use_count() > 1) m_rows = std::make_shared<Rows>(*m_rows);
        return *m_rows;
    }

    iterator begin() { return mut().begin(); }
    iterator end() { return mut().end(); }
    T& operator[](size_type i) { return mut()[i]; }
    T& at(size_type i) { return mut().at(i); }
    T& front() { return mut().front(); }
    T& back() { return mut().back(); }
    T* data() { return mut().data(); }

    void push_back(const T& x) { mut().push_back(x); }
    void push_back(T&& x) { mut().push_back(std::move(x)); }
    template <class... Args>
    T& emplace_back(Args&&... args) {
        return mut().emplace_back(std::forward<Args>(args)...);
    }
    void pop_back() { mut().pop_back(); }
    // Positions may come from either kind of iterator: they are turned into indexes before the
    // rows are made this table's own (which would leave an iterator into the shared rows behind).
    iterator insert(const_iterator pos, const T& x) {
        const auto at = pos - get().cbegin();
        Rows& rows = mut();
        return rows.insert(rows.cbegin() + at, x);
    }
    iterator insert(const_iterator pos, T&& x) {
        const auto at = pos - get().cbegin();
        Rows& rows = mut();
        return rows.insert(rows.cbegin() + at, std::move(x));
    }
    template <class It>
    iterator insert(const_iterator pos, It first, It last) {
        const auto at = pos - get().cbegin();
        Rows& rows = mut();
        return rows.insert(rows.cbegin() + at, first, last);
    }
    iterator erase(const_iterator pos) {
        const auto at = pos - get().cbegin();
        Rows& rows = mut();
        return rows.erase(rows.cbegin() + at);
    }
    iterator erase(const_iterator first, const_iterator last) {
        const auto from = first - get().cbegin();
        const auto to = last - get().cbegin();
        Rows& rows = mut();
        return rows.erase(rows.cbegin() + from, rows.cbegin() + to);
    }
    // Emptying shared rows needs no copy of them.
    void clear() {
        if (m_rows && m_rows.use_count() > 1) m_rows.reset();
        else if (m_rows) m_rows->clear();
    }
    void reserve(size_type n) { mut().reserve(n); }
    void resize(size_type n) { mut().resize(n); }
    void resize(size_type n, const T& x) { mut().resize(n, x); }
    void shrink_to_fit() { mut().shrink_to_fit(); }
    template <class It>
    void assign(It first, It last) {
        *this = Rows(first, last);
    }
    void swap(SharedTable& other) noexcept { m_rows.swap(other.m_rows); }

    friend bool operator==(const SharedTable& a, const SharedTable& b) {
        return a.m_rows == b.m_rows || a.get() == b.get();
    }
    friend bool operator!=(const SharedTable& a, const SharedTable& b) { return !(a == b); }
    friend bool operator==(const SharedTable& a, const Rows& b) { return a.get() == b; }
    friend bool operator==(const Rows& a, const SharedTable& b) { return a == b.get(); }
    friend bool operator!=(const SharedTable& a, const Rows& b) { return !(a == b); }
    friend bool operator!=(const Rows& a, const SharedTable& b) { return !(a == b); }

  private:
    static const Rows& noRows() {
        static const Rows none;
        return none;
    }

    // Null is an empty table (default-constructed, moved from or cleared while shared), so
    // those cost no allocation.
    std::shared_ptr<Rows> m_rows;
};

// The rows of a list, whichever kind it is: for generic code that reads lists of both kinds.
template <class T>
const std::vector<T>& rowsOf(const std::vector<T>& rows) {
    return rows;
}
template <class T>
const std::vector<T>& rowsOf(const SharedTable<T>& rows) {
    return rows.get();
}

}  // namespace sc
