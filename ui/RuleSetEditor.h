#pragma once

#include "decision/RuleSet.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace ClaimDesk {

// Edits the decision rule set as JSON: load a file, check it, restore defaults.
// Problems are listed by key; nothing is applied until the text is valid.
class RuleSetEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleSetEditor)

public:
    explicit RuleSetEditor(const RuleSet& rules, QWidget* parent = nullptr);

    QByteArray text() const;
    void setText(const QByteArray& json);
    // Checks the text and shows the result; the rule set if it is valid.
    Result<RuleSet> check();
    bool isModified() const;

private:
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_result = nullptr;
    QByteArray m_original;
};

} // namespace ClaimDesk
