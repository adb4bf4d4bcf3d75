#pragma once

#include "WorkArea.h"
#include "decision/DecisionEngine.h"
#include "intake/DocumentImporter.h"

class QButtonGroup;
class QTabWidget;

namespace ClaimDesk {

class ChatPane;
class IntakeSession;
class LlmSession;

// Intake: where claims come in. The claim conversation (ChatPane), in which a
// claim is filed by talking and dropping documents; and a quick import that
// opens a health or car claim straight from dropped files.
class IntakeArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeArea)

public:
    IntakeArea(DatabaseLocation location, DecisionEngine engine, QWidget* parent = nullptr);
    void refresh() override { }
    // The model that phrases the conversation's replies (none: templates).
    void setLlmSession(LlmSession* session);
    ChatPane* chatPane() const { return m_chat; }

Q_SIGNALS:
    void filesChosen(const QStringList& files, const ClaimDesk::ImportTarget& target);
    // The conversation opened or changed a claim.
    void bookChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildQuickImport();

    DatabaseLocation m_location;
    DecisionEngine m_engine;
    IntakeSession* m_session = nullptr;
    ChatPane* m_chat = nullptr;
    QTabWidget* m_tabs = nullptr;
    QButtonGroup* m_type = nullptr;
    bool m_opened = false;
};

} // namespace ClaimDesk
