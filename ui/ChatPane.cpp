#include "ChatPane.h"

#include "RichText.h"
#include "UiTr.h"
#include "domain/DocumentCategory.h"
#include "i18n/Translations.h"
#include "ocr/Thumbnail.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ClaimDesk {

namespace {

constexpr int ThumbnailSize = 96;

// The side panel is the adjuster's: it follows the interface language.
QString inInterfaceLanguage(const Bilingual& text)
{
    return Translations::current() == QLatin1String("th") ? text.th : text.en;
}

QString bubbleStyle(bool fromCustomer)
{
    return fromCustomer
        ? QStringLiteral("QLabel { background: #2563eb; color: white; border-radius: 10px;"
                         " padding: 8px 10px; }")
        : QStringLiteral(
            "QLabel { background: palette(alternate-base); color: palette(text);"
            " border: 1px solid palette(mid); border-radius: 10px; padding: 8px 10px; }");
}

} // namespace

ChatPane::ChatPane(IntakeSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setAcceptDrops(true);

    // --- the conversation ---
    m_language = new QComboBox(this);
    m_language->addItem(UiTr::tr("Thai and English"), int(ReplyLanguage::Both));
    m_language->addItem(UiTr::tr("Thai only"), int(ReplyLanguage::Thai));
    m_language->addItem(UiTr::tr("English only"), int(ReplyLanguage::English));
    m_language->setToolTip(UiTr::tr("The language of the assistant's replies"));
    auto* newConversation = new QPushButton(UiTr::tr("&New conversation"), this);
    newConversation->setToolTip(
        UiTr::tr("Close this conversation and start another (Ctrl+Shift+N)"));
    newConversation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    m_messages = new QWidget;
    m_messages->setObjectName(QStringLiteral("chatMessages"));
    m_messagesLayout = new QVBoxLayout(m_messages);
    m_messagesLayout->setSpacing(8);
    m_messagesLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_messages);
    m_scroll->setObjectName(QStringLiteral("chatScroll"));
    m_scroll->setAcceptDrops(false); // drops go to the pane
    // A conversation reads from the bottom: keep the newest message in view.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this,
        [this](int, int max) { m_scroll->verticalScrollBar()->setValue(max); });

    m_quickReplies = new QWidget(this);
    m_quickReplies->setObjectName(QStringLiteral("quickReplies"));
    auto* quickLayout = new QHBoxLayout(m_quickReplies);
    quickLayout->setContentsMargins(0, 0, 0, 0);
    quickLayout->addStretch(1);

    m_typing = new QLabel(this);
    m_typing->setObjectName(QStringLiteral("typingIndicator"));
    m_typing->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    m_typing->hide();
    m_typingTimer = new QTimer(this);
    m_typingTimer->setInterval(400);
    connect(m_typingTimer, &QTimer::timeout, this, [this] {
        m_typingDots = (m_typingDots + 1) % 4;
        m_typing->setText(UiTr::tr("ClaimDesk is writing") + QString(m_typingDots, u'.'));
    });

    m_uploadProgress = new QProgressBar(this);
    m_uploadProgress->setRange(0, 0); // OCR gives no steps: busy
    m_uploadProgress->setTextVisible(true);
    m_uploadProgress->hide();
    m_stop = new QPushButton(UiTr::tr("Stop"), this);
    m_stop->setToolTip(UiTr::tr("Stop reading the document (Esc)"));
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->hide();
    connect(m_stop, &QPushButton::clicked, m_session, &IntakeSession::stopUpload);

    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_input->setPlaceholderText(
        UiTr::tr("Type a message (Enter sends, Shift+Enter for a new line), or "
                 "drop documents on the conversation"));
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 3 + 14);
    m_input->setTabChangesFocus(true);
    m_input->installEventFilter(this);
    m_send = new QPushButton(UiTr::tr("&Send"), this);
    m_attach = new QPushButton(
        QIcon::fromTheme(QStringLiteral("mail-attachment")), UiTr::tr("&Attach..."), this);
    m_attach->setToolTip(UiTr::tr("Attach documents (Ctrl+U)"));
    m_attach->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_send, &QPushButton::clicked, this, &ChatPane::sendTypedMessage);
    connect(m_attach, &QPushButton::clicked, this, &ChatPane::chooseFiles);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(UiTr::tr("Replies in:"), this));
    top->addWidget(m_language);
    top->addStretch(1);
    top->addWidget(newConversation);
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_attach);
    inputRow->addLayout(buttons);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_uploadProgress, 1);
    progressRow->addWidget(m_stop);

    auto* chat = new QWidget(this);
    auto* chatLayout = new QVBoxLayout(chat);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addLayout(top);
    chatLayout->addWidget(m_scroll, 1);
    chatLayout->addWidget(m_quickReplies);
    chatLayout->addWidget(m_typing);
    chatLayout->addLayout(progressRow);
    chatLayout->addLayout(inputRow);

    // --- the claim beside it ---
    m_claim = new QLabel(UiTr::tr("No claim yet"), this);
    m_claim->setObjectName(QStringLiteral("chatClaim"));
    m_claim->setWordWrap(true);
    m_claim->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_policy = new QLabel(this);
    m_policy->setWordWrap(true);
    m_checklistTitle = new QLabel(UiTr::tr("Documents"), this);
    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->setFocusPolicy(Qt::NoFocus);
    m_checklist->setWordWrap(true);
    m_documents = new QListWidget(this);
    m_documents->setObjectName(QStringLiteral("receivedDocuments"));
    m_documents->setIconSize(QSize(48, 48));
    m_documents->setWordWrap(true);
    m_submit = new QPushButton(UiTr::tr("Su&bmit claim"), this);
    m_submit->setObjectName(QStringLiteral("submitClaim"));
    m_submit->setEnabled(false);
    m_submit->setToolTip(
        UiTr::tr("Enabled once every required document is here and the policy is verified"));
    connect(m_submit, &QPushButton::clicked, this,
        [this] { send(IntakeInput::submit(), UiTr::tr("Submit the claim")); });

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_claim);
    sideLayout->addWidget(m_policy);
    sideLayout->addWidget(m_checklistTitle);
    sideLayout->addWidget(m_checklist, 1);
    sideLayout->addWidget(new QLabel(UiTr::tr("Received"), this));
    sideLayout->addWidget(m_documents, 1);
    sideLayout->addWidget(m_submit);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("intakeSplitter"));
    splitter->addWidget(chat);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_session->setLanguage(static_cast<ReplyLanguage>(m_language->currentData().toInt()));
    });
    connect(newConversation, &QPushButton::clicked, m_session, &IntakeSession::startNew);
    connect(m_session, &IntakeSession::opened, this, &ChatPane::showTranscript);
    connect(m_session, &IntakeSession::replied, this, &ChatPane::showReply);
    connect(m_session, &IntakeSession::busyChanged, this, &ChatPane::setBusy);
    connect(m_session, &IntakeSession::replyDelta, this, [this](const QString& text) {
        if (!m_streaming) {
            m_streaming = static_cast<QLabel*>(addBubble(text, false));
        } else {
            m_streaming->setText(text);
        }
        scrollToEnd();
    });
    connect(m_session, &IntakeSession::failed, this,
        [this](const QString& message) { addBubble(message, false); });
}

