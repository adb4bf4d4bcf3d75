#include "SettingsDialog.h"

#include "AppSettings.h"
#include "BusyWait.h"
#include "MailboxDialog.h"
#include "ModelSettingsPage.h"
#include "RuleSetEditor.h"
#include "UiTr.h"
#include "admin/AdminBook.h"
#include "inbox/MailPasswords.h"
#include "team/TeamPasswords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

SettingsDialog::SettingsDialog(const RuleSet& rules, DatabaseLocation book, QWidget* parent)
    : QDialog(parent)
    , m_book(std::move(book))
{
    setWindowTitle(UiTr::tr("Settings"));
    resize(720, 560);

    auto* general = new QWidget(this);
    m_language = new QComboBox(general);
    m_language->addItem(QStringLiteral("ไทย"), QStringLiteral("th"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(UiTr::tr("&Language"), m_language);
    generalForm->addRow(
        new QLabel(UiTr::tr("A new language takes effect when ClaimDesk restarts."), general));

    auto* database = new QWidget(this);
    m_databasePath = new QLineEdit(AppSettings::databasePath(), database);
    m_databasePath->setPlaceholderText(UiTr::tr("Default location"));
    auto* browse = new QPushButton(UiTr::tr("&Browse..."), database);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, UiTr::tr("Database file"),
            m_databasePath->text(), UiTr::tr("ClaimDesk databases (*.sqlite *.db)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_databasePath->setText(path);
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_databasePath, 1);
    pathRow->addWidget(browse);
    auto* databaseForm = new QFormLayout(database);
    // a label of its own: a row whose field is a layout gets no buddy, so no mnemonic
    auto* bookLabel = new QLabel(UiTr::tr("&Book"), database);
    bookLabel->setBuddy(m_databasePath);
    databaseForm->addRow(bookLabel, pathRow);
    auto* bookNote = new QLabel(UiTr::tr("A desk's SQLite file, or a team book's address "
                                         "(postgresql://login@server/book). A new book is used "
                                         "from the next start; a password is kept in the "
                                         "system keychain, never in the settings."),
        database);
    bookNote->setWordWrap(true);
    databaseForm->addRow(bookNote);

    m_rules = new RuleSetEditor(rules, this);
    QWidget* inbox = buildInboxPage();
    m_model = new ModelSettingsPage(this);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(general, UiTr::tr("General"));
    tabs->addTab(database, UiTr::tr("Database"));
    tabs->addTab(inbox, UiTr::tr("Inbox"));
    tabs->addTab(m_rules, UiTr::tr("Decision rules"));
    tabs->addTab(m_model, UiTr::tr("Model"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget* SettingsDialog::buildInboxPage()
{
    auto* page = new QWidget(this);
    auto* note
        = new QLabel(UiTr::tr("Folders where scanners and other systems drop claims' "
                              "documents. What settles in them is taken in: to the claim "
                              "whose ID is in the file's name (or its subfolder's), the files "
                              "of one subfolder as one new claim, anything else as a new "
                              "claim of its own. Taken files move to processed/, failed ones "
                              "to failed/ with the reason beside them; nothing is deleted."),
            page);
    note->setWordWrap(true);
    m_inboxFolders = new QListWidget(page);
    m_inboxFolders->setObjectName(QStringLiteral("inboxFolders"));
    for (const QString& folder : AppSettings::inboxFolders())
        m_inboxFolders->addItem(QDir::toNativeSeparators(folder));
    auto* add = new QPushButton(UiTr::tr("&Add folder..."), page);
    auto* remove = new QPushButton(UiTr::tr("&Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, UiTr::tr("Folder to watch"));
        if (!folder.isEmpty()
            && m_inboxFolders->findItems(QDir::toNativeSeparators(folder), Qt::MatchExactly)
                   .isEmpty())
            m_inboxFolders->addItem(QDir::toNativeSeparators(folder));
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_inboxFolders->currentItem(); });
    remove->setEnabled(false);
    connect(m_inboxFolders, &QListWidget::currentRowChanged, remove,
        [remove](int row) { remove->setEnabled(row >= 0); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_inboxFolders, 1);
    layout->addLayout(buttons);
    layout->addLayout(buildMailboxList(page));
    return page;
}

QLayout* SettingsDialog::buildMailboxList(QWidget* page)
{
    auto* note
        = new QLabel(UiTr::tr("Mailboxes (IMAP over TLS) that customers send their bills to, "
                              "asked once a minute. Each new message's attachments and images "
                              "go to the claim whose ID is in its subject, else to a new claim; "
                              "its text is kept with the claim. Taken messages are marked on the "
                              "server; nothing is deleted. Passwords stay in the system "
                              "keychain."),
            page);
    note->setWordWrap(true);
    m_mailboxes = AppSettings::inboxMailboxes();
    m_mailboxList = new QListWidget(page);
    m_mailboxList->setObjectName(QStringLiteral("inboxMailboxes"));
    showMailboxes();
    auto* add = new QPushButton(UiTr::tr("Add &mailbox..."), page);
    auto* edit = new QPushButton(UiTr::tr("&Change..."), page);
    auto* remove = new QPushButton(UiTr::tr("R&emove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        MailboxDialog dialog({}, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_mailboxes << dialog.account();
            showMailboxes();
        }
    });
    const auto change = [this] {
        const int row = m_mailboxList->currentRow();
        if (row < 0)
            return;
        MailboxDialog dialog(m_mailboxes[row], this);
        if (dialog.exec() == QDialog::Accepted) {
            m_mailboxes[row] = dialog.account();
            showMailboxes();
        }
    };
    connect(edit, &QPushButton::clicked, this, change);
    connect(m_mailboxList, &QListWidget::itemActivated, this, change);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_mailboxList->currentRow();
        if (row >= 0) {
            m_mailboxes.removeAt(row);
            showMailboxes();
        }
    });
    edit->setEnabled(false);
    remove->setEnabled(false);
    connect(m_mailboxList, &QListWidget::currentRowChanged, this, [edit, remove](int row) {
        edit->setEnabled(row >= 0);
        remove->setEnabled(row >= 0);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout;
    layout->addWidget(note);
    layout->addWidget(m_mailboxList, 1);
    layout->addLayout(buttons);
    return layout;
}

// A mailbox taken off the list leaves no password behind in the keychain.
void SettingsDialog::forgetRemovedMailboxes()
{
    QStringList kept;
    for (const ImapAccount& account : std::as_const(m_mailboxes))
        kept << MailPasswords::entryKey(account);
    for (const ImapAccount& account : AppSettings::inboxMailboxes()) {
        if (!kept.contains(MailPasswords::entryKey(account)))
            MailPasswords::forget(account); // best effort: a keychain gone keeps nothing anyway
    }
}

void SettingsDialog::showMailboxes()
{
    m_mailboxList->clear();
    for (const ImapAccount& account : std::as_const(m_mailboxes))
        m_mailboxList->addItem(account.source().mid(QStringLiteral("imap:").size()));
}

void SettingsDialog::accept()
{
    // first: a password the keychain cannot keep stops the save before anything is kept
    if (!saveDatabaseAddress())
        return;
    if (m_rules->isModified()) {
        auto valid = m_rules->check();
        if (!valid) {
            QMessageBox::warning(this, UiTr::tr("Rule set not saved"),
                UiTr::tr("The rules have problems; the rule set in force is unchanged.\n\n%1")
                    .arg(valid.error()));
            return;
        }
        setEnabled(false); // a team book's save is a round trip: no second OK meanwhile
        auto saved = waitOffThisThread<Result<RuleSet>>(UiTr::tr("Saving the decision rules…"),
            [book = m_book, json = m_rules->text()] { return AdminBook::saveRules(book, json); });
        setEnabled(true);
        if (!saved) {
            QMessageBox::warning(this, UiTr::tr("Rule set not saved"), saved.error());
            return;
        }
        Q_EMIT rulesChanged(*saved);
    }
    if (const QString problem = m_model->pricesProblem(); !problem.isEmpty()) {
        QMessageBox::warning(this, UiTr::tr("Model settings not saved"), problem);
        return;
    }
    m_model->save();
    Q_EMIT modelChanged();
    QStringList folders;
    for (int i = 0; i < m_inboxFolders->count(); ++i)
        folders << m_inboxFolders->item(i)->text();
    AppSettings::setInboxFolders(folders);
    forgetRemovedMailboxes();
    AppSettings::setInboxMailboxes(m_mailboxes);
    AppSettings::setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

// A password typed into a team book's address goes to the keychain, and the
// settings keep the address without it.
bool SettingsDialog::saveDatabaseAddress()
{
    const QString typed = m_databasePath->text().trimmed();
    DatabaseLocation location = DatabaseLocation::fromString(typed);
    const QString password = location.postgresUrl.password();
    if (!location.isPostgres() || password.isEmpty()) {
        AppSettings::setDatabasePath(typed);
        return true;
    }
    setEnabled(false); // the keychain may take a while (an unlock prompt); no second OK meanwhile
    const QString problem = TeamPasswords::store(location, password);
    setEnabled(true);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, UiTr::tr("Password not kept"),
            UiTr::tr(
                "The address holds a password, and the keychain could not keep it (%1). Remove "
                "the password from the address: ClaimDesk asks for it when the server does.")
                .arg(problem));
        return false;
    }
    location.postgresUrl.setPassword({});
    m_databasePath->setText(location.postgresUrl.toString());
    AppSettings::setDatabasePath(location.postgresUrl.toString());
    return true;
}

} // namespace ClaimDesk
