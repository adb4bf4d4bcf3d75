#pragma once

#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ClaimDesk {

// The values a recipe's templates name, for one claim and one login:
// "{claim_id}", "{amount}", "{service_date:dd.MM.yyyy}" (any Qt date format of
// d, M and y), "{service_date_be:dd/MM/yyyy}" (the year in the Buddhist era).
// "{{" and "}}" are braces. Any thread.
class PortalValues final
{
public:
    // Every name a template may use, in the order docs/portal-recipes.md lists them.
    static const QStringList& names();
    // Refuses a template naming a value that is not one of names(), or a date
    // format with letters other than d, M and y; the reason names it.
    static Status check(const QString& templateText);

    void set(const QString& name, const QString& value) { m_text.insert(name, value); }
    void setServiceDate(const QDate& date) { m_serviceDate = date; }
    QString value(const QString& name) const { return m_text.value(name); }

    // The template with every value put in (checked first: a failure says why).
    Result<QString> fill(const QString& templateText) const;

private:
    QHash<QString, QString> m_text;
    QDate m_serviceDate;
};

} // namespace ClaimDesk
