#pragma once

#include "intake/IntakeSession.h"

#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace ClaimDesk {

// The claim conversation: message bubbles, quick replies under the assistant's
// last message, a typing indicator while a reply is being written, and the
// documents dropped straight onto the conversation (or attached). Beside it the
// claim, its policy check and the document checklist tick as documents arrive,
// with a thumbnail and a summary of each document read; Submit is enabled only
// when the claim is complete. Enter sends, Shift+Enter starts a new line.
//
// All decisions are the IntakeSession's; the pane only shows and sends.
class ChatPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatPane)

public:
    explicit ChatPane(IntakeSession* session, QWidget* parent = nullptr);

    // Sends the typed message (what Enter does).
    void sendTypedMessage();
    // Sends files as uploads, one after the other (what a drop does).
    void uploadFiles(const QStringList& files);

Q_SIGNALS:
    // A step changed the claim book (a claim opened, a document stored, ...).
    void claimChanged(const QString& claimId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showTranscript(const QList<IntakeMessage>& messages, const IntakeView& view);
    void showReply(const IntakeReply& reply, const QString& text, const IntakeView& view);
    void showView(const IntakeView& view);
    QWidget* addBubble(const QString& text, bool fromCustomer, const QString& imagePath = {});
    void setQuickReplies(const QList<QuickReply>& replies);
    void send(const IntakeInput& input, const QString& shown, const QString& imagePath = {});
    void setBusy(bool busy);
    void setDropHighlight(bool on);
    void scrollToEnd();
    // Decodes the file's thumbnail once, off the UI thread; showThumbnail() puts
    // it on the upload's bubble and on its line in the received documents.
    void requestThumbnail(const QString& path);
    void showThumbnail(const QString& path);
    void chooseFiles();
    QString labelOf(const Bilingual& text) const;

    IntakeSession* m_session;
    QComboBox* m_language = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_messages = nullptr;
    QVBoxLayout* m_messagesLayout = nullptr;
    QWidget* m_quickReplies = nullptr;
    QLabel* m_typing = nullptr;
    QLabel* m_streaming = nullptr;
    QTimer* m_typingTimer = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_attach = nullptr;
    QProgressBar* m_uploadProgress = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_claim = nullptr;
    QLabel* m_policy = nullptr;
    QLabel* m_checklistTitle = nullptr;
    QListWidget* m_checklist = nullptr;
    QListWidget* m_documents = nullptr;
    QPushButton* m_submit = nullptr;
    QHash<QString, QPixmap> m_thumbnails; // by file, decoded once
    QSet<QString> m_thumbnailsLoading;
    QString m_claimId; // the claim shown
    int m_typingDots = 0;
};

} // namespace ClaimDesk
