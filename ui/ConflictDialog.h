#pragma once

#include "domain/AuditEntry.h"
#include "domain/Claim.h"

#include <QDialog>

class QTableWidget;

namespace ClaimDesk {

// Shown when a save finds the claim changed by someone else since it was read:
// the reviewer's version and the one saved now side by side (differences in
// bold), and the audit lines of what changed meanwhile. Nothing has been
// written; the reviewer chooses to take the saved version or to apply their
// change on top of it, knowingly.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum Choice
    {
        KeepEditing, // close; the form keeps the reviewer's values
        TakeSaved, // show the saved version; the reviewer's change is dropped
        ApplyMine // save the reviewer's change on top of the saved version
    };

    ConflictDialog(const Claim& mine, const Claim& saved, const QList<AuditEntry>& meanwhile,
        QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget* versions() const { return m_versions; }

private:
    Choice m_choice = KeepEditing;
    QTableWidget* m_versions = nullptr;
};

} // namespace ClaimDesk
