#pragma once

#include "mail/ImapMailbox.h"

#include <QDialog>

class QLineEdit;

namespace ClaimDesk {

// Adds or changes one mailbox of the inbox: its server, login, folder, an own
// certificate authority if any, and the password. OK checks the login on a
// worker (the dialog waiting, at most ImapMailbox::ConnectSeconds and a little)
// and keeps the password in the system keychain; a refusal is shown in words
// and the dialog stays open. An empty password keeps the one already kept, as
// long as the server and login stay what they were.
class MailboxDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxDialog)

public:
    explicit MailboxDialog(const ImapAccount& account = {}, QWidget* parent = nullptr);

    ImapAccount account() const;
    void accept() override;

private:
    QLineEdit* m_server = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_password = nullptr;
    QString m_keptKey; // the keychain entry of the mailbox as it came in
};

} // namespace ClaimDesk
