#pragma once

#include "decision/RuleSet.h"
#include "domain/DatabaseLocation.h"
#include "mail/ImapMailbox.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLayout;
class QLineEdit;
class QListWidget;

namespace ClaimDesk {

class ModelSettingsPage;
class RuleSetEditor;

// Preferences: language, the book, the inbox's folders and mailboxes, the decision rule set
// and the language model. The rules are saved in `book`, the book they govern (on a worker, the
// dialog waiting): a team book's only by its administrators, and a refusal is
// shown in words.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const RuleSet& rules, DatabaseLocation book, QWidget* parent = nullptr);

    void accept() override;
    RuleSetEditor* ruleSetEditor() const { return m_rules; }
    ModelSettingsPage* modelPage() const { return m_model; }

Q_SIGNALS:
    // A new, valid rule set was saved and is now in force.
    void rulesChanged(const ClaimDesk::RuleSet& rules);
    // The model settings were saved.
    void modelChanged();

private:
    bool saveDatabaseAddress();
    QWidget* buildInboxPage();
    QLayout* buildMailboxList(QWidget* page);
    void showMailboxes();
    void forgetRemovedMailboxes();

    const DatabaseLocation m_book;
    QComboBox* m_language = nullptr;
    QLineEdit* m_databasePath = nullptr;
    QListWidget* m_inboxFolders = nullptr;
    QListWidget* m_mailboxList = nullptr;
    QList<ImapAccount> m_mailboxes;
    RuleSetEditor* m_rules = nullptr;
    ModelSettingsPage* m_model = nullptr;
};

} // namespace ClaimDesk
