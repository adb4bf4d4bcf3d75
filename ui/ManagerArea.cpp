#include "ManagerArea.h"

#include "stats/BookCounts.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

ManagerArea::ManagerArea(QWidget* parent)
    : WorkArea(parent)
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

void ManagerArea::setCounts(const BookCounts& counts)
{
    m_counts->setRowCount(BookCounts::Statuses);
    auto cell = [this](int row, int column, qint64 n) {
        auto* item = new QTableWidgetItem(QLocale().toString(n));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_counts->setItem(row, column, item);
    };
    for (int s = 0; s < BookCounts::Statuses; ++s) {
        const auto status = static_cast<ClaimStatus>(s);
        m_counts->setVerticalHeaderItem(s, new QTableWidgetItem(claimStatusLabel(status)));
        cell(s, 0, counts.count(status, ClaimType::Health));
        cell(s, 1, counts.count(status, ClaimType::CarDamage));
        cell(s, 2, counts.count(status));
    }
}

} // namespace ClaimDesk
