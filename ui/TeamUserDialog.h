#pragma once

#include "domain/TeamUser.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ClaimDesk {

// Asks for a new person on a team book (login, role, authority limit, an
// optional first password) or for the changes to one already there (role,
// limit, whether they may sign in). Checks what it can before accepting (the
// login's form, the limit's amount) and says what is wrong beside the fields;
// the server has the last word. GUI thread.
class TeamUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamUserDialog)

public:
    // A new person.
    explicit TeamUserDialog(QWidget* parent = nullptr);
    // Changes to `user`.
    TeamUserDialog(const TeamUser& user, QWidget* parent);

    TeamUser user() const;
    // Empty: none given (the server's other ways in).
    std::optional<QString> password() const;
    // What differs from the person the dialog was opened on.
    TeamUserChange change() const;

    void accept() override;

private:
    void build(bool adding);
    void updateLimitField();

    TeamUser m_original;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_limit = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace ClaimDesk
