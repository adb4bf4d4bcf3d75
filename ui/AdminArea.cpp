#include "AdminArea.h"

#include "ChartSupport.h"
#include "PolicyLibraryPage.h"
#include "PortalsPage.h"
#include "RichText.h"
#include "TeamUsersPage.h"
#include "UiTr.h"
#include "admin/AdminBook.h"
#include "admin/AppLogSink.h"
#include "llm/PriceTable.h"
#include "llm/ProviderConfig.h"
#include "stats/BookCountsJob.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <climits>

namespace ClaimDesk {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fillRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

// How far back the usage chart looks for each bucket size.
struct UsagePeriod
{
    UsageBucket bucket;
    int days;
    const char* label;
};
const UsagePeriod UsagePeriods[] = {
    { UsageBucket::Hour, 2, QT_TRANSLATE_NOOP("ClaimDesk::Ui", "By hour (2 days)") },
    { UsageBucket::Day, 30, QT_TRANSLATE_NOOP("ClaimDesk::Ui", "By day (30 days)") },
    { UsageBucket::Week, 84, QT_TRANSLATE_NOOP("ClaimDesk::Ui", "By week (12 weeks)") },
    { UsageBucket::Month, 365, QT_TRANSLATE_NOOP("ClaimDesk::Ui", "By month (a year)") },
    { UsageBucket::Year, 5 * 365, QT_TRANSLATE_NOOP("ClaimDesk::Ui", "By year (5 years)") },
};

} // namespace

