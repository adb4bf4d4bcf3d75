#include "JsonSchema.h"

#include "llm/LlmTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace ClaimDesk::JsonSchema {

namespace {

bool hasType(const QJsonValue& v, const QString& type)
{
    if (type == u"object")
        return v.isObject();
    if (type == u"array")
        return v.isArray();
    if (type == u"string")
        return v.isString();
    if (type == u"number")
        return v.isDouble();
    if (type == u"integer")
        return v.isDouble() && std::trunc(v.toDouble()) == v.toDouble();
    if (type == u"boolean")
        return v.isBool();
    if (type == u"null")
        return v.isNull();
    return true;
}

QString checkAt(const QJsonValue& v, const QJsonObject& schema, const QString& path)
{
    if (schema.contains(u"type")) {
        const QJsonValue t = schema.value(u"type");
        QStringList types;
        if (t.isArray()) {
            for (const QJsonValue& x : t.toArray())
                types << x.toString();
        } else {
            types << t.toString();
        }
        bool any = false;
        for (const QString& type : types)
            any = any || hasType(v, type);
        if (!any)
            return LlmTr::tr("%1: expected %2").arg(path, types.join(QStringLiteral(" or ")));
    }
    if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(v))
        return LlmTr::tr("%1: %2 is not one of %3")
            .arg(path,
                QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1),
                QString::fromUtf8(
                    QJsonDocument(schema.value(u"enum").toArray()).toJson(QJsonDocument::Compact)));
    if (v.isDouble()) {
        if (schema.contains(u"minimum") && v.toDouble() < schema.value(u"minimum").toDouble())
            return LlmTr::tr("%1: below the minimum %2")
                .arg(path)
                .arg(schema.value(u"minimum").toDouble());
        if (schema.contains(u"maximum") && v.toDouble() > schema.value(u"maximum").toDouble())
            return LlmTr::tr("%1: above the maximum %2")
                .arg(path)
                .arg(schema.value(u"maximum").toDouble());
    }
    if (v.isString()) {
        const qsizetype n = v.toString().size();
        if (schema.contains(u"minLength") && n < schema.value(u"minLength").toInt())
            return LlmTr::tr("%1: shorter than %2 characters")
                .arg(path)
                .arg(schema.value(u"minLength").toInt());
        if (schema.contains(u"maxLength") && n > schema.value(u"maxLength").toInt())
            return LlmTr::tr("%1: longer than %2 characters")
                .arg(path)
                .arg(schema.value(u"maxLength").toInt());
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (schema.contains(u"maxItems") && a.size() > schema.value(u"maxItems").toInt())
            return LlmTr::tr("%1: more than %2 items")
                .arg(path)
                .arg(schema.value(u"maxItems").toInt());
        const QJsonObject items = schema.value(u"items").toObject();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString e = checkAt(a.at(i), items, path + QStringLiteral("[%1]").arg(i));
            if (!e.isEmpty())
                return e;
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QJsonObject props = schema.value(u"properties").toObject();
        for (const QJsonValue& r : schema.value(u"required").toArray()) {
            if (!o.contains(r.toString()))
                return LlmTr::tr("%1: the required field \"%2\" is missing")
                    .arg(path, r.toString());
        }
        const bool closed = schema.value(u"additionalProperties") == QJsonValue(false);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString sub = path + u'.' + it.key();
            if (props.contains(it.key())) {
                const QString e = checkAt(it.value(), props.value(it.key()).toObject(), sub);
                if (!e.isEmpty())
                    return e;
            } else if (closed) {
                return LlmTr::tr("%1: a field that is not in the schema").arg(sub);
            }
        }
    }
    return {};
}

std::optional<QJsonValue> parse(const QString& text)
{
    QJsonParseError error;
    // Wrapped in an array so that scalars parse too.
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray("[") + text.trimmed().toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

} // namespace

QString check(const QJsonValue& value, const QJsonObject& schema)
{
    return checkAt(value, schema, QStringLiteral("$"));
}

Result<QJsonValue> parseAnswer(const QString& text)
{
    if (auto v = parse(text))
        return *v;
    static const QRegularExpression fence(QStringLiteral("```(?:json)?\\s*\\n(.*?)```"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = fence.match(text); m.hasMatch()) {
        if (auto v = parse(m.captured(1)))
            return *v;
    }
    for (auto [open, close] : { std::pair { u'{', u'}' }, std::pair { u'[', u']' } }) {
        const qsizetype from = text.indexOf(open);
        const qsizetype to = text.lastIndexOf(close);
        if (from >= 0 && to > from) {
            if (auto v = parse(text.mid(from, to - from + 1)))
                return *v;
        }
    }
    return Result<QJsonValue>::failure(LlmTr::tr("the answer is not JSON"));
}

} // namespace ClaimDesk::JsonSchema
