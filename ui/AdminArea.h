#pragma once

#include "WorkArea.h"
#include "decision/DecisionEngine.h"
#include "domain/DatabaseLocation.h"
#include "domain/LlmUsage.h"
#include "logging/LogEntry.h"
#include "util/Result.h"

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ClaimDesk {

class AdminBook;
struct UsageReading;
class BookCountsJob;
class LlmSession;
class PolicyLibraryPage;
class TeamUsersPage;
class PortalsPage;

// Admin: what this desk runs on (database, schema, rule set), the application
// log (level changeable while running, search, statistics, clearing) and what
// the language model has cost (from the ledger: today, the last 30 days, per
// operation, per claim, and over time by hour, day, week, month or year), the
// policy library (PolicyLibraryPage) and a team book's people (TeamUsersPage).
// Everything is read on workers (AdminBook); a read that fails says so where its
// figures would be.
class AdminArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminArea)

public:
    AdminArea(DatabaseLocation location, DecisionEngine engine, QWidget* parent = nullptr);
    void refresh() override;
    void setEngine(const DecisionEngine& engine);
    void setLlmSession(LlmSession* session);

private:
    QWidget* buildLogPage();
    QWidget* buildUsagePage();
    void refreshInfo();
    void showInfo(const QString& claims, const QString& policies);
    void refreshLog();
    void showLogStats(const LogStats& stats);
    void showLogLines(const QList<LogEntry>& entries);
    void refreshUsage();
    void showUsage(const Result<UsageReading>& usage);
    void refreshUsageChart();
    void showUsageChart(const Result<QList<UsageTotals>>& rows);
    void clearLog();

    DecisionEngine m_engine;
    AdminBook* m_book = nullptr;

    QLabel* m_info = nullptr;
    QString m_schemaVersion; // as read, or why it could not be
    QString m_rulesSource; // where the rules in force are kept, or why it could not be read
    QString m_claimCount;
    QString m_policyCount;
    BookCountsJob* m_counts = nullptr;

    QComboBox* m_logLevel = nullptr; // what is recorded
    QCheckBox* m_logData = nullptr;
    QLabel* m_logStats = nullptr;
    QLineEdit* m_logText = nullptr;
    QComboBox* m_logCategory = nullptr;
    QComboBox* m_logLevelFilter = nullptr;
    QLineEdit* m_logClaim = nullptr;
    QTableWidget* m_logTable = nullptr;

    QLabel* m_usage = nullptr;
    QTableWidget* m_usageTable = nullptr;
    QTableWidget* m_usageByClaim = nullptr;
    QComboBox* m_usagePeriod = nullptr;
    QChartView* m_usageChart = nullptr;

    PolicyLibraryPage* m_policyLibrary = nullptr;
    PortalsPage* m_portals = nullptr;
    TeamUsersPage* m_teamUsers = nullptr;
};

} // namespace ClaimDesk