AdminArea::AdminArea(DatabaseLocation location, DecisionEngine engine, QWidget* parent)
    : WorkArea(parent)
    , m_engine(std::move(engine))
{
    m_book = new AdminBook(location, this);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("adminInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_counts = new BookCountsJob(location, this);
    connect(m_counts, &BookCountsJob::ready, this, [this](const BookCounts& counts) {
        showInfo(QLocale().toString(counts.total()), QLocale().toString(counts.policyHolders));
    });
    connect(m_counts, &BookCountsJob::failed, this, [this](const QString& message) {
        showInfo(message, message); // the count's error, never a made-up number
    });

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("adminTabs"));
    tabs->addTab(m_info, UiTr::tr("Overview"));
    tabs->addTab(buildLogPage(), UiTr::tr("Log"));
    tabs->addTab(buildUsagePage(), UiTr::tr("Model usage"));
    m_policyLibrary = new PolicyLibraryPage(m_book, this);
    tabs->addTab(m_policyLibrary, UiTr::tr("Policy library"));
    m_teamUsers = new TeamUsersPage(m_book, this);
    m_teamUsers->setObjectName(QStringLiteral("teamUsersPage"));
    tabs->addTab(m_teamUsers, UiTr::tr("Users"));
    m_portals = new PortalsPage(m_book, this);
    m_portals->setObjectName(QStringLiteral("portalsPage"));
    tabs->addTab(m_portals, UiTr::tr("Insurer portals"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);

    if (AppLogSink* sink = AppLogSink::current()) {
        // New lines appear while the log is on screen.
        connect(sink, &AppLogSink::written, this, [this] {
            if (m_logTable->isVisible())
                refreshLog();
        });
    }
}

QWidget* AdminArea::buildLogPage()
{
    auto* page = new QWidget(this);
    AppLogSink* sink = AppLogSink::current();

    m_logLevel = new QComboBox(page);
    m_logLevel->setObjectName(QStringLiteral("logLevel"));
    for (LogLevel l : { LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error })
        m_logLevel->addItem(logLevelLabel(l), int(l));
    m_logLevel->setCurrentIndex(int(sink ? sink->level() : LogLevel::Info));
    m_logLevel->setEnabled(sink);
    connect(m_logLevel, &QComboBox::currentIndexChanged, this, [this] {
        if (AppLogSink* s = AppLogSink::current())
            s->setLevel(static_cast<LogLevel>(m_logLevel->currentData().toInt()));
    });
    m_logData
        = new QCheckBox(UiTr::tr("Include personal data (names, ID numbers) for debugging"), page);
    m_logData->setObjectName(QStringLiteral("logData"));
    m_logData->setChecked(sink && sink->dataLogging());
    m_logData->setEnabled(sink);
    connect(m_logData, &QCheckBox::toggled, this, [this](bool on) {
        const auto answer = on ? QMessageBox::question(this, UiTr::tr("Personal data in the log"),
                                UiTr::tr("The log will hold customers' names and ID numbers until "
                                         "it is cleared or they expire (7 days). Switch this on "
                                         "only to investigate a problem."))
                               : QMessageBox::Yes;
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker block(m_logData);
            m_logData->setChecked(false);
            return;
        }
        if (AppLogSink* s = AppLogSink::current())
            s->setDataLogging(on);
    });
    auto* clear = new QPushButton(UiTr::tr("C&lear log..."), page);
    connect(clear, &QPushButton::clicked, this, &AdminArea::clearLog);
    auto* settingsRow = new QHBoxLayout;
    settingsRow->addWidget(new QLabel(UiTr::tr("Record from level"), page));
    settingsRow->addWidget(m_logLevel);
    settingsRow->addWidget(m_logData, 1);
    settingsRow->addWidget(clear);

    m_logStats = new QLabel(page);
    m_logStats->setObjectName(QStringLiteral("logStats"));
    m_logStats->setWordWrap(true);

    m_logText = new QLineEdit(page);
    m_logText->setObjectName(QStringLiteral("logSearch"));
    m_logText->setPlaceholderText(UiTr::tr("Search the messages"));
    m_logText->setClearButtonEnabled(true);
    m_logCategory = new QComboBox(page);
    m_logCategory->setObjectName(QStringLiteral("logCategory"));
    m_logCategory->addItem(UiTr::tr("All categories"));
    for (const QString& c : LogCategory::all())
        m_logCategory->addItem(LogCategory::label(c), c);
    m_logLevelFilter = new QComboBox(page);
    m_logLevelFilter->setObjectName(QStringLiteral("logLevelFilter"));
    m_logLevelFilter->addItem(UiTr::tr("All levels"));
    for (LogLevel l : { LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error })
        m_logLevelFilter->addItem(logLevelLabel(l), int(l));
    m_logClaim = new QLineEdit(page);
    m_logClaim->setObjectName(QStringLiteral("logClaim"));
    m_logClaim->setPlaceholderText(UiTr::tr("Claim ID"));
    m_logClaim->setClearButtonEnabled(true);
    for (QLineEdit* edit : { m_logText, m_logClaim })
        connect(edit, &QLineEdit::returnPressed, this, &AdminArea::refreshLog);
    for (QComboBox* box : { m_logCategory, m_logLevelFilter })
        connect(box, &QComboBox::currentIndexChanged, this, &AdminArea::refreshLog);
    auto* search = new QPushButton(UiTr::tr("&Search"), page);
    connect(search, &QPushButton::clicked, this, &AdminArea::refreshLog);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_logText, 2);
    searchRow->addWidget(m_logCategory);
    searchRow->addWidget(m_logLevelFilter);
    searchRow->addWidget(m_logClaim, 1);
    searchRow->addWidget(search);

    m_logTable = makeTable({ UiTr::tr("Time"), UiTr::tr("Level"), UiTr::tr("Category"),
                               UiTr::tr("Claim"), UiTr::tr("Message") },
        page);
    m_logTable->setObjectName(QStringLiteral("logTable"));
    m_logTable->setWordWrap(false);
    const int widths[] = { 160, 80, 120, 170 };
    for (int c = 0; c < 4; ++c)
        m_logTable->setColumnWidth(c, widths[c]);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(settingsRow);
    layout->addWidget(m_logStats);
    layout->addLayout(searchRow);
    layout->addWidget(m_logTable, 1);
    return page;
}

QWidget* AdminArea::buildUsagePage()
{
    auto* page = new QWidget(this);
    m_usage = new QLabel(page);
    m_usage->setObjectName(QStringLiteral("modelUsage"));
    m_usage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_usageTable = makeTable({ UiTr::tr("Operation"), UiTr::tr("Calls"), UiTr::tr("Failed"),
                                 UiTr::tr("Tokens in"), UiTr::tr("Tokens out"), UiTr::tr("Cost") },
        page);
    m_usageTable->setObjectName(QStringLiteral("usageByOperation"));
    m_usageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_usageByClaim
        = makeTable({ UiTr::tr("Claim"), UiTr::tr("Calls"), UiTr::tr("Failed"),
                        UiTr::tr("Tokens in"), UiTr::tr("Tokens out"), UiTr::tr("Cost") },
            page);
    m_usageByClaim->setObjectName(QStringLiteral("usageByClaim"));
    m_usageByClaim->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_usagePeriod = new QComboBox(page);
    m_usagePeriod->setObjectName(QStringLiteral("usagePeriod"));
    for (const UsagePeriod& p : UsagePeriods)
        m_usagePeriod->addItem(UiTr::tr(p.label));
    m_usagePeriod->setCurrentIndex(1); // by day
    connect(m_usagePeriod, &QComboBox::currentIndexChanged, this, &AdminArea::refreshUsageChart);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_usageChart = new QChartView(chart, page);
    m_usageChart->setObjectName(QStringLiteral("usageChart"));
    m_usageChart->setMinimumHeight(240);
    m_usageChart->setRenderHint(QPainter::Antialiasing);

    auto* tables = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(UiTr::tr("Last 30 days by operation"), page));
    left->addWidget(m_usageTable);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(UiTr::tr("Last 30 days by claim (most expensive first)"), page));
    right->addWidget(m_usageByClaim);
    tables->addLayout(left);
    tables->addLayout(right);
    auto* chartRow = new QHBoxLayout;
    chartRow->addWidget(new QLabel(UiTr::tr("Tokens over time"), page));
    chartRow->addWidget(m_usagePeriod);
    chartRow->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_usage);
    layout->addLayout(tables, 1);
    layout->addLayout(chartRow);
    layout->addWidget(m_usageChart, 1);
    return page;
}

