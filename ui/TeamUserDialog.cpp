#include "TeamUserDialog.h"

#include "UiTr.h"
#include "team/TeamAdministration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ClaimDesk {

TeamUserDialog::TeamUserDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(UiTr::tr("Add a person to the team"));
    build(true);
}

TeamUserDialog::TeamUserDialog(const TeamUser& user, QWidget* parent)
    : QDialog(parent)
    , m_original(user)
{
    setWindowTitle(UiTr::tr("Change %1").arg(user.name));
    build(false);
    m_name->setText(user.name);
    m_name->setReadOnly(true);
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    m_limit->setText(user.limit.toString());
    m_active->setChecked(user.active);
    updateLimitField();
}

void TeamUserDialog::build(bool adding)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("teamUserName"));
    m_name->setMaxLength(63);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("teamUserRole"));
    for (TeamRole role :
        { TeamRole::Adjuster, TeamRole::Manager, TeamRole::Admin, TeamRole::Auditor })
        m_role->addItem(teamRoleLabel(role), int(role));
    connect(m_role, &QComboBox::currentIndexChanged, this, &TeamUserDialog::updateLimitField);
    m_limit = new QLineEdit(QStringLiteral("0.00"), this);
    m_limit->setObjectName(QStringLiteral("teamUserLimit"));
    m_limit->setToolTip(UiTr::tr("The largest claim this adjuster may approve; above it the claim "
                                 "goes to a manager."));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamUserPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(UiTr::tr("none: the server's other ways in"));
    m_active = new QCheckBox(UiTr::tr("May sign in"), this);
    m_active->setObjectName(QStringLiteral("teamUserActive"));
    m_active->setChecked(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("teamUserProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(UiTr::tr("&Login"), m_name);
    form->addRow(UiTr::tr("&Role"), m_role);
    form->addRow(UiTr::tr("Authority li&mit"), m_limit);
    if (adding) {
        form->addRow(UiTr::tr("First &password"), m_password);
        m_active->hide();
    } else {
        form->addRow(QString(), m_active);
        m_password->hide();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440); // the password's hint readable in both languages
    updateLimitField();
}

// Only an adjuster's limit means anything: a manager approves any amount, and
// an administrator or auditor decides none.
void TeamUserDialog::updateLimitField()
{
    m_limit->setEnabled(static_cast<TeamRole>(m_role->currentData().toInt()) == TeamRole::Adjuster);
}

TeamUser TeamUserDialog::user() const
{
    TeamUser user;
    user.name = m_name->text().trimmed();
    user.role = static_cast<TeamRole>(m_role->currentData().toInt());
    user.limit = Money::parse(m_limit->text().trimmed()).value_or(Money());
    user.active = m_active->isChecked();
    return user;
}

std::optional<QString> TeamUserDialog::password() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

TeamUserChange TeamUserDialog::change() const
{
    const TeamUser now = user();
    TeamUserChange change;
    if (now.role != m_original.role)
        change.role = now.role;
    if (now.limit != m_original.limit)
        change.limit = now.limit;
    if (now.active != m_original.active)
        change.active = now.active;
    return change;
}

void TeamUserDialog::accept()
{
    const bool adding = m_original.name.isEmpty(); // a login made elsewhere keeps its name
    if (auto named = TeamAdministration::checkName(m_name->text().trimmed()); adding && !named) {
        m_problem->setText(named.error());
        m_name->setFocus();
        return;
    }
    const auto limit = Money::parse(m_limit->text().trimmed());
    if (!limit || limit->cents() < 0) {
        m_problem->setText(
            UiTr::tr("'%1' is not an amount: write the limit as 5000.00").arg(m_limit->text()));
        m_limit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ClaimDesk
