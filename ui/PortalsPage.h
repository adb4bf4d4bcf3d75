#pragma once

#include "filing/PortalDirectory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ClaimDesk {

class AdminBook;

// Admin > Insurer portals: the book's portals (name, address, login, the status
// a filed claim moves to), added from a recipe file with the login's password,
// which goes to the keychain (refused recipes say the key and why), and
// removed with their kept password. UI thread; the book through AdminBook.
class PortalsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalsPage)

public:
    explicit PortalsPage(AdminBook* book, QWidget* parent = nullptr);

    void refresh();

private:
    void add(const PortalSetup& previous = {});
    void keep(const PortalSetup& setup, const QString& recipeFile, const QString& password);
    void removeChosen();
    void setPassword();
    const InsurerPortal* chosen() const;

    AdminBook* m_book;
    QTableWidget* m_table;
    QPushButton* m_remove;
    QPushButton* m_password;
    QLabel* m_problem;
    QList<InsurerPortal> m_portals;
};

} // namespace ClaimDesk
