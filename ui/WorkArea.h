#pragma once

#include "domain/DatabaseLocation.h"

#include <QWidget>

namespace ClaimDesk {

// One of the main window's four areas (Intake, Review, Manager, Admin).
class WorkArea : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The book changed (import, status change, new rules): re-read what is shown.
    virtual void refresh() = 0;
    // The claim the adjuster is working on here, if any (drops go to it).
    virtual QString currentClaimId() const { return {}; }
};

} // namespace ClaimDesk
