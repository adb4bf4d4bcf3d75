#pragma once

#include "WorkArea.h"
#include "decision/DecisionEngine.h"
#include "intake/DocumentImporter.h"

class QButtonGroup;
class QTabWidget;

namespace ClaimDesk {

class ChatPane;
class InboxView;
class InboxWatch;
class IntakeSession;
class LlmSession;

// Intake: where claims come in. The claim conversation (ChatPane), in which a
// claim is filed by talking and dropping documents; a quick import that opens a
// health or car claim straight from dropped files; and the inbox (InboxView),
// what arrived in the watched folders.
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
    // Adds the Inbox tab, showing what `watch` takes in.
    void setInboxWatch(InboxWatch* watch);
    InboxView* inboxView() const { return m_inbox; }

Q_SIGNALS:
    void filesChosen(const QStringList& files, const ClaimDesk::ImportTarget& target);
    // The conversation opened or changed a claim.
    void bookChanged();
    // The user asked to see a claim the inbox filed documents on.
    void claimRequested(const QString& claimId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildQuickImport();

    DatabaseLocation m_location;
    DecisionEngine m_engine;
    IntakeSession* m_session = nullptr;
    ChatPane* m_chat = nullptr;
    InboxView* m_inbox = nullptr;
    QTabWidget* m_tabs = nullptr;
    QButtonGroup* m_type = nullptr;
    bool m_opened = false;
};

} // namespace ClaimDesk
