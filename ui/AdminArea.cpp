#include "AdminArea.h"

#include "decision/RuleSetStore.h"
#include "llm/PriceTable.h"
#include "llm/ProviderConfig.h"
#include "storage/ClaimRepository.h"
#include "storage/LlmUsageRepository.h"
#include "storage/PolicyHolderRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

AdminArea::AdminArea(Database db, DecisionEngine engine, QWidget* parent)
    : WorkArea(parent)
    , m_db(std::move(db))
    , m_engine(std::move(engine))
{
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("adminInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_usage = new QLabel(this);
    m_usage->setObjectName(QStringLiteral("modelUsage"));
    m_usage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_usageTable = new QTableWidget(0, 6, this);
    m_usageTable->setObjectName(QStringLiteral("usageByOperation"));
    m_usageTable->setHorizontalHeaderLabels({ tr("Operation"), tr("Calls"), tr("Failed"),
        tr("Tokens in"), tr("Tokens out"), tr("Cost") });
    m_usageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_usageTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_usageTable->verticalHeader()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_usage);
    layout->addWidget(m_usageTable, 1);
}

void AdminArea::setEngine(const DecisionEngine& engine)
{
    m_engine = engine;
    refresh();
}

void AdminArea::refresh()
{
    const qint64 claims = ClaimRepository(m_db).countAll().value_or(-1);
    const qint64 policies = PolicyHolderRepository(m_db).count().value_or(-1);
    m_info->setText(
        tr("<h2>Administration</h2>"
           "<table cellpadding='4'>"
           "<tr><td>Database</td><td>%1</td></tr>"
           "<tr><td>Schema version</td><td>%2</td></tr>"
           "<tr><td>Claims</td><td>%3</td></tr>"
           "<tr><td>Policy holders</td><td>%4</td></tr>"
           "<tr><td>Rule set in force</td><td>%5</td></tr>"
           "<tr><td>Rule set file</td><td>%6</td></tr>"
           "</table>")
            .arg(m_db.location().displayName().toHtmlEscaped())
            .arg(m_db.schemaVersion())
            .arg(QLocale().toString(claims), QLocale().toString(policies),
                m_engine.rules().version.toHtmlEscaped(), RuleSetStore::path().toHtmlEscaped()));
    refreshUsage();
}

void AdminArea::refreshUsage()
{
    QSettings settings;
    const ProviderConfig model = ProviderConfig::load(settings);
    const QString currency = PriceTable::load(settings).currency();
    LlmUsageRepository ledger(m_db);
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime today = now.date().startOfDay();
    const QDateTime month = now.date().addDays(-29).startOfDay();
    const QDateTime end = now.date().addDays(1).startOfDay();
    const UsageTotals day = ledger.totals(today, end).value_or(UsageTotals());
    const UsageTotals recent = ledger.totals(month, end).value_or(UsageTotals());
    auto line = [&](const UsageTotals& t) {
        return tr("%1 calls (%2 failed), %3 tokens in, %4 out, %5 %6")
            .arg(QLocale().toString(t.calls), QLocale().toString(t.failures),
                QLocale().toString(t.tokensIn), QLocale().toString(t.tokensOut),
                PriceTable::formatMicros(t.costMicros), currency.toHtmlEscaped());
    };
    m_usage->setText(tr("<h3>Language model</h3>"
                        "<table cellpadding='4'>"
                        "<tr><td>Model</td><td>%1</td></tr>"
                        "<tr><td>Today</td><td>%2</td></tr>"
                        "<tr><td>Last 30 days</td><td>%3</td></tr>"
                        "</table>")
                         .arg(model.isOffline() ? tr("offline (templates and rules)")
                                                : model.label().toHtmlEscaped(),
                             line(day), line(recent)));
    const auto rows = ledger.byOperation(month, end).value_or(QList<UsageTotals>());
    m_usageTable->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const UsageTotals& t = rows[i];
        const QStringList cells { t.key, QLocale().toString(t.calls),
            QLocale().toString(t.failures), QLocale().toString(t.tokensIn),
            QLocale().toString(t.tokensOut),
            PriceTable::formatMicros(t.costMicros) + u' ' + currency };
        for (int c = 0; c < cells.size(); ++c)
            m_usageTable->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
}

} // namespace ClaimDesk
