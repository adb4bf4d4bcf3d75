#pragma once

#include "domain/ClaimQuery.h"
#include "domain/ClaimTypes.h"
#include "storage/Database.h"
#include "util/Money.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QTimeZone>
#include <array>
#include <optional>

namespace ClaimDesk {

// Which claims the manager figures are about: those created on the days
// [from, to] (both inclusive, in `zone`), optionally of one type.
struct FigureFilter
{
    QDate from;
    QDate to;
    std::optional<ClaimType> type;
    QTimeZone zone = QTimeZone::systemTimeZone();
    // Backlog ages are counted up to this day (injected so tests fix it).
    QDate today;

    // The last `days` days up to and including today: the manager area's default.
    static FigureFilter lastDays(
        int days, const QDateTime& now, const QTimeZone& zone = QTimeZone::systemTimeZone());

    QDateTime startOf(const QDate& day) const { return day.startOfDay(zone); }
    // The claims the figures count, as a triage-queue query (for "open these").
    ClaimQuery claimQuery() const;
    // The same, narrowed to the claims created on one day.
    ClaimQuery claimQuery(const QDate& day) const;
    // Narrowed to the claims created from `first` to `last`, both days included.
    ClaimQuery claimQuery(const QDate& first, const QDate& last) const;
    // The open claims of one backlog age band (empty range if the band lies
    // outside the filter's days).
    ClaimQuery backlogQuery(int ageBand) const;
};

// Open claims by how long they have waited since creation.
enum class BacklogAge
{
    UpToOneDay, // 0-1 days
    TwoToThreeDays,
    FourToSevenDays,
    EightToFourteenDays,
    FifteenToThirtyDays,
    OverThirtyDays
};
constexpr int BacklogAgeCount = 6;
QString backlogAgeLabel(BacklogAge age); // translated, "8-14 days"
// The band's ages in days, both included; the last band's upper bound is huge.
std::pair<int, int> backlogAgeDays(BacklogAge age);
BacklogAge backlogAgeOf(qint64 days);

struct DailyFigures
{
    QDate date;
    std::array<qint64, 2> claims {}; // by ClaimType
    std::array<Money, 2> paid {}; // reimbursement of the day's claims now Paid
};

// Everything the manager area shows, computed in SQL over the claims created in
// the filter's range. `claimdesk-cli stats` prints these same numbers.
struct ManagerFigures
{
    FigureFilter filter;
    qint64 totalClaims = 0;
    QList<DailyFigures> daily; // every day of the range, oldest first, zeros included
    std::array<Money, 2> paidTotal {}; // by ClaimType; claims in status Paid only
    std::array<qint64, ClaimStatusCount> byStatus {};
    std::array<qint64, static_cast<int>(FinalDecision::Quarantine) + 1> byDecision {};
    qint64 undecided = 0;
    std::array<qint64, static_cast<int>(RiskLevel::High) + 1> byRisk {};
    std::array<qint64, BacklogAgeCount> backlogByAge {};
    qint64 usefulDocuments = 0;
    qint64 notUsefulDocuments = 0;
    qint64 responses = 0; // measured replies to customers
    qint64 responseMsTotal = 0;
    // Language-model calls made in the range (from the cost ledger); with a type
    // filter, only the calls about claims of that type.
    qint64 modelCalls = 0;
    qint64 modelTokens = 0;
    qint64 modelCostMicros = 0; // in the price table's currency

    qint64 backlog() const; // open claims (Submitted, Under Review, Pending)
    qint64 decided() const;
    // Percentages rounded to two decimals; nothing when there is nothing to divide.
    std::optional<double> accuracyRate() const; // useful / marked documents
    std::optional<double> autoApprovalRate() const; // AUTO_APPROVE / decided claims
    std::optional<qint64> averageResponseMs() const;

    // The `stats --json` document (see spec/cli.md), plus the chart breakdowns.
    QJsonObject toJson() const;

    // Reads the figures. The claims are read one day at a time on the covering
    // index claims_figures, so the cost grows with the claims in the range, not
    // with the book.
    static Result<ManagerFigures> compute(const Database& db, const FigureFilter& filter);
};

// Rounds numerator / denominator x 100 to two decimals, exactly.
std::optional<double> percentage(qint64 numerator, qint64 denominator);

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::ManagerFigures)
