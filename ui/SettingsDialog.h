#pragma once

#include "decision/RuleSet.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace ClaimDesk {

class ModelSettingsPage;
class RuleSetEditor;

// Preferences: language, user name, database file, the decision rule set and
// the language model.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const RuleSet& rules, QWidget* parent = nullptr);

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

    QComboBox* m_language = nullptr;
    QLineEdit* m_databasePath = nullptr;
    RuleSetEditor* m_rules = nullptr;
    ModelSettingsPage* m_model = nullptr;
};

} // namespace ClaimDesk
