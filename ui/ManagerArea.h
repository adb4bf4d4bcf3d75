#pragma once

#include "WorkArea.h"

class QTableWidget;

namespace ClaimDesk {

// Manager: the book at a glance. For now the claim counts by status and type;
// the charts of the manager figures join them here.
class ManagerArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerArea)

public:
    ManagerArea(Database db, QWidget* parent = nullptr);
    void refresh() override;

private:
    Database m_db;
    QTableWidget* m_counts = nullptr;
};

} // namespace ClaimDesk
