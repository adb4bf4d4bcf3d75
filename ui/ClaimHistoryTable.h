#pragma once

#include "domain/AuditEntry.h"

#include <QTableWidget>

namespace ClaimDesk {

// A claim's history in Review, newest first, in words: when, who (the login that
// did it), what, and the values before and after. GUI thread; it shows the trail
// it is given and reads nothing itself.
class ClaimHistoryTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit ClaimHistoryTable(QWidget* parent = nullptr);

    void showTrail(const QList<AuditEntry>& trail);
};

} // namespace ClaimDesk
