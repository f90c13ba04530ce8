// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace taktflow::core {

/**
 * A value, or the translated message saying why there is none: the one way core/ returns an
 * expected failure together with a value (FileResult is the same without a value).
 */
template<typename T>
struct ValueResult {
    std::optional<T> value;
    /** SQLite's or a translated message when there is no value. */
    QString message;

    static ValueResult failure(QString text) { return {std::nullopt, std::move(text)}; }
    explicit operator bool() const { return value.has_value(); }
    T &operator*() { return *value; }
    const T &operator*() const { return *value; }
    T *operator->() { return &*value; }
    const T *operator->() const { return &*value; }
};

} // namespace taktflow::core
