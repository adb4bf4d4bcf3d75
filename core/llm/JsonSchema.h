#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ClaimDesk {

// Checks a model's answer against the JSON Schema its request asked for. Covers
// the subset our schemas use: type (one or a list), properties, required,
// additionalProperties: false, items, enum, minimum, maximum, minLength,
// maxLength, maxItems. Written here rather than taken from a library because
// Debian 12 packages no JSON Schema validator for QJsonValue, and the subset is
// small; unknown keywords are ignored, as the standard says.
namespace JsonSchema {

// Empty when `value` fits; otherwise the first problem with its JSON path
// ("$.items[2].amount: expected a number").
QString check(const QJsonValue& value, const QJsonObject& schema);

// The JSON value in a model's text answer: the whole text, or the first fenced
// ```json block, or the outermost {...} / [...] span. Fails with a message when
// none parses.
Result<QJsonValue> parseAnswer(const QString& text);

} // namespace JsonSchema
} // namespace ClaimDesk
