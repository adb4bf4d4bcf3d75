#include "ClaimHistoryTable.h"

#include "UiTr.h"
#include "domain/AuditText.h"

#include <QHeaderView>
#include <QLocale>

namespace ClaimDesk {

ClaimHistoryTable::ClaimHistoryTable(QWidget* parent)
    : QTableWidget(0, 5, parent)
{
    setObjectName(QStringLiteral("claimHistory"));
    setHorizontalHeaderLabels({ UiTr::tr("When"), UiTr::tr("Who"), UiTr::tr("What"),
        UiTr::tr("Before"), UiTr::tr("After") });
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
}

void ClaimHistoryTable::showTrail(const QList<AuditEntry>& trail)
{
    setRowCount(0);
    // Newest first: what changed last is what a reviewer asks about.
    const QLocale locale;
    for (auto it = trail.crbegin(); it != trail.crend(); ++it) {
        const int row = rowCount();
        insertRow(row);
        int column = 0;
        const AuditText line = AuditText::of(*it);
        for (const QString& text : { locale.toString(it->at.toLocalTime(), QLocale::ShortFormat),
                 it->actor, line.what, line.before, line.after }) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            setItem(row, column++, item);
        }
    }
    resizeColumnsToContents();
}

} // namespace ClaimDesk
