#pragma once

#include "domain/DatabaseLocation.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLineEdit;

namespace ClaimDesk {

// Asks for a login's password when a team server wants one that the address,
// ~/.pgpass, PGPASSWORD and the keychain did not give (or refused it), and
// whether to keep it in the system keychain. The password lives only in memory
// and, if the person says so, in the keychain. GUI thread.
class TeamPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPasswordDialog)

public:
    // `why`: the server's answer to the last try.
    TeamPasswordDialog(const DatabaseLocation& location, const QString& why, QWidget* parent);

    QString password() const;
    bool remember() const;

    // The password, or nothing when the person cancelled.
    static std::optional<QString> ask(
        const DatabaseLocation& location, const QString& why, bool* remember);

private:
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
};

} // namespace ClaimDesk
