#include "TeamUsersPage.h"

#include "TeamUserDialog.h"
#include "UiTr.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

TeamUsersPage::TeamUsersPage(AdminBook* book, QWidget* parent)
    : QWidget(parent)
    , m_book(book)
{
    auto* intro
        = new QLabel(UiTr::tr("The people who work on this team book. The server enforces "
                              "each role: adjusters work the claims they hold up to their "
                              "authority limit, managers approve any amount and assign work, "
                              "administrators manage people and decide nothing, auditors "
                              "read everything and change nothing."),
            this);
    intro->setWordWrap(true);
    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("teamWho"));

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("teamUsers"));
    m_table->setHorizontalHeaderLabels(
        { UiTr::tr("Login"), UiTr::tr("Role"), UiTr::tr("Authority limit"), UiTr::tr("Sign-in") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TeamUsersPage::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &TeamUsersPage::askToChange);

    m_add = new QPushButton(UiTr::tr("&Add person..."), this);
    m_add->setObjectName(QStringLiteral("addTeamUser"));
    connect(m_add, &QPushButton::clicked, this, &TeamUsersPage::askToAdd);
    m_change = new QPushButton(UiTr::tr("&Change..."), this);
    m_change->setObjectName(QStringLiteral("changeTeamUser"));
    connect(m_change, &QPushButton::clicked, this, &TeamUsersPage::askToChange);
    m_signIn = new QPushButton(UiTr::tr("&Disable sign-in"), this);
    m_signIn->setObjectName(QStringLiteral("toggleTeamUser"));
    connect(m_signIn, &QPushButton::clicked, this, &TeamUsersPage::toggleSignIn);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("teamUsersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_signIn);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_who);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    updateButtons();
}

void TeamUsersPage::refresh()
{
    m_book->readTeamPeople(this, [this](const Result<TeamPeople>& people) { showPeople(people); });
}

void TeamUsersPage::showPeople(const Result<TeamPeople>& people)
{
    m_users = people ? people->users : QList<TeamUser>();
    m_mayManage = people.ok() && mayManagePeople(people->login);
    m_who->setText(!people ? people.error()
            : m_mayManage  ? UiTr::tr("Signed in as %1.").arg(people->login)
                           : UiTr::tr("Signed in as %1: only a team administrator adds or changes "
                                       "people.")
                                .arg(people->login));
    const QString selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0)
        ? m_table->item(m_table->currentRow(), 0)->text()
        : QString();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const TeamUser& user = m_users[row];
        const QStringList cells { user.name, teamRoleLabel(user.role),
            user.role == TeamRole::Adjuster ? user.limit.toDisplayString()
                                            : UiTr::tr("not applicable"),
            user.active ? UiTr::tr("allowed") : UiTr::tr("disabled") };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (user.name == selected)
            m_table->selectRow(row);
    }
    updateButtons();
    Q_EMIT settled();
}

std::optional<TeamUser> TeamUsersPage::selectedUser() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_users[row];
}

// The server decides; the buttons only spare a person a refusal they can
// foresee. The book's owner is in no ClaimDesk group and manages people too.
bool TeamUsersPage::mayManagePeople(const QString& login) const
{
    for (const TeamUser& user : m_users) {
        if (user.name == login)
            return user.role == TeamRole::Admin;
    }
    return true;
}

void TeamUsersPage::updateButtons()
{
    const auto user = selectedUser();
    m_add->setEnabled(m_mayManage);
    m_change->setEnabled(m_mayManage && user);
    m_signIn->setEnabled(m_mayManage && user);
    m_signIn->setText(
        user && !user->active ? UiTr::tr("&Enable sign-in") : UiTr::tr("&Disable sign-in"));
}

void TeamUsersPage::askToAdd()
{
    TeamUserDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addUser(dialog.user(), dialog.password());
}

void TeamUsersPage::askToChange()
{
    const auto user = selectedUser();
    if (!user || !m_mayManage) // also a double click on a row
        return;
    TeamUserDialog dialog(*user, this);
    if (dialog.exec() == QDialog::Accepted)
        changeUser(user->name, dialog.change());
}

void TeamUsersPage::toggleSignIn()
{
    const auto user = selectedUser();
    if (!user)
        return;
    TeamUserChange change;
    change.active = !user->active;
    changeUser(user->name, change);
}

void TeamUsersPage::addUser(const TeamUser& user, const std::optional<QString>& password)
{
    m_status->setText(UiTr::tr("Adding %1...").arg(user.name));
    m_book->addTeamUser(user.name, user.role, user.limit, password, this,
        [this, name = user.name](
            const Status& s) { afterWrite(UiTr::tr("%1 was added.").arg(name), s); });
}

void TeamUsersPage::changeUser(const QString& name, const TeamUserChange& change)
{
    if (!change.role && !change.limit && !change.active)
        return; // nothing asked
    m_status->setText(UiTr::tr("Changing %1...").arg(name));
    m_book->changeTeamUser(name, change, this,
        [this, name](const Status& s) { afterWrite(UiTr::tr("%1 was changed.").arg(name), s); });
}

// The list is read again either way: what the server holds is what is shown.
void TeamUsersPage::afterWrite(const QString& done, const Status& status)
{
    m_status->setText(status ? done : UiTr::tr("Not done: %1").arg(status.error()));
    refresh();
}

} // namespace ClaimDesk
