// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eiderror.h"

#include <optional>
#include <utility>

namespace eid {

/** Either a value or an Error: how every fallible call of the library reports. */
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/** Success or an Error, for calls without a value. */
using Status = std::optional<Error>;

} // namespace eid
