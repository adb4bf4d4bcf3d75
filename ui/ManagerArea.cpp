#include "ManagerArea.h"

#include "storage/ClaimRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

ManagerArea::ManagerArea(Database db, QWidget* parent)
    : WorkArea(parent)
    , m_db(std::move(db))
{
    m_counts = new QTableWidget(this);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_counts->setColumnCount(3);
    m_counts->setHorizontalHeaderLabels(
        { claimTypeLabel(ClaimType::Health), claimTypeLabel(ClaimType::CarDamage), tr("All") });
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Claims by status</h2>"), this));
    layout->addWidget(m_counts);
}

void ManagerArea::refresh()
{
    ClaimRepository claims(m_db);
    const int statuses = static_cast<int>(ClaimStatus::Paid) + 1;
    m_counts->setRowCount(statuses);
    for (int s = 0; s < statuses; ++s) {
        m_counts->setVerticalHeaderItem(
            s, new QTableWidgetItem(claimStatusLabel(static_cast<ClaimStatus>(s))));
        ClaimQuery q;
        q.status = static_cast<ClaimStatus>(s);
        qint64 all = 0;
        for (int t = 0; t < 2; ++t) {
            q.type = static_cast<ClaimType>(t);
            const qint64 n = claims.count(q).value_or(0);
            all += n;
            auto* item = new QTableWidgetItem(QLocale().toString(n));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(s, t, item);
        }
        auto* item = new QTableWidgetItem(QLocale().toString(all));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_counts->setItem(s, 2, item);
    }
}

} // namespace ClaimDesk
