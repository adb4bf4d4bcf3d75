#pragma once

#include "admin/AdminBook.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ClaimDesk {

// Admin > Users: the people of a team book (login, role, authority limit,
// whether they may sign in), adding one and changing one. Reads and writes go
// through the Admin area's AdminBook on its worker; the server decides who may
// (only an administrator manages people) and a refusal is shown in its words,
// with the list as it was. On a desk's own file the page says that people and
// roles belong to a team book, and to a login outside claimdesk_admin that only
// an administrator manages people. GUI thread.
class TeamUsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamUsersPage)

public:
    explicit TeamUsersPage(AdminBook* book, QWidget* parent = nullptr);

    void refresh();
    // The dialogs' work without the dialogs (the buttons ask, then call these).
    void addUser(const TeamUser& user, const std::optional<QString>& password);
    void changeUser(const QString& name, const TeamUserChange& change);

Q_SIGNALS:
    // A read or a write was answered and the page shows it.
    void settled();

private:
    void showPeople(const Result<TeamPeople>& people);
    void afterWrite(const QString& done, const Status& status);
    void askToAdd();
    void askToChange();
    void toggleSignIn();
    std::optional<TeamUser> selectedUser() const;
    bool mayManagePeople(const QString& login) const;
    void updateButtons();

    AdminBook* m_book;
    QList<TeamUser> m_users;
    bool m_mayManage = false; // a team book, and this login may manage its people
    QLabel* m_who = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace ClaimDesk
