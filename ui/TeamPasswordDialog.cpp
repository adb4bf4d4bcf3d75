#include "TeamPasswordDialog.h"

#include "RichText.h"
#include "UiTr.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ClaimDesk {

TeamPasswordDialog::TeamPasswordDialog(
    const DatabaseLocation& location, const QString& why, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(UiTr::tr("Sign in to the team book"));
    auto* ask = new QLabel(
        UiTr::tr("%1 asks for the password of %2.")
            .toHtmlEscaped()
            .arg(location.displayName().toHtmlEscaped(), RichText::bold(location.login())),
        this);
    ask->setWordWrap(true);
    auto* answer = new QLabel(why, this);
    answer->setObjectName(QStringLiteral("serverAnswer"));
    answer->setWordWrap(true);
    answer->setTextFormat(Qt::PlainText);
    QFont small = answer->font();
    small.setItalic(true); // the server's words, as it said them
    answer->setFont(small);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* passwordLabel = new QLabel(UiTr::tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    m_remember = new QCheckBox(UiTr::tr("&Remember it in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ask);
    layout->addWidget(answer);
    layout->addWidget(passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString TeamPasswordDialog::password() const
{
    return m_password->text();
}

bool TeamPasswordDialog::remember() const
{
    return m_remember->isChecked();
}

std::optional<QString> TeamPasswordDialog::ask(
    const DatabaseLocation& location, const QString& why, bool* remember)
{
    TeamPasswordDialog dialog(location, why, nullptr);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (remember)
        *remember = dialog.remember();
    return dialog.password();
}

} // namespace ClaimDesk
