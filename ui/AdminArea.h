#pragma once

#include "WorkArea.h"
#include "decision/DecisionEngine.h"

class QLabel;
class QTableWidget;

namespace ClaimDesk {

// Admin: what this desk runs on: the database, its schema, the rule set in force.
// and what the language model has cost (from the ledger: today, the last 30
// days, per operation). The application log joins it here.
class AdminArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminArea)

public:
    AdminArea(Database db, DecisionEngine engine, QWidget* parent = nullptr);
    void refresh() override;
    void setEngine(const DecisionEngine& engine);

private:
    Database m_db;
    DecisionEngine m_engine;
    void refreshUsage();

    QLabel* m_info = nullptr;
    QLabel* m_usage = nullptr;
    QTableWidget* m_usageTable = nullptr;
};

} // namespace ClaimDesk
