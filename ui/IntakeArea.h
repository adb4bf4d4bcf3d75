#pragma once

#include "WorkArea.h"
#include "intake/DocumentImporter.h"

class QButtonGroup;

namespace ClaimDesk {

// Intake: where a claim is opened from the customer's documents. For now a drop
// zone that opens a new health or car claim with the dropped files; the bilingual
// claim conversation joins it here.
class IntakeArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeArea)

public:
    IntakeArea(Database db, QWidget* parent = nullptr);
    void refresh() override { }

Q_SIGNALS:
    void filesChosen(const QStringList& files, const ClaimDesk::ImportTarget& target);

private:
    Database m_db;
    QButtonGroup* m_type = nullptr;
};

} // namespace ClaimDesk
