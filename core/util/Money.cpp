#include "Money.h"

#include <charconv>
#include <limits>

namespace ClaimDesk {

namespace {

// 128-bit intermediates: amount x rate x factor never overflows. GCC and Clang
// provide the type; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

constexpr std::int64_t Max = std::numeric_limits<std::int64_t>::max() / 100;

// Parses a JSON-style decimal into an integer scaled by 10^scale, rounding half
// away from zero. The digits are kept as text until the end so nothing is lost.
std::optional<std::int64_t> parseScaled(std::string_view s, int scale)
{
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
        negative = s[i] == '-';
        ++i;
    }
    // Collect significant digits and where the decimal point falls.
    Int128 mantissa = 0;
    int fractionDigits = 0;
    int digits = 0;
    bool seenPoint = false;
    bool any = false;
    int roundDigit = -1; // the first digit dropped: half away from zero looks at it alone
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9')
            break;
        any = true;
        if (digits >= 36) { // far beyond any real amount; later decimals cannot matter
            if (!seenPoint)
                return std::nullopt;
            continue;
        }
        mantissa = mantissa * 10 + (c - '0');
        ++digits;
        if (seenPoint)
            ++fractionDigits;
    }
    if (!any)
        return std::nullopt;
    int exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        int e = 0;
        auto [ptr, ec]
            = std::from_chars(s.data() + i + (i < s.size() && s[i] == '+'), s.data() + s.size(), e);
        if (ec != std::errc() || ptr != s.data() + s.size() || e > 30 || e < -30)
            return std::nullopt;
        exponent = e;
        i = s.size();
    }
    if (i != s.size())
        return std::nullopt;
    // value = mantissa * 10^(exponent - fractionDigits); we want value * 10^scale.
    int shift = exponent - fractionDigits + scale;
    while (shift > 0) {
        mantissa *= 10;
        if (mantissa > Max * 100)
            return std::nullopt;
        --shift;
    }
    while (shift < 0) {
        roundDigit = static_cast<int>(mantissa % 10);
        mantissa /= 10;
        ++shift;
    }
    if (roundDigit >= 5)
        mantissa += 1;
    if (mantissa > std::numeric_limits<std::int64_t>::max())
        return std::nullopt;
    const auto v = static_cast<std::int64_t>(mantissa);
    return negative ? -v : v;
}

void appendFixed(std::string& out, std::int64_t value, std::int64_t scale, int decimals)
{
    if (value < 0) {
        out.push_back('-');
    }
    const unsigned long long abs = value < 0 ? 0ULL - static_cast<unsigned long long>(value)
                                             : static_cast<unsigned long long>(value);
    char buf[32];
    auto [end, ec]
        = std::to_chars(buf, buf + sizeof buf, abs / static_cast<unsigned long long>(scale));
    (void)ec;
    out.append(buf, end);
    out.push_back('.');
    unsigned long long frac = abs % static_cast<unsigned long long>(scale);
    char digits[8];
    for (int k = decimals - 1; k >= 0; --k) {
        digits[k] = static_cast<char>('0' + frac % 10);
        frac /= 10;
    }
    out.append(digits, static_cast<std::size_t>(decimals));
}

} // namespace

std::optional<Money> Money::parse(std::string_view text)
{
    if (auto v = parseScaled(text, 2); v && *v <= Max * 100)
        return Money(*v);
    return std::nullopt;
}

std::optional<Money> Money::parse(const QString& text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    return parse(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

QString Money::toString() const
{
    std::string s;
    appendTo(s);
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QString Money::toDisplayString() const
{
    QString plain = toString();
    const bool negative = plain.startsWith(u'-');
    qsizetype point = plain.indexOf(u'.');
    for (qsizetype i = point - 3; i > (negative ? 1 : 0); i -= 3)
        plain.insert(i, u',');
    return plain;
}

void Money::appendTo(std::string& out) const
{
    appendFixed(out, m_cents, 100, 2);
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    const Int128 product = static_cast<Int128>(m_cents) * numerator;
    const Int128 absProduct = product < 0 ? -product : product;
    Int128 q = absProduct / denominator;
    if ((absProduct % denominator) * 2 >= denominator)
        ++q; // half away from zero
    return Money(static_cast<std::int64_t>(product < 0 ? -q : q));
}

std::optional<Rate> Rate::parse(std::string_view text)
{
    if (auto v = parseScaled(text, 4))
        return Rate { *v };
    return std::nullopt;
}

QString Rate::toString() const
{
    std::string s;
    appendFixed(s, parts, Scale, 4);
    // 0.8000 -> 0.80: keep at least two decimals.
    while (s.size() > 4 && s.back() == '0' && s[s.size() - 3] != '.')
        s.pop_back();
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace ClaimDesk
