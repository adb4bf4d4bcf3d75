#pragma once

#include <QString>
#include <QtGlobal>
#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ClaimDesk {

// An exact amount of money in integer cents (satang, sen). Never a double.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }
    static constexpr Money fromUnits(std::int64_t units) { return Money(units * 100); }

    // Parses a decimal such as "1355", "-12.5", "9.005" or "1.2e3" exactly.
    // More than two decimals are rounded half away from zero to the cent.
    // Returns nothing for text that is not a plain decimal number or overflows.
    static std::optional<Money> parse(std::string_view text);
    static std::optional<Money> parse(const QString& text);

    constexpr qint64 cents() const { return m_cents; }

    // "1355.00", "-0.50": plain, dot decimal, no grouping (machine output).
    QString toString() const;
    // "50,000.00": grouped for people; the digits stay exact.
    QString toDisplayString() const;
    // Appends the plain form to a byte buffer without allocating a QString.
    void appendTo(std::string& out) const;

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money& operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    // amount x (numerator / denominator), rounded half away from zero to the cent.
    Money scaled(std::int64_t numerator, std::int64_t denominator) const;

private:
    constexpr explicit Money(std::int64_t cents)
        : m_cents(cents)
    { }
    std::int64_t m_cents = 0;
};

// An exact rate such as 0.80, kept in parts per ten thousand.
struct Rate
{
    static constexpr std::int64_t Scale = 10000;
    std::int64_t parts = Scale;

    static std::optional<Rate> parse(std::string_view text);
    QString toString() const;
    friend constexpr bool operator==(Rate, Rate) = default;
};

} // namespace ClaimDesk
