#pragma once

#include <QMap>
#include <QString>
#include <optional>

class QSettings;

namespace ClaimDesk {

// What models cost, per million tokens in and out, as the office enters it in
// settings ("llm/prices"). Amounts are exact: micro-units of the currency
// (1 USD = 1,000,000), since a single call costs fractions of a cent.
class PriceTable final
{
public:
    struct Price
    {
        qint64 inPerMillion = 0; // micro-units per million input tokens
        qint64 outPerMillion = 0;
    };

    void setPrice(const QString& model, Price price);
    // The price of `model`: an exact entry, else the longest entry the name starts
    // with ("gpt-4o" prices "gpt-4o-2024-08-06"); nullopt when none fits.
    std::optional<Price> priceOf(const QString& model) const;
    // Cost in micro-units, rounded half up; 0 for a model without a price.
    qint64 costMicros(const QString& model, qint64 tokensIn, qint64 tokensOut) const;

    QString currency() const { return m_currency; }
    void setCurrency(const QString& code) { m_currency = code; }
    const QMap<QString, Price>& prices() const { return m_prices; }

    // "2.50" -> 2500000; up to six decimals; nullopt for anything else.
    static std::optional<qint64> parseAmount(const QString& text);
    // 2500 -> "0.0025" (trailing zeros dropped, at least two decimals).
    static QString formatMicros(qint64 micros);

    // Stored as JSON: {"currency": "USD", "models": {"gpt-4o": {"in": "2.50", "out": "10.00"}}}.
    static PriceTable load(const QSettings& settings);
    void save(QSettings& settings) const;
    static std::optional<PriceTable> fromJson(const QByteArray& json, QString* error = nullptr);
    QByteArray toJson() const;

private:
    QMap<QString, Price> m_prices;
    QString m_currency = QStringLiteral("USD");
};

} // namespace ClaimDesk
