#include "PortalsPage.h"

#include "AppSettings.h"
#include "UiTr.h"
#include "admin/AdminBook.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

namespace {

// The form of a new portal: what PortalDirectory needs, and the password.
class PortalDialog final : public QDialog
{
public:
    PortalDialog(const PortalSetup& previous, QWidget* parent)
        : QDialog(parent)
    {
        setWindowTitle(UiTr::tr("Add an insurer portal"));
        m_name = new QLineEdit(previous.name, this);
        m_url = new QLineEdit(previous.baseUrl, this);
        m_url->setPlaceholderText(QStringLiteral("https://portal.insurer.example"));
        m_login = new QLineEdit(previous.login, this);
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_recipe = new QLineEdit(this);
        auto* browse = new QPushButton(UiTr::tr("&Browse..."), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(
                this, UiTr::tr("The portal's recipe"), QString(), UiTr::tr("Recipes (*.json)"));
            if (!file.isEmpty())
                m_recipe->setText(file);
        });
        m_after = new QComboBox(this);
        for (int s = 0; s < ClaimStatusCount; ++s)
            m_after->addItem(claimStatusLabel(static_cast<ClaimStatus>(s)), s);
        m_after->setCurrentIndex(m_after->findData(int(previous.statusAfter)));
        auto* recipeRow = new QHBoxLayout;
        recipeRow->addWidget(m_recipe, 1);
        recipeRow->addWidget(browse);
        auto* form = new QFormLayout;
        form->addRow(UiTr::tr("&Name:"), m_name);
        form->addRow(UiTr::tr("&Address:"), m_url);
        form->addRow(UiTr::tr("&Login:"), m_login);
        form->addRow(UiTr::tr("&Password:"), m_password);
        auto* recipeLabel = new QLabel(UiTr::tr("&Recipe:"), this);
        recipeLabel->setBuddy(m_recipe);
        form->addRow(recipeLabel, recipeRow);
        form->addRow(UiTr::tr("A filed claim &becomes:"), m_after);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
    }

    PortalSetup setup() const
    {
        return { m_name->text().trimmed(), m_url->text().trimmed(), m_login->text().trimmed(), {},
            static_cast<ClaimStatus>(m_after->currentData().toInt()) };
    }
    QString recipeFile() const { return m_recipe->text(); }
    QString password() const { return m_password->text(); }

private:
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_recipe;
    QComboBox* m_after;
};

} // namespace

PortalsPage::PortalsPage(AdminBook* book, QWidget* parent)
    : QWidget(parent)
    , m_book(book)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("portalsTable"));
    m_table->setHorizontalHeaderLabels({ UiTr::tr("Name"), UiTr::tr("Address"), UiTr::tr("Login"),
        UiTr::tr("A filed claim becomes") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The address takes the room; the other columns are as wide as what they hold.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* add = new QPushButton(UiTr::tr("&Add..."), this);
    add->setObjectName(QStringLiteral("addPortal"));
    connect(add, &QPushButton::clicked, this, [this] { this->add(); });
    m_password = new QPushButton(UiTr::tr("Set &password..."), this);
    connect(m_password, &QPushButton::clicked, this, &PortalsPage::setPassword);
    m_remove = new QPushButton(UiTr::tr("&Remove"), this);
    connect(m_remove, &QPushButton::clicked, this, &PortalsPage::removeChosen);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(chosen());
        m_password->setEnabled(chosen());
    });
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    auto* note
        = new QLabel(UiTr::tr("A portal is filled by its recipe, a JSON file of steps (see "
                              "docs/portal-recipes.md). Passwords stay in the system keychain."),
            this);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_password);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    m_remove->setEnabled(false);
    m_password->setEnabled(false);
}

void PortalsPage::refresh()
{
    m_book->readPortals(this, [this](const Result<QList<InsurerPortal>>& portals) {
        m_problem->setText(portals
                ? QString()
                : UiTr::tr("The portals could not be read: %1").arg(portals.error()));
        m_portals = portals.value_or({});
        m_table->setRowCount(0);
        for (const InsurerPortal& p : std::as_const(m_portals)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(p.name));
            m_table->setItem(row, 1, new QTableWidgetItem(p.baseUrl));
            m_table->setItem(row, 2, new QTableWidgetItem(p.login));
            m_table->setItem(row, 3, new QTableWidgetItem(claimStatusLabel(p.statusAfter)));
        }
    });
}

const InsurerPortal* PortalsPage::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_portals.size() && m_table->selectionModel()->hasSelection()
        ? &m_portals.at(row)
        : nullptr;
}

void PortalsPage::add(const PortalSetup& previous)
{
    PortalDialog dialog(previous, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The recipe file is read with the book's work, off this thread.
    keep(dialog.setup(), dialog.recipeFile(), dialog.password());
}

void PortalsPage::keep(const PortalSetup& setup, const QString& recipeFile, const QString& password)
{
    m_book->addPortal(setup, recipeFile, m_book->location().login(), this,
        [this, setup, password](const Result<InsurerPortal>& added) {
            if (!added) {
                QMessageBox::warning(this, UiTr::tr("Add an insurer portal"), added.error());
                add(setup);
                return;
            }
            refresh();
            if (password.isEmpty())
                return;
            auto* entry = PortalPasswords::entry(*added, this);
            connect(entry, &KeychainEntry::writeDone, this, [this, entry](const QString& problem) {
                entry->deleteLater();
                m_problem->setText(problem.isEmpty()
                        ? QString()
                        : UiTr::tr("The portal was kept, its password not: %1").arg(problem));
            });
            entry->write(password);
        });
}

void PortalsPage::setPassword()
{
    if (!chosen())
        return;
    const InsurerPortal copy = *chosen(); // the list may be read again while the dialog is up
    const InsurerPortal* portal = &copy;
    bool ok = false;
    const QString password = QInputDialog::getText(this, UiTr::tr("Portal password"),
        UiTr::tr("The password of %1 on %2:").arg(portal->login, portal->name), QLineEdit::Password,
        {}, &ok);
    if (!ok || password.isEmpty())
        return;
    auto* entry = PortalPasswords::entry(*portal, this);
    connect(entry, &KeychainEntry::writeDone, this, [this, entry](const QString& problem) {
        entry->deleteLater();
        m_problem->setText(problem.isEmpty()
                ? UiTr::tr("The password is kept in the system keychain")
                : UiTr::tr("The password was not kept: %1").arg(problem));
    });
    entry->write(password);
}

void PortalsPage::removeChosen()
{
    const InsurerPortal* portal = chosen();
    if (!portal)
        return;
    const InsurerPortal removed = *portal;
    if (QMessageBox::question(this, UiTr::tr("Remove an insurer portal"),
            UiTr::tr("Remove %1 and its kept password? What was filed on it stays on the claims.")
                .arg(removed.name))
        != QMessageBox::Yes)
        return;
    m_book->removePortal(removed.name, this, [this, removed](const Status& s) {
        if (!s) {
            m_problem->setText(s.error());
            return;
        }
        auto* entry = PortalPasswords::entry(removed, this);
        connect(entry, &KeychainEntry::writeDone, entry, &QObject::deleteLater);
        entry->remove();
        refresh();
    });
}

} // namespace ClaimDesk
