#include "MailboxDialog.h"

#include "BusyWait.h"
#include "UiTr.h"
#include "inbox/MailPasswords.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace ClaimDesk {

MailboxDialog::MailboxDialog(const ImapAccount& account, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(UiTr::tr("Mailbox"));
    if (!account.server.isEmpty())
        m_keptKey = MailPasswords::entryKey(account);
    m_server = new QLineEdit(account.server, this);
    m_server->setObjectName(QStringLiteral("mailServer"));
    m_server->setPlaceholderText(QStringLiteral("imaps://mail.example.com"));
    m_user = new QLineEdit(account.user, this);
    m_user->setObjectName(QStringLiteral("mailUser"));
    m_folder = new QLineEdit(account.folder, this);
    m_folder->setObjectName(QStringLiteral("mailFolder"));
    m_caFile = new QLineEdit(account.caFile, this);
    m_caFile->setObjectName(QStringLiteral("mailCaFile"));
    m_caFile->setPlaceholderText(UiTr::tr("The system's"));
    auto* browse = new QPushButton(UiTr::tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, UiTr::tr("Certificate authority"), {}, UiTr::tr("Certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("mailPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        account.server.isEmpty() ? QString() : UiTr::tr("Unchanged (kept in the system keychain)"));

    auto* form = new QFormLayout;
    form->addRow(UiTr::tr("&Server:"), m_server);
    form->addRow(UiTr::tr("&Login:"), m_user);
    form->addRow(UiTr::tr("&Folder:"), m_folder);
    auto* caLabel = new QLabel(UiTr::tr("&Certificate authority:"), this);
    caLabel->setBuddy(m_caFile); // a row of a layout has no buddy of its own
    form->addRow(caLabel, caRow);
    form->addRow(UiTr::tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailboxDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MailboxDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ImapAccount MailboxDialog::account() const
{
    ImapAccount account;
    account.server = m_server->text().trimmed();
    account.user = m_user->text().trimmed();
    account.folder = m_folder->text().trimmed();
    account.caFile = m_caFile->text().trimmed();
    return account;
}

void MailboxDialog::accept()
{
    const ImapAccount account = this->account();
    if (const QString problem = account.problem(); !problem.isEmpty()) {
        QMessageBox::warning(this, UiTr::tr("Mailbox not saved"), problem);
        return;
    }
    QString password = m_password->text();
    const bool keptBefore = !m_keptKey.isEmpty() && MailPasswords::entryKey(account) == m_keptKey;
    if (password.isEmpty() && keptBefore) // the folder or the authority may have changed
        password = MailPasswords::read(account).secret;
    if (password.isEmpty()) {
        QMessageBox::warning(this, UiTr::tr("Mailbox not saved"),
            UiTr::tr("Give the mailbox's password: it is kept for a server and login, and none is "
                     "kept for these."));
        return;
    }
    setEnabled(false); // the server's answer may take a while; no second OK meanwhile
    const Status checked = waitOffThisThread<Status>(UiTr::tr("Checking the mailbox…"),
        [account, password] { return ImapMailbox(account, password).check(); });
    const Status kept = !checked || (keptBefore && m_password->text().isEmpty())
        ? checked
        : MailPasswords::store(account, password);
    setEnabled(true);
    if (!kept) {
        QMessageBox::warning(this, UiTr::tr("Mailbox not saved"), kept.error());
        return;
    }
    QDialog::accept();
}

} // namespace ClaimDesk
