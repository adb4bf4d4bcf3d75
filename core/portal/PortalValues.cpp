#include "PortalValues.h"

#include "PortalTr.h"

#include <QRegularExpression>

namespace ClaimDesk {

namespace {

const QString ServiceDate = QStringLiteral("service_date");
const QString ServiceDateBe = QStringLiteral("service_date_be");

// One "{...}" of a template: the name and the date format after a colon.
struct Placeholder
{
    QString name;
    QString format;
};

bool isDateFormat(const QString& format)
{
    static const QRegularExpression allowed(QStringLiteral("^[dMy./\\- ]+$"));
    return allowed.match(format).hasMatch();
}

// Walks the template, handing literal text and placeholders to the callbacks;
// fails on an unmatched brace.
Status walk(const QString& text, const std::function<void(const QString&)>& literal,
    const std::function<Status(const Placeholder&)>& placeholder)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if ((c == u'{' || c == u'}') && i + 1 < text.size() && text.at(i + 1) == c) {
            literal(QString(c));
            i += 2;
            continue;
        }
        if (c == u'}')
            return Status::failure(PortalTr::tr("a '}' without its '{' in \"%1\"").arg(text));
        if (c != u'{') {
            literal(QString(c));
            ++i;
            continue;
        }
        const qsizetype end = text.indexOf(u'}', i);
        if (end < 0)
            return Status::failure(PortalTr::tr("a '{' without its '}' in \"%1\"").arg(text));
        const QString inside = text.mid(i + 1, end - i - 1);
        const qsizetype colon = inside.indexOf(u':');
        Placeholder p { colon < 0 ? inside : inside.left(colon),
            colon < 0 ? QString() : inside.mid(colon + 1) };
        if (auto s = placeholder(p); !s)
            return s;
        i = end + 1;
    }
    return {};
}

Status checkPlaceholder(const Placeholder& p)
{
    if (!PortalValues::names().contains(p.name))
        return Status::failure(PortalTr::tr("unknown value {%1}; a template may use %2")
                                   .arg(p.name, PortalValues::names().join(QStringLiteral(", "))));
    const bool isDate = p.name == ServiceDate || p.name == ServiceDateBe;
    if (!p.format.isEmpty() && !isDate)
        return Status::failure(PortalTr::tr("{%1} takes no format").arg(p.name));
    if (isDate && !p.format.isEmpty() && !isDateFormat(p.format))
        return Status::failure(
            PortalTr::tr("the date format \"%1\" may use only d, M, y, '.', '/', '-' and spaces")
                .arg(p.format));
    return {};
}

} // namespace

const QStringList& PortalValues::names()
{
    static const QStringList all { QStringLiteral("claim_id"), QStringLiteral("claim_type"),
        QStringLiteral("claimant_name"), QStringLiteral("national_id"),
        QStringLiteral("policy_number"), ServiceDate, ServiceDateBe, QStringLiteral("provider"),
        QStringLiteral("diagnosis"), QStringLiteral("amount"), QStringLiteral("currency"),
        QStringLiteral("treatment_notes"), QStringLiteral("login"), QStringLiteral("password") };
    return all;
}

Status PortalValues::check(const QString& templateText)
{
    return walk(
        templateText, [](const QString&) {}, checkPlaceholder);
}

Result<QString> PortalValues::fill(const QString& templateText) const
{
    QString out;
    const Status s = walk(
        templateText, [&](const QString& literal) { out += literal; },
        [&](const Placeholder& p) -> Status {
            if (auto checked = checkPlaceholder(p); !checked)
                return checked;
            if (p.name != ServiceDate && p.name != ServiceDateBe) {
                out += m_text.value(p.name);
                return {};
            }
            if (!m_serviceDate.isValid())
                return Status::failure(PortalTr::tr("the claim has no service date"));
            QString format = p.format.isEmpty() ? QStringLiteral("yyyy-MM-dd") : p.format;
            if (p.name == ServiceDateBe) {
                // The year as a literal: the date itself stays (29 February is kept).
                const QString year = QString::number(m_serviceDate.year() + 543);
                format.replace(QLatin1String("yyyy"), u'\'' + year + u'\'');
                format.replace(QLatin1String("yy"), u'\'' + year.right(2) + u'\'');
            }
            out += m_serviceDate.toString(format);
            return {};
        });
    if (!s)
        return Result<QString>::failure(s.errorDetail());
    return out;
}

} // namespace ClaimDesk
