#pragma once

#include "WorkArea.h"
#include "decision/DecisionEngine.h"

class QLabel;

namespace ClaimDesk {

// Admin: what this desk runs on: the database, its schema, the rule set in force.
// The application log and model costs join it here.
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
    QLabel* m_info = nullptr;
};

} // namespace ClaimDesk
