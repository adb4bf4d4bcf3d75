#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace ClaimDesk {

// What kind of failure an Error is, for callers that act on it (a front end
// offers the conflict dialog on Conflict, another file on Damaged); the message
// is for people either way.
enum class ErrorKind
{
    Failed, // anything else
    Conflict, // someone changed it first; currentVersion says to which version
    NotFound, // the claim, document or record asked for does not exist
    Forbidden, // the login may not do this
    Unauthenticated, // the server wants the login's password, or refused the one given
    Invalid, // the input is wrong; field names which
    Unavailable, // the book or a server cannot be reached now (locked, down)
    Damaged, // what is stored cannot be read as ClaimDesk's
};

// A failure: a translated message that names what was wrong, and its kind.
struct Error
{
    ErrorKind kind = ErrorKind::Failed;
    QString message;
    QString field; // Invalid: the field at fault
    int currentVersion = -1; // Conflict: the version now stored

    static Error conflict(QString message, int currentVersion)
    {
        return { ErrorKind::Conflict, std::move(message), {}, currentVersion };
    }
    static Error invalid(QString message, QString field)
    {
        return { ErrorKind::Invalid, std::move(message), std::move(field), -1 };
    }
    static Error of(ErrorKind kind, QString message)
    {
        return { kind, std::move(message), {}, -1 };
    }
};

// The one way core APIs report failure: a value, or an Error. Errors that cross
// threads travel as their message in a signal.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    static Result failure(QString message)
    {
        return failure(Error { ErrorKind::Failed, std::move(message), {}, -1 });
    }
    static Result failure(Error error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error.message; }
    ErrorKind errorKind() const { return m_error.kind; }
    const Error& errorDetail() const { return m_error; }

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
    Error m_error;
};

// Result of an operation that yields nothing but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        return failure(Error { ErrorKind::Failed, std::move(message), {}, -1 });
    }
    static Status failure(Error error)
    {
        Status s;
        s.m_error = std::move(error);
        s.m_failed = true;
        return s;
    }
    template<typename T>
    static Status from(const Result<T>& r)
    {
        return r.ok() ? Status() : failure(r.errorDetail());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error.message; }
    ErrorKind errorKind() const { return m_error.kind; }
    const Error& errorDetail() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace ClaimDesk
