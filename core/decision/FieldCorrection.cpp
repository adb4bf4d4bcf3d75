#include "FieldCorrection.h"

#include "decision/DecisionTr.h"
#include "domain/FieldLabels.h"
#include "extract/FieldParsers.h"

#include <QCoreApplication>

namespace ClaimDesk::FieldCorrection {

namespace {

Error invalid(const QString& fieldName, QString message)
{
    return Error::invalid(std::move(message), fieldName);
}

bool isAmountField(const QString& name)
{
    return name == u"total" || name.endsWith(u"amount") || name.endsWith(u"_total")
        || name == u"subtotal";
}

bool isDateField(const QString& name)
{
    return name == u"date" || name.endsWith(u"_date") || name == u"date_of_birth";
}

} // namespace

Result<QString> normalise(const QString& fieldName, const QString& typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QString(); // clearing a misread value is a correction too
    if (isAmountField(fieldName)) {
        const auto amount = FieldParsers::parseAmount(text);
        if (!amount)
            return Result<QString>::failure(invalid(fieldName,
                DecisionTr::tr("%1: \"%2\" is not an amount (for example 1,250.00)")
                    .arg(fieldLabel(fieldName), text)));
        return amount->toString();
    }
    if (isDateField(fieldName)) {
        const auto date = FieldParsers::parseDate(text);
        if (!date)
            return Result<QString>::failure(invalid(fieldName,
                DecisionTr::tr("%1: \"%2\" is not a date (for example 2026-11-21 or 21/11/2569)")
                    .arg(fieldLabel(fieldName), text)));
        return date->toString(Qt::ISODate);
    }
    if (fieldName == u"citizen_id") {
        const auto id = FieldParsers::findNationalId(text);
        if (!id || !id->valid || id->repaired)
            return Result<QString>::failure(invalid(fieldName,
                DecisionTr::tr(
                    "%1: \"%2\" is not a valid 13-digit national ID (its check digit does not "
                    "match)")
                    .arg(fieldLabel(fieldName), text)));
        return id->digits;
    }
    return text;
}

} // namespace ClaimDesk::FieldCorrection
