#include "PriceTable.h"

#include "llm/LlmTr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

namespace ClaimDesk {

void PriceTable::setPrice(const QString& model, Price price)
{
    m_prices.insert(model, price);
}

std::optional<PriceTable::Price> PriceTable::priceOf(const QString& model) const
{
    if (auto it = m_prices.constFind(model); it != m_prices.cend())
        return *it;
    std::optional<Price> best;
    qsizetype bestLength = 0;
    for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it) {
        if (!it.key().isEmpty() && model.startsWith(it.key()) && it.key().size() > bestLength) {
            best = it.value();
            bestLength = it.key().size();
        }
    }
    return best;
}

qint64 PriceTable::costMicros(const QString& model, qint64 tokensIn, qint64 tokensOut) const
{
    const auto price = priceOf(model);
    if (!price)
        return 0;
    // tokens * micro-units per million tokens / 1e6, half up. Stays within 64 bits
    // for any realistic count (1e9 tokens at 1e9 micro-units per million).
    const qint64 scaled = tokensIn * price->inPerMillion + tokensOut * price->outPerMillion;
    return (scaled + 500'000) / 1'000'000;
}

std::optional<qint64> PriceTable::parseAmount(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,9})(?:\\.(\\d{1,6}))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(2);
    fraction = fraction.leftJustified(6, u'0');
    return m.captured(1).toLongLong() * 1'000'000 + fraction.toLongLong();
}

QString PriceTable::formatMicros(qint64 micros)
{
    const bool negative = micros < 0;
    const qint64 v = negative ? -micros : micros;
    QString fraction = QStringLiteral("%1").arg(v % 1'000'000, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(v / 1'000'000) + u'.'
        + fraction;
}

std::optional<PriceTable> PriceTable::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<PriceTable> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(
            LlmTr::tr("the price table is not a JSON object (%1)").arg(parseError.errorString()));
    PriceTable table;
    const QJsonObject root = doc.object();
    if (root.contains(u"currency"))
        table.setCurrency(root.value(u"currency").toString());
    const QJsonObject models = root.value(u"models").toObject();
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        const auto in = parseAmount(p.value(u"in").toString());
        const auto out = parseAmount(p.value(u"out").toString());
        if (!in || !out)
            return fail(LlmTr::tr(
                "the price of %1 needs \"in\" and \"out\" as decimal strings such as \"2.50\"")
                            .arg(it.key()));
        table.setPrice(it.key(), { *in, *out });
    }
    return table;
}

QByteArray PriceTable::toJson() const
{
    QJsonObject models;
    for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it)
        models.insert(it.key(),
            QJsonObject { { QStringLiteral("in"), formatMicros(it->inPerMillion) },
                { QStringLiteral("out"), formatMicros(it->outPerMillion) } });
    return QJsonDocument(QJsonObject { { QStringLiteral("currency"), m_currency },
                             { QStringLiteral("models"), models } })
        .toJson(QJsonDocument::Compact);
}

PriceTable PriceTable::load(const QSettings& settings)
{
    const QByteArray json = settings.value(QStringLiteral("llm/prices")).toByteArray();
    if (json.isEmpty())
        return {};
    return fromJson(json).value_or(PriceTable());
}

void PriceTable::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("llm/prices"), toJson());
}

} // namespace ClaimDesk