void AdminArea::setEngine(const DecisionEngine& engine)
{
    m_engine = engine;
    refresh();
}

void AdminArea::setLlmSession(LlmSession* session)
{
    m_policyLibrary->setLlmSession(session);
}

void AdminArea::refresh()
{
    refreshInfo();
    refreshLog();
    refreshUsage();
    m_policyLibrary->refresh();
    m_teamUsers->refresh();
    m_portals->refresh();
}

void AdminArea::refreshInfo()
{
    m_counts->request(); // showInfo() when counted, on a worker
    m_book->readRulesSource(this, [this](const Result<QString>& source) {
        m_rulesSource = source ? *source : source.error();
        showInfo(m_claimCount, m_policyCount);
    });
    if (!m_schemaVersion.isEmpty())
        return; // the book's schema does not change under a running desk
    m_book->readSchemaVersion(this, [this](const Result<int>& version) {
        m_schemaVersion = version ? QLocale().toString(*version) : version.error();
        showInfo(m_claimCount, m_policyCount);
    });
}

void AdminArea::showInfo(const QString& claims, const QString& policies)
{
    m_claimCount = claims;
    m_policyCount = policies;
    m_info->setText(RichText::heading(UiTr::tr("Administration"), 2)
        + RichText::labelledRows({
            { UiTr::tr("Database"), m_book->location().displayName().toHtmlEscaped() },
            { UiTr::tr("Schema version"), m_schemaVersion.toHtmlEscaped() },
            { UiTr::tr("Claims"), claims.toHtmlEscaped() },
            { UiTr::tr("Policy holders"), policies.toHtmlEscaped() },
            { UiTr::tr("Rule set in force"), m_engine.rules().version.toHtmlEscaped() },
            { UiTr::tr("Rules kept in"), m_rulesSource.toHtmlEscaped() },
        }));
}

void AdminArea::refreshLog()
{
    // Lines still queued arrive within a second: the sink's `written` refreshes
    // the table then (see the constructor).
    LogSearch search;
    search.text = m_logText->text();
    search.category = m_logCategory->currentData().toString();
    if (m_logLevelFilter->currentIndex() > 0)
        search.level = static_cast<LogLevel>(m_logLevelFilter->currentData().toInt());
    search.claimId = m_logClaim->text();
    m_book->readLog(search, this, [this](const Result<LogReading>& log) {
        if (!log) {
            m_logStats->setText(UiTr::tr("The log could not be read: %1").arg(log.error()));
            return;
        }
        showLogStats(log->stats);
        showLogLines(log->lines);
    });
}

void AdminArea::showLogStats(const LogStats& stats)
{
    const QLocale locale;
    QStringList levels;
    for (auto it = stats.byLevel.cbegin(); it != stats.byLevel.cend(); ++it) {
        const auto level = logLevelFromCode(it.key());
        levels << QStringLiteral("%1 %2").arg(
            level ? logLevelLabel(*level) : it.key(), locale.toString(it.value()));
    }
    QStringList categories;
    for (auto it = stats.byCategory.cbegin(); it != stats.byCategory.cend(); ++it)
        categories << QStringLiteral("%1 %2").arg(
            LogCategory::label(it.key()), locale.toString(it.value()));
    m_logStats->setText(
        UiTr::tr("%1 kept for %2 days. Errors in the last hour: %3. By level: %4. By category: "
                 "%5.")
            .arg(RichText::bold(
                     UiTr::tr("%Ln line(s)", nullptr, int(std::min<qint64>(stats.total, INT_MAX)))),
                locale.toString(AppLogSink::DefaultRetentionDays),
                RichText::bold(locale.toString(stats.errorsLastHour)),
                (levels.isEmpty() ? UiTr::tr("none") : levels.join(QStringLiteral(", ")))
                    .toHtmlEscaped(),
                (categories.isEmpty() ? UiTr::tr("none") : categories.join(QStringLiteral(", ")))
                    .toHtmlEscaped()));
}

