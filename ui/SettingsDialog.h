#pragma once

#include "decision/RuleSet.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLineEdit;

namespace ClaimDesk {

class ModelSettingsPage;
class RuleSetEditor;

// Preferences: language, the book, the decision rule set and the language
// model. The rules are saved where the book keeps them (setRulesSaver; the
// desk's rules file unless told): a team book's own, which only its
// administrators may change, and the refusal is shown in words.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const RuleSet& rules, QWidget* parent = nullptr);

    using RulesSaver = std::function<Result<RuleSet>(const QByteArray& json)>;
    void setRulesSaver(RulesSaver saver) { m_saveRules = std::move(saver); }

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

    RulesSaver m_saveRules;
    QComboBox* m_language = nullptr;
    QLineEdit* m_databasePath = nullptr;
    RuleSetEditor* m_rules = nullptr;
    ModelSettingsPage* m_model = nullptr;
};

} // namespace ClaimDesk
