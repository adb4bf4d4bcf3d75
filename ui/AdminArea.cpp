#include "AdminArea.h"

#include "decision/RuleSetStore.h"
#include "storage/ClaimRepository.h"
#include "storage/PolicyHolderRepository.h"

#include <QLabel>
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addStretch();
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
}

} // namespace ClaimDesk
