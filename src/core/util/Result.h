#pragma once

#include "util/Diagnostic.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace strongtrust {

// Either a value or the problems that prevented it. The core returns these
// instead of throwing or showing anything; the surfaces decide how to present.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Diagnostics errors) : m_errors(std::move(errors)) { }
    Result(Diagnostic error) : m_errors { std::move(error) } { }

    // Any other result as a Status: its problems, or success with the value dropped.
    template <typename U>
    requires(std::is_same_v<T, std::monostate> && !std::is_same_v<U, std::monostate>)
        Result(const Result<U> &other)
        : m_errors(other.errors())
    {
        if (other.ok())
            m_value.emplace();
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }

    const Diagnostics &errors() const { return m_errors; }
    // All problems, one a line: what a command prints and a banner shows.
    QString errorText() const { return joinDiagnostics(m_errors); }

private:
    std::optional<T> m_value;
    Diagnostics m_errors;
};

// A result that carries no value, only success or the reasons for failure.
using Status = Result<std::monostate>;
inline Status success()
{
    return Status(std::monostate {});
}

} // namespace strongtrust
