#include "RangeOptions.h"

#include "CliTr.h"
#include "util/InputLimits.h"

#include <QCoreApplication>

namespace ClaimDesk::Cli {

namespace { } // namespace

RangeOptions::RangeOptions(int defaultDays)
    : m_defaultDays(defaultDays)
    , m_from(QStringLiteral("from"), CliTr::tr("First day of creation (YYYY-MM-DD)."),
          QStringLiteral("DATE"))
    , m_to(QStringLiteral("to"), CliTr::tr("Last day of creation (YYYY-MM-DD, default today)."),
          QStringLiteral("DATE"))
    , m_type(QStringLiteral("type"), CliTr::tr("Only claims of this type (H or CD)."),
          QStringLiteral("T"))
{ }

void RangeOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({ m_from, m_to, m_type });
}

bool RangeOptions::isRangeSet(const QCommandLineParser& parser) const
{
    return parser.isSet(m_from) || parser.isSet(m_to);
}

Result<FigureFilter> RangeOptions::filter(const QCommandLineParser& parser) const
{
    using R = Result<FigureFilter>;
    FigureFilter f = FigureFilter::lastDays(m_defaultDays, QDateTime::currentDateTime());
    if (parser.isSet(m_to)) {
        f.to = QDate::fromString(parser.value(m_to), Qt::ISODate);
        if (!f.to.isValid())
            return R::failure(
                CliTr::tr("--to takes a date YYYY-MM-DD, not \"%1\"").arg(parser.value(m_to)));
        f.from = f.to.addDays(-(m_defaultDays - 1));
    }
    if (parser.isSet(m_from)) {
        f.from = QDate::fromString(parser.value(m_from), Qt::ISODate);
        if (!f.from.isValid())
            return R::failure(
                CliTr::tr("--from takes a date YYYY-MM-DD, not \"%1\"").arg(parser.value(m_from)));
    }
    if (f.to < f.from)
        return R::failure(CliTr::tr("--from (%1) is after --to (%2)")
                              .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    if (f.from.daysTo(f.to) >= InputLimits::StatsRangeDays)
        return R::failure(CliTr::tr("--from %1 to --to %2 is longer than the limit of %3 days")
                              .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate))
                              .arg(InputLimits::StatsRangeDays));
    if (parser.isSet(m_type)) {
        f.type = claimTypeFromCode(parser.value(m_type).toUpper());
        if (!f.type)
            return R::failure(
                CliTr::tr("--type takes H or CD, not \"%1\"").arg(parser.value(m_type)));
    }
    return f;
}

} // namespace ClaimDesk::Cli
