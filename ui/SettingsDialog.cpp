#include "SettingsDialog.h"

#include "AppSettings.h"
#include "ModelSettingsPage.h"
#include "RuleSetEditor.h"
#include "decision/RuleSetStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

SettingsDialog::SettingsDialog(const RuleSet& rules, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    resize(720, 560);

    auto* general = new QWidget(this);
    m_language = new QComboBox(general);
    m_language->addItem(QStringLiteral("ไทย"), QStringLiteral("th"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language"), m_language);
    generalForm->addRow(
        new QLabel(tr("A new language takes effect when ClaimDesk restarts."), general));

    auto* database = new QWidget(this);
    m_databasePath = new QLineEdit(AppSettings::databasePath(), database);
    m_databasePath->setPlaceholderText(tr("Default location"));
    auto* browse = new QPushButton(tr("&Browse..."), database);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Database file"),
            m_databasePath->text(), tr("ClaimDesk databases (*.sqlite *.db)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_databasePath->setText(path);
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_databasePath, 1);
    pathRow->addWidget(browse);
    auto* databaseForm = new QFormLayout(database);
    databaseForm->addRow(tr("SQLite &file"), pathRow);
    databaseForm->addRow(
        new QLabel(tr("A new database file is used from the next start."), database));

    m_rules = new RuleSetEditor(rules, this);
    m_model = new ModelSettingsPage(this);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(general, tr("General"));
    tabs->addTab(database, tr("Database"));
    tabs->addTab(m_rules, tr("Decision rules"));
    tabs->addTab(m_model, tr("Model"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    if (m_rules->isModified()) {
        auto valid = m_rules->check();
        if (!valid) {
            QMessageBox::warning(this, tr("Rule set not saved"),
                tr("The rules have problems; the rule set in force is unchanged.\n\n%1")
                    .arg(valid.error()));
            return;
        }
        auto saved = RuleSetStore::save(m_rules->text());
        if (!saved) {
            QMessageBox::warning(this, tr("Rule set not saved"), saved.error());
            return;
        }
        Q_EMIT rulesChanged(*saved);
    }
    if (const QString problem = m_model->pricesProblem(); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Model settings not saved"), problem);
        return;
    }
    m_model->save();
    Q_EMIT modelChanged();
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setDatabasePath(m_databasePath->text().trimmed());
    QDialog::accept();
}

} // namespace ClaimDesk