void AdminArea::showLogLines(const QList<LogEntry>& entries)
{
    m_logTable->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const LogEntry& e = entries[i];
        fillRow(m_logTable, i,
            { QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                logLevelLabel(e.level), LogCategory::label(e.category), e.claimId, e.message });
        if (e.level == LogLevel::Error)
            m_logTable->item(i, 1)->setForeground(QColor(0xc0, 0x1c, 0x28));
        m_logTable->item(i, 4)->setToolTip(e.message);
    }
}

void AdminArea::clearLog()
{
    if (QMessageBox::question(this, UiTr::tr("Clear the log"),
            UiTr::tr("Delete every line of the application log? This cannot be undone."))
        != QMessageBox::Yes)
        return;
    m_book->clearLog(this, [this](const Status& cleared) {
        if (!cleared)
            QMessageBox::warning(this, UiTr::tr("Clear the log"), cleared.error());
        refreshLog();
    });
}

void AdminArea::refreshUsage()
{
    m_book->readUsage(this, [this](const Result<UsageReading>& usage) { showUsage(usage); });
    refreshUsageChart();
}

void AdminArea::showUsage(const Result<UsageReading>& usage)
{
    QSettings settings;
    const ProviderConfig model = ProviderConfig::load(settings);
    const QString currency = PriceTable::load(settings).currency();
    const QLocale locale;
    auto line = [&](const UsageTotals& t) {
        return UiTr::tr("%1 calls (%2 failed), %3 tokens in, %4 out, %5 %6")
            .arg(locale.toString(t.calls), locale.toString(t.failures), locale.toString(t.tokensIn),
                locale.toString(t.tokensOut), PriceTable::formatMicros(t.costMicros),
                currency.toHtmlEscaped());
    };
    const QString modelName = model.isOffline() ? UiTr::tr("offline (templates and rules)")
                                                : model.label().toHtmlEscaped();
    if (!usage) {
        m_usage->setText(RichText::heading(UiTr::tr("Language model"))
            + QStringLiteral("<p>%1</p>").arg(modelName)
            + RichText::paragraph(UiTr::tr("The ledger could not be read: %1").arg(usage.error())));
        return;
    }
    m_usage->setText(RichText::heading(UiTr::tr("Language model"))
        + RichText::labelledRows({
            { UiTr::tr("Model"), modelName },
            { UiTr::tr("Today"), line(usage->today) },
            { UiTr::tr("Last 30 days"), line(usage->lastThirtyDays) },
            { UiTr::tr("All time"), line(usage->allTime) },
        }));
    auto fill = [&](QTableWidget* table, const QList<UsageTotals>& rows) {
        table->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            const UsageTotals& t = rows[i];
            fillRow(table, i,
                { t.key, locale.toString(t.calls), locale.toString(t.failures),
                    locale.toString(t.tokensIn), locale.toString(t.tokensOut),
                    PriceTable::formatMicros(t.costMicros) + u' ' + currency });
        }
    };
    fill(m_usageTable, usage->byOperation);
    fill(m_usageByClaim, usage->byClaim);
}

void AdminArea::refreshUsageChart()
{
    const UsagePeriod& period = UsagePeriods[std::clamp(m_usagePeriod->currentIndex(), 0, 4)];
    const QDateTime from = QDate::currentDate().addDays(-period.days + 1).startOfDay();
    m_book->readUsageSeries(period.bucket, from, this,
        [this](const Result<QList<UsageTotals>>& rows) { showUsageChart(rows); });
}

void AdminArea::showUsageChart(const Result<QList<UsageTotals>>& rows)
{
    QChart* chart = m_usageChart->chart();
    Charts::clear(chart);
    if (!rows) {
        chart->setTitle(UiTr::tr("The ledger could not be read: %1").arg(rows.error()));
        return;
    }
    auto* in = new QBarSet(UiTr::tr("Tokens in"));
    auto* out = new QBarSet(UiTr::tr("Tokens out"));
    QStringList buckets;
    for (const UsageTotals& t : *rows) {
        buckets << t.key;
        *in << qreal(t.tokensIn);
        *out << qreal(t.tokensOut);
    }
    auto* series = new QBarSeries;
    series->append({ in, out });
    Charts::addBars(chart, series, buckets);
    chart->setTitle(rows->isEmpty() ? UiTr::tr("No model calls in this period") : QString());
}

} // namespace ClaimDesk
