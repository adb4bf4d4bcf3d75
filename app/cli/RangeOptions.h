#pragma once

#include "stats/ManagerFigures.h"
#include "util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace ClaimDesk::Cli {

// --from, --to and --type, shared by the commands that report over claims
// created in a range (stats, export csv). Days are local calendar days.
class RangeOptions final
{
public:
    // defaultDays: the range when --from is not given (0: from the beginning).
    explicit RangeOptions(int defaultDays);
    void addTo(QCommandLineParser& parser) const;
    // The range as the manager figures take it; a usage error names the bad option.
    Result<FigureFilter> filter(const QCommandLineParser& parser) const;
    bool isRangeSet(const QCommandLineParser& parser) const;

private:
    int m_defaultDays;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_type;
};

} // namespace ClaimDesk::Cli