QString ChatPane::labelOf(const Bilingual& text) const
{
    switch (m_session->language()) {
    case ReplyLanguage::Thai:
        return text.th;
    case ReplyLanguage::English:
        return text.en;
    case ReplyLanguage::Both:
        break;
    }
    return text.th == text.en ? text.en : text.th + QStringLiteral(" / ") + text.en;
}

QWidget* ChatPane::addBubble(const QString& text, bool fromCustomer, const QString& imagePath)
{
    auto* bubble = new QLabel(text, m_messages);
    bubble->setObjectName(
        fromCustomer ? QStringLiteral("customerBubble") : QStringLiteral("assistantBubble"));
    bubble->setTextFormat(Qt::PlainText);
    bubble->setWordWrap(true);
    bubble->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bubble->setStyleSheet(bubbleStyle(fromCustomer));
    bubble->setMaximumWidth(560);
    auto* row = new QHBoxLayout;
    if (fromCustomer)
        row->addStretch(1);
    if (!imagePath.isEmpty()) {
        auto* thumb = new QLabel(m_messages);
        thumb->setObjectName(QStringLiteral("uploadThumbnail"));
        thumb->setFixedSize(ThumbnailSize, ThumbnailSize);
        thumb->setAlignment(Qt::AlignCenter);
        thumb->setPixmap(QIcon::fromTheme(QStringLiteral("text-x-generic")).pixmap(48));
        thumb->setProperty("path", imagePath);
        row->addWidget(thumb);
        requestThumbnail(imagePath);
    }
    row->addWidget(bubble);
    if (!fromCustomer)
        row->addStretch(1);
    m_messagesLayout->addLayout(row);
    scrollToEnd();
    return bubble;
}

