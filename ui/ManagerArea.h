#pragma once

#include "WorkArea.h"

class QTableWidget;

namespace ClaimDesk {

struct BookCounts;

// Manager: the book at a glance. For now the claim counts by status and type,
// counted off the UI thread by the main window; the manager charts join them here.
class ManagerArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerArea)

public:
    explicit ManagerArea(QWidget* parent = nullptr);
    void refresh() override { }
    void setCounts(const BookCounts& counts);

private:
    QTableWidget* m_counts = nullptr;
};

} // namespace ClaimDesk
