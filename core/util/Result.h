#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace ClaimDesk {

// The one way core APIs report failure: a value, or a translated message that
// names what was wrong. Errors that cross threads travel as this message in a signal.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const T& operator*() const& { return *m_value; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// Result of an operation that yields nothing but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    template<typename T>
    static Status from(const Result<T>& r)
    {
        return r.ok() ? Status() : failure(r.error());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace ClaimDesk