void ChatPane::requestThumbnail(const QString& path)
{
    if (m_thumbnails.contains(path)) {
        showThumbnail(path);
        return;
    }
    if (m_thumbnailsLoading.contains(path))
        return;
    m_thumbnailsLoading.insert(path);
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path] {
        m_thumbnailsLoading.remove(path);
        const QImage image = watcher->result();
        watcher->deleteLater();
        if (image.isNull())
            return; // a PDF or an unreadable file keeps its placeholder
        m_thumbnails.insert(path, QPixmap::fromImage(image));
        showThumbnail(path);
    });
    watcher->setFuture(QtConcurrent::run(
        [path] { return thumbnailOf(path, ThumbnailSize); })); // decoded small, off this thread
}

void ChatPane::showThumbnail(const QString& path)
{
    const QPixmap pixmap = m_thumbnails.value(path);
    for (QLabel* thumb : m_messages->findChildren<QLabel*>(QStringLiteral("uploadThumbnail")))
        if (thumb->property("path").toString() == path)
            thumb->setPixmap(pixmap);
}

void ChatPane::scrollToEnd()
{
    // The new bubble is laid out later; the range follows then (see rangeChanged).
    m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
}

void ChatPane::setQuickReplies(const QList<QuickReply>& replies)
{
    auto* layout = static_cast<QHBoxLayout*>(m_quickReplies->layout());
    while (layout->count() > 1) { // keep the trailing stretch
        QLayoutItem* item = layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < replies.size(); ++i) {
        const QuickReply reply = replies.at(i);
        auto* button = new QPushButton(labelOf(reply.label), m_quickReplies);
        button->setObjectName(QStringLiteral("quickReply"));
        connect(button, &QPushButton::clicked, this,
            [this, reply] { send(reply.input, labelOf(reply.label)); });
        layout->insertWidget(i, button);
    }
}

void ChatPane::send(const IntakeInput& input, const QString& shown, const QString& imagePath)
{
    addBubble(shown, true, imagePath);
    setQuickReplies({});
    if (input.kind == IntakeInput::Kind::Upload) {
        m_uploadProgress->setFormat(
            UiTr::tr("Reading %1...").arg(QFileInfo(input.value).fileName()));
        m_uploadProgress->show();
        m_stop->show();
    }
    m_session->send(input);
}

void ChatPane::sendTypedMessage()
{
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_input->setFocus();
        return; // nothing to send; the engine would only say so
    }
    m_input->clear();
    send(IntakeInput::say(text), text);
}

void ChatPane::uploadFiles(const QStringList& files)
{
    for (const QString& file : files)
        send(IntakeInput::upload(file),
            IntakeEngine::describe(IntakeInput::upload(file), m_session->language()), file);
}

void ChatPane::chooseFiles()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, UiTr::tr("Attach documents"), QString(),
            UiTr::tr("Documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf);;All files (*)"));
    uploadFiles(files);
}

void ChatPane::showTranscript(const QList<IntakeMessage>& messages, const IntakeView& view)
{
    // a new or resumed conversation replaces what is shown
    while (m_messagesLayout->count() > 1) {
        QLayoutItem* item = m_messagesLayout->takeAt(1);
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item;
    }
    m_streaming = nullptr;
    for (const IntakeMessage& m : messages)
        addBubble(m.body, m.sender == QLatin1String("customer"));
    QList<QuickReply> quick;
    if (!messages.isEmpty()) {
        for (const QJsonValue& v : messages.last().quickReplies) {
            const QJsonObject o = v.toObject();
            if (auto input = IntakeInput::fromJson(o))
                quick << QuickReply { { o.value(QStringLiteral("label_th")).toString(),
                                          o.value(QStringLiteral("label_en")).toString() },
                    *input };
        }
    }
    setQuickReplies(quick);
    showView(view);
}

void ChatPane::showReply(const IntakeReply& reply, const QString& text, const IntakeView& view)
{
    const QString previousClaimId = m_claimId;
    if (m_streaming) {
        m_streaming->setText(text); // the model's words, or the template if they failed
        m_streaming = nullptr;
    } else {
        addBubble(text, false);
    }
    setQuickReplies(reply.quickReplies);
    showView(view);
    if (!view.state.claimId.isEmpty())
        Q_EMIT claimChanged(view.state.claimId);
    else if (!previousClaimId.isEmpty())
        Q_EMIT claimChanged(previousClaimId); // cancelled: the claim stays, marked
}

void ChatPane::showView(const IntakeView& view)
{
    const IntakeState& s = view.state;
    m_claimId = s.claimId;
    if (s.claimId.isEmpty()) {
        m_claim->setText(UiTr::tr("No claim yet: the claim opens when its kind is known."));
    } else {
        QStringList lines = { RichText::bold(UiTr::tr("Claim %1").arg(s.claimId)),
            claimTypeLabel(*s.claimType).toHtmlEscaped() };
        if (s.submitted)
            lines << UiTr::tr("Submitted").toHtmlEscaped();
        if (s.escalated)
            lines << QStringLiteral("<span style='color:#b45309'>%1</span>")
                         .arg(UiTr::tr("Escalated: a claims officer will call").toHtmlEscaped());
        if (s.appointment.isValid())
            lines << UiTr::tr("Inspection: %1")
                         .arg(s.appointment.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm")))
                         .toHtmlEscaped();
        m_claim->setText(lines.join(QStringLiteral("<br>")));
    }
    m_policy->setText(s.claimId.isEmpty() ? QString()
            : s.policyVerified
            ? UiTr::tr("Policy %1 verified (%2)").arg(s.policyNumber, s.holderName)
            : UiTr::tr("Policy not verified yet"));

    m_checklist->clear();
    int required = 0, done = 0;
    for (const ChecklistItem& item : view.checklist) {
        QString text = inInterfaceLanguage(DocumentChecklist::label(item.key));
        if (!item.required)
            text = UiTr::tr("%1 (optional)").arg(text);
        if (item.count > 1)
            text = UiTr::tr("%1 (%2)").arg(text).arg(item.count);
        auto* row = new QListWidgetItem(text, m_checklist);
        row->setFlags(Qt::ItemIsEnabled);
        row->setCheckState(item.done() ? Qt::Checked : Qt::Unchecked);
        row->setData(Qt::UserRole, item.key);
        required += item.required ? 1 : 0;
        done += item.required && item.done() ? 1 : 0;
    }
    m_checklistTitle->setText(view.checklist.isEmpty()
            ? UiTr::tr("Documents")
            : UiTr::tr("Documents: %1 of %2 required").arg(done).arg(required));

    m_documents->clear();
    for (const IntakeReceived& received : view.received) {
        const IntakeUpload& u = received.upload;
        QString text = inInterfaceLanguage(DocumentChecklist::label(u.category));
        if (!u.owner.isEmpty())
            text += u.owner == QLatin1String("customer") ? UiTr::tr(" (customer)")
                                                         : UiTr::tr(" (other party)");
        if (!u.summary.isEmpty())
            text += u'\n' + inInterfaceLanguage(u.summary);
        auto* row = new QListWidgetItem(text, m_documents);
        row->setToolTip(u.fileName);
        row->setIcon(received.thumbnail.isNull() ? QIcon::fromTheme(
                         DocumentCategory::isPhoto(u.category) ? QStringLiteral("image-x-generic")
                                                               : QStringLiteral("text-x-generic"))
                                                 : QIcon(QPixmap::fromImage(received.thumbnail)));
    }
    m_submit->setEnabled(view.canSubmit);
}

void ChatPane::setBusy(bool busy)
{
    m_typing->setVisible(busy);
    if (busy) {
        m_typing->setText(UiTr::tr("ClaimDesk is writing"));
        m_typingTimer->start();
    } else {
        m_typingTimer->stop();
        m_uploadProgress->hide();
        m_stop->hide();
    }
}

bool ChatPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ShiftModifier)) {
            sendTypedMessage();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatPane::setDropHighlight(bool on)
{
    m_scroll->setStyleSheet(
        on ? QStringLiteral("QScrollArea#chatScroll { border: 2px dashed #2563eb; }") : QString());
}

void ChatPane::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                setDropHighlight(true);
                event->acceptProposedAction();
                return;
            }
        }
    }
    event->ignore();
}

void ChatPane::dragLeaveEvent(QDragLeaveEvent* event)
{
    setDropHighlight(false);
    QWidget::dragLeaveEvent(event);
}

void ChatPane::dropEvent(QDropEvent* event)
{
    setDropHighlight(false);
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    uploadFiles(files);
}

} // namespace ClaimDesk
